import { describe, expect, it } from 'vitest';
import {
  bookingsElsewhere, deletionRefusal, digestProject, linkToPool, matchPoolPeople, otherLoadByResource, otherProjectsLoad, poolPeople,
} from '../../../../renderer/domain/lifecycle';
import {
  newTask, type Assignment, type AssignmentId, type LocalDate, type LocalDateTime, type Plan, type Resource, type ResourceId, type TaskId,
} from '../../../../renderer/domain/model';
import { levelResources as levelResourcesCommand, runCommand } from '../../../../renderer/domain/commands';
import { levelResources, scheduleProject } from '../../../../renderer/domain/schedule';
import { blankPlan, runOk, testContext } from '../../../support/plan-builder';

/** The day the tests measure a plan without a status date of its own at. */
const TODAY = '2026-03-02' as LocalDate;

const at = (s: string): LocalDateTime => s as LocalDateTime;

function person(id: string, name: string, email: string, costPerHour = 0): Resource {
  return {
    id: id as ResourceId, name, initials: name.slice(0, 2).toUpperCase(), role: '', email, type: 'work', maxUnits: 1,
    costPerHour, overtimeCostPerHour: 0, costPerUse: 0, calendarId: null,
  };
}

/** A plan whose tasks (5 days each from Mon 2 Mar 2026, in parallel) are all assigned to `who` at `units`. */
function projectWith(name: string, who: Resource, units: number, taskNames: readonly string[] = ['Build']): Plan {
  const base = blankPlan(name);
  const statusId = Object.values(base.columns)[0]?.id;
  if (!statusId) throw new Error('no column');
  const tasks = taskNames.map((taskName, i) => newTask({
    id: `${name}-t${String(i)}` as TaskId, name: taskName, parentId: null, rank: `V${String(i)}`, start: at('2026-03-02T09:00'),
    finish: at('2026-03-02T09:00'), statusId, boardRank: 'V', durationMinutes: 5 * 480,
  }));
  const assignments = tasks.map((t): Assignment => ({ id: `${t.id}-a` as AssignmentId, taskId: t.id, resourceId: who.id, units, workMinutes: null }));
  return {
    ...base, tasks: Object.fromEntries(tasks.map((t) => [t.id, t])), resources: { [who.id]: who },
    assignments: Object.fromEntries(assignments.map((a) => [a.id, a])),
  };
}

const scheduled = (plan: Plan): { plan: Plan; schedule: ReturnType<typeof scheduleProject> } => ({ plan, schedule: scheduleProject(plan) });

describe('deleting a pool person', () => {
  const alice = person('r1', 'Alice Kim', 'alice@example.com');

  it('is refused while they are booked on another project, naming the project and tasks', () => {
    const payments = projectWith('Payments API', person('p7', 'alice kim', 'ALICE@example.com'), 1, ['Build API', 'Test API', 'Deploy', 'Monitor']);
    const other = projectWith('Search', person('s1', 'Bob', ''), 1);
    const bookings = bookingsElsewhere(alice, [other, payments]);
    expect(bookings).toEqual([{ projectName: 'Payments API', taskNames: ['Build API', 'Test API', 'Deploy', 'Monitor'] }]);
    expect(deletionRefusal(alice, bookings)).toBe(
      'Alice Kim is booked on 4 tasks in “Payments API” (Build API, Test API, Deploy, …). Remove those bookings first, or unlink this record from the pool by giving it a different email.',
    );
  });

  it('names every project, and offers renaming when the person is pooled by name', () => {
    const bo = person('b', 'Bo Li', '');
    const bookings = bookingsElsewhere(bo, [projectWith('Zeta', person('z', 'Bo  Li', ''), 1), projectWith('Alpha', person('a', 'bo li', ''), 1, ['Plan'])]);
    expect(deletionRefusal(bo, bookings)).toBe(
      'Bo Li is booked on 1 task in “Alpha” (Plan) and 1 task in “Zeta” (Build). Remove those bookings first, or unlink this record from the pool by giving it a different email or name.',
    );
  });

  it('is allowed when the pool person is only on other teams without work, or not there at all', () => {
    const idle = { ...projectWith('Idle', person('i', 'Alice Kim', 'alice@example.com'), 1), assignments: {} };
    expect(bookingsElsewhere(alice, [idle, projectWith('Other', person('o', 'Alice Kim', 'alice.kim@corp.example'), 1)])).toEqual([]);
    expect(deletionRefusal(alice, [])).toBeNull();
  });
});

