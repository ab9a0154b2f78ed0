/**
 * Text pasted from a spreadsheet into the task grid, as Excel and MS Project take it: tab-separated
 * rows (Excel quotes a cell holding a tab, a quote or a line break, so a cell may span lines), laid
 * into the grid's columns from the cursor's cell, or by a header row when the text has one. Rows
 * under existing tasks update them (an empty cell leaves its field as it is); rows past the last
 * task add tasks. Dates are ISO or the locale's form (the day/month order found in the pasted
 * data first); durations as the grid takes them ("5d", "4h", "2w"); predecessors by row number.
 * Every bad cell is reported with its pasted row and column; nothing is pasted then.
 */
import type { ResourceId, TaskId } from '../model/ids';
import { personShortNames } from '../model/initials';
import { parseDuration } from '../model/duration';
import { outlineRows } from '../model/outline';
import { PHASES, type LinkType, type Plan, type Task } from '../model/plan';
import { PRIORITY_LEVELS, priorityValue } from '../model/priority';
import { parsePredecessors } from '../model/predecessor-text';
import { fail, ok, type Result } from '../model/result';
import { fromWallMinutes, toWallMinutes, type LocalDateTime } from '../model/time';
import { compileCalendar } from '../calendar';
import { calendarForTask } from '../schedule/inputs';
import { parseCsv } from '../formats/csv/csv-parse';
import { guessMapping, type CsvField } from '../formats/csv/csv-mapping';
import { detectDateOrder, parseDateText, type DateOrder } from '../formats/date-text';
import type { ScheduledDates } from '../board/progress-rules';
import { movesDates, typedDurationTooLong, typedFinishTooLate, typedLagTooLong, type TaskChanges } from './task-changes';

/** The grid columns a pasted cell can fill. */
export type PasteField = 'name' | 'duration' | 'start' | 'finish' | 'predecessors' | 'percent' | 'phase' | 'priority' | 'assignees' | 'notes';

export interface PastedPredecessor {
  /** The predecessor's row number (MS Project's ID) after the paste: rows past the plan are the pasted new rows. */
  readonly row: number;
  readonly type: LinkType;
  readonly lagMinutes: number;
  readonly lagIsElapsed: boolean;
}

export interface PastedRow {
  /** The task this row updates; null = a new task added below the last row. */
  readonly taskId: TaskId | null;
  readonly changes: TaskChanges;
  readonly predecessors?: readonly PastedPredecessor[];
  readonly people?: readonly ResourceId[];
  /** The engine's dates of the task, for a typed % complete (UpdateTaskArgs.scheduled). */
  readonly scheduled?: ScheduledDates;
}

export interface TablePasteOptions {
  /** The grid's fields from the cursor's column rightwards: cell k of a row fills fields[k]. */
  readonly fields: readonly (PasteField | null)[];
  /** 0-based display row of the cursor: the first pasted row lands there. */
  readonly startRow: number;
  /** The person's numeric date order, used when the pasted dates do not settle it. */
  readonly localeOrder: DateOrder;
  /**
   * The engine's dates of an existing task: a typed finish is a duration from its start, and a
   * typed % complete records them as actual dates (updateTask).
   */
  readonly scheduled: (id: TaskId) => ScheduledDates | null;
}

const FROM_HEADER: Partial<Record<CsvField, PasteField>> = {
  name: 'name', duration: 'duration', start: 'start', finish: 'finish', predecessors: 'predecessors', percentComplete: 'percent',
  phase: 'phase', priority: 'priority', resources: 'assignees', notes: 'notes',
};

const LABELS: Record<PasteField, string> = {
  name: 'Task name', duration: 'Duration', start: 'Start', finish: 'Finish', predecessors: 'Predecessors', percent: '% Done',
  phase: 'Phase', priority: 'Priority', assignees: 'Assigned to', notes: 'Notes',
};

/** A header row names the columns when it holds a task-name column and one other known field. */
function headerFields(first: readonly string[]): (PasteField | null)[] | null {
  const mapping = guessMapping(first);
  const known = Object.keys(mapping).filter((f) => FROM_HEADER[f as CsvField] !== undefined);
  if (mapping.name === undefined || known.length < 2) return null;
  return first.map((_, i) => {
    const field = (Object.keys(mapping) as CsvField[]).find((f) => mapping[f] === i);
    return field === undefined ? null : FROM_HEADER[field] ?? null;
  });
}

