/**
 * When to write an automatic snapshot. Pure, so the timing rules are tested without timers:
 * only after an edit since the last snapshot, and while editing at most every few minutes; on a
 * project switch, when the page is hidden (the app may be closing) or the window closes, at once.
 */
export type SnapshotTrigger = 'timer' | 'switch' | 'hidden' | 'closing';

/** A few minutes of editing between timed snapshots. */
export const SNAPSHOT_INTERVAL_MS = 3 * 60_000;
/** How often the timer looks; well under the interval so a snapshot is at most this late. */
export const SNAPSHOT_TICK_MS = 30_000;

export interface SnapshotMark {
  /** Session revision of the plan last snapshotted (or opened: an unedited plan needs none). */
  readonly revision: number;
  readonly atMs: number;
}

export function isSnapshotDue(trigger: SnapshotTrigger, revision: number, last: SnapshotMark, nowMs: number, intervalMs = SNAPSHOT_INTERVAL_MS): boolean {
  if (revision === last.revision) return false;
  switch (trigger) {
    case 'timer': return nowMs - last.atMs >= intervalMs;
    case 'switch':
    case 'hidden':
    case 'closing': return true;
    default: {
      const never: never = trigger;
      return never;
    }
  }
}
