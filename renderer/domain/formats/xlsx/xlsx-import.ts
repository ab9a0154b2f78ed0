/**
 * Task import from a workbook: the chosen sheet goes through the same column mapping as CSV
 * (csvRowsToPlan), then what a Plotline export also carries is read back by header name:
 * Predecessors (row numbers, as in the task table), Constraint and its date, Deadline, Mode, and
 * the People and Assignments sheets. Date cells arrive as dates and numbers as numbers, so
 * nothing depends on the spreadsheet's locale.
 */
import type { AssignmentId, CalendarId, LinkId, ResourceId, TaskId } from '../../model/ids';
import type { LocalDateTime } from '../../model/time';
import { CONSTRAINT_TYPES, type Assignment, type Link, type Plan, type Resource, type Task } from '../../model/plan';
import { parsePredecessors } from '../../model/predecessor-text';
import { fail, ok, type Result } from '../../model/result';
import { readCsvRows, type CsvImported, type CsvImportOptions, type DateReader } from '../csv/csv-import';
import { cellPlace, guessMapping, type CsvMapping } from '../csv/csv-mapping';
import { withImportedMoney } from '../csv/csv-money';
import { lagTooLong, linkLeftOut } from '../csv/csv-references';
import { summarizePlan, type ImportContext } from '../import-context';
import { byId } from '../plan-assembly';
import { admitPlan } from '../admit';
import { outsidePlanYears } from '../date-text';
import { isYearWithin } from '../plan-bounds';
import { cellText, isDateCell, type SheetCell, type SheetTable, type WorkbookData } from './sheet-model';

/** Data rows one sheet may hold: far above a real task list, low enough to refuse a runaway sheet with a message. */
export const MAX_SHEET_ROWS = 50_000;

/** The sheet's rows as text for the mapping preview, after the checks that refuse a sheet. */
export function sheetRows(sheet: SheetTable): Result<string[][]> {
  const problem = sheetProblem(sheet);
  if (problem !== null) return fail(problem, `sheet '${sheet.name}'`);
  let end = sheet.rows.length;
  while (end > 0 && (sheet.rows[end - 1] ?? []).every((c) => cellText(c).trim() === '')) end--;
  if (end === 0) return fail(`Sheet '${sheet.name}' is empty: the first row should name the columns (Name, Start, Duration...).`, `sheet '${sheet.name}'`);
  return ok(sheet.rows.slice(0, end).map((row) => row.map(cellText)));
}

function sheetProblem(sheet: SheetTable): string | null {
  const dataRows = sheet.rows.length - 1;
  if (dataRows > MAX_SHEET_ROWS) {
    return `Sheet '${sheet.name}' has ${dataRows.toLocaleString('en-US')} rows below its header; Plotline imports up to ${MAX_SHEET_ROWS.toLocaleString('en-US')} tasks from one sheet (row ${String(MAX_SHEET_ROWS + 2)} is the first past the limit). Split the sheet and import the parts.`;
  }
  const header = (sheet.merges ?? []).find((range) => /^[A-Z]+1(:|$)/.test(range));
  if (header !== undefined) {
    return `Sheet '${sheet.name}', cells ${header}: the header row has merged cells, so its columns cannot be told apart. Unmerge them so each column has its own name in row 1.`;
  }
  return null;
}

export interface XlsxImportOptions extends CsvImportOptions {
  /** The sheet to import, by name; default the first. */
  readonly sheet?: string;
}

/** Picks the sheet to import: by name, else the first. */
export function chooseSheet(workbook: WorkbookData, name?: string): Result<SheetTable> {
  const sheet = name === undefined ? workbook.sheets[0] : workbook.sheets.find((s) => s.name === name);
  if (sheet !== undefined) return ok(sheet);
  const names = workbook.sheets.map((s) => `'${s.name}'`).join(', ');
  return name === undefined ? fail('The workbook has no sheets.', 'the whole file') : fail(`The workbook has no sheet '${name}'; it has ${names}.`, `sheet '${name}'`);
}

