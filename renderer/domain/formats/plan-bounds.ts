/**
 * The documented bounds of every number and date a plan may hold. The scheduler compiles
 * calendars between 1900 and about 2250 (calendar/working-calendar.ts), so a value outside these
 * bounds either cannot be scheduled or pushes tasks to the horizon; the gate (admit.ts) refuses
 * it with its path instead, before anything is stored.
 */
import type { Plan } from '../model/plan';
import { formatPath } from './validate';

/** Plans are dated between these years (inclusive). */
export const MIN_PLAN_YEAR = 1900;
export const MAX_PLAN_YEAR = 2200;
/** A duration, leveling delay or lag: 20 years of round-the-clock minutes (10,519,200). */
export const MAX_SPAN_MINUTES = 20 * 365.25 * 24 * 60;
/** Work of one assignment or baseline: 100 people working a MAX_SPAN (about 1e9 minutes). */
export const MAX_WORK_MINUTES = 100 * MAX_SPAN_MINUTES;
/** Assignment units and a resource's max units: 1000 = 100,000 %. */
export const MAX_UNITS = 1000;
/** Rates per hour and per use, costs and cost impacts, in the plan's currency. */
export const MAX_MONEY = 1e12;
/** Outline levels below the top (MS Project allows far fewer); keeps WBS text and every walk small. */
export const MAX_OUTLINE_DEPTH = 100;

export interface BoundProblem {
  readonly where: string;
  readonly message: string;
}

type Path = readonly (string | number)[];

/** Whether an ISO date or date-time ('2301-01-05T09:00') falls in the years plans hold. */
export const isYearWithin = (value: string): boolean => {
  const year = Number(value.slice(0, 4));
  return year >= MIN_PLAN_YEAR && year <= MAX_PLAN_YEAR;
};
const isNumberWithin = (value: number, min: number, max: number): boolean => Number.isFinite(value) && value >= min && value <= max;

function yearProblem(value: string, where: Path): BoundProblem {
  const side = Number(value.slice(0, 4)) < MIN_PLAN_YEAR ? `before ${String(MIN_PLAN_YEAR)}` : `after ${String(MAX_PLAN_YEAR)}`;
  return {
    where: formatPath(where),
    message: `${value.replace('T', ' ')} is ${side}; Plotline plans dates from ${String(MIN_PLAN_YEAR)} to ${String(MAX_PLAN_YEAR)}`,
  };
}

function numberProblem(value: number, min: number, max: number, where: Path): BoundProblem {
  return { where: formatPath(where), message: `${String(value)} is outside ${String(min)} to ${String(Math.round(max))}` };
}

/** A bounded field of an entity (`path`: nested for a constraint's date): a date, or a number from min to max. */
type FieldBound = { readonly path: readonly string[]; readonly isDate: true } | { readonly path: readonly string[]; readonly isDate: false; readonly min: number; readonly max: number };
const date = (...path: string[]): FieldBound => ({ path, isDate: true });
const number = (min: number, max: number, ...path: string[]): FieldBound => ({ path, isDate: false, min, max });
const SPAN = [0, MAX_SPAN_MINUTES] as const;
const LAG = [-MAX_SPAN_MINUTES, MAX_SPAN_MINUTES] as const;
const MONEY = [-MAX_MONEY, MAX_MONEY] as const;

/** Each kind of entity's bounded fields, in the order they are checked (the first problem is the one reported). */
const BOUNDS = {
  task: [
    date('start'), date('finish'), date('constraint', 'date'), date('deadline'), date('actualStart'), date('actualFinish'),
    number(...SPAN, 'durationMinutes'), number(...SPAN, 'levelingDelayMinutes'),
  ],
  project: [date('start'), date('statusDate')],
  link: [number(...LAG, 'lagMinutes')],
  resource: [number(0, MAX_UNITS, 'maxUnits'), number(...MONEY, 'costPerHour'), number(...MONEY, 'overtimeCostPerHour'), number(...MONEY, 'costPerUse')],
  assignment: [number(0, MAX_UNITS, 'units'), number(0, MAX_WORK_MINUTES, 'workMinutes')],
  baselineTask: [date('start'), date('finish'), number(...SPAN, 'durationMinutes'), number(0, MAX_WORK_MINUTES, 'workMinutes'), number(...MONEY, 'cost')],
  change: [number(...LAG, 'scheduleImpactMinutes'), number(...MONEY, 'costImpact')],
  risk: [date('raisedOn'), date('reviewOn')],
} satisfies Record<string, readonly FieldBound[]>;

/**
 * The first of `bounds` that `entity` breaks, with its path under `at`. Values are read and
 * compared in a plain loop; a path is built only for a problem. (Written as generators of
 * closures, three per task, the check of a 10,000-task file took ~31 ms in Chromium's import
 * worker, cold, where this loop takes a few.)
 */
function entityProblem(entity: object, bounds: readonly FieldBound[], at: Path, key?: string): BoundProblem | null {
  for (const bound of bounds) {
    let value: unknown = entity;
    for (const field of bound.path) value = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[field];
    if (value === null || value === undefined) continue;
    if (bound.isDate ? isYearWithin(value as string) : isNumberWithin(value as number, bound.min, bound.max)) continue;
    const where = key === undefined ? [...at, ...bound.path] : [...at, key, ...bound.path];
    return bound.isDate ? yearProblem(value as string, where) : numberProblem(value as number, bound.min, bound.max, where);
  }
  return null;
}

function recordProblem(record: Readonly<Record<string, object>>, bounds: readonly FieldBound[], at: Path): BoundProblem | null {
  for (const key in record) {
    const entity = record[key];
    const problem = entity === undefined ? null : entityProblem(entity, bounds, at, key);
    if (problem) return problem;
  }
  return null;
}

/** The first value of a plan outside its bounds, with its path; null when all are within. */
export function firstBoundProblem(plan: Plan): BoundProblem | null {
  return recordProblem(plan.tasks, BOUNDS.task, ['tasks'])
    ?? entityProblem(plan.project, BOUNDS.project, ['project'])
    ?? recordProblem(plan.links, BOUNDS.link, ['links'])
    ?? recordProblem(plan.resources, BOUNDS.resource, ['resources'])
    ?? recordProblem(plan.assignments, BOUNDS.assignment, ['assignments'])
    ?? baselineProblem(plan)
    ?? recordProblem(plan.changes, BOUNDS.change, ['changes'])
    ?? recordProblem(plan.risks, BOUNDS.risk, ['risks']);
}

function baselineProblem(plan: Plan): BoundProblem | null {
  for (const key in plan.baselines) {
    const baseline = plan.baselines[key];
    const problem = baseline === undefined ? null : recordProblem(baseline.tasks, BOUNDS.baselineTask, ['baselines', key, 'tasks']);
    if (problem) return problem;
  }
  return null;
}
