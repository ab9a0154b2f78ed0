import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileCalendars } from '../../../../renderer/domain/calendar';
import type { Plan } from '../../../../renderer/domain/model';
import { createScheduler, scheduleProject, type ScheduleResult } from '../../../../renderer/domain/schedule';
import { overAllocationIssues } from '../../../../renderer/domain/schedule/resource-load';
import { generatePlan } from '../../../support/generate-plan';

/** The over-allocation issues as the resource load view computes them, from the formatted schedule. */
function reference(plan: Plan, result: ScheduleResult): unknown {
  return overAllocationIssues(plan, result, compileCalendars(plan));
}

const overAllocation = (result: ScheduleResult): unknown => result.issues.filter((i) => i.kind === 'over-allocation');
const full = (r: ScheduleResult): unknown => ({ ...r, tasks: Object.fromEntries(r.tasks) });

type Edit =
  | { kind: 'duration'; at: number; hours: number }
  | { kind: 'rename'; at: number }
  | { kind: 'card-move'; at: number }
  | { kind: 'elapsed'; at: number }
  | { kind: 'units'; at: number; units: number }
  | { kind: 'capacity'; at: number; maxUnits: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('duration' as const), at: fc.nat(), hours: fc.integer({ min: 0, max: 80 }) }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat() }),
  // A board move: a new task object whose dates, name and calendar are unchanged.
  fc.record({ kind: fc.constant('card-move' as const), at: fc.nat() }),
  // Same name and dates field, another calendar (24x7): the load is measured differently.
  fc.record({ kind: fc.constant('elapsed' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('units' as const), at: fc.nat(), units: fc.constantFrom(0.25, 0.5, 1, 2) }),
  fc.record({ kind: fc.constant('capacity' as const), at: fc.nat(), maxUnits: fc.constantFrom(0.5, 1, 3) }),
);

/** Applies an edit the way immer would: new records, new objects only for what changed. */
function applyEdit(plan: Plan, edit: Edit): Plan {
  const pick = <T>(list: readonly T[]): T | undefined => list[edit.at % Math.max(1, list.length)];
  switch (edit.kind) {
    case 'duration': case 'rename': case 'card-move': case 'elapsed': {
      const t = pick(Object.values(plan.tasks).filter((x) => x.kind === 'task'));
      if (!t) return plan;
      const next = edit.kind === 'duration' ? { ...t, durationMinutes: edit.hours * 60 }
        : edit.kind === 'rename' ? { ...t, name: `${t.name}'` }
          : edit.kind === 'elapsed' ? { ...t, durationIsElapsed: !(t.durationIsElapsed ?? false) }
            : { ...t, boardRank: `${t.boardRank}V` };
      return { ...plan, tasks: { ...plan.tasks, [t.id]: next } };
    }
    case 'units': {
      const a = pick(Object.values(plan.assignments));
      return a ? { ...plan, assignments: { ...plan.assignments, [a.id]: { ...a, units: edit.units } } } : plan;
    }
    case 'capacity': {
      const r = pick(Object.values(plan.resources));
      return r ? { ...plan, resources: { ...plan.resources, [r.id]: { ...r, maxUnits: edit.maxUnits } } } : plan;
    }
    default: {
      const never: never = edit;
      return never;
    }
  }
}

describe('over-allocation issues of a scheduling run', () => {
  it('match the resource load computation on generated staffed plans', () => {
    for (const [tasks, perLeaf, seed] of [[200, 1, 1], [400, 2, 5], [1000, 1, 42]] as const) {
      const plan = generatePlan({ tasks, seed, assignmentsPerLeaf: perLeaf });
      const result = scheduleProject(plan);
      expect(overAllocation(result)).toEqual(reference(plan, result));
      expect(overAllocation(result)).not.toEqual([]);
    }
  });

  it('stay equal to a full run after edits to durations, names, calendars, board moves, assignment units and capacities', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(editArb, { minLength: 1, maxLength: 10 }), (seed, edits) => {
      const scheduler = createScheduler();
      let plan = generatePlan({ tasks: 300, seed, assignmentsPerLeaf: 1 });
      scheduler.schedule(plan);
      for (const edit of edits) {
        plan = applyEdit(plan, edit);
        const result = scheduler.schedule(plan);
        expect(full(result)).toEqual(full(scheduleProject(plan)));
        expect(overAllocation(result)).toEqual(reference(plan, result));
      }
    }), { numRuns: 20 });
  });

  it('are measured on staffed plans whose tasks and links are those of the unstaffed plan', () => {
    const bare = generatePlan({ tasks: 300, seed: 9 });
    const staffed = generatePlan({ tasks: 300, seed: 9, assignmentsPerLeaf: 1 });
    expect(staffed.tasks).toEqual(bare.tasks);
    expect(staffed.links).toEqual(bare.links);
    const leaves = Object.values(bare.tasks).filter((t) => t.kind === 'task').length;
    expect(Object.keys(staffed.assignments)).toHaveLength(leaves);
    expect(staffed).toEqual(generatePlan({ tasks: 300, seed: 9, assignmentsPerLeaf: 1 }));
  });

  it('leaves plans without assignments without over-allocation issues, also incrementally', () => {
    const scheduler = createScheduler();
    const plan = generatePlan({ tasks: 200, seed: 3 });
    expect(overAllocation(scheduler.schedule(plan))).toEqual([]);
    const edited = applyEdit(plan, { kind: 'duration', at: 7, hours: 30 });
    expect(overAllocation(scheduler.schedule(edited))).toEqual([]);
  });
});
