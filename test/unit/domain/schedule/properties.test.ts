import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileCalendar } from '../../../../renderer/domain/calendar';
import { toWallMinutes, type Link, type LinkType, type Plan, type TaskId } from '../../../../renderer/domain/model';
import { createScheduler, scheduleProject, type ScheduleResult } from '../../../../renderer/domain/schedule';
import { generatePlan } from '../../../support/generate-plan';
import { basePlan, withLink, withTask } from './plan-kit';

interface Spec {
  readonly durations: number[];
  readonly links: { from: number; to: number; type: LinkType; lag: number; elapsed: boolean }[];
}

const specArb: fc.Arbitrary<Spec> = fc.integer({ min: 2, max: 25 }).chain((n) => fc.record({
  durations: fc.array(fc.integer({ min: 0, max: 40 }).map((h) => h * 60), { minLength: n, maxLength: n }),
  links: fc.array(fc.record({
    a: fc.integer({ min: 0, max: n - 1 }), b: fc.integer({ min: 0, max: n - 1 }),
    type: fc.constantFrom<LinkType>('FS', 'SS', 'FF', 'SF'),
    lag: fc.integer({ min: -16, max: 16 }).map((h) => h * 60), elapsed: fc.boolean(),
  }), { maxLength: 2 * n }).map((ls) => ls.filter((l) => l.a !== l.b).map((l) => ({
    from: Math.min(l.a, l.b), to: Math.max(l.a, l.b), type: l.type, lag: l.lag, elapsed: l.elapsed,
  }))),
}));

const name = (i: number): string => `t${String(i).padStart(2, '0')}`;

function build(spec: Spec): Plan {
  let plan = basePlan();
  spec.durations.forEach((d, i) => { plan = withTask(plan, name(i), { durationMinutes: d, kind: d === 0 ? 'milestone' : 'task' }); });
  for (const l of spec.links) plan = withLink(plan, name(l.from), name(l.to), l.type, l.lag, l.elapsed);
  return plan;
}

function get(r: ScheduleResult, id: string): NonNullable<ReturnType<ScheduleResult['tasks']['get']>> {
  const row = r.tasks.get(id as TaskId);
  if (!row) throw new Error(id);
  return row;
}

/** The successor-side bound of a link, as an ordinal, and the successor's matching ordinal. */
function linkSides(plan: Plan, r: ScheduleResult, link: Link): [number, number] {
  const cal = compileCalendar(plan, plan.project.calendarId);
  const pred = get(r, link.predecessorId);
  const succ = get(r, link.successorId);
  const fromStart = link.type === 'SS' || link.type === 'SF';
  const from = toWallMinutes(fromStart ? pred.start : pred.finish);
  const bound = link.lagIsElapsed ? cal.ordinalOf(from + link.lagMinutes) : cal.ordinalOf(from) + link.lagMinutes;
  const toStart = link.type === 'FS' || link.type === 'SS';
  return [bound, cal.ordinalOf(toWallMinutes(toStart ? succ.start : succ.finish))];
}

const table = (r: ScheduleResult): unknown => ({ ...r, tasks: Object.fromEntries(r.tasks) });

describe('scheduling invariants on random networks', () => {
  it('satisfies every link, never has negative slack without constraints, and the critical path spans the project', () => {
    fc.assert(fc.property(specArb, (spec) => {
      const plan = build(spec);
      const r = scheduleProject(plan);
      const cal = compileCalendar(plan, plan.project.calendarId);
      const projectStart = cal.ordinalOf(toWallMinutes(r.projectStart));
      for (const link of Object.values(plan.links)) {
        const [bound, actual] = linkSides(plan, r, link);
        expect(actual).toBeGreaterThanOrEqual(bound);
      }
      for (const row of r.tasks.values()) {
        expect(row.totalSlackMinutes).toBeGreaterThanOrEqual(0);
        expect(row.freeSlackMinutes).toBeLessThanOrEqual(row.totalSlackMinutes);
      }
      const critical = new Set(r.criticalTaskIds);
      const last = [...critical].some((id) => get(r, id).finish === r.projectFinish);
      expect(last).toBe(true);
      // Every critical task starts at the project start or is driven, tightly, by a critical
      // predecessor. (An elapsed lag ending in non-working time leaves real slack, as in MS Project.)
      if (spec.links.some((l) => l.elapsed)) return;
      for (const id of critical) {
        const start = cal.ordinalOf(toWallMinutes(get(r, id).start));
        const driven = Object.values(plan.links).some((l) => l.successorId === id && critical.has(l.predecessorId)
          && ((): boolean => { const [bound, actual] = linkSides(plan, r, l); return bound === actual; })());
        expect(start === projectStart || driven).toBe(true);
      }
    }), { numRuns: 150 });
  });

  it('rescheduling a plan that holds its own computed dates changes nothing', () => {
    fc.assert(fc.property(specArb, (spec) => {
      const plan = build(spec);
      const first = scheduleProject(plan);
      const tasks = Object.fromEntries(Object.values(plan.tasks).map((t) => [t.id, { ...t, start: get(first, t.id).start, finish: get(first, t.id).finish }]));
      expect(table(scheduleProject({ ...plan, tasks }))).toEqual(table(first));
    }), { numRuns: 60 });
  });
});

