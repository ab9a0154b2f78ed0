/**
 * MSPDI Tasks -> task drafts, links and baselines. Field mapping (MSPDI element -> model):
 * - UID: the link key (PredecessorUID, TaskUID); kept in extra.mspdiUid (and ID in extra.mspdiId) for the export.
 * - The project summary task (row ID 0 or UID 0 at OutlineLevel 0, as MS Project numbers it) is
 *   the project itself, not a task: it is skipped and its Name and Notes are kept for the project
 *   (projectSummary). MS Project writes it as UID 0, ProjectLibre as UID 1 with ID 0; TaskJuggler
 *   puts real tasks at OutlineLevel 0 but numbers them from ID 1. IsNull=1 rows are blank lines
 *   and are skipped.
 * - ID: display order; tasks are read in ID order. OutlineLevel: nesting (parent = the nearest
 *   earlier task with a smaller level; files may start at level 0 or 1).
 * - Name: as is. Notes: as is but for the one line break ProjectLibre ends each with (notesAsWritten). Milestone=1 -> kind 'milestone'; summaries follow from the outline.
 * - Duration: xsd:duration of working time -> durationMinutes; when missing it is derived from
 *   Start/Finish over the task's (or project's) work week. DurationFormat (3..53) is kept in
 *   extra.mspdiDurationFormat for the round trip; elapsed formats are reported (see mspdi-codes).
 * - Manual=1 -> schedulingMode 'manual'. Start/Finish/ActualStart/ActualFinish/Deadline: dates; an
 *   unreadable one (or Duration) is replaced and named in the warnings (mspdi-task-dates).
 * - ConstraintType 0..7 + ConstraintDate -> constraint. Priority 0..1000. PercentComplete 0..100.
 * - CalendarUID -> calendarId (-1 = project calendar). LevelingDelay: tenths of a minute.
 * - PredecessorLink: PredecessorUID, Type (0 FF, 1 FS, 2 SF, 3 SS), LinkLag in tenths of a
 *   minute (4800 = 8 h), LagFormat (elapsed formats -> lagIsElapsed).
 * - Baseline (Number 0..10): Start, Finish, Duration, Work, Cost -> Baseline.tasks[taskId].
 * - Money (FixedCost, FixedCostAccrual, ActualCost, ActualWork, EarnedValueMethod...): see mspdi-costs.
 */
import type { BaselineId, CalendarId, LinkId, TaskId } from '../../model/ids';
import type { Baseline, BaselineTask, Link, WorkWeek } from '../../model/plan';
import type { DurationUnits } from '../../model/duration';
import type { LocalDateTime } from '../../model/time';
import type { TaskDraft } from '../plan-assembly';
import { child, childrenNamed, childrenOutside, childText, type XmlElement } from '../xml/xml-tree';
import {
  CONSTRAINT_BY_CODE, LINK_TYPE_BY_CODE, isElapsedFormat, isPercentFormat, parseMspdiDate, parseMspdiDuration, parseNumber,
} from './mspdi-codes';
import { dateProblem, readOptionalDate, readTaskDates, taskLabel } from './mspdi-task-dates';
import { amount, readFileActuals, readTaskMoney, type FileActuals } from './mspdi-costs';

export interface TaskContext {
  readonly newId: () => string;
  readonly now: string;
  readonly projectStart: LocalDateTime;
  readonly calendarsByUid: ReadonlyMap<string, CalendarId>;
  readonly weekOf: (calendarId: CalendarId | null) => WorkWeek | null;
  /** The project's day and week, for durations named in warnings. */
  readonly units: DurationUnits;
  readonly warnings: string[];
}

export interface TasksRead {
  readonly drafts: TaskDraft[];
  readonly byUid: ReadonlyMap<string, TaskId>;
  readonly links: Link[];
  readonly baselines: Baseline[];
  /** Source offset of the element each task and link came from, for the gate's "where". */
  readonly offsets: ReadonlyMap<string, number>;
  /** ActualCost/ActualWork as the file states them, decided typed or computed after assembly (mspdi-costs). */
  readonly actuals: ReadonlyMap<TaskId, FileActuals>;
  /** The project summary task's Name and Notes, when the file has one. */
  readonly projectSummary: ProjectSummary | null;
}

export interface ProjectSummary {
  readonly name: string | undefined;
  readonly notes: string | undefined;
}