/** Whole-workbook convenience (command line): the chosen sheet with the mapping guessed from its header. */
export function importXlsx(workbook: WorkbookData, ctx: ImportContext, options: XlsxImportOptions = {}): Result<CsvImported> {
  const sheet = chooseSheet(workbook, options.sheet);
  if (!sheet.ok) return sheet;
  const rows = sheetRows(sheet.value);
  if (!rows.ok) return rows;
  const mapping = guessMapping(rows.value[0] ?? []);
  if (mapping.name === undefined) return fail(`Sheet '${sheet.value.name}' has no "Name" column in row 1; name one, or map the columns in the app's import dialog.`, `sheet '${sheet.value.name}', row 1`);
  return xlsxRowsToPlan(workbook, sheet.value, rows.value, mapping, ctx, options);
}

/** The mapped task rows as a plan, plus the links, constraints, people and assignments the workbook carries. */
export function xlsxRowsToPlan(
  workbook: WorkbookData, sheet: SheetTable, rows: readonly (readonly string[])[], mapping: CsvMapping, ctx: ImportContext, options: CsvImportOptions = {},
): Result<CsvImported> {
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const column = (name: string): number => header.indexOf(name.toLowerCase());
  // "row 4, column 11 (Predecessors)": where a cell is, as the table reader's messages say it.
  const place: CellPlace = (row, at) => cellPlace(row, at, (rows[0]?.[at] ?? '').trim());
  // A Predecessors column is read here, in the task table's syntax (what Plotline writes), not by the table reader too.
  const readsLinks = column('predecessors') >= 0;
  const constraintAt = { type: column('constraint'), date: column('constraint date') };
  const farConstraint = (fileRow: number, parseDate: DateReader): string | null => (
    farConstraintDate(sheet.rows[fileRow - 1] ?? [], constraintAt, { place, parseDate }, fileRow));
  const read = readCsvRows(rows, readsLinks ? { ...mapping, predecessors: undefined } : mapping, ctx, options, farConstraint);
  if (!read.ok) return read;
  const { imported, money } = read.value;
  const warnings = [...imported.warnings];
  const data = sheet.rows.slice(1, rows.length);
  const plan = imported.plan;
  // The task read from each data row; a row skipped for an error has none, and what refers to it
  // is left out with a warning while the rest of the workbook (links, people, rates) still comes in.
  const taskIds: (TaskId | undefined)[] = data.map(() => undefined);
  for (const [id, fileRow] of read.value.rowOf) taskIds[fileRow - 2] = id;
  const tasks = withTaskFields(plan, taskIds, data, column, mapping.name, { place, warnings, parseDate: read.value.parseDate });
  const links = readsLinks ? readLinks(plan, taskIds, data, column('predecessors'), ctx, { place, warnings }) : null;
  const people = readPeople(workbook, taskIds, tasks, ctx, { taskSheet: sheet.name, warnings });
  const next: Plan = {
    ...plan, tasks, links: links ? byId(links) : plan.links,
    // Without a People sheet, the people named in the task rows' People column stay.
    ...(people ? { resources: byId(people.resources), assignments: byId(people.assignments) } : {}),
  };
  // The links, people and assignments read here pass the same gate as the task rows did.
  const admitted = admitPlan(next, 'xlsx', {
    locate: sheetLocator(sheet.name, taskIds, people?.rows ?? new Map()), builtInSchemaOrder: true, rowOfTask: (id) => read.value.rowOf.get(id),
  });
  if (!admitted.ok) return admitted;
  // Actual costs are compared with what the complete plan computes, people and links included.
  const priced = withImportedMoney(admitted.value.plan, admitted.value.schedule, money, ctx.newId, ctx.now);
  return ok({
    // Both gates schedule the plan: a loop among the links is said by each, and shown once.
    ...imported, plan: priced.plan, warnings: [...new Set([...warnings, ...admitted.value.warnings, ...priced.warnings])],
    summary: summarizePlan(priced.plan), schedule: admitted.value.schedule,
  });
}

/** "sheet 'Tasks', row 4" for a task, person or assignment path of the gate. */
function sheetLocator(sheetName: string, taskIds: readonly (TaskId | undefined)[], peopleRows: ReadonlyMap<string, string>): (where: string) => string | undefined {
  const places = new Map<string, string>();
  taskIds.forEach((id, i) => { if (id !== undefined) places.set(id, `sheet '${sheetName}', row ${String(i + 2)}`); });
  for (const [id, row] of peopleRows) places.set(id, row);
  return (where) => {
    const id = /^[a-z]+\['([^']*)'\]/.exec(where)?.[1];
    return id === undefined ? undefined : places.get(id);
  };
}

