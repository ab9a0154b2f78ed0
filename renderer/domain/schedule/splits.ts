/**
 * Where a split task's pieces of work fall. Task.splits counts in working minutes of the task's
 * calendar (see model/plan.ts), so the pieces follow the task wherever the engine places it: the
 * first piece starts at the task's start, each gap skips its working minutes, and the last piece
 * ends at the task's finish. Used by the Gantt (one bar per piece) and the MSPDI writer.
 */
import type { WorkingCalendar } from '../calendar';
import { parseWall } from '../calendar';
import type { LocalDateTime, Task, TaskSplit, WallMinutes } from '../model';

/** One piece of work, in wall minutes: start at a working start, finish at the end of work. */
export interface WorkSegment {
  readonly start: WallMinutes;
  readonly finish: WallMinutes;
  /** Working minutes of the task's duration done in this piece. */
  readonly workMinutes: number;
}

/** What effectiveSplits gives every task without splits; frozen, so no caller can add to it. */
const NO_SPLITS: readonly TaskSplit[] = Object.freeze([]);

/** The splits that interrupt the work (inside the duration, with a gap), in order. */
export function effectiveSplits(splits: readonly TaskSplit[] | undefined, durationMinutes: number): readonly TaskSplit[] {
  // Most tasks have none: no arrays for them (a 10,000-row Gantt build asks for every task).
  if (!splits || splits.length === 0) return NO_SPLITS;
  return splits
    .filter((s) => s.afterWorkMinutes > 0 && s.afterWorkMinutes < durationMinutes && s.gapMinutes > 0)
    .sort((a, b) => a.afterWorkMinutes - b.afterWorkMinutes);
}

/** The pieces of a task that starts at `start` on `cal`; one piece when it has no split. */
export function workSegments(task: Pick<Task, 'splits' | 'durationMinutes'>, start: LocalDateTime | WallMinutes, cal: WorkingCalendar): WorkSegment[] {
  const wall = typeof start === 'number' ? start : parseWall(start);
  const first = cal.ordinalOf(wall);
  const out: WorkSegment[] = [];
  let done = 0;
  let at = first;
  for (const split of effectiveSplits(task.splits, task.durationMinutes)) {
    const length = split.afterWorkMinutes - done;
    out.push({ start: out.length === 0 ? wall : cal.startAt(at), finish: cal.finishAt(at + length), workMinutes: length });
    at += length + split.gapMinutes;
    done = split.afterWorkMinutes;
  }
  const rest = task.durationMinutes - done;
  out.push({ start: out.length === 0 ? wall : cal.startAt(at), finish: cal.finishAt(at + rest), workMinutes: rest });
  return out;
}
