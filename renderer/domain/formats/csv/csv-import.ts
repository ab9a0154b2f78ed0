/**
 * Task import from CSV: the user maps columns to fields (guessMapping proposes one from the
 * header), then each row becomes a task. Problems are reported per cell, by row, column number and
 * header ("row 14, column 4 (Duration): '3x' is not a duration") and the row is skipped; the rest imports.
 */
import type { CalendarId, TaskId } from '../../model/ids';
import { minutesInTypedUnit, parseDuration } from '../../model/duration';
import { standardCalendar } from '../../model/factories';
import { PHASES, type Phase } from '../../model/plan';
import { fail, ok, type Result } from '../../model/result';
import { splitTags } from '../../model/tags';
import { fromWallMinutes, toWallMinutes, type LocalDateTime } from '../../model/time';
import { sizeProblem, summarizePlan, type ImportContext, type ImportedPlan } from '../import-context';
import { assembleTasks, byId, importedColumns, importedProject, type TaskDraft } from '../plan-assembly';
import { admitPlan } from '../admit';
import { rowLocator } from '../source-locator';
import { addWorkingMinutes } from '../working-time';
import { outsidePlanYears, parseDateText } from '../date-text';
import { isYearWithin, MAX_PLAN_YEAR, MAX_SPAN_MINUTES, MIN_PLAN_YEAR } from '../plan-bounds';
import { localeDateTimeForm } from '../locale-date-time';
import { plainNumeralText } from '../numeral-text';
import { parseCsv } from './csv-parse';
import { columnPlace, csvCellPlace, guessMapping, type CsvField, type CsvMapping } from './csv-mapping';
import { dateHint, datesOf, isoDate, type DateReader } from './csv-dates';
import { isDoneStatus, statusColumns, type StatusCell } from './csv-status';
import { readBoardPlaces, type BoardOrderCell } from './csv-board-order';
import { readActualDates } from './csv-actuals';
import { CSV_DURATION_UNITS, resolveReferences, type RowReferences } from './csv-references';
import {
  headerCurrency, IMPORTED_MONEY_FIELDS, readRowMoney, withImportedMoney, type ImportedMoney,
  type MoneyField,
} from './csv-money';
import type { FileActuals } from '../msproject/mspdi-costs';
import type { ScheduleResult } from '../../schedule';

export { csvDateOrder, DATE_ORDER_UNKNOWN, isoDate, type DateReader } from './csv-dates';

export interface CsvImportOptions {
  /** Reads a date typed in the user's locale; default accepts YYYY-MM-DD and YYYY-MM-DD[T ]HH:mm. */
  readonly parseDate?: (text: string) => LocalDateTime | null;
  /** Whether rows[0] is a header (default true). */
  readonly hasHeader?: boolean;
  readonly planName?: string;
  /**
   * How numeric dates such as 02/03/2026 are read when the file does not show it (no day above
   * 12): the person's answer in the mapping preview. Without it an ambiguous file is refused.
   */
  readonly dateOrder?: 'dmy' | 'mdy';
  /**
   * The locale whose short date and time the file may use (BCP 47, e.g. 'ko-KR'): the person's,
   * as the CSV export's "dates in my locale's format" writes them ("2027. 3. 1. 오전 9:00").
   * Without it, ISO, Jira's form and numeric dates with an AM/PM or 24-hour time are read.
   */
  readonly locale?: string;
}

export interface CsvImported extends ImportedPlan {
  /** One message per rejected row and field. */
  readonly rowErrors: readonly string[];
}

/** Rows read into an admitted plan, with the money columns still to apply (see csv-money.ts). */
export interface CsvRead {
  readonly imported: CsvImported & { readonly schedule: ScheduleResult };
  readonly money: ImportedMoney;
  /** The file row (1 = the first line) each task was read from; a skipped row has no task. */
  readonly rowOf: ReadonlyMap<TaskId, number>;
  /** How this file's dates read (its order and locale), for a caller's own date columns. */
  readonly parseDate: DateReader;
}