/** A Tasks sheet cell's place, by file row and 0-based column. */
type CellPlace = (row: number, column: number) => string;
/** Where the task sheet's warnings go, and how they name a cell. */
interface SheetNotes {
  readonly place: CellPlace;
  readonly warnings: string[];
}
/** How a Tasks sheet cell is named, and how the sheet's dates typed as text read (as the table reader reads them). */
interface SheetDates {
  readonly place: CellPlace;
  readonly parseDate: DateReader;
}

function withTaskFields(
  plan: Plan, taskIds: readonly (TaskId | undefined)[], data: readonly (readonly SheetCell[])[], column: (name: string) => number, nameAt: number | undefined,
  { place, warnings, parseDate }: SheetNotes & SheetDates,
): Plan['tasks'] {
  const at = { constraint: column('constraint'), constraintDate: column('constraint date'), deadline: column('deadline'), mode: column('mode') };
  const tasks: Record<string, Task> = { ...plan.tasks };
  taskIds.forEach((id, i) => {
    const row = data[i] ?? [];
    const task = id === undefined ? undefined : tasks[id];
    if (id === undefined || task === undefined) return;
    const type = CONSTRAINT_TYPES.find((c) => c === cellText(row[at.constraint]).trim().toUpperCase());
    const constraintDate = typedOrStoredDate(row[at.constraintDate], parseDate);
    const isDated = type !== undefined && type !== 'ASAP' && type !== 'ALAP';
    if (isDated && constraintDate === null) warnings.push(undatedConstraint(type, row[at.constraintDate], place(i + 2, at.constraint), place(i + 2, at.constraintDate)));
    const mode = cellText(row[at.mode]).trim().toLowerCase();
    // The table import trims names; a spreadsheet cell's own spaces are part of the name it exported.
    const name = nameAt === undefined ? task.name : cellText(row[nameAt]);
    tasks[id] = {
      ...task,
      ...(name.trim() === task.name ? { name } : {}),
      ...(type !== undefined && (!isDated || constraintDate !== null) ? { constraint: { type, date: isDated ? constraintDate : null } } : {}),
      // A date cell is read as stored; text ('2026-03-20') keeps what the table reader made of it.
      ...(at.deadline >= 0 && dateCell(row[at.deadline]) !== null ? { deadline: dateCell(row[at.deadline]) } : {}),
      ...(mode === 'manual' || mode === 'auto' ? { schedulingMode: mode } : {}),
    };
  });
  return tasks;
}

/**
 * Why a row's dated constraint cannot be kept: its date cell is in a year no plan holds (2301).
 * The row is skipped, as the table reader skips a Start of 2301, rather than the workbook refused.
 */
function farConstraintDate(
  row: readonly SheetCell[], at: { readonly type: number; readonly date: number }, { place, parseDate }: SheetDates, fileRow: number,
): string | null {
  const type = CONSTRAINT_TYPES.find((c) => c === cellText(row[at.type]).trim().toUpperCase());
  const cell = row[at.date];
  const date = typedOrStoredDate(cell, parseDate);
  if (type === undefined || type === 'ASAP' || type === 'ALAP' || date === null || isYearWithin(date)) return null;
  // Text is quoted as typed, as the table reader quotes a Start of 2301.
  const shown = dateCell(cell) === null ? cellText(cell).trim() : date.replace('T', ' ');
  return `${place(fileRow, at.date)}: ${outsidePlanYears(shown)}`;
}

function dateCell(cell: SheetCell | undefined): Task['deadline'] {
  return cell !== undefined && isDateCell(cell) ? cell.date : null;
}

/**
 * A date cell as stored; text ('2026-03-20', or 20/03/2026 in a sheet whose dates are written day
 * first) as the table reader reads the sheet's mapped dates. Null when empty or not a date.
 */
function typedOrStoredDate(cell: SheetCell | undefined, parseDate: DateReader): LocalDateTime | null {
  const text = cellText(cell).trim();
  return dateCell(cell) ?? (text === '' ? null : parseDate(text));
}

/** Why a dated constraint was imported as soon as possible: its date cell is empty, or its text is not a date. */
function undatedConstraint(type: string, cell: SheetCell | undefined, typePlace: string, datePlace: string): string {
  const text = cellText(cell).trim();
  return text === ''
    ? `${typePlace}: ${type} needs a date in 'Constraint date'; the task was imported as soon as possible.`
    : `${datePlace}: '${text}' is not a date, which ${type} needs; the task was imported as soon as possible.`;
}

