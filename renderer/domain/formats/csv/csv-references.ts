/**
 * The CSV columns that refer to other rows or to people: Parent (an issue key or ID in the same
 * file, as Jira exports), Predecessors ("3FS+2d;5SS-1d", by row number or by the ID column, as
 * MS Project and Plotline write them), Resources ("Ana[50%];Raj") and a phase shown per row
 * (a row whose phase equals its parent's inherits it, so a summary's phase round-trips as one).
 * Resolved once every row is read; a reference that names no row is a warning with its row,
 * and the rest of the row still imports.
 */
import type { AssignmentId, LinkId, ResourceId, TaskId } from '../../model/ids';
import { initialsOf } from '../../model/initials';
import type { Assignment, Link, Phase, Resource } from '../../model/plan';
import { minutesInTypedUnit, type DurationUnits } from '../../model/duration';
import { parsePredecessors } from '../../model/predecessor-text';
import { MAX_SPAN_MINUTES } from '../plan-bounds';
import type { TaskDraft } from '../plan-assembly';

/**
 * Why a file's link cannot be kept: its lag is longer than a plan holds (plan-bounds.ts), said in
 * the unit it was written in. The link is left out with this, as an unreadable one is, rather than
 * the file refused. Null when it fits.
 */
export function lagTooLong(entry: string, spec: { readonly lagMinutes: number; readonly lagIsElapsed: boolean; readonly lagText?: string }, units: DurationUnits): string | null {
  if (Math.abs(spec.lagMinutes) <= MAX_SPAN_MINUTES) return null;
  const limit = minutesInTypedUnit(MAX_SPAN_MINUTES, spec.lagText ?? '', units) ?? `${MAX_SPAN_MINUTES.toLocaleString('en-US')} minutes`;
  return `'${entry}' has too long a lag: a lag can be at most ${limit}${spec.lagIsElapsed ? ' (20 years)' : ''}, ahead or back`;
}

/** What one imported row says about other rows and people, as written in the file. */
/**
 * A Predecessors entry that names a task the link cannot come from, worded alike for CSV and Excel:
 * "row 4, column 3 (Predecessors): '7' is not a row of this file; the link from it is left out."
 */
export function linkLeftOut(where: string, reason: string): string {
  return `${where}: ${reason}; the link from it is left out.`;
}

export interface RowReferences {
  /** 1-based data row number (the row's ID when the file has no ID column). */
  readonly dataRow: number;
  /** The file's row number, for messages (the header is row 1). */
  readonly fileRow: number;
  readonly id: string;
  /** Jira's numeric Issue id, which its Parent id column refers to ('' when the file has none). */
  readonly issueId?: string;
  readonly wbs: string;
  readonly parent: string;
  readonly predecessors: string;
  readonly resources: string;
  readonly phase: Phase | null;
}

export interface ResolvedReferences {
  readonly parentOf: ReadonlyMap<TaskId, TaskId>;
  readonly links: Record<string, Link>;
  readonly resources: Record<string, Resource>;
  readonly assignments: Record<string, Assignment>;
  readonly phaseOf: ReadonlyMap<TaskId, Phase | null>;
  readonly warnings: readonly string[];
}

/**
 * What a day and a week of duration or lag mean in a CSV file: the file carries no project
 * settings, so its import reads "1d" as 8 h and "1w" as 40 h (MS Project's defaults), and the
 * export writes durations the import reads back to the same minute against these units.
 */
export const CSV_DURATION_UNITS = { minutesPerDay: 480, minutesPerWeek: 2400 } as const;

/** A cell of a file row named for a message: "row 4, column 7 (Predecessors)". */
export type CellPlace = (fileRow: number, field: 'parent' | 'predecessors' | 'resources') => string;

/** The rows left out for an error, by data row number and by their ID cell, each with its file row. */
export interface SkippedRows {
  readonly byDataRow: ReadonlyMap<number, number>;
  readonly byId: ReadonlyMap<string, number>;
}