/** Turns parsed rows into a plan with the given mapping. */
export function csvRowsToPlan(rows: readonly (readonly string[])[], mapping: CsvMapping, ctx: ImportContext, options: CsvImportOptions = {}): Result<CsvImported> {
  const read = readCsvRows(rows, mapping, ctx, options);
  if (!read.ok) return read;
  const { imported, money } = read.value;
  const priced = withImportedMoney(imported.plan, imported.schedule, money, ctx.newId, ctx.now);
  return ok({ ...imported, plan: priced.plan, warnings: [...imported.warnings, ...priced.warnings] });
}

/**
 * The rows as an admitted plan, and the money columns' actuals and baseline costs, which are
 * applied once the plan is complete (a workbook adds its people first, and their cost decides
 * whether an actual cost in the file was typed or computed). `rowProblem` is the caller's own
 * check of a row's cells the mapping does not hold (a workbook's Constraint date), given how the
 * file's dates read: a row it names is skipped with that error, as one whose mapped cells do not read.
 */
export function readCsvRows(
  rows: readonly (readonly string[])[], mapping: CsvMapping, ctx: ImportContext, options: CsvImportOptions = {},
  rowProblem?: (fileRow: number, parseDate: DateReader) => string | null,
): Result<CsvRead> {
  if (mapping.name === undefined) return fail('Choose which column holds the task name.', 'column mapping');
  const form = options.locale === undefined ? null : localeDateTimeForm(options.locale);
  const dates = datesOf(rows, mapping, options, form);
  if (!dates.ok) return dates;
  const parseDate = dates.value;
  const unreadableDate = dateHint(options, form);
  const calendar = standardCalendar(ctx.newId() as CalendarId);
  const first = options.hasHeader === false ? 0 : 1;
  const drafts: TaskDraft[] = [];
  const refs: RowReferences[] = [];
  const rowOf = new Map<TaskId, number>();
  const statusOf = new Map<TaskId, StatusCell>();
  const boardOrderOf = new Map<TaskId, BoardOrderCell>();
  const rowErrors: string[] = [];
  const stack: { level: number; id: TaskId }[] = [];
  // Without a header row, rows[0] is a task: messages name the fields instead.
  const header = options.hasHeader === false ? [] : rows[0] ?? [];
  // Cells left out of a row that is kept (an unreadable actual date, an amount): by row.
  const cellWarnings: string[] = [];
  const actuals = new Map<TaskId, FileActuals>();
  const baselineCosts = new Map<TaskId, number>();
  const fallbackStart = isoDate(ctx.now.slice(0, 10)) ?? ('2000-01-03T09:00' as LocalDateTime);
  let blanks = 0;
  // Rows whose Start the file gives: the project starts with them, not with a row left blank (filled with today).
  const dated = new Set<TaskId>();
  // Each row skipped for an error, by data row number and by ID, for a link that names one.
  const skippedRows = { byDataRow: new Map<number, number>(), byId: new Map<string, number>() };
  for (let r = first; r < rows.length; r++) {
    // A row of empty cells (Excel writes ',,,' for a formatted blank line) holds nothing to lose.
    if ((rows[r] ?? []).every((cell) => cell.trim() === '')) {
      blanks++;
      continue;
    }
    const cells = readRow(rows[r] ?? [], r + 1, mapping, { parse: parseDate, hint: unreadableDate, header }, calendar.workWeek, fallbackStart);
    const callerProblem = 'error' in cells ? null : rowProblem?.(r + 1, parseDate) ?? null;
    const read = callerProblem === null ? cells : { error: callerProblem };
    if ('error' in read) {
      rowErrors.push(read.error);
      skippedRows.byDataRow.set(r - first + 1, r + 1);
      const id = mapping.id === undefined ? '' : (rows[r]?.[mapping.id] ?? '').trim();
      if (id !== '' && !skippedRows.byId.has(id)) skippedRows.byId.set(id, r + 1);
      continue;
    }
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= read.level) stack.pop();
    const money = rowMoney(rows[r] ?? [], r + 1, mapping, header);
    cellWarnings.push(...read.warnings, ...money.warnings);
    const draft: TaskDraft = { ...read.task, ...money.fields, id: ctx.newId() as TaskId, parentId: stack[stack.length - 1]?.id ?? null };
    actuals.set(draft.id, money.actuals);
    if (money.baselineCost !== null) baselineCosts.set(draft.id, money.baselineCost);
    rowOf.set(draft.id, r + 1);
    if (read.hasStart) dated.add(draft.id);
    if (mapping.status !== undefined) statusOf.set(draft.id, { text: rows[r]?.[mapping.status] ?? '', fileRow: r + 1 });
    if (mapping.boardOrder !== undefined) boardOrderOf.set(draft.id, { text: rows[r]?.[mapping.boardOrder] ?? '', fileRow: r + 1 });
    stack.push({ level: read.level, id: draft.id });
    drafts.push(draft);
    refs.push({ ...read.refs, dataRow: r - first + 1, fileRow: r + 1 });
  }
  const resolved = resolveReferences(drafts, refs, ctx.newId, (row, field) => csvCellPlace(row, field, mapping, header), skippedRows);
  const linked = drafts.map((d): TaskDraft => ({ ...d, parentId: resolved.parentOf.get(d.id) ?? d.parentId, phase: resolved.phaseOf.get(d.id) ?? null }));
  const columns = importedColumns(ctx.newId);
  const board = statusColumns(statusOf, columns, (row) => csvCellPlace(row, 'status', mapping, header));
  const order = readBoardPlaces(linked, boardOrderOf, columns, board.columnOf, (row) => csvCellPlace(row, 'boardOrder', mapping, header));
  const start = projectStartOf(linked.some((d) => dated.has(d.id)) ? linked.filter((d) => dated.has(d.id)) : linked) ?? fallbackStart;
  const currency = moneyCurrency(header, mapping);
  const named = importedProject({ name: options.planName ?? 'Imported tasks', start, calendarId: calendar.id, now: ctx.now, newId: ctx.newId });
  const project = currency.code === null ? named : { ...named, currency: currency.code };
  const plan = {
    project, tasks: assembleTasks(linked, columns, board.columnOf, order.placeOf), links: resolved.links, calendars: byId([calendar]),
    resources: resolved.resources, assignments: resolved.assignments,
    baselines: {}, risks: {}, stakeholders: {}, changes: {}, columns, issues: {}, assumptions: {}, decisions: {}, raci: {}, communications: {}, reports: {}, phases: {},
  };
  const admitted = admitPlan(plan, 'csv', { locate: csvLocator(rowOf, mapping, header), builtInSchemaOrder: true, rowOfTask: (id) => rowOf.get(id) });
  if (!admitted.ok) return admitted;
  const skipped = [
    ...(rowErrors.length > 0 ? [`${String(rowErrors.length)} row(s) were skipped because of errors.`] : []),
    ...(blanks > 0 ? [`${String(blanks)} blank row(s) were skipped.`] : []),
  ];
  const warnings = [...skipped, ...resolved.warnings, ...board.warnings, ...order.warnings, ...cellWarnings, ...currency.warnings, ...admitted.value.warnings];
  const { plan: admittedPlan, schedule } = admitted.value;
  return ok({ imported: { plan: admittedPlan, warnings, summary: summarizePlan(admittedPlan), rowErrors, schedule }, money: { actuals, baselineCosts }, rowOf, parseDate });
}

