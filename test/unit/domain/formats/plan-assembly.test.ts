import { describe, expect, it } from 'vitest';
import { assembleTasks, byId, type TaskDraft } from '../../../../renderer/domain/formats/plan-assembly';
import { knownFields, PlanSchema } from '../../../../renderer/domain/formats/plan-schema';
import { compileFastPath } from '../../../../renderer/domain/formats/schema-fast-path';
import { emptyPlan } from '../../../../renderer/domain/model/factories';
import type { LocalDateTime, Plan } from '../../../../renderer/domain/model';

describe('byId', () => {
  it('builds the record Object.fromEntries builds: key order, a later duplicate in the earlier place, __proto__ as a key', () => {
    const items = [
      { id: 'b', n: 1 }, { id: '10', n: 2 }, { id: '__proto__', n: 3 }, { id: 'a', n: 4 }, { id: 'b', n: 5 }, { id: '2', n: 6 }, { id: 'constructor', n: 7 },
    ];
    const built = byId(items);
    const expected = Object.fromEntries(items.map((item) => [item.id, item]));
    expect(Object.keys(built)).toEqual(Object.keys(expected));
    expect(Object.entries(built)).toEqual(Object.entries(expected));
    expect(Object.getPrototypeOf(built)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(built, '__proto__')).toEqual(Object.getOwnPropertyDescriptor(expected, '__proto__'));
    expect(JSON.stringify(built)).toBe(JSON.stringify(expected));
  });
});

describe('assembleTasks', () => {
  it('builds each task in the schema\'s key order, so the import gate keeps it instead of copying it', () => {
    const fast = compileFastPath(PlanSchema, 'keep');
    if (fast === null) throw new Error('the plan schema uses a kind the fast path does not mirror');
    const ids = (() => {
      let n = 0;
      return () => `id-${String(n++)}`;
    })();
    const base = emptyPlan({ name: 'P', start: '2026-03-02T09:00' as LocalDateTime, now: '2026-03-01T12:00:00.000Z', newId: ids });
    // Every optional field set, and the draft's keys in another order than the schema's.
    const draft = {
      extra: { mspdiUid: 7 }, name: 'Build', id: 't1', parentId: null, notes: '', kind: 'task', durationMinutes: 480,
      schedulingMode: 'auto', start: '2026-03-02T09:00', finish: '2026-03-02T17:00', constraint: { type: 'ASAP', date: null },
      deadline: null, percentComplete: 0, actualStart: null, actualFinish: null, priority: 500, phase: null, phaseId: null,
      tags: [], calendarId: null, levelingDelayMinutes: 0, durationIsElapsed: false, splits: [], reopenPercentComplete: 0,
      fixedCost: 0, fixedCostAccrual: 'prorated', actualCost: null, actualWorkMinutes: null, physicalPercentComplete: 0,
      earnedValueMethod: 'physical', budget: 10,
      estimate: { optimisticMinutes: 240, mostLikelyMinutes: 480, pessimisticMinutes: 960, distribution: 'pert' },
    } as unknown as TaskDraft;
    // The draft has every field of the schema (add a new one here): the builder must carry each.
    const assembled = ['rank', 'statusId', 'boardRank'];
    expect(knownFields('tasks').filter((key) => !Object.hasOwn(draft, key) && !assembled.includes(key))).toEqual([]);
    const tasks = assembleTasks([draft], base.columns);
    const task = tasks.t1;
    expect(Object.keys(task ?? {})).toEqual(knownFields('tasks'));
    expect(task?.name).toBe('Build');
    expect(task?.extra).toEqual({ mspdiUid: 7 });
    const plan = { ...base, tasks } as unknown as Plan;
    const parsed = fast(plan) as Plan;
    expect(parsed.tasks.t1).toBe(task);
  });
});
