/**
 * This machine's memory of saved revisions: the plan's lineage (ids and hashes of its saves) and
 * the saved file text of the last few revisions, so a colleague's copy that comes back can be
 * merged from their common ancestor. Kept in the database's meta table (no schema change), keyed
 * by project and revision.
 */
import type { PlanRepository } from '../../db';
import { planHash, unionLineage, withSavedRevision } from '../../domain/diff';
import type { Plan, PlanLineage } from '../../domain/model';

/** Saved texts kept per project: enough for the copies in flight, without growing the database much. */
export const KEPT_REVISION_TEXTS = 20;

type Meta = Pick<PlanRepository, 'getMeta' | 'setMeta'>;

const lineageKey = (projectId: string): string => `lineage:${projectId}`;
const textsKey = (projectId: string): string => `revision-texts:${projectId}`;
const textKey = (revisionId: string): string => `revision-text:${revisionId}`;

/** The lineage this machine knows for the open plan: what it saved, and what the plan carried in. */
export async function knownLineage(meta: Meta, plan: Plan): Promise<PlanLineage | undefined> {
  return unionLineage(await meta.getMeta<PlanLineage>(lineageKey(plan.project.id)), plan.project.lineage);
}

/** After a save: the new lineage and the file text of the revision, the oldest texts let go. */
export async function rememberSave(meta: Meta, projectId: string, lineage: PlanLineage, revisionId: string, text: string): Promise<void> {
  await meta.setMeta(textKey(revisionId), text);
  const ids = [...((await meta.getMeta<string[]>(textsKey(projectId))) ?? []), revisionId];
  for (const old of ids.slice(0, Math.max(0, ids.length - KEPT_REVISION_TEXTS))) await meta.setMeta(textKey(old), null);
  await meta.setMeta(textsKey(projectId), ids.slice(-KEPT_REVISION_TEXTS));
  await meta.setMeta(lineageKey(projectId), lineage);
}

/** After a merge: the lineage now includes their revisions, and their file is a revision we have seen. */
export async function rememberMerge(meta: Meta, projectId: string, lineage: PlanLineage | undefined, theirRevisionId: string | undefined, theirText: string): Promise<void> {
  if (lineage === undefined) return;
  if (theirRevisionId !== undefined) await rememberSave(meta, projectId, lineage, theirRevisionId, theirText);
  else await meta.setMeta(lineageKey(projectId), lineage);
}

/** The saved text of a revision, if this machine kept it. */
export async function revisionText(meta: Meta, revisionId: string): Promise<string | undefined> {
  const text = await meta.getMeta<string | null>(textKey(revisionId));
  return typeof text === 'string' ? text : undefined;
}

/** A plan about to be written as a .plotline, stamped as a new revision, and how to remember it once written. */
export interface StampedRevision {
  readonly plan: Plan;
  /** After the file was written: keeps its lineage and text, so a copy of it can be merged from later. */
  readonly remember: (text: string) => Promise<void>;
}

/**
 * Every .plotline the app writes (Save As, automatic snapshots) is a revision of the plan's
 * lineage, as Save As records it: a colleague's copy of any of them still finds its ancestor here.
 */
export async function stampRevision(meta: Meta, plan: Plan, revisionId: string, savedAt: string): Promise<StampedRevision> {
  const revision = { id: revisionId, hash: planHash(plan), savedAt };
  const stamped = withSavedRevision(plan, await knownLineage(meta, plan), revision);
  return {
    plan: stamped,
    remember: async (text) => {
      if (stamped.project.lineage) await rememberSave(meta, plan.project.id, stamped.project.lineage, revision.id, text);
    },
  };
}
