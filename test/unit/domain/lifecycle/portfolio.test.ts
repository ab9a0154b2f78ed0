import { describe, expect, it } from 'vitest';
import { crossProjectLoad, digestProject, phaseWindows, poolKey, summarizeProject } from '../../../../renderer/domain/lifecycle';
import { buildStatusReport } from '../../../../renderer/domain/report';
import {
  newTask, type Assignment, type AssignmentId, type LocalDate, type LocalDateTime, type Plan, type ProjectId, type Resource, type ResourceId, type TaskId,
} from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { generatePlan } from '../../../support/generate-plan';
import { blankPlan } from '../../../support/plan-builder';

/** The day the tests measure a plan without a status date of its own at. */
const TODAY = '2026-03-02' as LocalDate;

const at = (s: string): LocalDateTime => s as LocalDateTime;

function person(id: string, name: string, email: string): Resource {
  return {
    id: id as ResourceId, name, initials: name.slice(0, 2).toUpperCase(), role: '', email, type: 'work', maxUnits: 1,
    costPerHour: 0, overtimeCostPerHour: 0, costPerUse: 0, calendarId: null,
  };
}

/** A plan with one 5-day task from Mon 2 Mar 2026 and `who` on it at `units`. */
function projectWith(name: string, who: Resource, units: number, taskName = 'Build'): Plan {
  const base = blankPlan(name);
  const statusId = Object.values(base.columns)[0]?.id;
  if (!statusId) throw new Error('no column');
  const task = newTask({
    id: `${name}-t` as TaskId, name: taskName, parentId: null, rank: 'V', start: at('2026-03-02T09:00'),
    finish: at('2026-03-02T09:00'), statusId, boardRank: 'V', durationMinutes: 5 * 480,
  });
  const assignment: Assignment = { id: `${name}-a` as AssignmentId, taskId: task.id, resourceId: who.id, units, workMinutes: null };
  return { ...base, tasks: { [task.id]: task }, resources: { [who.id]: who }, assignments: { [assignment.id]: assignment } };
}

const scheduled = (plan: Plan): { plan: Plan; schedule: ReturnType<typeof scheduleProject> } => ({ plan, schedule: scheduleProject(plan) });

describe('cross-project load', () => {
  it('flags a person booked 60 % + 60 % on two projects in the same week across projects, and within neither', () => {
    const a = projectWith('Payments', person('r1', 'Maya Chen', 'Maya@Example.com'), 0.6);
    const b = projectWith('Search', person('x9', 'Maya  Chen', 'maya@example.com '), 0.6, 'Index');
    const [maya] = crossProjectLoad([scheduled(a), scheduled(b)].map((p) => digestProject(p, TODAY)));
    expect(maya?.name).toBe('Maya Chen');
    expect(maya?.projectNames).toEqual(['Payments', 'Search']);
    expect(maya?.overAllocatedDays).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']);
    expect(maya?.overAllocatedWithin).toEqual([]);
    expect(maya?.firstOverBookings).toEqual([
      { projectName: 'Payments', workMinutes: 288, taskNames: ['Build'] },
      { projectName: 'Search', workMinutes: 288, taskNames: ['Index'] },
    ]);
  });

  it('does not pool different people, and 50 % + 50 % is not over-allocated', () => {
    const a = projectWith('Payments', person('r1', 'Maya Chen', ''), 0.5);
    const b = projectWith('Search', person('r1', 'Maya Chen', ''), 0.5);
    const c = projectWith('Mobile', person('r1', 'Sam Ortiz', ''), 1);
    const people = crossProjectLoad([a, b, c].map(scheduled).map((p) => digestProject(p, TODAY)));
    expect(people.map((p) => [p.name, p.projectNames.length, p.overAllocatedDays.length])).toEqual([['Maya Chen', 2, 0], ['Sam Ortiz', 1, 0]]);
  });

  it('reads the same from a digest stored and read back (structured clone, as IndexedDB keeps it)', () => {
    const plans = [0, 1, 2].map((i) => {
      const plan = generatePlan({ tasks: 150, seed: 40 + i, assignmentsPerLeaf: 1, people: 6 });
      return { ...plan, project: { ...plan.project, id: `p${String(i)}` as ProjectId, name: `Project ${String(i + 1)}` } };
    });
    const digests = plans.map(scheduled).map((p) => digestProject(p, TODAY));
    const people = crossProjectLoad(digests);
    // Six people shared by three projects on the same dates: some days are over-booked across them.
    expect(people).toHaveLength(6);
    expect(people.every((p) => p.projectNames.length === 3)).toBe(true);
    expect(people.some((p) => p.overAllocatedDays.length > 0 && p.firstOverBookings.length > 1)).toBe(true);
    expect(crossProjectLoad(digests.map((d) => structuredClone(d)))).toEqual(people);
    expect(structuredClone(digests[0])).toEqual(digests[0]);
  });

  it('keeps each over-booked day\'s tasks, each once, in the digest', () => {
    const maya = person('r1', 'Maya Chen', '');
    const a = projectWith('Payments', maya, 1);
    const second = newTask({ ...Object.values(a.tasks)[0]!, id: 'Payments-t2' as TaskId, name: 'Review' });
    const twice: Plan = {
      ...a,
      tasks: { ...a.tasks, [second.id]: second },
      assignments: { ...a.assignments, a2: { id: 'a2' as AssignmentId, taskId: second.id, resourceId: maya.id, units: 0.5, workMinutes: null } },
    };
    const [digest] = [twice].map(scheduled).map((p) => digestProject(p, TODAY));
    const days = Array.from(digest?.people[0]?.days ?? []);
    expect(days).toHaveLength(5);
    const [pooled] = crossProjectLoad(digest ? [digest] : []);
    expect(pooled?.overAllocatedWithin).toEqual(['Payments']);
    expect(pooled?.firstOverBookings).toEqual([{ projectName: 'Payments', workMinutes: 720, taskNames: ['Build', 'Review'] }]);
  });

  it('pools by email first, else by the name with case and spacing ignored', () => {
    expect(poolKey({ email: ' A@B.io', name: 'X' })).toBe(poolKey({ email: 'a@b.io', name: 'Y' }));
    expect(poolKey({ email: '', name: 'Maya  Chen' })).toBe(poolKey({ email: '', name: 'maya chen' }));
    expect(poolKey({ email: 'a@b.io', name: 'Maya' })).not.toBe(poolKey({ email: '', name: 'Maya' }));
  });
});

