/**
 * The Gantt's row model: the outline in display order joined with the schedule (when the engine
 * has produced one) and the chosen baseline. Pure, so it is tested without a DOM.
 */
import {
  effectivePhase, phaseResolver, toWallMinutes, type Assignment, type Baseline, type CalendarId, type BaselineTask, type Phase, type PhaseId,
  type Plan, type Task, type TaskId, type TaskKind,
} from '../../domain/model';
import { sharedCalendars, type CalendarSet } from '../../domain/calendar';
import { chartFiguresOf, effectiveSplits, ScheduleTable, taskCalendarId, workSegments, type ChartFigures, type ScheduleResult } from '../../domain/schedule';
import { barProgress } from './bar-progress';
import {
  createRowCache, firstOf, keptPositions, madeFromFor, outline, rowIndexById, sameInputs, staffOf, type LastBuild, type MadeFrom, type Outline,
  type OutlineEntry, type RowCache, type Staff,
} from './row-cache';

// The views and tests that pass a cache in take it from the row model, as before the cache had its own module.
export { createRowCache, rowIndexById, type RowCache } from './row-cache';

export interface GanttRow {
  readonly id: TaskId;
  readonly index: number;
  readonly wbs: string;
  readonly name: string;
  readonly depth: number;
  readonly kind: TaskKind;
  readonly hasChildren: boolean;
  readonly durationMinutes: number;
  /** The duration is clock time (shown as "2ed"). */
  readonly durationIsElapsed: boolean;
  readonly startMinutes: number;
  readonly finishMinutes: number;
  readonly percentComplete: number;
  readonly isCritical: boolean;
  readonly totalSlackMinutes: number;
  readonly isLate: boolean;
  readonly deadlineMinutes: number | null;
  readonly baseline: { readonly startMinutes: number; readonly finishMinutes: number } | null;
  readonly phase: Phase | null;
  /** The project's phase object the task is in (its own, else its summary's); null without phase objects. */
  readonly phaseId: PhaseId | null;
  readonly statusId: string;
  /** First assigned resource, for colour by resource. */
  readonly resourceId: string | null;
  /** The calendar the engine schedules the task on (taskCalendarId; null: the project's), for slack tails in its working time. */
  readonly calendarId: CalendarId | null;
  /**
   * A split task's pieces of work (drawn joined by a dotted line); null for a task worked in one
   * piece. A task whose remaining work resumes after the status date is split there too, as MS Project draws it.
   */
  readonly segments: readonly { readonly startMinutes: number; readonly finishMinutes: number }[] | null;
  /** Where the done work ends on the bar: its % complete of the working time, not of the bar's width. */
  readonly progressMinutes: number;
}

/** The session store holds `unknown` for the schedule; this recognises the engine's result. */
export function asSchedule(value: unknown): ScheduleResult | null {
  if (typeof value !== 'object' || value === null) return null;
  const tasks = (value as { tasks?: unknown }).tasks;
  return tasks instanceof Map ? (value as ScheduleResult) : null;
}

interface RowInputs {
  readonly task: Task;
  readonly schedule: ChartFigures | undefined;
  readonly span: readonly [number, number] | undefined;
  readonly entry: OutlineEntry;
  readonly index: number;
  readonly base: BaselineTask | undefined;
  readonly resourceId: string | null;
  readonly calendarId: CalendarId | null;
  /** The effective phase (a summary's reaches its subtasks), so a summary's change rebuilds them. */
  readonly phase: Phase | null;
  readonly phaseId: PhaseId | null;
}

const NO_ASSIGNMENTS: readonly Assignment[] = [];

/** Summary dates from their children, for plans the engine has not scheduled yet. */
function rollUp(plan: Plan): Map<string, [number, number]> {
  const spans = new Map<string, [number, number]>();
  for (const task of Object.values(plan.tasks)) {
    if (task.kind === 'summary') continue;
    const s = toWallMinutes(task.start);
    const f = toWallMinutes(task.finish);
    const seen = new Set<string>();
    for (let p = task.parentId; p !== null && !seen.has(p); p = plan.tasks[p]?.parentId ?? null) {
      seen.add(p);
      const span = spans.get(p);
      spans.set(p, span ? [Math.min(span[0], s), Math.max(span[1], f)] : [s, f]);
    }
  }
  return spans;
}

/** A task's figures: from the engine's numbers when the schedule is its table (no TaskSchedule built), else from the TaskSchedule. */
function figuresOf(schedule: ScheduleResult | null, id: TaskId): ChartFigures | undefined {
  const tasks = schedule?.tasks;
  if (tasks instanceof ScheduleTable) return tasks.figuresOf(id);
  const scheduled = tasks?.get(id);
  return scheduled ? chartFiguresOf(scheduled) : undefined;
}

