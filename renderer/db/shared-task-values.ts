/**
 * One object per distinct value that many stored tasks hold alike. JSON.parse gives each task its
 * own constraint object and its own empty tags array, though most tasks are ASAP and many share a
 * start-no-earlier-than day: 36 bytes a task, 0.36 MB of the flat 10,000-task Gantt's heap (heap
 * snapshot, bench -- gantt-peers, PEERS_HEAP=1, December 2026; that plan pins each task to one
 * of about 500 days). Plans are immutable (edits copy what they change through immer), so tasks
 * can share them; shared values are frozen so that a change made in place fails loudly instead
 * of reaching every task.
 */
import { shareDateTimes, sharedDateTimes } from './shared-dates';

const NO_TAGS: readonly string[] = Object.freeze([]);

/** The constraints read so far, by type and then date ('' for none). */
export type SharedConstraints = Map<string, Map<string, object>>;

export function sharedConstraints(): SharedConstraints {
  return new Map();
}

/** `{ type, date }` and nothing else, with a text type and a text or null date; else null. */
function constraintKey(value: unknown): [string, string] | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  let keys = 0;
  for (const key in record) {
    keys++;
    if (key !== 'type' && key !== 'date') return null;
  }
  const { type, date } = record;
  if (keys !== 2 || typeof type !== 'string' || (date !== null && (typeof date !== 'string' || date === ''))) return null;
  return [type, date ?? ''];
}

function sharedConstraint(value: object, type: string, date: string, shared: SharedConstraints): object {
  let byDate = shared.get(type);
  if (!byDate) shared.set(type, (byDate = new Map<string, object>()));
  const first = byDate.get(date);
  if (first) return first;
  byDate.set(date, Object.freeze(value));
  return value;
}

/**
 * Replaces, in place, each task's constraint by the first equal one `shared` has seen, and empty
 * tags by one shared array. `tasks` must be freshly parsed: nothing else holds it yet. Anything
 * not shaped as those values is left as stored, for the model checks to judge.
 */
export function shareCommonTaskValues(tasks: Record<string, unknown>, shared: SharedConstraints): void {
  for (const id in tasks) {
    const task = tasks[id];
    if (typeof task !== 'object' || task === null) continue;
    const record = task as Record<string, unknown>;
    const constraint = record['constraint'];
    const key = constraintKey(constraint);
    if (key) record['constraint'] = sharedConstraint(constraint as object, key[0], key[1], shared);
    const tags = record['tags'];
    if (Array.isArray(tags) && tags.length === 0) record['tags'] = NO_TAGS;
  }
}

/**
 * The same sharing for a whole plan freshly decoded from JSON: a file the import worker read
 * arrives as one JSON text (file-jobs.ts), with a string of its own for every date and an object
 * of its own for every constraint, as a stored row has. Without this, a plan opened from a file
 * held them until the project was next read from storage.
 */
export function shareRepeatedPlanValues(plan: unknown): void {
  if (typeof plan !== 'object' || plan === null) return;
  shareDateTimes(plan, sharedDateTimes());
  const tasks = (plan as Record<string, unknown>)['tasks'];
  if (typeof tasks === 'object' && tasks !== null && !Array.isArray(tasks)) shareCommonTaskValues(tasks as Record<string, unknown>, sharedConstraints());
}