describe('project summary and phase windows', () => {
  it('measures the finish against Baseline in working days', () => {
    const plan = projectWith('Payments', person('r1', 'Maya', ''), 1);
    const task = Object.values(plan.tasks)[0];
    if (!task) throw new Error('no task');
    const baselined: Plan = {
      ...plan,
      baselines: {
        b0: {
          id: 'b0' as never, number: 0, name: 'Baseline', savedAt: '2026-03-01T00:00:00Z',
          tasks: { [task.id]: { start: at('2026-03-02T09:00'), finish: at('2026-03-04T17:00'), durationMinutes: 1440, workMinutes: 1440, cost: 0 } },
        },
      },
    };
    const summary = summarizeProject(scheduled(baselined), TODAY);
    expect(summary.finish).toBe('2026-03-06T17:00');
    expect(summary.baselineFinish).toBe('2026-03-04T17:00');
    expect(summary.slipDays).toBe(2);
    expect(summarizeProject(scheduled(plan), TODAY).slipDays).toBeNull();
  });

  it('gives each project the colour and reasons its status report gives, at the plan\'s status date or else the day it is measured', () => {
    const plan = projectWith('Payments', person('r1', 'Maya', ''), 1);
    const task = Object.values(plan.tasks)[0];
    if (!task) throw new Error('no task');
    // The plan finishes Fri 6 Mar.
    const baseline = { start: at('2026-03-02T09:00'), durationMinutes: 1440, workMinutes: 1440, cost: 0 };
    const withBaseline = (finish: string): Plan => ({
      ...plan, baselines: { b0: { id: 'b0' as never, number: 0, name: 'Baseline', savedAt: '2026-03-01T00:00:00Z', tasks: { [task.id]: { ...baseline, finish: at(finish) } } } },
    });
    // Measured the day before the start, when no work is due yet, so nothing is moved past the status date.
    const today = '2026-03-01' as LocalDate;
    const onTime = summarizeProject(scheduled(withBaseline('2026-03-06T17:00')), today).health;
    expect([onTime.overall, onTime.statusDate, onTime.isPlanStatusDate]).toEqual(['green', today, false]);
    // Three working days late (baseline Tue 3 Mar): amber, and the reason says by how much and which rule.
    const late = summarizeProject(scheduled(withBaseline('2026-03-03T17:00')), today).health;
    expect(late.overall).toBe('amber');
    expect(late.dimensions.find((d) => d.dimension === 'schedule')?.reason).toMatch(/^Finish 3 working days late \(amber above 2 days/);
    // The same colour and reasons as the status report of that date.
    const report = buildStatusReport(withBaseline('2026-03-03T17:00'), { statusDate: today, audience: 'executive' });
    expect(late.dimensions.map((d) => [d.dimension, d.rag, d.reason])).toEqual(report.dimensions.map((d) => [d.dimension, d.rag, d.reason]));
    expect([late.overall, late.percentComplete]).toEqual([report.overall, report.percentComplete]);

    // A plan with a status date of its own is measured there, whatever the day.
    const dated: Plan = { ...withBaseline('2026-03-03T17:00'), project: { ...plan.project, statusDate: '2026-03-04' as LocalDate } };
    const atStatusDate = summarizeProject(scheduled(dated), TODAY).health;
    expect([atStatusDate.statusDate, atStatusDate.isPlanStatusDate]).toEqual(['2026-03-04', true]);
  });

  it('dates a phase from its tasks, following the summary\'s phase', () => {
    const plan = projectWith('Payments', person('r1', 'Maya', ''), 1);
    const task = Object.values(plan.tasks)[0];
    if (!task) throw new Error('no task');
    const summary = { ...task, id: 'sum' as TaskId, name: 'Execution', kind: 'summary' as const, phase: 'execution' as const };
    const withPhase: Plan = { ...plan, tasks: { sum: summary, [task.id]: { ...task, parentId: summary.id } } };
    expect(phaseWindows(withPhase, scheduleProject(withPhase))).toEqual([
      { phase: 'execution', start: '2026-03-02T09:00', finish: '2026-03-06T17:00', taskCount: 1, percentComplete: 0 },
    ]);
  });
});