/** The pieces of a split task from where its bar starts, on the calendar the engine uses for it. */
function segmentsOf(b: BuildInputs, task: Task, entry: OutlineEntry, start: number, calendarId: CalendarId | null): GanttRow['segments'] {
  if (entry.hasChildren || task.kind !== 'task' || effectiveSplits(task.splits, task.durationMinutes).length === 0) return null;
  return workSegments(task, start, b.cals().get(calendarId)).map((s) => ({ startMinutes: s.start, finishMinutes: s.finish }));
}

/**
 * The same number, held as a small integer when it is one. The engine's figures are read from a
 * Float64Array, so they arrive as doubles, and a row field that first holds a double keeps every
 * row's value in a box of its own: about half a megabyte over 10,000 rows (heap snapshot of the
 * flat 10,000-task Gantt, 40,000 boxes). `| 0` gives an integral value back as a small integer.
 */
const compact = (n: number): number => ((n | 0) === n ? n | 0 : n);

function makeRow(b: BuildInputs, i: RowInputs): GanttRow {
  const { task, schedule: s, span, entry } = i;
  const start = compact(s ? s.startMinutes : (span?.[0] ?? toWallMinutes(task.start)));
  const finish = compact(s ? s.finishMinutes : (span?.[1] ?? toWallMinutes(task.finish)));
  const deadline = task.deadline ? toWallMinutes(task.deadline) : null;
  const kind = entry.hasChildren ? 'summary' : task.kind;
  const duration = compact(s?.durationMinutes ?? task.durationMinutes);
  const percent = compact(s?.percentComplete ?? task.percentComplete);
  const progress = barProgress(
    { kind, start, finish: Math.max(start, finish), duration, percent, isElapsed: task.durationIsElapsed === true, isManual: task.schedulingMode === 'manual' },
    segmentsOf(b, task, entry, start, i.calendarId), () => b.cals().get(i.calendarId), b.plan.project.statusDate,
  );
  return {
    id: task.id,
    index: i.index,
    wbs: entry.wbs,
    name: task.name,
    depth: entry.depth,
    kind,
    hasChildren: entry.hasChildren,
    // Working minutes, as the engine and the task table report them (never finish - start).
    durationMinutes: duration,
    durationIsElapsed: task.durationIsElapsed === true,
    startMinutes: start,
    finishMinutes: Math.max(start, finish),
    percentComplete: percent,
    isCritical: s?.isCritical ?? false,
    totalSlackMinutes: compact(s?.totalSlackMinutes ?? 0),
    isLate: s?.isLate ?? (deadline !== null && finish > deadline && task.percentComplete < 100),
    deadlineMinutes: deadline,
    baseline: i.base ? { startMinutes: toWallMinutes(i.base.start), finishMinutes: toWallMinutes(i.base.finish) } : null,
    phase: i.phase,
    phaseId: i.phaseId,
    statusId: task.statusId,
    resourceId: i.resourceId,
    calendarId: i.calendarId,
    segments: progress.segments,
    progressMinutes: compact(progress.progressMinutes),
  };
}

export interface RowOptions {
  readonly isCollapsed: (id: TaskId) => boolean;
  readonly baseline: Baseline | null;
}

interface BuildInputs {
  readonly plan: Plan;
  readonly schedule: ScheduleResult | null;
  readonly spans: ReadonlyMap<string, [number, number]> | null;
  readonly baseline: Baseline | null;
  readonly staff: Staff;
  /** The plan's compiled calendars, compiled on first use (only split tasks need them). */
  readonly cals: () => CalendarSet;
  /** The task's phase object (model/phases.ts phaseOfTask's rule); null for every task without phase objects. */
  readonly phaseIdOf: (task: Task) => PhaseId | null;
}

/**
 * The row of one outline entry: the last build's object (at `keptAt` in it) while its inputs
 * are unchanged. Records what the row was made from at `index` in `made`.
 */
function rowOf(last: LastBuild | null, keptAt: number | undefined, b: BuildInputs, entry: OutlineEntry, index: number, made: MadeFrom): GanttRow | null {
  const task = b.plan.tasks[entry.task.id];
  if (!task) return null;
  const scheduled = figuresOf(b.schedule, task.id);
  const span = b.spans?.get(task.id);
  const base = b.baseline?.tasks[task.id];
  const resourceId = b.staff.firstResource.get(task.id) ?? null;
  const calendarId = taskCalendarId(b.plan, task, b.staff.byTask.get(task.id) ?? NO_ASSIGNMENTS);
  const phase = effectivePhase(b.plan.tasks, task);
  const phaseId = b.phaseIdOf(task);
  made.tasks[index] = task;
  if (made.spans) made.spans[index] = span;
  if (made.bases) made.bases[index] = base;
  made.scheduled[index] = scheduled === undefined ? 0 : 1;
  if (last && keptAt !== undefined && sameInputs(last, keptAt, task, entry, index, scheduled, span, base, resourceId, calendarId, phase, phaseId)) {
    return last.rows[keptAt] ?? null;
  }
  // Allocated only for rows that change: an edit allocates a handful, not 10,000.
  return makeRow(b, { task, entry, index, schedule: scheduled, span, base, resourceId, calendarId, phase, phaseId });
}

