/**
 * The CSV's and workbook's Actual start and Actual finish columns (MS Project's "Actual Start" and
 * "Actual Finish"): when a started or done task began and ended. Without them a re-imported plan
 * schedules its started and done tasks from their links, as if nothing had happened yet.
 *
 * A cell that does not hold a usable actual date costs the task that date only, never its row: the
 * task's name, duration, links and people are as real as ever, and the schedule still has a place
 * for it. Each such cell is a warning naming its row and column, as Board order's are.
 */
import type { LocalDateTime } from '../../model/time';

/** A row's actual date cell: its text, and what it read as (a date, nothing, or why it is no date). */
export interface ActualCell {
  readonly text: string;
  readonly read: LocalDateTime | null | { readonly error: string };
}

export interface ActualDates {
  readonly actualStart: LocalDateTime | null;
  readonly actualFinish: LocalDateTime | null;
  /** One per cell left out, with its place ("row 4, column 10 (Actual finish)") and what the task keeps. */
  readonly warnings: readonly string[];
}

/**
 * The actual dates a row's cells give its task. An actual start that is no date, or a date outside
 * the years a plan holds, is left out, and so is any actual finish with it: a task cannot have
 * finished without having started. An actual finish with no actual start, or one before it, is
 * left out and the actual start kept. `place` names a cell as every per-cell message does.
 */
export function readActualDates(
  start: ActualCell, finish: ActualCell, place: (field: 'actualStart' | 'actualFinish') => string,
): ActualDates {
  const warnings: string[] = [];
  const startRead = start.read;
  const finishRead = finish.read;
  if (startRead !== null && typeof startRead === 'object') {
    const also = finish.text === '' ? '' : ' or finish';
    warnings.push(`${withoutStop(startRead.error)}; the task is read without an actual start${also}.`);
    return { actualStart: null, actualFinish: null, warnings };
  }
  if (finishRead !== null && typeof finishRead === 'object') {
    warnings.push(`${withoutStop(finishRead.error)}; the task is read without an actual finish.`);
    return { actualStart: startRead, actualFinish: null, warnings };
  }
  if (finishRead !== null && startRead === null) {
    warnings.push(`${place('actualFinish')}: '${finish.text}' is an actual finish without an actual start; type the task's Actual start too. The task is read as not started.`);
    return { actualStart: null, actualFinish: null, warnings };
  }
  if (finishRead !== null && startRead !== null && finishRead < startRead) {
    warnings.push(`${place('actualFinish')}: '${finish.text}' is before the actual start ('${start.text}'); the task is read as started, not finished.`);
    return { actualStart: startRead, actualFinish: null, warnings };
  }
  return { actualStart: startRead, actualFinish: finishRead, warnings };
}

const withoutStop = (message: string): string => message.replace(/\.$/, '');