function readLinks(
  plan: Plan, taskIds: readonly (TaskId | undefined)[], data: readonly (readonly SheetCell[])[], at: number, ctx: ImportContext, { place, warnings }: SheetNotes,
): Link[] {
  if (at < 0) return [];
  const links: Link[] = [];
  const seen = new Set<string>();
  data.forEach((row, i) => {
    const successorId = taskIds[i];
    const text = cellText(row[at]).trim();
    if (successorId === undefined || text === '') return;
    const parsed = parsePredecessors(text, plan.project);
    if (!parsed.ok) {
      warnings.push(`${place(i + 2, at)}: ${parsed.error.message.replace(/\.$/, '')}; the links in this cell are left out.`);
      return;
    }
    for (const spec of parsed.value) {
      const predecessorId = taskIds[spec.row - 1];
      const key = `${String(predecessorId)}>${successorId}`;
      const leaveOut = (reason: string): void => { warnings.push(linkLeftOut(place(i + 2, at), reason)); };
      // Predecessors name tasks by their number in the task table, which is one less than their sheet row.
      if (predecessorId === undefined && spec.row >= 1 && spec.row <= data.length) {
        leaveOut(`task ${String(spec.row)} (row ${String(spec.row + 1)}) was skipped for its error above`);
        continue;
      }
      if (predecessorId === undefined) leaveOut(`'${String(spec.row)}' is not a task of this sheet`);
      else if (predecessorId === successorId) leaveOut(`'${String(spec.row)}' is this row's own task, which cannot follow itself`);
      else if (seen.has(key)) leaveOut(`'${String(spec.row)}' is named twice in this cell`);
      if (predecessorId === undefined || predecessorId === successorId || seen.has(key)) continue;
      const tooLong = lagTooLong(spec.entry ?? text, spec, plan.project);
      if (tooLong !== null) {
        warnings.push(`${place(i + 2, at)}: ${tooLong}; the link is left out.`);
        continue;
      }
      seen.add(key);
      links.push({ id: ctx.newId() as LinkId, predecessorId, successorId, type: spec.type, lagMinutes: spec.lagMinutes, lagIsElapsed: spec.lagIsElapsed });
    }
  });
  return links;
}

const RESOURCE_TYPES = ['work', 'material', 'cost'] as const;

interface PeopleRead {
  readonly resources: Resource[];
  readonly assignments: Assignment[];
  /** Entity id -> "sheet 'People', row 3", for the gate's refusals. */
  readonly rows: Map<string, string>;
}

/** Where the People and Assignments sheets' warnings go, and the name of the sheet their Task IDs count rows of. */
interface PeopleNotes {
  readonly taskSheet: string;
  readonly warnings: string[];
}

/** The People and Assignments sheets; null when the workbook has no People sheet. */
function readPeople(
  workbook: WorkbookData, taskIds: readonly (TaskId | undefined)[], tasks: Plan['tasks'], ctx: ImportContext, notes: PeopleNotes,
): PeopleRead | null {
  const sheet = workbook.sheets.find((s) => s.name.toLowerCase() === 'people');
  const rows = new Map<string, string>();
  if (sheet === undefined) return null;
  const header = (sheet.rows[0] ?? []).map((c) => cellText(c).trim().toLowerCase());
  const get = (row: readonly SheetCell[], name: string): SheetCell | undefined => row[header.indexOf(name)];
  const num = (cell: SheetCell | undefined, fallback: number): number => (typeof cell === 'number' && Number.isFinite(cell) ? cell : fallback);
  const byName = new Map<string, ResourceId>();
  const resources = sheet.rows.slice(1).flatMap((row, i): Resource[] => {
    const name = cellText(get(row, 'name')).trim();
    if (name === '' || byName.has(name)) return [];
    const id = ctx.newId() as ResourceId;
    byName.set(name, id);
    rows.set(id, `sheet '${sheet.name}', row ${String(i + 2)}`);
    const type = RESOURCE_TYPES.find((t) => t === cellText(get(row, 'type')).trim().toLowerCase()) ?? 'work';
    return [{
      id, name, initials: cellText(get(row, 'initials')), role: cellText(get(row, 'role')), email: cellText(get(row, 'email')), type,
      maxUnits: Math.max(0, num(get(row, 'max units'), 1)), costPerHour: Math.max(0, num(get(row, 'cost per hour'), 0)),
      overtimeCostPerHour: Math.max(0, num(get(row, 'overtime cost per hour'), 0)), costPerUse: Math.max(0, num(get(row, 'cost per use'), 0)),
      calendarId: null as CalendarId | null,
    }];
  });
  const people = { byName, sheet: sheet.name };
  return { resources, assignments: readAssignments(workbook, taskIds, tasks, people, ctx, notes, rows), rows };
}

