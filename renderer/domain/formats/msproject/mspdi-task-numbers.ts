/**
 * The UID and ID each task gets in an MSPDI export. A plan that came from MSPDI keeps its
 * author's numbers (extra.mspdiUid / extra.mspdiId), so MS Project users find rows and links by
 * the numbers they know. UIDs are identities: an author's UID is kept when it is unique, and tasks
 * without one take numbers above the largest. IDs are row numbers in display order: the author's
 * are kept when every task has one and they still rise down the outline, else rows are renumbered
 * 1..n (as MS Project itself renumbers after an insert).
 */
import type { OutlineRow } from '../../model/outline';

export interface TaskNumbers {
  readonly uid: ReadonlyMap<string, number>;
  readonly id: ReadonlyMap<string, number>;
}

const wholePositive = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null);

export function taskNumbers(rows: readonly OutlineRow[]): TaskNumbers {
  const uid = new Map<string, number>();
  const taken = new Set<number>();
  for (const { task } of rows) {
    const kept = wholePositive(task.extra?.mspdiUid);
    if (kept !== null && !taken.has(kept)) {
      uid.set(task.id, kept);
      taken.add(kept);
    }
  }
  let next = Math.max(0, ...taken) + 1;
  for (const { task } of rows) if (!uid.has(task.id)) uid.set(task.id, next++);
  const authorIds = rows.map((r) => wholePositive(r.task.extra?.mspdiId));
  const isRising = authorIds.every((n, i) => n !== null && (i === 0 || n > (authorIds[i - 1] ?? 0)));
  const id = new Map(rows.map((r, i) => [r.task.id, isRising ? authorIds[i] ?? i + 1 : i + 1]));
  return { uid, id };
}
