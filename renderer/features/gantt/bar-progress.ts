/**
 * Where a bar's done work ends, on the task's calendar: 50 % of a 2-day task that runs over a
 * weekend ends after its first day, not halfway across the bar. When the rest resumes after the
 * status date (forward-pass.ts remainingAfterStatus), the bar is drawn in two pieces with the gap
 * between, as MS Project draws it. Pure, for the row model (gantt-rows.ts).
 */
import { statusInstant, type WorkingCalendar } from '../../domain/calendar';
import type { LocalDate, TaskKind } from '../../domain/model';

/** A bar's pieces of work; null for one worked in one piece. */
export type BarPieces = readonly { readonly startMinutes: number; readonly finishMinutes: number }[] | null;

export interface BarSpan {
  readonly kind: TaskKind;
  readonly start: number;
  readonly finish: number;
  /** Working minutes, as the engine reports them. */
  readonly duration: number;
  readonly percent: number;
  /** Clock time ("2ed"): done work is that share of the bar. */
  readonly isElapsed: boolean;
  /** Manually scheduled: its dates are as typed, never moved past the status date. */
  readonly isManual: boolean;
}

/**
 * The minute the done work ends, and the bar's pieces: `pieces` as given (a task split by hand),
 * or two when the remaining work resumes after `statusDate`. `calendar` is asked for only when
 * working time must be counted (a task partly done).
 */
export function barProgress(span: BarSpan, pieces: BarPieces, calendar: () => WorkingCalendar, statusDate: LocalDate | null): { progressMinutes: number; segments: BarPieces } {
  const { start, finish, duration, percent } = span;
  if (percent <= 0 || span.kind === 'milestone') return { progressMinutes: start, segments: pieces };
  if (percent >= 100) return { progressMinutes: finish, segments: pieces };
  if (span.kind === 'summary' || span.isElapsed || duration <= 0) return { progressMinutes: start + ((finish - start) * percent) / 100, segments: pieces };
  const cal = calendar();
  let done = Math.round((duration * percent) / 100);
  if (pieces) {
    for (const piece of pieces) {
      const work = cal.workingBetween(piece.startMinutes, piece.finishMinutes);
      if (done <= work) return { progressMinutes: cal.addWorking(piece.startMinutes, done), segments: pieces };
      done -= work;
    }
    return { progressMinutes: finish, segments: pieces };
  }
  const doneUntil = cal.addWorking(start, done);
  if (statusDate !== null && !span.isManual) {
    const status = statusInstant(statusDate);
    const resume = cal.subtractWorking(finish, duration - done);
    if (doneUntil <= status && resume >= status && cal.workingBetween(doneUntil, resume) > 0) {
      return { progressMinutes: doneUntil, segments: [{ startMinutes: start, finishMinutes: doneUntil }, { startMinutes: resume, finishMinutes: finish }] };
    }
  }
  return { progressMinutes: Math.min(doneUntil, finish), segments: pieces };
}