/** Resolves the references of every imported row; `drafts[i]` was read from `refs[i]`. */
export function resolveReferences(
  drafts: readonly TaskDraft[], refs: readonly RowReferences[], newId: () => string, place: CellPlace,
  skipped: SkippedRows = { byDataRow: new Map(), byId: new Map() },
): ResolvedReferences {
  const warnings: string[] = [];
  const byKey = new Map<string, TaskId>();
  const byRow = new Map<number, TaskId>();
  const byWbs = new Map<string, TaskId>();
  const byIssueId = new Map<string, TaskId>();
  refs.forEach((r, i) => {
    const id = drafts[i]?.id;
    if (id === undefined) return;
    byRow.set(r.dataRow, id);
    if (r.issueId !== undefined && r.issueId !== '' && !byIssueId.has(r.issueId)) byIssueId.set(r.issueId, id);
    if (r.id !== '' && !byKey.has(r.id)) byKey.set(r.id, id);
    if (r.wbs !== '' && !byWbs.has(r.wbs)) byWbs.set(r.wbs, id);
  });
  // An ID column names rows; else a number is the row's position (MS Project's ID); else a WBS code.
  const find = (token: string): TaskId | undefined =>
    byKey.get(token) ?? (byKey.size === 0 && /^\d+$/.test(token) ? byRow.get(Number(token)) : undefined) ?? byWbs.get(token);
  const parentOf = new Map<TaskId, TaskId>();
  refs.forEach((r, i) => {
    const id = drafts[i]?.id;
    if (id === undefined || r.parent === '') return;
    const parent = byKey.get(r.parent) ?? byIssueId.get(r.parent) ?? find(r.parent);
    if (parent === undefined || parent === id) warnings.push(`${place(r.fileRow, 'parent')}: '${r.parent}' is not a row of this file; the task stays where its outline puts it.`);
    else parentOf.set(id, parent);
  });
  // A row skipped for its error, named by its ID or (without an ID column) its number: said as
  // such, not as a row the file lacks.
  const skippedRowOf = (token: string): number | undefined =>
    skipped.byId.get(token) ?? (byKey.size === 0 && /^\d+$/.test(token) ? skipped.byDataRow.get(Number(token)) : undefined);
  const links = readLinks(drafts, refs, { find, skippedRowOf, place }, newId, warnings);
  const { resources, assignments } = readPeople(drafts, refs, place, newId, warnings);
  return { parentOf, links, resources, assignments, phaseOf: ownPhases(drafts, refs, parentOf), warnings };
}

interface LinkLookup {
  readonly find: (token: string) => TaskId | undefined;
  readonly skippedRowOf: (token: string) => number | undefined;
  readonly place: CellPlace;
}

