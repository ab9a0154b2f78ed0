import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyDiff, diffPlans, mergePlans } from '../../../../renderer/domain/diff';
import { admitPlan } from '../../../../renderer/domain/formats';
import type { Plan, TaskId } from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { generatePlan } from '../../../support/generate-plan';
import { applyEdits, editArb } from './plan-edits';

const BASE = generatePlan({ tasks: 48, seed: 16, assignmentsPerLeaf: 1 });
const edits = fc.array(editArb, { maxLength: 12 });
const RUNS = { numRuns: 40 };

/** The plan as the gate stores it (repairs applied), so merge results compare like with like. */
function admitted(plan: Plan): Plan {
  const result = admitPlan(plan, 'merge');
  if (!result.ok) throw new Error(result.error.message);
  return result.value.plan;
}

describe('diff properties', () => {
  it('diff(a, a) is empty', () => {
    fc.assert(fc.property(edits, (e) => {
      const a = applyEdits(BASE, e, 'a');
      const diff = diffPlans(a, a);
      expect(diff.changes).toEqual([]);
      expect(diff.dateChanges).toEqual([]);
    }), RUNS);
  });

  it('applyDiff(a, diff(a, b)) = b', () => {
    fc.assert(fc.property(edits, edits, (ea, eb) => {
      const a = applyEdits(BASE, ea, 'a');
      const b = applyEdits(BASE, eb, 'b');
      expect(applyDiff(a, diffPlans(a, b, { withDates: false }))).toEqual(b);
    }), RUNS);
  });
});

describe('merge properties', () => {
  it('merge(base, x, base) = x and merge(base, base, x) = x', () => {
    fc.assert(fc.property(edits, (e) => {
      const x = admitted(applyEdits(BASE, e, 'x'));
      expect(mergePlans(BASE, x, BASE).plan).toEqual(x);
      expect(mergePlans(BASE, BASE, x).plan).toEqual(x);
      expect(mergePlans(BASE, x, BASE).conflicts).toEqual([]);
    }), RUNS);
  });

  it('disjoint edits on both sides both apply', () => {
    const ids = Object.keys(BASE.tasks).filter((id) => BASE.tasks[id]?.kind === 'task').sort();
    const half = Math.floor(ids.length / 2);
    const field = fc.record({ at: fc.nat({ max: half - 1 }), name: fc.string({ minLength: 1, maxLength: 8 }), days: fc.integer({ min: 1, max: 9 }) });
    fc.assert(fc.property(fc.array(field, { maxLength: 6 }), fc.array(field, { maxLength: 6 }), (mine, yours) => {
      const edit = (plan: Plan, list: typeof mine, offset: number): Plan => list.reduce((p, f) => {
        const id = ids[f.at + offset] as TaskId;
        const task = p.tasks[id];
        return task ? { ...p, tasks: { ...p.tasks, [id]: { ...task, name: f.name, durationMinutes: f.days * 480 } } } : p;
      }, plan);
      const ours = edit(BASE, mine, 0);
      const theirs = edit(BASE, yours, half);
      const merged = mergePlans(BASE, ours, theirs);
      expect(merged.conflicts).toEqual([]);
      for (const f of mine) expect(merged.plan.tasks[ids[f.at] as string]?.name).toBe(ours.tasks[ids[f.at] as string]?.name);
      for (const f of yours) expect(merged.plan.tasks[ids[f.at + half] as string]?.durationMinutes).toBe(theirs.tasks[ids[f.at + half] as string]?.durationMinutes);
    }), RUNS);
  });

  it('is deterministic and the merged plan always schedules (no loops, no dangling links)', () => {
    fc.assert(fc.property(edits, edits, fc.boolean(), (eo, et, preferTheirs) => {
      const ours = applyEdits(BASE, eo, 'o');
      const theirs = applyEdits(BASE, et, 't');
      const first = mergePlans(BASE, ours, theirs);
      const resolutions = Object.fromEntries(first.conflicts.map((c) => [c.id, preferTheirs ? 'theirs' as const : 'ours' as const]));
      const one = mergePlans(BASE, ours, theirs, resolutions);
      expect(mergePlans(BASE, ours, theirs, resolutions)).toEqual(one);
      expect(admitPlan(one.plan, 'merge').ok).toBe(true);
      const schedule = scheduleProject(one.plan);
      expect(schedule.issues.filter((i) => i.kind === 'cycle' || i.kind === 'invalid-link')).toEqual([]);
    }), RUNS);
  });
});