/** The people read from the People sheet, by name, and that sheet's name. */
interface PeopleByName {
  readonly byName: ReadonlyMap<string, ResourceId>;
  readonly sheet: string;
}

function readAssignments(
  workbook: WorkbookData, taskIds: readonly (TaskId | undefined)[], tasks: Plan['tasks'], people: PeopleByName,
  ctx: ImportContext, { taskSheet, warnings }: PeopleNotes, rows: Map<string, string>,
): Assignment[] {
  const sheet = workbook.sheets.find((s) => s.name.toLowerCase() === 'assignments');
  if (sheet === undefined) return [];
  const header = (sheet.rows[0] ?? []).map((c) => cellText(c).trim().toLowerCase());
  const get = (row: readonly SheetCell[], name: string): SheetCell | undefined => row[header.indexOf(name)];
  // "sheet 'Assignments', row 3, column 3 (Person)"; the row alone when the sheet has no such column.
  const place = (row: number, name: string): string => {
    const at = header.indexOf(name);
    const where = at < 0 ? `row ${String(row)}` : cellPlace(row, at, cellText(sheet.rows[0]?.[at]).trim());
    return `sheet '${sheet.name}', ${where}`;
  };
  return sheet.rows.slice(1).flatMap((row, i): Assignment[] => {
    const taskRow = get(row, 'task id');
    const taskId = typeof taskRow === 'number' ? taskIds[taskRow - 1] : undefined;
    const person = cellText(get(row, 'person')).trim();
    const resourceId = people.byName.get(person);
    if (taskId === undefined || resourceId === undefined) {
      if (row.some((c) => cellText(c).trim() !== '')) {
        warnings.push(taskId === undefined
          ? `${place(i + 2, 'task id')}: ${missingTask(taskRow, taskIds.length, taskSheet)}; the assignment was not imported.`
          : `${place(i + 2, 'person')}: '${person}' is not a person of sheet '${people.sheet}'; the assignment was not imported.`);
      }
      return [];
    }
    const unitsCell = get(row, 'units');
    const units = typeof unitsCell === 'number' && unitsCell >= 0 ? unitsCell : 1;
    const work = get(row, 'work (hours)');
    const id = ctx.newId() as AssignmentId;
    rows.set(id, `sheet '${sheet.name}', row ${String(i + 2)}`);
    const workMinutes = typeof work === 'number' && work >= 0 ? Math.round(work * 60) : null;
    const isUntyped = isUntypedWork(get(row, 'work typed'), workMinutes, tasks[taskId]?.durationMinutes, units);
    return [{ id, taskId, resourceId, units, workMinutes: isUntyped ? null : workMinutes }];
  });
}

/** Why an Assignments row's Task ID names no imported task: a row skipped for its error, or no row at all. */
function missingTask(taskRow: SheetCell | undefined, dataRows: number, taskSheet: string): string {
  const isSkippedRow = typeof taskRow === 'number' && Number.isInteger(taskRow) && taskRow >= 1 && taskRow <= dataRows;
  return isSkippedRow
    ? `task ${String(taskRow)} (row ${String(taskRow + 1)} of sheet '${taskSheet}') was skipped for its error above`
    : `'${cellText(taskRow)}' is not a task of sheet '${taskSheet}'`;
}

/**
 * The export writes every work assignment's hours, typed or not, and says which in 'Work typed'
 * (not typed = duration x units: Assignment.workMinutes null). Hours marked not typed are read
 * back as not typed, so the work still follows the task's duration, unless they were changed in
 * the spreadsheet (no longer duration x units): then they are what the person typed there.
 * Without the column (another tool's workbook) every number is typed work.
 */
function isUntypedWork(typed: SheetCell | undefined, workMinutes: number | null, durationMinutes: number | undefined, units: number): boolean {
  const isMarkedUntyped = typed === false || /^(false|no)$/i.test(cellText(typed).trim());
  if (!isMarkedUntyped || workMinutes === null) return isMarkedUntyped;
  return durationMinutes !== undefined && workMinutes === Math.round(durationMinutes * units);
}
