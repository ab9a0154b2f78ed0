/**
 * Replaces a task's predecessors in one undoable edit (the table's Predecessors cell). Built from
 * the link commands' own apply functions, so every rule (no loops, no self-links, no links into
 * a summary's own subtasks) is checked in exactly one place.
 */
import type { TaskId } from '../model/ids';
import type { LinkType } from '../model/plan';
import { defineCommand } from './command';
import { addLink, removeLink, updateLink } from './link-commands';

export interface PredecessorInput {
  readonly predecessorId: TaskId;
  readonly type: LinkType;
  readonly lagMinutes: number;
  readonly lagIsElapsed: boolean;
}

export interface SetPredecessorsArgs {
  readonly taskId: TaskId;
  readonly predecessors: readonly PredecessorInput[];
}

export const setPredecessors = defineCommand<SetPredecessorsArgs>({
  name: 'setPredecessors',
  label: () => 'Change predecessors',
  apply(draft, args, ctx) {
    if (!draft.tasks[args.taskId]) return { message: 'That task no longer exists.' };
    const wanted = new Map(args.predecessors.map((p) => [p.predecessorId, p]));
    const incoming = Object.values(draft.links).filter((l) => l.successorId === args.taskId);
    for (const link of incoming) {
      if (!wanted.has(link.predecessorId)) removeLink.apply(draft, { id: link.id }, ctx);
    }
    for (const p of args.predecessors) {
      const existing = incoming.find((l) => l.predecessorId === p.predecessorId);
      const problem = existing
        ? updateLink.apply(draft, { id: existing.id, changes: { type: p.type, lagMinutes: p.lagMinutes, lagIsElapsed: p.lagIsElapsed } }, ctx)
        : addLink.apply(draft, { ...p, successorId: args.taskId }, ctx);
      if (problem) return problem;
    }
    return undefined;
  },
});