/**
 * The project's start, which a table has no row for: the earliest start of the tasks not yet
 * started (leaves: a summary starts with its earliest subtask, started or not), else of all. A task started early ("Start anyway" on the board) has its actual start
 * before the project's; taken as the project's start, it let every task not started move up to it
 * on re-import (a plan starting on Monday the 14th, API begun on the 7th: UI, linked start-to-start,
 * moved from the 14th to the 8th). The tasks not yet started cannot start before the project, so
 * the earliest of them is the latest start that moves none of them. Only rows with a Start are
 * passed when there are any: a row added by hand with its Start left blank took today's date and
 * moved the whole plan to today (a new user's third hour); it is placed by its links instead.
 */
function projectStartOf(drafts: readonly TaskDraft[]): LocalDateTime | undefined {
  const parents = new Set(drafts.map((d) => d.parentId));
  const unstarted = drafts.filter((d) => !parents.has(d.id) && (d.actualStart === null || d.actualStart === undefined)).map((d) => d.start).sort()[0];
  return unstarted ?? drafts.map((d) => d.start).sort()[0];
}

/** A row's money cells, with "row 4, column 9 (Fixed cost)" for a warning. */
function rowMoney(row: readonly string[], rowNumber: number, mapping: CsvMapping, header: readonly string[]): ReturnType<typeof readRowMoney> {
  const cell = (field: MoneyField): string => (mapping[field] === undefined ? '' : row[mapping[field]]?.trim() ?? '');
  return readRowMoney(cell, (field) => csvCellPlace(rowNumber, field, mapping, header));
}

