/** Random edits of a generated plan for the diff and merge property tests (pure, deterministic). */
import fc from 'fast-check';
import type { Link, LinkId, Plan, Task, TaskId } from '../../../../renderer/domain/model';
import { findLinkCycle, scheduleProject } from '../../../../renderer/domain/schedule';

export type Edit =
  | { readonly op: 'rename'; readonly at: number; readonly name: string }
  | { readonly op: 'duration'; readonly at: number; readonly days: number }
  | { readonly op: 'progress'; readonly at: number; readonly pct: number }
  | { readonly op: 'delete'; readonly at: number }
  | { readonly op: 'add'; readonly at: number; readonly tag: string }
  | { readonly op: 'link'; readonly at: number; readonly to: number }
  | { readonly op: 'move'; readonly at: number; readonly to: number };

const index = fc.nat({ max: 10_000 });

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('rename' as const), at: index, name: fc.string({ minLength: 1, maxLength: 12 }) }),
  fc.record({ op: fc.constant('duration' as const), at: index, days: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant('progress' as const), at: index, pct: fc.integer({ min: 0, max: 100 }) }),
  fc.record({ op: fc.constant('delete' as const), at: index }),
  fc.record({ op: fc.constant('add' as const), at: index, tag: fc.stringMatching(/^[a-z]{1,6}$/) }),
  fc.record({ op: fc.constant('link' as const), at: index, to: index }),
  fc.record({ op: fc.constant('move' as const), at: index, to: index }),
);

const sortedIds = (plan: Plan): string[] => Object.keys(plan.tasks).sort();
const leaves = (plan: Plan): string[] => sortedIds(plan).filter((id) => plan.tasks[id]?.kind !== 'summary');
const summaries = (plan: Plan): string[] => sortedIds(plan).filter((id) => plan.tasks[id]?.kind === 'summary');
const pick = (list: readonly string[], at: number): string | undefined => list[at % Math.max(1, list.length)];

function withTask(plan: Plan, id: string, change: Partial<Task>): Plan {
  const task = plan.tasks[id];
  return task === undefined ? plan : { ...plan, tasks: { ...plan.tasks, [id]: { ...task, ...change } } };
}

function deleteLeaf(plan: Plan, id: string): Plan {
  const tasks = { ...plan.tasks };
  delete tasks[id];
  const links = Object.fromEntries(Object.entries(plan.links).filter(([, l]) => l.predecessorId !== id && l.successorId !== id));
  const assignments = Object.fromEntries(Object.entries(plan.assignments).filter(([, a]) => a.taskId !== id));
  return { ...plan, tasks, links, assignments };
}

/** Applies one edit; `side` keeps new ids distinct between two copies. */
export function applyEdit(plan: Plan, edit: Edit, side: string): Plan {
  const leaf = pick(leaves(plan), edit.at);
  switch (edit.op) {
    case 'rename': return leaf === undefined ? plan : withTask(plan, leaf, { name: edit.name });
    case 'duration': return leaf === undefined ? plan : withTask(plan, leaf, { durationMinutes: edit.days * 480 });
    case 'progress': return leaf === undefined ? plan : withTask(plan, leaf, { percentComplete: edit.pct });
    case 'delete': return leaf === undefined ? plan : deleteLeaf(plan, leaf);
    case 'add': {
      const parent = pick(summaries(plan), edit.at);
      const template = leaf === undefined ? undefined : plan.tasks[leaf];
      if (template === undefined) return plan;
      const id = `${side}-${edit.tag}-${String(edit.at)}` as TaskId;
      if (id in plan.tasks) return plan;
      const task: Task = { ...template, id, name: `New ${edit.tag}`, parentId: (parent ?? null) as TaskId | null, rank: `z${edit.tag}`, extra: undefined };
      delete (task as { extra?: unknown }).extra;
      return { ...plan, tasks: { ...plan.tasks, [id]: task } };
    }
    case 'link': {
      const list = leaves(plan);
      const from = pick(list, edit.at);
      const to = pick(list, edit.to);
      // The app refuses a link that closes a loop, so a copy never holds one.
      if (from === undefined || to === undefined || findLinkCycle(plan, from as TaskId, to as TaskId) !== null) return plan;
      const id = `${side}-l-${from}-${to}` as LinkId;
      const link: Link = { id, predecessorId: from as TaskId, successorId: to as TaskId, type: 'FS', lagMinutes: 0, lagIsElapsed: false };
      return { ...plan, links: { ...plan.links, [id]: link } };
    }
    case 'move': {
      const parent = pick(summaries(plan), edit.to);
      if (leaf === undefined || parent === undefined) return plan;
      const moved = withTask(plan, leaf, { parentId: parent as TaskId });
      return scheduleProject(moved).issues.some((i) => i.kind === 'cycle') ? plan : moved;
    }
    default: {
      const never: never = edit;
      return never;
    }
  }
}

export function applyEdits(plan: Plan, edits: readonly Edit[], side: string): Plan {
  return edits.reduce((p, e) => applyEdit(p, e, side), plan);
}