/** Elements read into the model, and computed ones Plotline recalculates itself: neither is "unsupported". */
const HANDLED = new Set([
  'UID', 'ID', 'Name', 'Notes', 'Milestone', 'Summary', 'Duration', 'DurationFormat', 'Manual', 'Start', 'Finish',
  'ActualStart', 'ActualFinish', 'Deadline', 'ConstraintType', 'ConstraintDate', 'Priority', 'PercentComplete',
  'CalendarUID', 'LevelingDelay', 'LevelingDelayFormat', 'PredecessorLink', 'Baseline', 'OutlineLevel', 'IsNull',
  'OutlineNumber', 'WBS', 'GUID', 'CreateDate', 'Type', 'Active', 'Estimated', 'Critical', 'EarlyStart', 'EarlyFinish',
  'LateStart', 'LateFinish', 'StartVariance', 'FinishVariance', 'WorkVariance', 'FreeSlack', 'TotalSlack', 'StartSlack',
  'FinishSlack', 'Cost', 'Work', 'ACWP', 'BCWS', 'BCWP', 'CV', 'SV', 'VAC', 'CPI', 'SPI', 'RemainingDuration', 'RemainingCost',
  'RemainingWork', 'RegularWork', 'ActualDuration', 'ActualWork', 'ActualCost', 'PercentWorkComplete', 'OverAllocated',
  'ManualStart', 'ManualFinish', 'ManualDuration', 'ResumeValid', 'EffortDriven', 'IsSubprojectReadOnly', 'ExternalTask',
  'FixedCostAccrual', 'LevelAssignments', 'LevelingCanSplit', 'IgnoreResourceCalendar', 'HideBar', 'Rollup',
  'PhysicalPercentComplete', 'EarnedValueMethod', 'IsPublished', 'CommitmentType', 'Stop', 'Resume', 'WBSLevel',
  'DisplayAsSummary', 'DisplayOnTimeline', 'ActualWorkProtected', 'ActualOvertimeWorkProtected', 'StatusManager',
  'OvertimeCost', 'OvertimeWork', 'ActualOvertimeCost', 'ActualOvertimeWork', 'RemainingOvertimeCost', 'RemainingOvertimeWork',
  'PreLeveledStart', 'PreLeveledFinish', 'IsSubproject', 'Recurring', 'FixedCost', 'Contact',
]);
const TRIVIAL = new Set(['', '0', '-1', 'PT0H0M0S']);

/** Reads the Tasks element; ids from newId in ID order, so the UID -> id mapping is deterministic. */
export function readTasks(project: XmlElement, ctx: TaskContext): TasksRead {
  const container = child(project, 'Tasks');
  const elements = sortById(container ? childrenNamed(container, 'Task') : []);
  const byUid = new Map<string, TaskId>();
  const drafts: TaskDraft[] = [];
  const pending: { successor: TaskId; el: XmlElement }[] = [];
  const baselineRows: { number: number; taskId: TaskId; row: BaselineTask }[] = [];
  const stack: { level: number; id: TaskId }[] = [];
  const unsupported = new Map<string, number>();
  const offsets = new Map<string, number>();
  const actuals = new Map<TaskId, FileActuals>();
  let blanks = 0;
  let projectSummary: ProjectSummary | null = null;
  for (const el of elements) {
    const uid = childText(el, 'UID') ?? '';
    const level = parseNumber(childText(el, 'OutlineLevel')) ?? 1;
    if (isProjectSummary(el, level)) {
      projectSummary ??= { name: childText(el, 'Name'), notes: child(el, 'Notes')?.text };
      continue;
    }
    if (childText(el, 'IsNull') === '1' || childText(el, 'Name') === undefined && childText(el, 'Start') === undefined) {
      blanks++;
      continue;
    }
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop();
    const draft = readTask(el, ctx, stack[stack.length - 1]?.id ?? null);
    offsets.set(draft.id, el.offset);
    if (uid !== '' && !byUid.has(uid)) byUid.set(uid, draft.id);
    stack.push({ level, id: draft.id });
    drafts.push(draft);
    actuals.set(draft.id, readFileActuals(el));
    for (const link of childrenNamed(el, 'PredecessorLink')) pending.push({ successor: draft.id, el: link });
    baselineRows.push(...readBaselineRows(el, draft, ctx.warnings));
    countUnsupported(el, unsupported);
  }
  if (blanks > 0) ctx.warnings.push(`${String(blanks)} blank task row(s) were skipped.`);
  if (unsupported.size > 0) {
    const list = [...unsupported].map(([name, n]) => `${name} (${String(n)})`).join(', ');
    ctx.warnings.push(`Task fields Plotline does not import: ${list}.`);
  }
  const links = pending.flatMap((p) => {
    const link = readLink(p.el, p.successor, byUid, ctx);
    if (link) offsets.set(link.id, p.el.offset);
    return link ? [link] : [];
  });
  return { drafts, byUid, links, baselines: groupBaselines(baselineRows, ctx), offsets, actuals, projectSummary };
}