/** The currency the mapped amount columns name in their headers ("Fixed cost (EUR)"); one, else a warning. */
function moneyCurrency(header: readonly string[], mapping: CsvMapping): { code: string | null; warnings: string[] } {
  const codes = [...new Set(IMPORTED_MONEY_FIELDS.flatMap((f) => {
    const code = mapping[f] === undefined ? null : headerCurrency(header[mapping[f]] ?? '');
    return code === null ? [] : [code];
  }))];
  const first = codes[0] ?? null;
  const warnings = codes.length > 1
    ? [`Money columns name several currencies (${codes.join(', ')}); amounts were imported as ${first ?? ''} without conversion.`] : [];
  return { code: first, warnings };
}

/** The CSV column a model field came from, for "row 3, column 2 (Start)". */
const COLUMN_OF_FIELD: Readonly<Record<string, CsvField>> = {
  start: 'start', finish: 'finish', durationMinutes: 'duration', percentComplete: 'percentComplete', priority: 'priority',
  parentId: 'outlineLevel', name: 'name', notes: 'notes', kind: 'milestone',
};

function csvLocator(rowOf: ReadonlyMap<string, number>, mapping: CsvMapping, header: readonly string[]): (where: string) => string | undefined {
  const row = rowLocator(rowOf);
  return (where) => {
    const at = row(where);
    if (at === undefined) return undefined;
    const name = /\]\.(\w+)/.exec(where)?.[1] ?? '';
    const field = Object.hasOwn(COLUMN_OF_FIELD, name) ? COLUMN_OF_FIELD[name] : undefined;
    return field === undefined || mapping[field] === undefined ? at : `${at}, ${columnPlace(field, mapping, header)}`;
  };
}

type RowTask = Omit<TaskDraft, 'id' | 'parentId'>;
/** How a row's dates are read, and what a message about one that is not says. */
interface RowDates {
  readonly parse: (text: string) => LocalDateTime | null;
  /** Appended to "'…' is not a date": the forms that read. */
  readonly hint: string;
  readonly header: readonly string[];
}
interface RowError { readonly error: string }

const isError = (value: unknown): value is RowError => typeof value === 'object' && value !== null && 'error' in value;

