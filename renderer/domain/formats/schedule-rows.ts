/**
 * The schedule as a table a script can read: one row per task in outline order, naming each task
 * the way its author's tool did (the UID and ID an imported file gave it) where Plotline kept them.
 */
import { outlineRows } from '../model/outline';
import type { Plan, Task } from '../model/plan';
import type { ScheduleResult } from '../schedule/types';

export interface ScheduleRow {
  /** The author's UID (MS Project UID, GanttProject id) when imported, else Plotline's task id. */
  readonly uid: string;
  /** The author's row ID when imported from MS Project, else the row number in outline order. */
  readonly id: number;
  readonly wbs: string;
  readonly name: string;
  /** ISO 8601 local date-time with seconds, e.g. 2026-03-02T09:00:00. */
  readonly start: string;
  readonly finish: string;
  readonly totalSlackMinutes: number;
  readonly isCritical: boolean;
}

/** Keys in Task.extra where importers keep the author's identifiers. */
export const AUTHOR_UID_KEYS = ['mspdiUid', 'ganId'] as const;

/** The author's UID for a task, when its file gave one. */
export function authorUid(task: Task): string | null {
  for (const key of AUTHOR_UID_KEYS) {
    const value = task.extra?.[key];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  return null;
}

/** 'YYYY-MM-DDTHH:mm' gains ':00'; a value that already has seconds is kept as it is. */
export function withSeconds(value: string): string {
  return value.length === 16 ? `${value}:00` : value;
}

export function scheduleRows(plan: Plan, schedule: Pick<ScheduleResult, 'tasks'>): ScheduleRow[] {
  return outlineRows(plan.tasks).map((row, index) => {
    const task = row.task;
    const dates = schedule.tasks.get(task.id);
    const authorId = task.extra?.mspdiId;
    return {
      uid: authorUid(task) ?? task.id,
      id: typeof authorId === 'number' ? authorId : index + 1,
      wbs: row.wbs,
      name: task.name,
      start: withSeconds(dates?.start ?? task.start),
      finish: withSeconds(dates?.finish ?? task.finish),
      totalSlackMinutes: dates?.totalSlackMinutes ?? 0,
      isCritical: dates?.isCritical ?? false,
    };
  });
}