/** Tab-separated text as rows of cells, with a header row's field layout when it has one. */
export function splitPastedTable(text: string, fields: readonly (PasteField | null)[]): Result<{ rows: string[][]; fields: (PasteField | null)[] }> {
  const parsed = parseCsv(text.replace(/\r?\n$/, ''), '\t');
  if (!parsed.ok) return fail(`The pasted text has an unclosed quote: ${parsed.error.message}`, 'pasted text');
  const rows = parsed.value.rows;
  const header = rows[0] ? headerFields(rows[0]) : null;
  return ok(header ? { rows: rows.slice(1), fields: header } : { rows, fields: [...fields] });
}

interface CellContext {
  readonly plan: Plan;
  readonly task: Task | null;
  readonly order: DateOrder;
  readonly options: TablePasteOptions;
  readonly typedStart: LocalDateTime | null;
}

type CellResult = { readonly changes?: TaskChanges; readonly predecessors?: PastedPredecessor[]; readonly people?: ResourceId[]; readonly start?: LocalDateTime } | { readonly error: string };

function dateCell(text: string, order: DateOrder, time: string): LocalDateTime | { error: string } {
  const read = parseDateText(text, order);
  return read.ok ? (`${read.date}T${time}` as LocalDateTime) : { error: read.message };
}

function readCell(field: PasteField, text: string, c: CellContext): CellResult {
  const { plan } = c;
  switch (field) {
    case 'name': return { changes: { name: text } };
    case 'notes': return { changes: { notes: text } };
    case 'duration': {
      const parsed = parseDuration(text, plan.project);
      const tooLong = typedDurationTooLong(text, plan.project);
      if (tooLong !== undefined) return { error: tooLong };
      return parsed && parsed.minutes >= 0
        ? { changes: { durationMinutes: parsed.minutes, durationIsElapsed: parsed.isElapsed } }
        : { error: `'${text}' is not a duration. Try 3d, 4h, 2w, or 2ed for elapsed days.` };
    }
    case 'start': {
      const start = dateCell(text, c.order, plan.project.defaultStartTime);
      if (typeof start !== 'string') return start;
      return { start, changes: { constraint: { type: 'SNET', date: start } } };
    }
    case 'finish': return finishCell(text, c);
    case 'percent': {
      const value = Number(text.replace('%', '').trim());
      return Number.isFinite(value) && value >= 0 && value <= 100 ? { changes: { percentComplete: Math.round(value) } } : { error: `'${text}' is not a percentage from 0 to 100.` };
    }
    case 'phase': {
      const phase = PHASES.find((p) => p === text.trim().toLowerCase());
      return phase ? { changes: { phase } } : { error: `'${text}' is not a phase (${PHASES.join(', ')}).` };
    }
    case 'priority': {
      const level = PRIORITY_LEVELS.find((p) => p === text.trim().toLowerCase());
      const number = Number(text);
      if (level) return { changes: { priority: priorityValue(level) } };
      return Number.isInteger(number) && number >= 0 && number <= 1000 ? { changes: { priority: number } } : { error: `'${text}' is not a priority (${PRIORITY_LEVELS.join(', ')} or 0–1000).` };
    }
    case 'predecessors': {
      const parsed = parsePredecessors(text, plan.project);
      if (!parsed.ok) return { error: parsed.error.message };
      const tooLong = parsed.value.map((spec) => typedLagTooLong(spec, plan.project)).find((message) => message !== undefined);
      return tooLong === undefined ? { predecessors: parsed.value } : { error: tooLong };
    }
    case 'assignees': return peopleCell(plan, text);
    default: {
      const never: never = field;
      return never;
    }
  }
}

function finishCell(text: string, c: CellContext): CellResult {
  const finish = dateCell(text, c.order, c.plan.project.defaultFinishTime);
  if (typeof finish !== 'string') return finish;
  const start = c.typedStart ?? (c.task ? c.options.scheduled(c.task.id)?.start : null) ?? c.plan.project.start;
  if (finish < start) return { error: `Finish ${finish.slice(0, 10)} is before the task's start ${start.slice(0, 10)}.` };
  const calendar = c.task ? calendarForTask(c.plan, c.task) : compileCalendar(c.plan, c.plan.project.calendarId);
  const tooLate = typedFinishTooLate({ text, start, finish }, calendar, c.plan.project);
  if (tooLate !== undefined) return { error: tooLate };
  return { changes: { durationMinutes: calendar.workingBetween(toWallMinutes(start), toWallMinutes(finish)), durationIsElapsed: false } };
}

/**
 * The person a pasted name means: their full name, or the name the table shows them by (a first
 * name, "Paul S." when two share it), or a first name only one person has. A first name two
 * people share names both rather than picking one.
 */
