/**
 * What happens when storage refuses a write. The choice (issue 20): a write that fails is ROLLED
 * BACK, edit and undo entry together, and the person is told which edit and why, with a Retry.
 * Keeping it on screen as "unsaved" was the alternative; it was not chosen because the plan in
 * hand would then differ from storage, and every later edit (and every other window) would build
 * on a state that exists nowhere. After a rollback the screen shows exactly what is stored.
 *
 * Refusals come in three kinds:
 * - 'stale': another window wrote first. The plan is reloaded, and an edit whose touched entities
 *   the other window did not change is run again on top of the fresh plan; otherwise it is
 *   reported as not saved, naming what the other window changed.
 * - 'gone': the project was deleted in another window.
 * - 'failed': IndexedDB failed (quota, a closed database). Later writes already on their way
 *   were based on the failed one, so storage refuses them too; they are rolled back with it.
 */
import type { Patch } from 'immer';
import type { Plan, Problem, ProjectId } from '../domain/model';
import { entitiesMatch, mismatchedNames } from './entity-states';
import type { PlanEntry } from './history';
import type { SessionNotice } from './persistence';

export interface PendingWrite {
  readonly before: Plan;
  readonly after: Plan;
  readonly patches: readonly Patch[];
  readonly entry: PlanEntry;
  readonly direction: 'do' | 'undo' | 'redo';
  /** Runs the edit's command again on the plan shown now (edits only, not undo/redo). */
  readonly redo?: () => Problem | null;
  /** Writes of one generation were sent on one chain of revisions; the first refusal ends it. */
  readonly generation: number;
}

export type Refusal = 'stale' | 'gone' | 'failed';

export interface RecoveryDeps {
  readonly reload: (projectId: ProjectId) => Promise<'reloaded' | 'gone' | 'broken'>;
  readonly currentPlan: () => Plan | null;
  readonly isOpen: (projectId: ProjectId) => boolean;
  /** Takes the write's entry out of the timelines (an edit) or puts it back where it was (undo/redo). */
  readonly forget: (entry: PlanEntry, direction: PendingWrite['direction']) => void;
  readonly notify: (notice: SessionNotice) => void;
}

export interface WriteRecovery {
  readonly generation: () => number;
  /** Handles one refused write; refusals are handled one at a time, in the order the writes were sent. */
  readonly refused: (write: PendingWrite, why: Refusal, detail?: string) => Promise<void>;
}

function labelOf(write: PendingWrite): string {
  const name = `“${write.entry.label}”`;
  return write.direction === 'do' ? name : `${write.direction === 'undo' ? 'Undo' : 'Redo'} ${name}`;
}

export function createWriteRecovery(deps: RecoveryDeps): WriteRecovery {
  let generation = 0;
  let chainCause: Refusal = 'failed';
  let queue: Promise<void> = Promise.resolve();

  const staleNotice = (write: PendingWrite, label: string): SessionNotice => {
    const plan = deps.currentPlan();
    const projectId = write.after.project.id;
    if (write.direction === 'do' && write.redo && plan && deps.isOpen(projectId) && entitiesMatch(plan, write.entry.before)) {
      const problem = write.redo();
      if (problem === null) return { tone: 'info', message: `Another window changed this project at the same time; ${label} was saved on top of its changes.` };
      return { tone: 'error', message: `${label} was not saved: after another window's changes, ${problem.message}` };
    }
    const what = plan ? mismatchedNames(plan, write.entry.before) : [];
    const changed = what.length > 0 ? `${what.join(', ')} first` : 'this project first';
    return { tone: 'error', message: `${label} was not saved: another window changed ${changed}. Showing the latest version.` };
  };

  const handle = async (write: PendingWrite, why: Refusal, detail: string | undefined): Promise<void> => {
    const projectId = write.after.project.id;
    const label = labelOf(write);
    deps.forget(write.entry, write.direction);
    const isFirst = write.generation === generation;
    if (isFirst) {
      generation += 1;
      chainCause = why;
      if (deps.isOpen(projectId) && (await deps.reload(projectId)) === 'gone') chainCause = 'gone';
    }
    const retry = write.direction === 'do' && write.redo ? { retry: () => void write.redo?.() } : {};
    switch (chainCause) {
      case 'gone':
        deps.notify({ tone: 'error', message: `${label} was not saved: the project was deleted in another window.`, ...(isFirst ? { kind: 'project-gone' as const } : {}) });
        return;
      case 'failed':
        deps.notify(isFirst
          ? { tone: 'error', message: `Could not save ${label} (${detail ?? 'storage refused the write'}). ${write.direction === 'do' ? 'The change was undone' : 'Nothing changed'}: the plan shows what is stored.`, ...retry }
          : { tone: 'error', message: `${label} was not saved either: it came after a change that could not be saved.`, ...retry });
        return;
      case 'stale':
        deps.notify(staleNotice(write, label));
        return;
      default: {
        const never: never = chainCause;
        return never;
      }
    }
  };

  return {
    generation: () => generation,
    refused(write, why, detail) {
      const run = (): Promise<void> => handle(write, why, detail);
      queue = queue.then(run, run);
      return queue;
    },
  };
}
