/**
 * The Gantt's row model: the outline in display order joined with the schedule (when the engine
 * has produced one) and the chosen baseline. Pure, so it is tested without a DOM.
 */
import {
  outlineRows, toWallMinutes, type Baseline, type LocalDateTime, type Phase, type Plan, type TaskId, type TaskKind,
} from '../../domain/model';
import type { ScheduleResult, TaskSchedule } from '../../domain/schedule/types';

export interface GanttRow {
  readonly id: TaskId;
  readonly index: number;
  readonly wbs: string;
  readonly name: string;
  readonly depth: number;
  readonly kind: TaskKind;
  readonly hasChildren: boolean;
  readonly durationMinutes: number;
  readonly startMinutes: number;
  readonly finishMinutes: number;
  readonly percentComplete: number;
  readonly isCritical: boolean;
  readonly totalSlackMinutes: number;
  readonly isLate: boolean;
  readonly deadlineMinutes: number | null;
  readonly baseline: { readonly startMinutes: number; readonly finishMinutes: number } | null;
  readonly phase: Phase | null;
  readonly statusId: string;
  /** First assigned resource, for colour by resource. */
  readonly resourceId: string | null;
}

/** The session store holds `unknown` for the schedule; this recognises the engine's result. */
export function asSchedule(value: unknown): ScheduleResult | null {
  if (typeof value !== 'object' || value === null) return null;
  const tasks = (value as { tasks?: unknown }).tasks;
  return tasks instanceof Map ? (value as ScheduleResult) : null;
}

const minutes = (t: LocalDateTime): number => toWallMinutes(t);

function firstResources(plan: Plan): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of Object.values(plan.assignments)) if (!out.has(a.taskId)) out.set(a.taskId, a.resourceId);
  return out;
}

/** Summary dates from their children, for plans the engine has not scheduled yet. */
function rollUp(plan: Plan): Map<string, [number, number]> {
  const spans = new Map<string, [number, number]>();
  for (const task of Object.values(plan.tasks)) {
    if (task.kind === 'summary') continue;
    const s = minutes(task.start);
    const f = minutes(task.finish);
    const seen = new Set<string>();
    for (let p = task.parentId; p !== null && !seen.has(p); p = plan.tasks[p]?.parentId ?? null) {
      seen.add(p);
      const span = spans.get(p);
      spans.set(p, span ? [Math.min(span[0], s), Math.max(span[1], f)] : [s, f]);
    }
  }
  return spans;
}

export interface RowOptions {
  readonly isCollapsed: (id: TaskId) => boolean;
  readonly baseline: Baseline | null;
}

export function buildRows(plan: Plan, scheduleValue: unknown, options: RowOptions): GanttRow[] {
  const schedule = asSchedule(scheduleValue);
  const spans = schedule ? null : rollUp(plan);
  const resources = firstResources(plan);
  return outlineRows(plan.tasks, options.isCollapsed).map((row, index) => {
    const task = row.task;
    const s: TaskSchedule | undefined = schedule?.tasks.get(task.id);
    const span = spans?.get(task.id);
    const start = s ? minutes(s.start) : (span?.[0] ?? minutes(task.start));
    const finish = s ? minutes(s.finish) : (span?.[1] ?? minutes(task.finish));
    const deadline = task.deadline ? minutes(task.deadline) : null;
    const base = options.baseline?.tasks[task.id];
    return {
      id: task.id,
      index,
      wbs: row.wbs,
      name: task.name,
      depth: row.depth,
      kind: row.hasChildren ? 'summary' : task.kind,
      hasChildren: row.hasChildren,
      // Working minutes, as the engine and the task table report them (never finish - start).
      durationMinutes: s?.durationMinutes ?? task.durationMinutes,
      startMinutes: start,
      finishMinutes: Math.max(start, finish),
      percentComplete: s?.percentComplete ?? task.percentComplete,
      isCritical: s?.isCritical ?? false,
      totalSlackMinutes: s?.totalSlackMinutes ?? 0,
      isLate: s?.isLate ?? (deadline !== null && finish > deadline && task.percentComplete < 100),
      deadlineMinutes: deadline,
      baseline: base ? { startMinutes: minutes(base.start), finishMinutes: minutes(base.finish) } : null,
      phase: task.phase,
      statusId: task.statusId,
      resourceId: resources.get(task.id) ?? null,
    };
  });
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