/** MS Project's project summary task: row ID 0 (and UID 0 in MS Project's own files) at outline level 0. */
function isProjectSummary(el: XmlElement, level: number): boolean {
  return level === 0 && (childText(el, 'ID') === '0' || childText(el, 'UID') === '0');
}

function sortById(elements: XmlElement[]): XmlElement[] {
  const keyed = elements.map((el, index) => ({ el, index, id: parseNumber(childText(el, 'ID')) }));
  if (keyed.some((k) => k.id === null)) return elements;
  return keyed.sort((a, b) => (a.id ?? 0) - (b.id ?? 0) || a.index - b.index).map((k) => k.el);
}

function countUnsupported(el: XmlElement, counts: Map<string, number>): void {
  for (const c of childrenOutside(el, HANDLED)) {
    if (c.children.length === 0 && TRIVIAL.has(c.text.trim())) continue;
    counts.set(c.local, (counts.get(c.local) ?? 0) + 1);
  }
}

function readTask(el: XmlElement, ctx: TaskContext, parentId: TaskId | null): TaskDraft {
  const id = ctx.newId() as TaskId;
  const calendarUid = childText(el, 'CalendarUID');
  const calendarId = calendarUid !== undefined ? ctx.calendarsByUid.get(calendarUid) ?? null : null;
  const format = parseNumber(childText(el, 'DurationFormat'));
  // Elapsed formats (ed, ew, emo...) store clock time in Duration and run round the clock.
  const isElapsed = format !== null && isElapsedFormat(format) && !isPercentFormat(format);
  const isManual = childText(el, 'Manual') === '1';
  const { start, finish, durationMinutes } = readTaskDates(el, isElapsed, isManual, {
    projectStart: ctx.projectStart, week: () => ctx.weekOf(calendarId), units: ctx.units, warnings: ctx.warnings,
  });
  const isMilestone = childText(el, 'Milestone') === '1';
  const constraintType = CONSTRAINT_BY_CODE[parseNumber(childText(el, 'ConstraintType')) ?? 0] ?? 'ASAP';
  const dated = constraintType !== 'ASAP' && constraintType !== 'ALAP';
  const delay = parseNumber(childText(el, 'LevelingDelay')) ?? 0;
  const optional = (field: string, instead: string): LocalDateTime | null => readOptionalDate(el, field, instead, ctx.warnings);
  return {
    id, parentId, name: childText(el, 'Name') ?? '', notes: notesAsWritten(child(el, 'Notes')?.text),
    kind: isMilestone ? 'milestone' : 'task', durationMinutes,
    schedulingMode: isManual ? 'manual' : 'auto', start, finish,
    constraint: { type: constraintType, date: dated ? optional('ConstraintDate', `dated the ${constraintType} constraint at the task's start instead`) ?? start : null },
    deadline: optional('Deadline', 'imported the task without a deadline'),
    // As written, never inferred from an ActualFinish as a typed one is (progress-rules.ts): MS Project
    // writes both, and TaskJuggler writes every task's planned end as its ActualFinish with no
    // PercentComplete (tj3_Tutorial.xml), so its unstarted milestones would be read as done.
    percentComplete: clamp(parseNumber(childText(el, 'PercentComplete')) ?? 0, 0, 100),
    actualStart: optional('ActualStart', 'left the actual start empty'), actualFinish: optional('ActualFinish', 'left the actual finish empty'),
    priority: clamp(parseNumber(childText(el, 'Priority')) ?? 500, 0, 1000), phase: null, tags: [], calendarId,
    ...(delay > 0 ? { levelingDelayMinutes: Math.round(delay / 10) } : {}),
    ...(isElapsed ? { durationIsElapsed: true } : {}),
    ...readTaskMoney(el),
    extra: taskExtra(el, format),
  };
}

/**
 * The author's UID and ID (row number), kept so an MSPDI export writes the same numbers and
 * `plotline schedule` can name tasks as MS Project does (only whole positive numbers are kept),
 * and the duration's display format.
 */
