/**
 * Durations in a diff as the plans show them: "2d → 3d", not the stored "960 → 1440" working
 * minutes. Each side reads in its own plan's day length (an MS Project copy may keep 7.5 h days)
 * and its own elapsed flag ("3ed" is three calendar days, not a working day and a half).
 */
import { formatDuration, type Plan } from '../model';
import type { DiffCollection, EntityChange, ValueTexts } from './types';

/** Whether a field's minutes are calendar time on this entity; absent: always working time. */
type ElapsedOf = (plan: Plan, id: string) => boolean;

const WORKING: ElapsedOf = () => false;

/** The fields that store a duration in minutes, by collection, and where their elapsed flag lives. */
const DURATION_FIELDS: Readonly<Partial<Record<DiffCollection, Readonly<Record<string, ElapsedOf>>>>> = {
  tasks: {
    durationMinutes: (plan, id) => plan.tasks[id]?.durationIsElapsed === true,
    actualWorkMinutes: WORKING,
    levelingDelayMinutes: WORKING,
  },
  links: { lagMinutes: (plan, id) => plan.links[id]?.lagIsElapsed === true },
  assignments: { workMinutes: WORKING, actualWorkMinutes: WORKING },
};

type ChangeLike = Pick<EntityChange, 'key' | 'collection' | 'id' | 'op' | 'field' | 'before' | 'after'>;

/**
 * A stored duration as plan `plan` shows it ("3d", "2ed"), when `field` of `collection` is one
 * and the value a number; undefined otherwise (null: "from the duration", left to showValue).
 */
export function durationInPlan(collection: DiffCollection, field: string | undefined, id: string, value: unknown, plan: Plan): string | undefined {
  const elapsedOf = field === undefined ? undefined : DURATION_FIELDS[collection]?.[field];
  if (!elapsedOf || typeof value !== 'number') return undefined;
  return formatDuration(value, plan.project, elapsedOf(plan, id));
}

/**
 * The texts of the changes that are durations (by change key): `before` in plan `a`, `after` in
 * plan `b`, both in `a`'s id space.
 */
export function durationTexts(changes: readonly ChangeLike[], a: Plan, b: Plan): Record<string, ValueTexts> {
  const texts: Record<string, ValueTexts> = {};
  for (const c of changes) {
    if (c.op !== 'update') continue;
    const before = durationInPlan(c.collection, c.field, c.id, c.before, a);
    const after = durationInPlan(c.collection, c.field, c.id, c.after, b);
    if (before !== undefined || after !== undefined) texts[c.key] = { ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) };
  }
  return texts;
}
