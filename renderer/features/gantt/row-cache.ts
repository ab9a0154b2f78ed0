/**
 * What the Gantt's row model (gantt-rows.ts) keeps from one build to the next: the last build's
 * rows with what each was made from, the outline walk and who works on what, so an edit rebuilds
 * the rows it changed and a view switch none. Pure, as the row model is.
 */
import {
  fullOutline, outlineIndexOf, sameOutline, visibleOutline, type Assignment, type Baseline, type BaselineTask, type CalendarId, type OutlineRow,
  type Phase, type PhaseId, type Plan, type Task, type TaskId,
} from '../../domain/model';
import type { ChartFigures, ScheduleTable } from '../../domain/schedule';
import type { GanttRow } from './gantt-rows';

/**
 * What survives from one build to the next. An edit changes one task, yet every build walked
 * the whole outline and parsed every date: with the cache, a task whose inputs are unchanged
 * (immer keeps it identical) keeps its row object, so the layers and frappe can skip it too.
 */
export interface RowCache {
  outline: {
    readonly tasks: Plan['tasks'];
    readonly taskCount: number;
    readonly isCollapsed: (id: TaskId) => boolean;
    readonly rows: readonly OutlineEntry[];
  } | null;
  staff: Staff | null;
  /** The last build's inputs and rows: the next build reuses its rows and may patch them (gantt-rows.ts, patchRows). */
  last: LastBuild | null;
}

export interface LastBuild {
  readonly entries: readonly OutlineEntry[];
  /** The engine's table the rows were read from; null when there was none (patching then is not safe). */
  readonly schedule: ScheduleTable | null;
  readonly baseline: Baseline | null;
  readonly staff: Staff;
  /** A phase added, removed or re-tied changes which phase rows fall in, beyond the edited tasks. */
  readonly phases: Plan['phases'];
  readonly rows: readonly GanttRow[];
  /** What each row was made from, by the row's position (see MadeFrom). */
  readonly madeFrom: MadeFrom;
}

/** Who works on each task, for the rows' colour (first resource) and calendar (the engine's rule). */
export interface Staff {
  readonly assignments: Plan['assignments'];
  readonly resources: Plan['resources'];
  readonly firstResource: ReadonlyMap<string, string>;
  readonly byTask: ReadonlyMap<string, readonly Assignment[]>;
}

export function createRowCache(): RowCache {
  return { outline: null, staff: null, last: null };
}

/**
 * The model's outline rows themselves (fullOutline's objects): one object per task while the
 * tasks record lives, so a collapse or expand keeps the rows of entries that stay put. Only
 * `task.id`, wbs, depth and hasChildren are read: `task` may be an earlier version of the task
 * when the outline held across an edit (see outline()).
 */
export type OutlineEntry = OutlineRow;

/**
 * The inputs each row of the last build was made from that the row does not hold itself, in
 * arrays by the row's position. The rest (index, outline entry, people, calendar, phase and the
 * engine's figures) is compared with what the row shows (sameInputs): 10,000 kept figure objects
 * with their boxed numbers, and a copy of each input, were about a megabyte and a half of the
 * Gantt's heap. Arrays, not a record per task in a map by id: the flat 10,000-task Gantt held
 * 0.55 MB in those records and their map (heap snapshot, December 2026), 5% of its heap.
 */
export interface MadeFrom {
  readonly tasks: Task[];
  /** A summary's span rolled up from its children, when the plan had no schedule; else null. */
  readonly spans: (readonly [number, number] | undefined)[] | null;
  /** The baseline's entry for the task, when a baseline was shown; else null. */
  readonly bases: (BaselineTask | undefined)[] | null;
  /** 1: the row was made from the engine's figures (else from the task's own dates and span). */
  readonly scheduled: Uint8Array;
}

export function madeFromFor(count: number, withSpans: boolean, withBases: boolean): MadeFrom {
  return { tasks: new Array<Task>(count), spans: withSpans ? new Array(count) : null, bases: withBases ? new Array(count) : null, scheduled: new Uint8Array(count) };
}

/**
 * Where a task's row stood in the last build, for this build to reuse it. While the outline
 * holds, every row stands where it stood. After a collapse, an expand or a move, rows are found
 * by id through a map built for this one build (about a millisecond at 10,000 rows), rather
 * than a map kept for the life of the view.
 */