function readRow(
  row: readonly string[], rowNumber: number, mapping: CsvMapping, dates: RowDates,
  week: Parameters<typeof addWorkingMinutes>[2], fallbackStart: LocalDateTime,
): { task: RowTask; hasStart: boolean; level: number; warnings: readonly string[]; refs: Omit<RowReferences, 'dataRow' | 'fileRow'> } | RowError {
  const get = (field: CsvField): string => (mapping[field] === undefined ? '' : row[mapping[field]]?.trim() ?? '');
  const problem = (field: CsvField, what: string): RowError => ({ error: `${csvCellPlace(rowNumber, field, mapping, dates.header)}: ${what}` });
  const name = get('name');
  if (name === '') return problem('name', 'a task needs a name');
  const date = (field: 'start' | 'finish' | 'deadline' | 'actualStart' | 'actualFinish'): LocalDateTime | null | RowError => {
    const text = get(field);
    if (text === '') return null;
    const read = dates.parse(text);
    if (read === null) return problem(field, notADate(text, dates.hint));
    // ISO and Jira dates read any year; one no plan holds costs its row, as 30 February does, not the file.
    return isYearWithin(read) ? read : problem(field, outsidePlanYears(text));
  };
  const start = date('start');
  const finish = date('finish');
  if (isError(start)) return start;
  if (isError(finish)) return finish;
  const durationText = get('duration');
  const estimate = durationText === '' ? estimateDuration(get('estimateSeconds')) : null;
  if (isError(estimate)) return problem('estimateSeconds', estimate.error);
  // "١٫٥d" as an Arabic-locale spreadsheet may save "1.5d".
  const duration = estimate ?? (durationText === '' ? null : parseDuration(plainNumeralText(durationText), CSV_DURATION_UNITS));
  if (durationText !== '' && (duration === null || duration.minutes < 0)) return problem('duration', `'${durationText}' is not a duration`);
  const deadline = date('deadline');
  if (isError(deadline)) return deadline;
  const phase = phaseOf(get('phase'));
  if (isError(phase)) return problem('phase', phase.error);
  const number = (field: 'percentComplete' | 'priority' | 'outlineLevel', min: number, max: number, fallback: number): number | RowError => {
    const text = plainNumeralText(get(field)).trim().replace(/%$/, '');
    if (text === '') return fallback;
    const n = Number(text.replace(',', '.'));
    return Number.isFinite(n) && n >= min && n <= max ? n : problem(field, `'${get(field)}' is not a number from ${String(min)} to ${String(max)}`);
  };
  const actuals = readActualDates(
    { text: get('actualStart'), read: date('actualStart') }, { text: get('actualFinish'), read: date('actualFinish') },
    (field) => csvCellPlace(rowNumber, field, mapping, dates.header),
  );
  // An empty % complete reads as 100 on a row that says the task finished, by its Status or, as in
  // MS Project, by an actual finish; a % complete the file writes is kept as written.
  const isDone = isDoneStatus(get('status')) || actuals.actualFinish !== null;
  const percent = number('percentComplete', 0, 100, isDone ? 100 : 0);
  const priority = number('priority', 0, 1000, 500);
  const wbs = get('wbs');
  const level = number('outlineLevel', 1, 100, /^\d+(\.\d+)*$/.test(wbs) ? wbs.split('.').length : 1);
  if (isError(percent)) return percent;
  if (isError(priority)) return priority;
  if (isError(level)) return level;
  const isMilestone = /^(1|yes|true|x|milestone)$/i.test(get('milestone')) || duration?.minutes === 0;
  const s = start ?? fallbackStart;
  const minutes = isMilestone ? 0 : duration?.minutes ?? 480;
  const isElapsed = !isMilestone && duration?.isElapsed === true;
  // Longer than a plan holds (plan-bounds.ts): the row goes, as one dated past 2200 does, not the file.
  if (minutes > MAX_SPAN_MINUTES) {
    return durationText === '' ? problem('estimateSeconds', tooLongEstimate(get('estimateSeconds'))) : problem('duration', tooLongDuration(durationText, isElapsed));
  }
  const f = finish ?? (isElapsed ? fromWallMinutes(toWallMinutes(s) + minutes) : addWorkingMinutes(s, minutes, week));
  if (f < s) return problem('finish', `'${get('finish')}' is before the start`);
  if (!isYearWithin(f)) return problem(durationText === '' ? 'start' : 'duration', farFinish(durationText, s, f));
  return {
    level, warnings: actuals.warnings, hasStart: start !== null,
    refs: { id: get('id'), issueId: get('issueId'), wbs, parent: get('parent'), predecessors: get('predecessors'), resources: get('resources'), phase },
    task: {
      name, notes: get('notes'), kind: isMilestone ? 'milestone' : 'task', durationMinutes: minutes, schedulingMode: 'auto', start: s,
      finish: f, constraint: { type: 'ASAP', date: null }, deadline, percentComplete: percent, actualStart: actuals.actualStart,
      actualFinish: actuals.actualFinish, priority, phase, tags: splitTags(get('tags')), calendarId: null, ...(isElapsed ? { durationIsElapsed: true } : {}),
    },
  };
}