function taskExtra(el: XmlElement, durationFormat: number | null): { mspdiUid?: number; mspdiId?: number; mspdiDurationFormat?: number } {
  const uid = parseNumber(childText(el, 'UID'));
  const id = parseNumber(childText(el, 'ID'));
  const isKept = (n: number | null): n is number => n !== null && Number.isInteger(n) && n > 0;
  // Set field by field on one object: three spreads per task were 20 ms of a 10,000-task import.
  const extra: { mspdiUid?: number; mspdiId?: number; mspdiDurationFormat?: number } = {};
  if (isKept(uid)) extra.mspdiUid = uid;
  if (isKept(id)) extra.mspdiId = id;
  if (durationFormat !== null) extra.mspdiDurationFormat = durationFormat;
  return extra;
}

/**
 * A Notes element (a task's, or the project summary's, which becomes the description) as the
 * author wrote it: leading spaces, indented lines and blank lines are the author's. Only one line
 * break at the very end goes: ProjectLibre ends every note it writes with one (its rich-text note
 * closes a paragraph), which nobody typed and which would come back as an empty last line.
 */
export function notesAsWritten(notes: string | undefined): string {
  return (notes ?? '').replace(/\r?\n$/, '');
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function readLink(el: XmlElement, successor: TaskId, byUid: ReadonlyMap<string, TaskId>, ctx: TaskContext): Link | null {
  const predecessor = byUid.get(childText(el, 'PredecessorUID') ?? '');
  if (childText(el, 'CrossProject') === '1' || predecessor === undefined) {
    ctx.warnings.push(`A dependency on task UID ${childText(el, 'PredecessorUID') ?? '?'} was skipped: that task is not in this file.`);
    return null;
  }
  const format = parseNumber(childText(el, 'LagFormat')) ?? 7;
  let lagMinutes = Math.round((parseNumber(childText(el, 'LinkLag')) ?? 0) / 10);
  if (isPercentFormat(format)) {
    ctx.warnings.push('A percentage lag was imported as no lag (Plotline lags are times).');
    lagMinutes = 0;
  }
  const type = LINK_TYPE_BY_CODE[childText(el, 'Type') ?? '1'] ?? 'FS';
  return { id: ctx.newId() as LinkId, predecessorId: predecessor, successorId: successor, type, lagMinutes, lagIsElapsed: isElapsedFormat(format) };
}

function readBaselineRows(el: XmlElement, task: TaskDraft, warnings: string[]): { number: number; taskId: TaskId; row: BaselineTask }[] {
  return childrenNamed(el, 'Baseline').flatMap((b) => {
    const number = parseNumber(childText(b, 'Number'));
    if (number === null || number < 0 || number > 10 || !Number.isInteger(number)) return [];
    // A value present but unreadable is named, as the task's own are (mspdi-task-dates.ts), with what stands for it.
    const name = number === 0 ? 'Baseline' : `Baseline ${String(number)}`;
    const date = (field: 'Start' | 'Finish', own: LocalDateTime): LocalDateTime => {
      const text = childText(b, field);
      const read = parseMspdiDate(text);
      if (text !== undefined && read === null) warnings.push(`${taskLabel(el)}: ${name} ${field} '${text}' ${dateProblem(text)}; Plotline kept the task's own ${field.toLowerCase()} in that baseline instead.`);
      return read ?? own;
    };
    const span = (field: 'Duration' | 'Work', own: number): number => {
      const text = childText(b, field);
      const read = text === undefined ? null : parseMspdiDuration(text);
      if (text !== undefined && read === null) {
        warnings.push(`${taskLabel(el)}: ${name} ${field} '${text}' is not a duration such as PT24H0M0S; Plotline kept ${field === 'Work' ? 'no work' : "the task's own duration"} in that baseline instead.`);
      }
      return Math.max(0, read ?? own);
    };
    const row: BaselineTask = {
      start: date('Start', task.start),
      finish: date('Finish', task.finish),
      durationMinutes: span('Duration', task.durationMinutes),
      workMinutes: span('Work', 0),
      cost: amount(b, 'Cost') ?? 0,
    };
    return [{ number, taskId: task.id, row }];
  });
}

function groupBaselines(rows: readonly { number: number; taskId: TaskId; row: BaselineTask }[], ctx: TaskContext): Baseline[] {
  const numbers = [...new Set(rows.map((r) => r.number))].sort((a, b) => a - b);
  return numbers.map((number) => ({
    id: ctx.newId() as BaselineId, number, name: number === 0 ? 'Baseline' : `Baseline ${String(number)}`, savedAt: ctx.now,
    tasks: Object.fromEntries(rows.filter((r) => r.number === number).map((r) => [r.taskId, r.row])),
  }));
}
