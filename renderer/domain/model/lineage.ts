/**
 * Where a plan came from, so two copies of one plan can be merged: the plan's own id (kept when
 * the file is opened as a new project elsewhere, unlike project.id) and the revisions saved so
 * far, oldest first. A revision is one file save or export; its hash is of the plan's content,
 * so two machines that saved the same plan agree on it. Bounded: only the newest
 * MAX_LINEAGE_REVISIONS are kept, which is plenty to find a common ancestor.
 */
export const MAX_LINEAGE_REVISIONS = 200;

export interface LineageRevision {
  /** Unique per save (an injected id). */
  readonly id: string;
  /** Hash of the saved plan's content (diff/lineage.ts planHash), hex. */
  readonly hash: string;
  /** ISO time of the save. */
  readonly savedAt: string;
}

export interface PlanLineage {
  readonly planId: string;
  /** Oldest first; at most MAX_LINEAGE_REVISIONS. */
  readonly revisions: readonly LineageRevision[];
}
