/**
 * Structures kept from edit to edit through the ids each recorded edit touched must equal their
 * full rebuild after any sequence of edits: the outline check (row numbers, Gantt rows), the
 * phase windows and the stored buckets. Seeded random edits through the real command path.
 */
import { describe, expect, it, vi } from 'vitest';
import { bucketRows, BucketMembers, touchedBucketRows } from '../../../../renderer/db/buckets';
import { planCommands, runCommand, type ArgsOf, type CommandName } from '../../../../renderer/domain/commands';
import { createPhaseObjectWindows, phaseObjectWindows, type PhaseObjectWindow } from '../../../../renderer/domain/lifecycle';
import {
  changedIdsSince, recordPlanEdit, sameOutline, sequentialIds, type LinkId, type Plan, type PhaseId, type TaskId,
} from '../../../../renderer/domain/model';
import { createScheduler } from '../../../../renderer/domain/schedule';
import { generatePlan } from '../../../support/generate-plan';
import { seededRandom } from '../../../support/random';

const NOW = '2026-02-01T00:00:00.000Z';

function run<N extends CommandName>(plan: Plan, name: N, args: ArgsOf<N>, newId: () => string): Plan {
  const out = runCommand(planCommands[name] as never, plan, args as never, { newId, now: NOW });
  return out.ok ? (out.value as { plan: Plan }).plan : plan;
}

/** One random edit of the kinds a person makes most (and some that reshape the outline). */
function randomEdit(plan: Plan, rnd: () => number, newId: () => string): Plan {
  const ids = Object.keys(plan.tasks) as TaskId[];
  const pick = (): TaskId => ids[Math.floor(rnd() * ids.length)] as TaskId;
  const phases = Object.keys(plan.phases) as PhaseId[];
  const roll = rnd();
  if (roll < 0.35) return run(plan, 'updateTask', { id: pick(), changes: { durationMinutes: 480 * (1 + Math.floor(rnd() * 8)) } }, newId);
  if (roll < 0.45) return run(plan, 'updateTask', { id: pick(), changes: { percentComplete: Math.floor(rnd() * 5) * 25, name: `T${String(Math.floor(rnd() * 1e6))}` } }, newId);
  if (roll < 0.55 && phases.length > 0) return run(plan, 'setTaskPhase', { taskIds: [pick()], phaseId: rnd() < 0.2 ? null : (phases[Math.floor(rnd() * phases.length)] as PhaseId) }, newId);
  if (roll < 0.63) return run(plan, 'insertTask', { name: 'New', afterId: pick() }, newId);
  if (roll < 0.69) return run(plan, 'deleteTasks', { ids: [pick()] }, newId);
  if (roll < 0.75) return run(plan, 'indentTasks', { ids: [pick()] }, newId);
  if (roll < 0.81) return run(plan, 'moveTask', { id: pick(), parentId: null, afterId: null }, newId);
  if (roll < 0.9) return run(plan, 'addLink', { predecessorId: pick(), successorId: pick(), type: 'FS', lagMinutes: 0, lagIsElapsed: false }, newId);
  const links = Object.keys(plan.links) as LinkId[];
  const link = links[Math.floor(rnd() * links.length)];
  return link ? run(plan, 'removeLink', { id: link }, newId) : plan;
}

/** Full sameOutline: the identity pass over every task (what a record without recorded edits gets). */
function fullSameOutline(before: Plan['tasks'], after: Plan['tasks']): boolean {
  const copy = { ...after };
  return sameOutline(before, Object.keys(before).length, copy);
}

const sortedIds = (windows: readonly PhaseObjectWindow[]) => windows.map((w) => ({ ...w, taskIds: [...w.taskIds].sort() }));

function startingPlan(seed: number): { plan: Plan; newId: () => string } {
  const newId = sequentialIds('e');
  let plan = generatePlan({ tasks: 300, seed });
  plan = run(plan, 'addDefaultPhases', {}, newId);
  const rnd = seededRandom(seed + 1);
  const phases = Object.keys(plan.phases) as PhaseId[];
  for (const id of Object.keys(plan.tasks) as TaskId[]) {
    if (rnd() < 0.3) plan = run(plan, 'setTaskPhase', { taskIds: [id], phaseId: phases[Math.floor(rnd() * phases.length)] as PhaseId }, newId);
  }
  return { plan, newId };
}

