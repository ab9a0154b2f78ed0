/**
 * Applying a merge (or the accepted changes of a comparison) as ONE undoable command, logged as
 * an implemented change request. The merged plan was built and gated by domain/diff; this command
 * writes only the entities that differ, so undo restores exactly the plan before the merge.
 */
import { PLAN_COLLECTIONS, type ChangeRequest, type ChangeRequestId, type LocalDate, type Plan } from '../model';
import { original } from 'immer';
import { defineCommand, type PlanDraft } from './command';

export interface ApplyMergeArgs {
  /** The plan after the merge, in the open plan's ids (mergePlans / applyChanges + admitPlan). */
  readonly merged: Plan;
  /** "Merged 12 changes from Maya's copy; 1 conflict resolved". */
  readonly summary: string;
  readonly description: string;
  /** Who the changes came from (the file's name when nothing better is known). */
  readonly requestedBy: string;
  readonly today: LocalDate;
}

type Loose = Record<string, unknown>;

function writeDifferences(draft: PlanDraft, before: Plan, merged: Plan): void {
  const target = draft as unknown as Record<string, Record<string, unknown>>;
  for (const name of PLAN_COLLECTIONS) {
    const was = before[name] as Readonly<Record<string, unknown>>;
    const now = merged[name] as Readonly<Record<string, unknown>>;
    const record = target[name];
    if (record === undefined) continue;
    for (const id of Object.keys(was)) if (now[id] === undefined) delete record[id];
    for (const [id, entity] of Object.entries(now)) if (was[id] !== entity) record[id] = entity;
  }
  const project = draft.project as unknown as Loose;
  const mergedProject = merged.project as unknown as Loose;
  for (const key of Object.keys(project)) if (!(key in mergedProject) && key !== 'updatedAt') delete project[key];
  for (const [key, value] of Object.entries(mergedProject)) if (key !== 'updatedAt' && project[key] !== value) project[key] = value;
}

export const applyMerge = defineCommand<ApplyMergeArgs>({
  name: 'applyMerge',
  label: (args) => args.summary,
  apply(draft, args, ctx) {
    const before = original(draft);
    if (before === undefined) return { message: 'Nothing to merge into.' };
    writeDifferences(draft, before, args.merged);
    const id = ctx.newId() as ChangeRequestId;
    const change: ChangeRequest = {
      id, title: args.summary, description: args.description, requestedBy: args.requestedBy, requestedOn: args.today,
      status: 'implemented', scheduleImpactMinutes: 0, costImpact: 0, decidedOn: args.today, decidedBy: '', taskIds: [],
    };
    (draft.changes as Record<string, ChangeRequest>)[id] = change;
    return undefined;
  },
});