export function keptPositions(last: LastBuild | null, entries: readonly OutlineEntry[]): ((id: string, at: number) => number | undefined) | null {
  if (!last) return null;
  if (last.entries === entries && last.rows.length === entries.length) return (_id, at) => at;
  const byId = new Map<string, number>();
  last.rows.forEach((row, at) => byId.set(row.id, at));
  return (id) => byId.get(id);
}


export function staffOf(cache: RowCache, plan: Plan): Staff {
  const kept = cache.staff;
  if (kept?.assignments === plan.assignments && kept.resources === plan.resources) return kept;
  const firstResource = new Map<string, string>();
  const byTask = new Map<string, Assignment[]>();
  for (const a of Object.values(plan.assignments)) {
    if (!firstResource.has(a.taskId)) firstResource.set(a.taskId, a.resourceId);
    const list = byTask.get(a.taskId);
    if (list) list.push(a);
    else byTask.set(a.taskId, [a]);
  }
  cache.staff = { assignments: plan.assignments, resources: plan.resources, firstResource, byTask };
  return cache.staff;
}

export interface Outline {
  readonly entries: readonly OutlineEntry[];
  /** Tasks whose objects changed since the last walk, when the outline itself held; else null. */
  readonly changedTasks: readonly string[] | null;
}

export function outline(cache: RowCache, plan: Plan, isCollapsed: (id: TaskId) => boolean): Outline {
  const previous = cache.outline;
  const changed: string[] = [];
  if (previous && previous.isCollapsed === isCollapsed && sameOutline(previous.tasks, previous.taskCount, plan.tasks, changed)) {
    cache.outline = { ...previous, tasks: plan.tasks };
    return { entries: previous.rows, changedTasks: changed };
  }
  // From the outline the task table keeps for this plan (fullOutline): a view switch walks it once.
  const rows = visibleOutline(fullOutline(plan.tasks), isCollapsed);
  cache.outline = { tasks: plan.tasks, taskCount: Object.keys(plan.tasks).length, isCollapsed, rows };
  return { entries: rows, changedTasks: null };
}

/**
 * Whether figures read afresh on this build give the row it already shows: makeRow (gantt-rows.ts)
 * reads from them only these values (the finish no earlier than the start), so equal values make an
 * equal row.
 */
function sameFigures(r: GanttRow, scheduled: boolean, s: ChartFigures | undefined): boolean {
  if (!s || !scheduled) return !s && !scheduled;
  return r.startMinutes === s.startMinutes && r.finishMinutes === Math.max(s.startMinutes, s.finishMinutes) && r.durationMinutes === s.durationMinutes
    && r.percentComplete === s.percentComplete && r.isCritical === s.isCritical && r.totalSlackMinutes === s.totalSlackMinutes && r.isLate === s.isLate;
}

// Positional, so the common case (nothing changed) allocates no inputs object per row. Whatever
// makeRow copies into the row unchanged is compared with the row itself.
export function sameInputs(
  last: LastBuild, at: number, task: Task, entry: OutlineEntry, index: number, schedule: ChartFigures | undefined,
  span: readonly [number, number] | undefined, base: BaselineTask | undefined, resourceId: string | null, calendarId: CalendarId | null,
  phase: Phase | null, phaseId: PhaseId | null,
): boolean {
  const r = last.rows[at];
  const made = last.madeFrom;
  if (!r || made.tasks[at] !== task || made.bases?.[at] !== base) return false;
  const keptSpan = made.spans?.[at];
  return r.index === index && r.wbs === entry.wbs && r.depth === entry.depth && r.hasChildren === entry.hasChildren
    && r.phase === phase && r.phaseId === phaseId && r.resourceId === resourceId && r.calendarId === calendarId
    && keptSpan?.[0] === span?.[0] && keptSpan?.[1] === span?.[1] && sameFigures(r, made.scheduled[at] === 1, schedule);
}

export function firstOf(made: MadeFrom, count: number): MadeFrom {
  return {
    tasks: made.tasks.slice(0, count), spans: made.spans?.slice(0, count) ?? null, bases: made.bases?.slice(0, count) ?? null, scheduled: made.scheduled.slice(0, count),
  };
}

const NO_ENTRIES: readonly OutlineEntry[] = [];

/**
 * Row index by task id for the last buildRows() with this cache: the same map object for as
 * long as the outline holds, so an edit does not rebuild a 10,000-entry map (nor re-render the
 * layers that take it). With nothing collapsed it is the map the Predecessors column numbers by.
 */
export function rowIndexById(cache: RowCache): ReadonlyMap<string, number> {
  return outlineIndexOf(cache.outline?.rows ?? NO_ENTRIES);
}
