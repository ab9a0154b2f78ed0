/** The rows a person reads in a diff (table, Markdown, CSV): entity changes plus scheduled dates. */
import { CHANGE_STATUS_LABELS } from '../changes';
import { ASSUMPTION_STATUS_LABELS, ISSUE_PRIORITY_LABELS, ISSUE_STATUS_LABELS, RISK_KIND_LABELS, RISK_RESPONSE_LABELS, RISK_STATUS_LABELS } from '../raid/raid-labels';
import { charterPartWords, isCharterPart } from './charter-parts';
import { fieldInWords, showValue } from './describe';
import { sameValue } from './equal';
import type { ChangeCategory, EntityChange, MatchRule, PlanDiff } from './types';

export interface DiffRow {
  readonly key: string;
  readonly category: ChangeCategory;
  readonly what: string;
  readonly field: string;
  readonly before: string;
  readonly after: string;
  readonly match: MatchRule | '';
  /**
   * 'date-time': before and after are wall-clock times ('2026-12-14 17:00', a task's scheduled
   * start or finish), which a screen shows as it shows dates; Markdown and CSV keep them as written.
   */
  readonly values?: 'date-time';
}

const OP_WORDS = { add: 'added', remove: 'removed', update: 'changed' } as const;

function fieldWords(c: EntityChange): string {
  if (c.field === undefined) return OP_WORDS[c.op];
  if (c.collection === 'project' && isCharterPart(c.field)) return charterPartWords(c.field, c.before, c.after);
  return fieldInWords(c.field);
}

/**
 * Stored values a person reads as words ('in-progress' reads "In progress", 'high' "High"), by
 * collection and field: the registers' own maps, so the table says what their pickers say.
 */
const VALUE_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'issues/priority': ISSUE_PRIORITY_LABELS, 'issues/status': ISSUE_STATUS_LABELS, 'assumptions/status': ASSUMPTION_STATUS_LABELS,
  'risks/status': RISK_STATUS_LABELS, 'risks/kind': RISK_KIND_LABELS, 'risks/response': RISK_RESPONSE_LABELS,
  'changes/status': CHANGE_STATUS_LABELS,
};

const valueWords = (c: EntityChange, value: unknown): string | undefined =>
  (typeof value === 'string' && c.field !== undefined ? VALUE_WORDS[`${c.collection}/${c.field}`]?.[value] : undefined);


/** The project's own bookkeeping: a file written by another tool (or a copy) has a new id and creation time. */
const PROJECT_BOOKKEEPING = new Set(['updatedAt', 'lineage', 'id', 'createdAt']);

/**
 * Keys of an entity's `extra` that identify it in its author's file (MS Project's UID and ID,
 * GanttProject's id, how MS Project showed its duration): written on import, never edited by a
 * person. Custom fields, also kept in `extra`, are shown.
 */
const AUTHOR_IDS = ['mspdiUid', 'mspdiId', 'mspdiDurationFormat', 'ganId'] as const;

function withoutAuthorIds(extra: unknown): unknown {
  if (typeof extra !== 'object' || extra === null) return extra;
  const rest: Record<string, unknown> = { ...(extra as Record<string, unknown>) };
  for (const key of AUTHOR_IDS) delete rest[key];
  return Object.keys(rest).length === 0 ? undefined : rest;
}

/**
 * Bookkeeping a person does not edit: the engine's stored dates (its own dates stand for them), the
 * project's id and save times, the lineage, and another tool's ids of a task (a change of `extra`
 * beyond them is the person's: a custom field).
 */
function isBookkeeping(c: EntityChange): boolean {
  if (c.category === 'stored-dates' || (c.collection === 'project' && c.field !== undefined && PROJECT_BOOKKEEPING.has(c.field))) return true;
  return c.op === 'update' && c.field === 'extra' && sameValue(withoutAuthorIds(c.before), withoutAuthorIds(c.after));
}

/**
 * Changes a person would name, as the diff's rows show them: a merge of an MS Project copy said
 * "Merged 50 changes" of the UIDs its reader keeps and the copy's save time, and changed nothing shown.
 */
export function meaningfulChanges<C extends EntityChange>(changes: readonly C[]): C[] {
  return changes.filter((c) => !isBookkeeping(c));
}

/** Rows in diff order; stored (stale) dates are left out, the engine's dates stand for them. */
export function visibleChanges(diff: PlanDiff): DiffRow[] {
  const rows: DiffRow[] = [];
  // An id field reads as the name of what it points at, when either plan has it; a stored key as its words.
  const shown = (c: EntityChange, value: unknown, side: 'before' | 'after'): string =>
    diff.valueTexts?.[c.key]?.[side] ?? (typeof value === 'string' && c.field !== undefined ? diff.referenceNames?.[`${c.field}/${value}`] : undefined) ?? valueWords(c, value) ?? showValue(value);
  for (const c of diff.changes) {
    if (isBookkeeping(c)) continue;
    const isExtra = c.op === 'update' && c.field === 'extra';
    const before = isExtra ? withoutAuthorIds(c.before) : c.before;
    const after = isExtra ? withoutAuthorIds(c.after) : c.after;
    rows.push({
      key: c.key, category: c.category, what: c.label, field: fieldWords(c),
      // An added or removed entity is the whole row: its field column says so, the values stay empty.
      before: c.op === 'update' ? shown(c, before, 'before') : '', after: c.op === 'update' ? shown(c, after, 'after') : '', match: c.match ?? '',
    });
  }
  for (const d of diff.dateChanges) {
    rows.push({ key: `dates/${d.taskId}/${d.field}`, category: 'dates', what: d.label, field: `scheduled ${d.field}`, before: d.before.replace('T', ' '), after: d.after.replace('T', ' '), match: diff.taskMatches[d.taskId] ?? '', values: 'date-time' });
  }
  return rows;
}

const mdCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** A Markdown report: a heading, counts, and one table row per change. */
export function diffToMarkdown(diff: PlanDiff, title: string, columns: readonly [string, string] = ['Before', 'After']): string {
  const rows = visibleChanges(diff);
  const lines = [`# ${mdCell(title)}`, '', `${String(rows.length)} change${rows.length === 1 ? '' : 's'}.`, ''];
  if (rows.length === 0) return `${lines.join('\n')}\n`;
  lines.push(`| Kind | What | Field | ${mdCell(columns[0])} | ${mdCell(columns[1])} | Matched by |`, '|---|---|---|---|---|---|');
  for (const r of rows) lines.push(`| ${[r.category, r.what, r.field, r.before, r.after, r.match].map(mdCell).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}

const csvCell = (text: string): string => (/[",\r\n]/.test(text) || /^[=+\-@]/.test(text) ? `"${(/^[=+\-@]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"` : text);

/** CSV with a header row (cells that a spreadsheet would run as formulas are quoted with a leading '). */
export function diffToCsv(diff: PlanDiff, columns: readonly [string, string] = ['Before', 'After']): string {
  const header = ['Kind', 'What', 'Field', csvCell(columns[0]), csvCell(columns[1]), 'Matched by'];
  const body = visibleChanges(diff).map((r) => [r.category, r.what, r.field, r.before, r.after, r.match].map(csvCell).join(','));
  return `${[header.join(','), ...body].join('\r\n')}\r\n`;
}