describe('linking a file’s people to the pool', () => {
  const pool = poolPeople([
    projectWith('Payments', person('p1', 'Alice Kim', 'alice@example.com', 90), 1),
    projectWith('Search', person('s1', 'Bo Li', '', 70), 1),
    { ...projectWith('Docs', person('d1', 'Chen Wu', 'chen@example.com'), 1), assignments: {} },
  ]);

  it('pools one entry per person with their projects and the first known rate', () => {
    expect(pool.map((p) => [p.name, p.email, p.costPerHour, p.projectNames])).toEqual([
      ['Alice Kim', 'alice@example.com', 90, ['Payments']],
      ['Bo Li', '', 70, ['Search']],
      ['Chen Wu', 'chen@example.com', 0, ['Docs']],
    ]);
  });

  it('matches by email, else name; a same name with a different email is a conflict, not suggested', () => {
    const file = [
      person('f1', 'A. Kim', 'Alice@Example.com'),
      person('f2', 'bo  li', 'bo@example.com'),
      person('f3', 'Chen Wu', 'chen.wu@other.example'),
      person('f4', 'Dana Ruiz', 'dana@example.com'),
      { ...person('f5', 'Alice Kim', ''), type: 'material' as const },
    ];
    const matches = matchPoolPeople(file, pool);
    expect(matches.map((m) => [m.resourceId, m.pool.name, m.kind, m.isSuggested])).toEqual([
      ['f1', 'Alice Kim', 'email', true],
      ['f2', 'Bo Li', 'name', true],
      ['f3', 'Chen Wu', 'conflict', false],
    ]);
  });

  it('does not suggest a name several pool people share', () => {
    const twoBos = poolPeople([projectWith('A', person('a', 'Bo Li', 'bo@a.example'), 1), projectWith('B', person('b', 'Bo Li', 'bo@b.example'), 1)]);
    const [match] = matchPoolPeople([person('f', 'bo li', '')], twoBos);
    expect(match).toMatchObject({ kind: 'ambiguous', sameNameCount: 2, isSuggested: false });
    expect(match?.pool.email).toBe('bo@a.example');
  });

  it('does not offer a person who pools already, nor one pool person twice', () => {
    const file = [person('f1', 'Alice Kim', 'alice@example.com'), person('f2', 'Bo Li', ''), person('f3', 'BO LI', '')];
    expect(matchPoolPeople(file, pool)).toEqual([]);
    const twice = [person('f1', 'bo li', ''), person('f2', 'Bo  Li', '')];
    expect(matchPoolPeople(twice, pool).map((m) => m.resourceId)).toEqual(['f1']);
  });

  it('links the chosen people: pool name and email, the pool rate only where the file has none', () => {
    const file = projectWith('Shared', person('f1', 'A. Kim', 'alice@example.com', 0), 1);
    const withBo: Plan = { ...file, resources: { ...file.resources, f2: person('f2', 'bo li', '', 55), f3: person('f3', 'Chen Wu', 'cw@x.example') } };
    const matches = matchPoolPeople(Object.values(withBo.resources), pool);
    const linked = linkToPool(withBo, matches, new Set(['f1', 'f2'] as ResourceId[]));
    expect(linked.resources.f1).toMatchObject({ name: 'Alice Kim', email: 'alice@example.com', costPerHour: 90, initials: 'A.' });
    expect(linked.resources.f2).toMatchObject({ name: 'Bo Li', email: '', costPerHour: 55 });
    expect(linked.resources.f3).toEqual(withBo.resources.f3);
    expect(withBo.resources.f1?.name).toBe('A. Kim');
  });
});

describe('leveling with other projects’ bookings', () => {
  // The case: 60 % on "Payments" and 60 % on "Search" in the same week.
  const payments = projectWith('Payments', person('r1', 'Maya Chen', 'maya@example.com'), 0.6);
  const search = projectWith('Search', person('x9', 'Maya Chen', 'maya@example.com'), 0.6, ['Index']);
  const others = otherProjectsLoad([digestProject(scheduled(payments), TODAY)]);

  it('sums the other projects’ work per pool person per day', () => {
    expect(Object.values(others['email:maya@example.com'] ?? {})).toEqual([288, 288, 288, 288, 288]);
    expect([...(otherLoadByResource(search.resources, others).get('x9' as ResourceId)?.values() ?? [])]).toEqual([288, 288, 288, 288, 288]);
  });

  it('with the option on, delays Search’s task until Maya’s capacity is free; off, nothing moves', () => {
    const schedule = scheduleProject(search);
    expect(levelResources(search, schedule)).toEqual([]);
    const changes = levelResources(search, schedule, { otherLoad: otherLoadByResource(search.resources, others) });
    expect(changes).toEqual([{ taskId: 'Search-t0', levelingDelayMinutes: 5 * 480, previousDelayMinutes: 0 }]);
    const leveled = { ...search, tasks: { ...search.tasks, 'Search-t0': { ...search.tasks['Search-t0']!, levelingDelayMinutes: 5 * 480 } } };
    const after = scheduleProject(leveled).tasks.get('Search-t0' as TaskId);
    expect([after?.start, after?.finish]).toEqual(['2026-03-09T09:00', '2026-03-13T17:00']);
  });
});

describe('the levelResources command with other projects’ bookings', () => {
  const payments = projectWith('Payments', person('r1', 'Maya Chen', 'maya@example.com'), 0.6);
  const search = projectWith('Search', person('x9', 'Maya Chen', 'maya@example.com'), 0.6, ['Index']);

  it('writes the delay as one undoable edit when counting them, and refuses to level with nothing to move otherwise', () => {
    const otherBookings = otherProjectsLoad([digestProject(scheduled(payments), TODAY)]);
    const leveled = runOk(levelResourcesCommand, search, { otherBookings });
    expect(leveled.plan.tasks['Search-t0']?.levelingDelayMinutes).toBe(5 * 480);
    expect(leveled.inverse.length).toBeGreaterThan(0);
    const alone = runCommand(levelResourcesCommand, search, {}, testContext());
    expect(alone.ok || alone.error.message).toBe('Nothing to level: no one is over-allocated, or no task can move.');
    const elsewhereFree = runCommand(levelResourcesCommand, search, { otherBookings: {} }, testContext());
    expect(elsewhereFree.ok || elsewhereFree.error.message).toBe('Nothing to level: no one is over-allocated here or across projects, or no task can move.');
  });
});