function personNamed(plan: Plan, name: string): ResourceId | { error: string } {
  const wanted = name.toLocaleLowerCase();
  const people = Object.values(plan.resources);
  const shown = personShortNames(plan.resources);
  const exact = people.find((r) => r.name.trim().toLocaleLowerCase() === wanted || shown.get(r.id)?.toLocaleLowerCase() === wanted);
  if (exact) return exact.id;
  const byFirst = people.filter((r) => r.name.trim().split(/\s+/)[0]?.toLocaleLowerCase() === wanted);
  if (byFirst.length === 1 && byFirst[0]) return byFirst[0].id;
  if (byFirst.length > 1) return { error: `'${name}' could be ${byFirst.map((r) => r.name).join(' or ')}: paste the full name.` };
  return { error: `'${name}' is not on the team: add them in the Team view first.` };
}

function peopleCell(plan: Plan, text: string): CellResult {
  const people: ResourceId[] = [];
  for (const name of text.split(/[;,]/).map((n) => n.replace(/\[.*\]$/, '').trim()).filter(Boolean)) {
    const found = personNamed(plan, name);
    if (typeof found !== 'string') return found;
    people.push(found);
  }
  return { people };
}

/**
 * Reads pasted spreadsheet text into rows for pasteTable, or says which cell is wrong:
 * "Pasted row 3, column 2 (Duration): '5x' is not a duration."
 */
export function readPastedTable(plan: Plan, text: string, options: TablePasteOptions): Result<PastedRow[]> {
  const split = splitPastedTable(text, options.fields);
  if (!split.ok) return split;
  const { rows, fields } = split.value;
  if (rows.length === 0) return fail('There is nothing to paste: the clipboard has no rows.', 'pasted text');
  const dateColumns = fields.flatMap((f, i) => (f === 'start' || f === 'finish' ? [i] : []));
  const found = detectDateOrder(rows.flatMap((r) => dateColumns.map((i) => r[i] ?? '')));
  const order: DateOrder = found === 'dmy' || found === 'mdy' ? found : options.localeOrder;
  const outline = outlineRows(plan.tasks);
  const out: PastedRow[] = [];
  for (const [r, cells] of rows.entries()) {
    const task = outline[options.startRow + r]?.task ?? null;
    const row = readRow(plan, task, cells, fields, { order, options });
    if ('error' in row) return fail(row.error, `pasted row ${String(r + 1)}${row.column === undefined ? '' : `, column ${String(row.column + 1)} (${row.label})`}`);
    out.push(row);
  }
  // A paste that moves any task (a duration, a start, links) may move the others after it: the
  // engine's dates read before it are then no task's to record as actual dates.
  if (out.some((row) => row.predecessors !== undefined || movesDates(row.changes))) {
    return ok(out.map(({ scheduled: _dropped, ...row }) => row));
  }
  return ok(out);
}

function readRow(
  plan: Plan, task: Task | null, cells: readonly string[], fields: readonly (PasteField | null)[], how: { order: DateOrder; options: TablePasteOptions },
): PastedRow | { error: string; column?: number; label?: string } {
  const changes: { -readonly [K in keyof TaskChanges]: TaskChanges[K] } = {};
  let predecessors: PastedPredecessor[] | undefined;
  let people: ResourceId[] | undefined;
  // A typed start first, so a finish on the same row is a duration from it.
  const order = fields.map((f, i) => ({ f, i })).sort((a, b) => Number(b.f === 'start') - Number(a.f === 'start'));
  let typedStart: LocalDateTime | null = null;
  for (const { f, i } of order) {
    const text = (cells[i] ?? '').trim();
    if (f === null || text === '') continue;
    const cell = readCell(f, text, { plan, task, order: how.order, options: how.options, typedStart });
    if ('error' in cell) return { error: cell.error, column: i, label: LABELS[f] };
    if (cell.start) typedStart = cell.start;
    Object.assign(changes, cell.changes);
    predecessors = cell.predecessors ?? predecessors;
    people = cell.people ?? people;
  }
  if (task === null && !changes.name) return { error: 'A new row needs a task name.' };
  if (task?.schedulingMode === 'manual' && typedStart && changes.constraint) {
    // A manual task moves as a whole, as a typed start does in the grid.
    const length = toWallMinutes(task.finish) - toWallMinutes(task.start);
    delete changes.constraint;
    Object.assign(changes, { start: typedStart, finish: fromWallMinutes(toWallMinutes(typedStart) + length) });
  }
  const scheduled = task && changes.percentComplete !== undefined ? how.options.scheduled(task.id) : null;
  return {
    taskId: task?.id ?? null, changes, ...(predecessors ? { predecessors } : {}), ...(people ? { people } : {}), ...(scheduled ? { scheduled } : {}),
  };
}
