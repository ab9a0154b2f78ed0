/**
 * Dragging a bar apart, as MS Project's Split Task does: press on the bar where the work should
 * stop and drag right to where it should resume. The instants become a splitTask command's
 * arguments: work done before the press point, and the working time dragged over, both on the
 * task's calendar and rounded to whole days of the project (the chart's smallest useful step).
 */
import type { WorkingCalendar } from '../../domain/calendar';
import type { Task } from '../../domain/model';
import { workSegments } from '../../domain/schedule';

export interface SplitArgs {
  readonly afterWorkMinutes: number;
  readonly gapMinutes: number;
}

/**
 * The split a drag from `from` to `to` (wall minutes) asks for on a task whose bar starts at
 * `start`; null when it does not cut the work (pressed in a gap or past the ends, or too short).
 */
export function splitForDrag(
  task: Pick<Task, 'splits' | 'durationMinutes'>, cal: WorkingCalendar, start: number, from: number, to: number, minutesPerDay: number,
): SplitArgs | null {
  const round = (minutes: number): number => Math.round(minutes / minutesPerDay) * minutesPerDay;
  let done = 0;
  for (const piece of workSegments(task, start, cal)) {
    if (from >= piece.finish) {
      done += piece.workMinutes;
      continue;
    }
    if (from < piece.start) return null;
    const afterWorkMinutes = round(done + cal.workingBetween(piece.start, from));
    const gapMinutes = round(cal.workingBetween(from, to));
    return afterWorkMinutes > 0 && afterWorkMinutes < task.durationMinutes && gapMinutes > 0 ? { afterWorkMinutes, gapMinutes } : null;
  }
  return null;
}
