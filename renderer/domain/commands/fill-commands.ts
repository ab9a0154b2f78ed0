/**
 * Ctrl+D on the Predecessors column, as MS Project does it: every target row gets the source
 * row's predecessors (same tasks, types and lags), all rows in one undoable edit. Each row goes
 * through setPredecessors, so loops, self-links and links into a summary's own subtasks are
 * refused by the one rule that refuses them elsewhere, naming the row.
 */
import type { TaskId } from '../model/ids';
import { defineCommand } from './command';
import { setPredecessors, type PredecessorInput } from './predecessor-commands';

export interface FillPredecessorsArgs {
  readonly sourceId: TaskId;
  readonly targetIds: readonly TaskId[];
}

export const fillPredecessors = defineCommand<FillPredecessorsArgs>({
  name: 'fillPredecessors',
  label: (args) => `Fill down predecessors (${String(args.targetIds.length)} ${args.targetIds.length === 1 ? 'row' : 'rows'})`,
  apply(draft, args, ctx) {
    if (!draft.tasks[args.sourceId]) return { message: 'The row to fill from no longer exists.' };
    if (args.targetIds.length === 0) return { message: 'Select the rows to fill below the first one.' };
    const predecessors: PredecessorInput[] = Object.values(draft.links)
      .filter((l) => l.successorId === args.sourceId)
      .map((l) => ({ predecessorId: l.predecessorId, type: l.type, lagMinutes: l.lagMinutes, lagIsElapsed: l.lagIsElapsed }));
    for (const taskId of args.targetIds) {
      const target = draft.tasks[taskId];
      if (!target) return { message: 'A row to fill no longer exists.' };
      const own = predecessors.filter((p) => p.predecessorId !== taskId);
      if (own.length < predecessors.length) return { message: `'${target.name}' cannot be its own predecessor: fill down stops above it.`, where: `Task '${target.name}'` };
      const problem = setPredecessors.apply(draft, { taskId, predecessors: own }, ctx);
      if (problem) return { ...problem, where: problem.where ?? `Task '${target.name}'` };
    }
    return undefined;
  },
});
