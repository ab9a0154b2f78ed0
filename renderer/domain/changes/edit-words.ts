/**
 * A proposed edit in words a reviewer reads: what it changes and to what ("task 'Build backend':
 * duration 20d"), beside the command's own label ("Change duration"), which names only the kind
 * of edit, so a request read after it was approved says what it did. Read from the edit's
 * arguments against a plan holding what they name (the live plan); null when they name nothing
 * it holds (a task the proposal itself adds, say).
 */
import { entityLabel, fieldInWords, showValue } from '../diff/describe';
import { durationInPlan } from '../diff/duration-texts';
import { isRecord } from '../formats/safe-json';
import { PLAN_COLLECTIONS, type Plan, type PlanCollection, type ProposedEdit } from '../model';

/** Arguments that steer a command rather than change a field. */
const NOT_FIELDS = new Set(['id', 'typedField']);
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

export function proposedEditInWords(plan: Plan, edit: ProposedEdit): string | null {
  const args = edit.args;
  if (!isRecord(args) || typeof args['id'] !== 'string') return null;
  const id = args['id'];
  const subject = subjectOf(plan, id);
  if (!subject) return null;
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
