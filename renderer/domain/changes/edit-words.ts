/**
 * A proposed edit in words a reviewer reads: what it changes and to what ("task 'Build backend':
 * duration 20d"), beside the command's own label ("Change duration"), which names only the kind
 * of edit, so a request read after it was approved says what it did. Read from the edit's
 * arguments against the plans holding what they name (the live plan, the proposal's); null when
 * they name nothing those hold.
 */
import { entityLabel, fieldInWords, showValue } from '../diff/describe';
import { durationInPlan } from '../diff/duration-texts';
import { isRecord } from '../formats/safe-json';
import { PLAN_COLLECTIONS, type Plan, type PlanCollection, type ProposedEdit } from '../model';

/** Arguments that steer a command rather than change a field. */
const NOT_FIELDS = new Set(['id', 'taskId', 'typedField']);
/** Flags the grid sends along with the amount they qualify, which say something only when set ("8ed"). */
const COMPANION_FLAGS = new Set(['durationIsElapsed', 'lagIsElapsed']);
/** More fields than this read as "and N more": the list is one line in a side panel. */
const MOST_FIELDS = 3;

function subjectOf(plan: Plan, id: string): { collection: PlanCollection; entity: unknown } | null {
  for (const collection of PLAN_COLLECTIONS) {
    const entity = (plan[collection] as Readonly<Record<string, unknown>>)[id];
    if (entity !== undefined) return { collection, entity };
  }
  return null;
}

/**
 * `plan` and then `more` are searched for what the edit names, the first that holds it wins: the
 * live plan, then the plan as the proposal leaves it (a task the proposal itself adds is only there).
 */
export function proposedEditInWords(plan: Plan, edit: ProposedEdit, ...more: readonly Plan[]): string | null {
  const args = edit.args;
  if (!isRecord(args)) return null;
  // A new task has no id yet: its name says which ("Insert task — task 'Apple Pay integration'").
  if (edit.command === 'insertTask' && typeof args['name'] === 'string') return entityLabel('tasks', { name: args['name'] }, plan);
  // Most edits name their subject by id; those about a task's links or people by taskId.
  const id = typeof args['id'] === 'string' ? args['id'] : typeof args['taskId'] === 'string' ? args['taskId'] : null;
  if (id === null) return null;
  for (const holder of [plan, ...more]) {
    const subject = subjectOf(holder, id);
    if (subject) return inWords(holder, subject, id, args);
  }
  return null;
}

function inWords(plan: Plan, subject: { collection: PlanCollection; entity: unknown }, id: string, args: Readonly<Record<string, unknown>>): string {
  const changes = isRecord(args['changes']) ? args['changes'] : args;
  const fields = Object.entries(changes).filter(([field, value]) =>
    !NOT_FIELDS.has(field) && !(COMPANION_FLAGS.has(field) && value === false) && (value === null || typeof value !== 'object'));
  const words = fields.slice(0, MOST_FIELDS).map(([field, value]) => {
    if (typeof value === 'boolean') return value ? fieldInWords(field) : `not ${fieldInWords(field)}`;
    return `${fieldInWords(field)} ${durationInPlan(subject.collection, field, id, value, plan) ?? showValue(value)}`;
  });
  if (fields.length > MOST_FIELDS) words.push(`and ${String(fields.length - MOST_FIELDS)} more`);
  const what = entityLabel(subject.collection, subject.entity, plan);
  return words.length === 0 ? what : `${what}: ${words.join(', ')}`;
}