/** Why a date did not read: a day no calendar holds in either order (2026-02-30), else the forms that read. */
function notADate(text: string, hint: string): string {
  const reads = [parseDateText(text, 'dmy'), parseDateText(text, 'mdy')];
  const impossible = reads.find((r) => !r.ok && r.reason === 'impossible');
  return impossible !== undefined && !impossible.ok && !reads.some((r) => r.ok) ? impossible.message : `'${text}' is not a date${hint}`;
}

/** Why a start and duration that read cannot be kept: they carry the task past the plannable years. */
function farFinish(durationText: string, start: LocalDateTime, finish: LocalDateTime): string {
  const from = `from ${start.replace('T', ' ')} would finish on ${finish.replace('T', ' ')}`;
  const years = `outside the years Plotline plans: ${String(MIN_PLAN_YEAR)} to ${String(MAX_PLAN_YEAR)}.`;
  return durationText === '' ? `a day's work ${from}, ${years}` : `'${durationText}' ${from}, ${years}`;
}

/** Why a duration that reads cannot be kept: longer than a task can last, said in the unit it was written in. */
function tooLongDuration(text: string, isElapsed: boolean): string {
  const limit = minutesInTypedUnit(MAX_SPAN_MINUTES, plainNumeralText(text), CSV_DURATION_UNITS) ?? `${MAX_SPAN_MINUTES.toLocaleString('en-US')} minutes`;
  return `'${text}' is too long: a task can last at most ${limit}${isElapsed ? ' (20 years)' : ''}.`;
}

/** The same for a Jira estimate, in its seconds of work. */
function tooLongEstimate(text: string): string {
  return `'${text}' is too long: a task can last at most ${(MAX_SPAN_MINUTES * 60).toLocaleString('en-US')} seconds of work.`;
}

/** Jira's "Original estimate" in seconds of work; 8 h a day, as Jira's default. */
function estimateDuration(text: string): { minutes: number; isElapsed: false } | null | RowError {
  if (text === '') return null;
  const seconds = Number(text);
  return Number.isFinite(seconds) && seconds >= 0 ? { minutes: Math.round(seconds / 60), isElapsed: false } : { error: `'${text}' is not a number of seconds` };
}

/** A phase by its name ("Execution") or key; empty is no phase. */
function phaseOf(text: string): Phase | null | RowError {
  if (text === '') return null;
  const phase = PHASES.find((p) => p === text.toLowerCase());
  return phase ?? { error: `'${text}' is not a phase (${PHASES.join(', ')})` };
}

/** Whole-file convenience for the import dispatcher: parse, guess the mapping from the header, convert. */
export function importCsv(text: string, ctx: ImportContext, options: CsvImportOptions = {}): Result<CsvImported> {
  const tooBig = sizeProblem(text, ctx.maxChars);
  if (tooBig !== null) return fail(tooBig, 'the whole file');
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const header = parsed.value.rows[0] ?? [];
  const mapping = guessMapping(header);
  if (mapping.name === undefined) return fail('The CSV file has no "Name" column in its first row; map the columns in the import dialog.', 'row 1');
  return csvRowsToPlan(parsed.value.rows, mapping, ctx, options);
}
