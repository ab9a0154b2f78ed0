/** Applying a merge through the one command path, then remembering their revision for next time. */
import { unionLineage } from '../../domain/diff';
import type { LocalDate, Plan } from '../../domain/model';
import type { Services } from '../shared/services';
import type { SessionStore } from '../../store';
import type { ScheduleResult } from '../../domain/schedule';
import { knownLineage, rememberMerge } from './lineage-store';

export interface MergeApply {
  readonly merged: Plan;
  readonly theirs: Plan;
  readonly theirText: string;
  readonly name: string;
  readonly changeCount: number;
  readonly conflictCount: number;
  readonly details: readonly string[];
}

const stem = (name: string): string => name.replace(/\.[^.]+$/, '');

/** "Merged 12 changes from maya-copy; 1 conflict resolved". */
export function mergeSummary(name: string, changes: number, conflicts: number): string {
  const resolved = conflicts === 0 ? '' : `; ${String(conflicts)} conflict${conflicts === 1 ? '' : 's'} resolved`;
  return `Merged ${String(changes)} change${changes === 1 ? '' : 's'} from ${stem(name)}${resolved}`;
}

/** Dispatches applyMerge (one undoable command); null when applied, else the refusal. */
export async function applyMergeNow(services: Pick<Services, 'repository' | 'today'>, session: SessionStore<ScheduleResult>, apply: MergeApply): Promise<string | null> {
  const ours = session.getState().plan;
  if (!ours) return 'No plan is open.';
  const lineageBefore = await knownLineage(services.repository, ours);
  const summary = mergeSummary(apply.name, apply.changeCount, apply.conflictCount);
  const problem = session.getState().dispatch('applyMerge', {
    merged: apply.merged, summary, description: apply.details.join('\n'), requestedBy: stem(apply.name), today: services.today() as LocalDate,
  });
  if (problem !== null) return problem.message;
  const theirLast = apply.theirs.project.lineage?.revisions.at(-1)?.id;
  const isNew = theirLast !== undefined && !(lineageBefore?.revisions.some((r) => r.id === theirLast) ?? false);
  await rememberMerge(services.repository, ours.project.id, unionLineage(lineageBefore, apply.merged.project.lineage), isNew ? theirLast : undefined, apply.theirText);
  return null;
}