/** A summary's phase reaches its subtasks' rows, which patching would not revisit. */
function summaryPhaseChanged(last: LastBuild, at: number | undefined, plan: Plan, id: string): boolean {
  const task = plan.tasks[id];
  const before = at === undefined ? undefined : last.madeFrom.tasks[at];
  return task !== undefined && before !== undefined && task.kind === 'summary' && (before.phase !== task.phase || before.phaseId !== task.phaseId);
}

/** More changed tasks than this share of the rows and a full build is as cheap as patching. */
const PATCH_LIMIT = 0.25;

/**
 * The last build's rows with only the changed tasks' rows rebuilt, or null when that is not
 * safe: the outline, baseline or assignments changed, or the schedule cannot say which tasks
 * it moved. A one-task edit then costs the changed rows, not a lookup per row of the plan.
 */
function patchRows(cache: RowCache, b: BuildInputs, outlined: Outline): GanttRow[] | null {
  const last = cache.last;
  const table = b.schedule?.tasks;
  if (!last?.schedule || !outlined.changedTasks || !(table instanceof ScheduleTable)) return null;
  if (last.entries !== outlined.entries || last.baseline !== b.baseline || last.staff !== b.staff || last.phases !== b.plan.phases || last.rows.length !== outlined.entries.length) return null;
  const moved = table.changedSince(last.schedule);
  if (!moved || outlined.changedTasks.length + moved.length > PATCH_LIMIT * last.rows.length) return null;
  const index = rowIndexById(cache);
  if (outlined.changedTasks.some((id) => summaryPhaseChanged(last, index.get(id), b.plan, id))) return null;
  const rows = last.rows.slice();
  // The kept record of what rows were made from, copied: the last build's stays as it was.
  const made: MadeFrom = {
    tasks: last.madeFrom.tasks.slice(), spans: last.madeFrom.spans?.slice() ?? null, bases: last.madeFrom.bases?.slice() ?? null, scheduled: last.madeFrom.scheduled.slice(),
  };
  for (const id of [...outlined.changedTasks, ...moved]) {
    const i = index.get(id);
    const entry = i === undefined ? undefined : outlined.entries[i];
    if (i === undefined || !entry) continue;
    const row = rowOf(last, i, b, entry, i, made);
    if (!row) return null;
    rows[i] = row;
  }
  cache.last = { ...last, schedule: table, rows, madeFrom: made };
  return rows;
}

/**
 * The rows in display order. Pass the same cache on every build of one view to reuse the rows
 * of unchanged tasks (identical objects); without one, every row is built afresh.
 */
export function buildRows(plan: Plan, scheduleValue: unknown, options: RowOptions, cache: RowCache = createRowCache()): GanttRow[] {
  const schedule = asSchedule(scheduleValue);
  let cals: CalendarSet | null = null;
  const b: BuildInputs = {
    plan, schedule, spans: schedule ? null : rollUp(plan), baseline: options.baseline, staff: staffOf(cache, plan),
    cals: () => (cals ??= sharedCalendars(plan)),
    phaseIdOf: phaseResolver(plan),
  };
  const outlined = outline(cache, plan, options.isCollapsed);
  const patched = patchRows(cache, b, outlined);
  if (patched) return patched;
  const last = cache.last;
  const positionOf = keptPositions(last, outlined.entries);
  const made = madeFromFor(outlined.entries.length, b.spans !== null, b.baseline !== null);
  const rows: GanttRow[] = [];
  for (const entry of outlined.entries) {
    const row = rowOf(last, positionOf?.(entry.task.id, rows.length), b, entry, rows.length, made);
    if (row) rows.push(row);
  }
  const table = schedule?.tasks;
  cache.last = {
    entries: outlined.entries, schedule: table instanceof ScheduleTable ? table : null, baseline: options.baseline, staff: b.staff, phases: plan.phases, rows,
    // A task missing from the plan left no row: the record is cut to the rows made.
    madeFrom: rows.length < outlined.entries.length ? firstOf(made, rows.length) : made,
  };
  return rows;
}

/** First start and last finish over all rows (the project span the scale must cover). */
export function projectSpan(rows: readonly GanttRow[], fallback: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of rows) {
    if (r.startMinutes < lo) lo = r.startMinutes;
    if (r.finishMinutes > hi) hi = r.finishMinutes;
  }
  return Number.isFinite(lo) ? [lo, hi] : [fallback, fallback];
}
