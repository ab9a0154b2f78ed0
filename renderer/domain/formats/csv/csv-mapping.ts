/**
 * Which CSV column is which task field: the fields an import reads, their names in messages and in
 * the mapping dialog, the mapping proposed from the header words of Plotline's, MS Project's,
 * Excel's and Jira's exports, and how a message names a cell ("row 4, column 3 (Duration)").
 */
import { IMPORTED_MONEY_FIELDS, MONEY_FIELD_LABELS, MONEY_HEADER_WORDS } from './csv-money';

export const CSV_FIELDS = [
  'name', 'wbs', 'outlineLevel', 'id', 'issueId', 'parent', 'start', 'finish', 'duration', 'estimateSeconds', 'percentComplete',
  'actualStart', 'actualFinish', 'status', 'boardOrder', 'priority', 'predecessors', 'resources', 'phase', 'deadline', 'tags', 'notes', 'milestone', ...IMPORTED_MONEY_FIELDS,
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
/** Field -> 0-based column index. */
export type CsvMapping = Partial<Record<CsvField, number>>;

/** What each field is called in messages and in the mapping dialog. */
export const CSV_FIELD_LABELS: Readonly<Record<CsvField, string>> = {
  name: 'Name', wbs: 'WBS', outlineLevel: 'Outline level', id: 'ID / key', issueId: 'Issue id (number)', parent: 'Parent',
  start: 'Start', finish: 'Finish', duration: 'Duration', estimateSeconds: 'Estimate (s)', percentComplete: '% Complete',
  actualStart: 'Actual start', actualFinish: 'Actual finish',
  status: 'Status', boardOrder: 'Board order', priority: 'Priority', predecessors: 'Predecessors', resources: 'People',
  phase: 'Phase', deadline: 'Deadline', tags: 'Tags', notes: 'Notes', milestone: 'Type', ...MONEY_FIELD_LABELS,
};
const LABELS = CSV_FIELD_LABELS;

/**
 * Where a cell is, as every per-cell message of the import says it: "row 4, column 3 (Duration)",
 * the file's row (the header is row 1), the column counted from 1 as a spreadsheet shows it, and
 * the header as the file writes it (the field's name when the file has no header there).
 */
export function csvCellPlace(rowNumber: number, field: CsvField, mapping: CsvMapping, header: readonly string[]): string {
  return `row ${String(rowNumber)}, ${columnPlace(field, mapping, header)}`;
}

/** "row 4, column 11 (Predecessors)" for a cell found by its 0-based column and that column's header. */
export function cellPlace(rowNumber: number, column: number, header: string): string {
  return `row ${String(rowNumber)}, ${columnName(column, header)}`;
}

const columnName = (column: number, header: string): string => `column ${String(column + 1)} (${header})`;

/** "column 3 (Duration)": where a mapped field's column is, by its header (the field's name when the file has none). */
export function columnPlace(field: CsvField, mapping: CsvMapping, header: readonly string[]): string {
  const column = mapping[field] ?? 0;
  return columnName(column, header[column]?.trim() || LABELS[field]);
}

/** Header words of Plotline's, MS Project's, Excel's and Jira's CSV exports. */
const HEADER_WORDS: readonly [CsvField, RegExp][] = [
  ['name', /^(task )?(name|title|task|summary)$/i], ['wbs', /^(wbs|outline number)$/i], ['id', /^(id|unique id|issue key|key)$/i],
  // Jira writes both: the key (PAY-12) and a numeric id, which its "Parent id" column refers to.
  ['issueId', /^issue id$/i],
  ['parent', /^(parent|parent id|parent key)$/i], ['start', /^(start|begin)( date)?$/i], ['finish', /^(finish|end)( date)?$/i],
  // MS Project and Excel write "Actual Start"/"Actual Finish"; Plotline "Actual start".
  ['actualStart', /^actual[ _]?start( date)?$/i], ['actualFinish', /^actual[ _]?(finish|end)( date)?$/i],
  ['duration', /^duration$/i], ['estimateSeconds', /^original estimate( \(seconds\))?$/i],
  ['percentComplete', /^(% ?complete|percent complete|progress|complete)$/i], ['status', /^status$/i], ['boardOrder', /^board order$/i], ['priority', /^priority$/i],
  ['predecessors', /^(predecessors?|depends on)$/i], ['resources', /^(resources?|resource names|people|assignees?|assigned to)$/i],
  ['phase', /^phase$/i], ['deadline', /^(deadline|due|due date)$/i],
  // Jira and Linear call them labels.
  ['tags', /^(tags?|labels?)$/i],
  ['outlineLevel', /^(outline )?level$/i], ['notes', /^(notes?|description)$/i], ['milestone', /^(milestone|type)$/i],
  ...MONEY_HEADER_WORDS,
];

/** Proposes a mapping from header names (English; the UI lets the user correct it). */
export function guessMapping(header: readonly string[]): CsvMapping {
  const out: CsvMapping = {};
  header.forEach((h, i) => {
    const field = HEADER_WORDS.find(([, re]) => re.test(h.trim()))?.[0];
    if (field !== undefined && out[field] === undefined) out[field] = i;
  });
  return out;
}