function readLinks(
  drafts: readonly TaskDraft[], refs: readonly RowReferences[], { find, skippedRowOf, place }: LinkLookup, newId: () => string, warnings: string[],
): Record<string, Link> {
  const links: Record<string, Link> = {};
  const seen = new Set<string>();
  refs.forEach((r, i) => {
    const successorId = drafts[i]?.id;
    if (successorId === undefined || r.predecessors === '') return;
    for (const entry of r.predecessors.split(/[;,]/).map((e) => e.trim()).filter(Boolean)) {
      const where = place(r.fileRow, 'predecessors');
      // A whole entry naming a row skipped for its error (B-7), before it is read as B with a lag.
      const skippedWhole = find(entry) === undefined ? skippedRowOf(entry) : undefined;
      if (skippedWhole !== undefined) {
        warnings.push(linkLeftOut(where, `task ${entry} (row ${String(skippedWhole)}) was skipped for its error above`));
        continue;
      }
      // A whole entry that names a row (an issue key such as PAY-12) is a plain FS link.
      const m = find(entry) === undefined ? /^(.+?)\s*(FS|SS|FF|SF)?\s*(?:([+-])\s*(\d[\d.,]*\s*e?[a-z]*))?$/i.exec(entry) : null;
      const token = m?.[1]?.trim() ?? entry;
      const predecessorId = find(token);
      if (predecessorId === undefined) {
        const skipped = skippedRowOf(token);
        warnings.push(linkLeftOut(where, skipped === undefined
          ? `'${token}' is not a row of this file`
          : `task ${token} (row ${String(skipped)}) was skipped for its error above`));
        continue;
      }
      const parsed = parsePredecessors(`1${m?.[2] ?? ''}${m?.[3] ?? ''}${m?.[4] ?? ''}`, CSV_DURATION_UNITS);
      const spec = parsed.ok ? parsed.value[0] : undefined;
      if (!spec) {
        warnings.push(`${where}: '${entry}' is not a predecessor such as 3FS+2d; the link is left out.`);
        continue;
      }
      const tooLong = lagTooLong(entry, spec, CSV_DURATION_UNITS);
      if (tooLong !== null) {
        warnings.push(`${where}: ${tooLong}; the link is left out.`);
        continue;
      }
      if (predecessorId === successorId || seen.has(`${predecessorId}>${successorId}`)) continue;
      seen.add(`${predecessorId}>${successorId}`);
      const id = newId() as LinkId;
      links[id] = { id, predecessorId, successorId, type: spec.type, lagMinutes: spec.lagMinutes, lagIsElapsed: spec.lagIsElapsed };
    }
  });
  return links;
}

function readPeople(
  drafts: readonly TaskDraft[], refs: readonly RowReferences[], place: CellPlace, newId: () => string, warnings: string[],
): { resources: Record<string, Resource>; assignments: Record<string, Assignment> } {
  const resources: Record<string, Resource> = {};
  const assignments: Record<string, Assignment> = {};
  const byName = new Map<string, ResourceId>();
  refs.forEach((r, i) => {
    const taskId = drafts[i]?.id;
    if (taskId === undefined || r.resources === '') return;
    const assigned = new Set<string>();
    for (const entry of r.resources.split(/[;,]/).map((e) => e.trim()).filter(Boolean)) {
      const m = /^(.*?)\s*(?:\[\s*(\d+(?:[.,]\d+)?)\s*%\s*\])?$/.exec(entry);
      const name = m?.[1]?.trim() ?? '';
      const units = m?.[2] === undefined ? 1 : Number(m[2].replace(',', '.')) / 100;
      if (name === '' || !(units > 0 && units <= 10)) {
        warnings.push(`${place(r.fileRow, 'resources')}: '${entry}' is not a name with optional units such as Ana[50%]; left out.`);
        continue;
      }
      let resourceId = byName.get(name);
      if (resourceId === undefined) {
        resourceId = newId() as ResourceId;
        byName.set(name, resourceId);
        resources[resourceId] = {
          id: resourceId, name, initials: initialsOf(name), role: '', email: '', type: 'work', maxUnits: 1,
          costPerHour: 0, overtimeCostPerHour: 0, costPerUse: 0, calendarId: null,
        };
      }
      if (assigned.has(resourceId)) continue;
      assigned.add(resourceId);
      const id = newId() as AssignmentId;
      assignments[id] = { id, taskId, resourceId, units, workMinutes: null };
    }
  });
  return { resources, assignments };
}

/** A row showing its parent's phase inherits it (null), so a summary's phase stays one setting. */
function ownPhases(drafts: readonly TaskDraft[], refs: readonly RowReferences[], parentOf: ReadonlyMap<TaskId, TaskId>): Map<TaskId, Phase | null> {
  const shown = new Map<TaskId, Phase | null>();
  refs.forEach((r, i) => { const id = drafts[i]?.id; if (id !== undefined) shown.set(id, r.phase); });
  const own = new Map<TaskId, Phase | null>();
  for (const d of drafts) {
    const parent = parentOf.get(d.id) ?? d.parentId;
    const phase = shown.get(d.id) ?? null;
    own.set(d.id, parent !== null && shown.get(parent) === phase ? null : phase);
  }
  return own;
}
