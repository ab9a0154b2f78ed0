/** Small hand-made plans for unit tests: readable names, deterministic ids and clock. */
import { applyPatches } from 'immer';
import { isDeepStrictEqual } from 'node:util';
import {
  emptyPlan, sequentialIds, type LocalDateTime, type Plan, type TaskId,
} from '../../renderer/domain/model';
import {
  runCommand, type CommandContext, type CommandSpec, type CommandOutcome,
} from '../../renderer/domain/commands';

export const NOW = '2026-03-02T08:00:00.000Z';
const CREATED = '2026-03-01T08:00:00.000Z';

export function testContext(prefix = 'id-'): CommandContext {
  return { newId: sequentialIds(prefix), now: NOW };
}

export function blankPlan(name = 'Test plan'): Plan {
  return emptyPlan({ name, start: '2026-03-02T09:00' as LocalDateTime, now: CREATED, newId: sequentialIds('base-') });
}

/** Runs a command that must succeed and checks that its inverse restores the plan exactly. */
export function runOk<A>(spec: CommandSpec<A>, plan: Plan, args: A, ctx: CommandContext = testContext()): CommandOutcome {
  const result = runCommand(spec, plan, args, ctx);
  if (!result.ok) throw new Error(`${spec.name} refused: ${result.error.message}`);
  const undone = applyPatches(result.value.plan, result.value.inverse as never);
  if (!isDeepStrictEqual(undone, plan)) throw new Error(`${spec.name}: inverse does not restore the plan`);
  const redone = applyPatches(undone, result.value.patches as never);
  if (!isDeepStrictEqual(redone, result.value.plan)) throw new Error(`${spec.name}: redo does not reproduce the edit`);
  return result.value;
}

/** Display order as 'name@depth' strings, e.g. ['Design@0', 'Wireframes@1']. */
export function outlineNames(plan: Plan): string[] {
  const byParent = new Map<string | null, { id: TaskId; name: string; rank: string }[]>();
  for (const t of Object.values(plan.tasks)) {
    const list = byParent.get(t.parentId) ?? [];
    list.push(t);
    byParent.set(t.parentId, list);
  }
  const out: string[] = [];
  const walk = (parent: string | null, depth: number): void => {
    for (const t of (byParent.get(parent) ?? []).sort((a, b) => (a.rank < b.rank ? -1 : 1))) {
      out.push(`${t.name}@${String(depth)}`);
      walk(t.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export function taskByName(plan: Plan, name: string): Plan['tasks'][string] {
  const task = Object.values(plan.tasks).find((t) => t.name === name);
  if (!task) throw new Error(`no task named ${name}`);
  return task;
}
