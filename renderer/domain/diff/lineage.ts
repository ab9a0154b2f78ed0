/**
 * Lineage of shared plan files: each save records a revision (id + content hash) in the plan's
 * lineage, so when a colleague's copy comes back the newest revision both files carry is their
 * common ancestor. The ancestor's content is kept by the machine that saved it (db revisions);
 * this module only decides which revision it is, and says plainly when there is none.
 */
import { MAX_LINEAGE_REVISIONS, type LineageRevision, type Plan, type PlanLineage } from '../model';

/** Why no ancestor: an unrelated plan, or a related one whose shared history is too old (or absent). */
export type AncestorSearch =
  | { readonly kind: 'found'; readonly revision: LineageRevision }
  | { readonly kind: 'unrelated'; readonly message: string }
  | { readonly kind: 'no-shared-revision'; readonly message: string };

export const UNRELATED_MESSAGE = 'This file is not a copy of this plan: there is no common ancestor to merge from. You can still compare the two plans and accept or reject each change.';
/**
 * Why a copy in a file with no place for lineage (a CSV, MS Project XML: only a .plotline keeps
 * one) cannot merge three-way, though it may well be a copy of this plan. `formatName` as the
 * import dialog names it ("CSV table").
 */
export function noHistoryMessage(formatName: string): string {
  return `This file (${formatName}) keeps no saved history of the plan, so there is no common ancestor to merge from. You can still compare the two plans and accept or reject each change.`;
}
export const NEVER_SEEN_MESSAGE = "This file's lineage claims an ancestor this machine never saw, so a three-way merge is not possible here. You can still compare the two plans and accept or reject each change.";

/** The newest revision both lineages hold. */
export function findCommonAncestor(ours: PlanLineage | undefined, theirs: PlanLineage | undefined): AncestorSearch {
  if (ours === undefined || theirs === undefined || ours.planId !== theirs.planId) return { kind: 'unrelated', message: UNRELATED_MESSAGE };
  const mine = new Set(ours.revisions.map((r) => r.id));
  for (let i = theirs.revisions.length - 1; i >= 0; i--) {
    const revision = theirs.revisions[i];
    if (revision !== undefined && mine.has(revision.id)) return { kind: 'found', revision };
  }
  return { kind: 'no-shared-revision', message: NEVER_SEEN_MESSAGE };
}

/** Both lineages' revisions, oldest first, bounded; undefined when neither exists. */
export function unionLineage(a: PlanLineage | undefined, b: PlanLineage | undefined): PlanLineage | undefined {
  if (a === undefined) return b;
  if (b === undefined || a.planId !== b.planId) return a;
  const byId = new Map<string, LineageRevision>();
  for (const r of [...a.revisions, ...b.revisions]) if (!byId.has(r.id)) byId.set(r.id, r);
  const revisions = [...byId.values()]
    .sort((x, y) => (x.savedAt < y.savedAt ? -1 : x.savedAt > y.savedAt ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .slice(-MAX_LINEAGE_REVISIONS);
  return { planId: a.planId, revisions };
}

/** The plan with one more saved revision in its lineage (started from the project id on the first save). */
export function withSavedRevision(plan: Plan, lineage: PlanLineage | undefined, revision: LineageRevision): Plan {
  const current = unionLineage(lineage, plan.project.lineage) ?? { planId: plan.project.id, revisions: [] };
  const revisions = [...current.revisions, revision].slice(-MAX_LINEAGE_REVISIONS);
  return { ...plan, project: { ...plan.project, lineage: { planId: current.planId, revisions } } };
}

/**
 * A hash of a plan's content (not its save time or lineage), hex: two saves of the same plan
 * agree on it. cyrb53 twice with different seeds: not cryptographic, only to tell contents apart.
 */
export function planHash(plan: Plan): string {
  const { updatedAt: _updatedAt, lineage: _lineage, ...project } = plan.project;
  const text = JSON.stringify({ ...plan, project });
  return `${cyrb53(text, 1).toString(16).padStart(14, '0')}${cyrb53(text, 2).toString(16).padStart(14, '0')}`;
}

function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