describe('recorded edits', () => {
  it('name exactly the ids a chain of commands changed, and nothing for an unrecorded record', () => {
    const { plan: start, newId } = startingPlan(3);
    const rnd = seededRandom(11);
    let plan = start;
    for (let k = 0; k < 5; k++) plan = randomEdit(plan, rnd, newId);
    const named = new Set(changedIdsSince(start.tasks, plan.tasks) ?? ['(none)']);
    for (const id of new Set([...Object.keys(start.tasks), ...Object.keys(plan.tasks)])) {
      if (start.tasks[id] !== plan.tasks[id]) expect(named.has(id)).toBe(true);
    }
    expect(changedIdsSince(start.tasks, { ...plan.tasks })).toBeNull();
    expect(changedIdsSince(plan.tasks, plan.tasks)).toEqual([]);
  });

  it('records nothing for a patch that replaced a whole collection', () => {
    const { plan } = startingPlan(4);
    const after = { ...plan, tasks: { ...plan.tasks } };
    recordPlanEdit(plan, after, [{ path: ['tasks'] }]);
    expect(changedIdsSince(plan.tasks, after.tasks)).toBeNull();
  });

  it('keep the outline check, the phase windows and the stored buckets equal to their full rebuild over random edits', () => {
    for (const seed of [1, 2, 5]) {
      const { plan: start, newId } = startingPlan(seed);
      const rnd = seededRandom(seed * 97);
      const scheduler = createScheduler();
      const windowsOf = createPhaseObjectWindows();
      const members = new Map<string, BucketMembers>();
      let plan = start;
      let schedule = scheduler.schedule(plan);
      windowsOf(plan, schedule);
      for (let step = 0; step < 120; step++) {
        const before = plan;
        plan = randomEdit(plan, rnd, newId);
        schedule = scheduler.schedule(plan);
        const where = `seed ${String(seed)} step ${String(step)}`;
        expect(sameOutline(before.tasks, Object.keys(before.tasks).length, plan.tasks), where).toBe(fullSameOutline(before.tasks, plan.tasks));
        expect(sortedIds(windowsOf(plan, schedule)), where).toEqual(sortedIds(phaseObjectWindows(plan, schedule)));
        for (const collection of ['tasks', 'links'] as const) {
          const kept = members.get(collection) ?? new BucketMembers();
          members.set(collection, kept);
          const all = new Set(Array.from({ length: 64 }, (_, i) => i));
          const incremental = touchedBucketRows('p', collection, plan[collection], kept, all);
          const full = bucketRows('p', collection, Object.values(plan[collection]));
          const parsed = (rows: readonly { bucket: number; entities: string }[]) => rows.map((r) => ({ bucket: r.bucket, entities: JSON.parse(r.entities) as unknown })).sort((a, b) => a.bucket - b.bucket);
          expect(parsed(incremental), where).toEqual(parsed(full));
        }
      }
    }
  });

  it('read no task of a plan without phase objects, and count them again once phases are added', () => {
    const newId = sequentialIds('w');
    let plan = generatePlan({ tasks: 200, seed: 8 });
    expect(Object.keys(plan.phases)).toEqual([]);
    const scheduler = createScheduler();
    const windowsOf = createPhaseObjectWindows();
    expect(windowsOf(plan, scheduler.schedule(plan))).toEqual([]);
    const id = Object.keys(plan.tasks).find((k) => plan.tasks[k]?.kind === 'task') as TaskId;
    plan = run(plan, 'updateTask', { id, changes: { durationMinutes: 4800 } }, newId);
    const schedule = scheduler.schedule(plan);
    const reads = vi.spyOn(schedule.tasks, 'get');
    expect(windowsOf(plan, schedule)).toEqual([]);
    expect(reads).not.toHaveBeenCalled();
    plan = run(plan, 'addDefaultPhases', {}, newId);
    const phases = Object.keys(plan.phases) as PhaseId[];
    plan = run(plan, 'setTaskPhase', { taskIds: [id], phaseId: phases[0] as PhaseId }, newId);
    const phased = scheduler.schedule(plan);
    const windows = windowsOf(plan, phased);
    expect(windows.length).toBeGreaterThan(0);
    expect(sortedIds(windows)).toEqual(sortedIds(phaseObjectWindows(plan, phased)));
  });

  it('leaves what a command made frozen, and the records it copied', () => {
    const { plan, newId } = startingPlan(6);
    const id = Object.keys(plan.tasks)[0] as TaskId;
    const after = run(plan, 'updateTask', { id, changes: { name: 'Frozen' } }, newId);
    expect(Object.isFrozen(after)).toBe(true);
    expect(Object.isFrozen(after.tasks)).toBe(true);
    expect(Object.isFrozen(after.tasks[id])).toBe(true);
    expect(Object.isFrozen(after.project)).toBe(true);
  });
});