type Edit = { kind: 'duration'; task: number; hours: number } | { kind: 'lag'; link: number; hours: number } | { kind: 'drop'; link: number } | { kind: 'add'; a: number; b: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('duration' as const), task: fc.nat(), hours: fc.integer({ min: 0, max: 40 }) }),
  fc.record({ kind: fc.constant('lag' as const), link: fc.nat(), hours: fc.integer({ min: -8, max: 24 }) }),
  fc.record({ kind: fc.constant('drop' as const), link: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), a: fc.nat(), b: fc.nat() }),
);

/** Applies an edit the way immer would: new records, new objects only for what changed. */
function applyEdit(plan: Plan, edit: Edit): Plan {
  const ids = Object.keys(plan.tasks);
  const links = Object.values(plan.links);
  switch (edit.kind) {
    case 'duration': {
      const t = plan.tasks[ids[edit.task % ids.length] ?? ''];
      return t ? { ...plan, tasks: { ...plan.tasks, [t.id]: { ...t, durationMinutes: edit.hours * 60 } } } : plan;
    }
    case 'lag': {
      const l = links[edit.link % Math.max(1, links.length)];
      return l ? { ...plan, links: { ...plan.links, [l.id]: { ...l, lagMinutes: edit.hours * 60 } } } : plan;
    }
    case 'drop': {
      const l = links[edit.link % Math.max(1, links.length)];
      if (!l) return plan;
      const { [l.id]: _gone, ...rest } = plan.links;
      return { ...plan, links: rest };
    }
    case 'add': {
      // Forward in id order (generated ids sort in creation order), so no loop is created.
      const sorted = [...ids].sort();
      const a = sorted[edit.a % sorted.length] ?? '';
      const b = sorted[edit.b % sorted.length] ?? '';
      if (a === b) return plan;
      const [p, s] = a < b ? [a, b] : [b, a];
      const both = [plan.tasks[p], plan.tasks[s]];
      return both.some((t) => !t || t.parentId !== null) ? plan : withLink(plan, p, s);
    }
    default: {
      const never: never = edit;
      return never;
    }
  }
}

describe('incremental scheduling', () => {
  it('gives the same result as a full schedule after any sequence of edits', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(editArb, { minLength: 1, maxLength: 8 }), (seed, edits) => {
      const scheduler = createScheduler();
      let plan = generatePlan({ tasks: 120, seed });
      scheduler.schedule(plan);
      for (const edit of edits) {
        plan = applyEdit(plan, edit);
        expect(table(scheduler.schedule(plan))).toEqual(table(scheduleProject(plan)));
      }
    }), { numRuns: 25 });
  });

  it('stays equal to a full schedule on a 1,500-task plan across long edit sequences, reusing unchanged rows', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(editArb, { minLength: 5, maxLength: 20 }), (seed, edits) => {
      const scheduler = createScheduler();
      let plan = generatePlan({ tasks: 1500, seed });
      let previous = scheduler.schedule(plan);
      table(previous); // builds every row, as a view showing them all would
      for (const edit of edits) {
        const next = applyEdit(plan, edit);
        const result = scheduler.schedule(next);
        expect(table(result)).toEqual(table(scheduleProject(next)));
        // With the network kept (no link added or dropped), a row that did not change is the very
        // same object as before: views compare by identity. (table() above built every row.)
        if (edit.kind === 'duration' || edit.kind === 'lag') {
          for (const [id, row] of result.tasks) {
            const before = previous.tasks.get(id);
            if (JSON.stringify(before) === JSON.stringify(row)) expect(row).toBe(before);
          }
        }
        plan = next;
        previous = result;
      }
    }), { numRuns: 6 });
  });

  it('schedules a generated 2,000-task plan without loops or invalid links', () => {
    const r = scheduleProject(generatePlan({ tasks: 2000, seed: 7 }));
    expect(r.tasks.size).toBe(2000);
    expect(r.issues.filter((i) => i.kind === 'cycle' || i.kind === 'invalid-link')).toEqual([]);
    expect(r.criticalTaskIds.length).toBeGreaterThan(0);
    expect(generatePlan({ tasks: 500, seed: 3 })).toEqual(generatePlan({ tasks: 500, seed: 3 }));
  });
});
