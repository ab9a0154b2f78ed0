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

function yearProblem(value: string | null | undefined, path: Path): BoundProblem | null {
  if (value === null || value === undefined) return null;
  const year = Number(value.slice(0, 4));
  if (year >= MIN_PLAN_YEAR && year <= MAX_PLAN_YEAR) return null;
  const side = year < MIN_PLAN_YEAR ? `before ${String(MIN_PLAN_YEAR)}` : `after ${String(MAX_PLAN_YEAR)}`;
  return {
    where: formatPath(path),
    message: `${value.replace('T', ' ')} is ${side}; Plotline plans dates from ${String(MIN_PLAN_YEAR)} to ${String(MAX_PLAN_YEAR)}`,
  };
}

function numberProblem(value: number | null | undefined, min: number, max: number, path: Path): BoundProblem | null {
  if (value === null || value === undefined) return null;
  if (Number.isFinite(value) && value >= min && value <= max) return null;
  return { where: formatPath(path), message: `${String(value)} is outside ${String(min)} to ${String(Math.round(max))}` };
}

/** The first value of a plan outside its bounds, with its path; null when all are within. */
export function firstBoundProblem(plan: Plan): BoundProblem | null {
  // Each check is made and run in turn: gathered into one array first, a 10,000-task plan's
  // 45,000 checks all lived at once, long enough to be copied out of V8's young generation.
  for (const checks of [taskChecks(plan), projectChecks(plan), linkChecks(plan), resourceChecks(plan), otherChecks(plan)]) {
    for (const check of checks) {
      const problem = check();
      if (problem) return problem;
    }
  }
  return null;
}

type Check = () => BoundProblem | null;

function* projectChecks(plan: Plan): Generator<Check> {
  yield () => yearProblem(plan.project.start, ['project', 'start']);
  yield () => yearProblem(plan.project.statusDate, ['project', 'statusDate']);
}

function* taskChecks(plan: Plan): Generator<Check> {
  for (const [key, t] of Object.entries(plan.tasks)) {
    const at = (field: string): Path => ['tasks', key, field];
    yield () => yearProblem(t.start, at('start')) ?? yearProblem(t.finish, at('finish'))
      ?? yearProblem(t.constraint.date, ['tasks', key, 'constraint', 'date']) ?? yearProblem(t.deadline, at('deadline'))
      ?? yearProblem(t.actualStart, at('actualStart')) ?? yearProblem(t.actualFinish, at('actualFinish'));
    yield () => numberProblem(t.durationMinutes, 0, MAX_SPAN_MINUTES, at('durationMinutes'))
      ?? numberProblem(t.levelingDelayMinutes, 0, MAX_SPAN_MINUTES, at('levelingDelayMinutes'));
  }
}

function* linkChecks(plan: Plan): Generator<Check> {
  for (const [key, l] of Object.entries(plan.links)) {
    yield () => numberProblem(l.lagMinutes, -MAX_SPAN_MINUTES, MAX_SPAN_MINUTES, ['links', key, 'lagMinutes']);
  }
}

function* resourceChecks(plan: Plan): Generator<Check> {
  for (const [key, r] of Object.entries(plan.resources)) {
    const at = (field: string): Path => ['resources', key, field];
    yield () => numberProblem(r.maxUnits, 0, MAX_UNITS, at('maxUnits'))
      ?? numberProblem(r.costPerHour, -MAX_MONEY, MAX_MONEY, at('costPerHour'))
      ?? numberProblem(r.overtimeCostPerHour, -MAX_MONEY, MAX_MONEY, at('overtimeCostPerHour'))
      ?? numberProblem(r.costPerUse, -MAX_MONEY, MAX_MONEY, at('costPerUse'));
  }
  for (const [key, a] of Object.entries(plan.assignments)) {
    yield () => numberProblem(a.units, 0, MAX_UNITS, ['assignments', key, 'units'])
      ?? numberProblem(a.workMinutes, 0, MAX_WORK_MINUTES, ['assignments', key, 'workMinutes']);
  }
}

function* otherChecks(plan: Plan): Generator<Check> {
  for (const [key, b] of Object.entries(plan.baselines)) {
    for (const [taskKey, bt] of Object.entries(b.tasks)) {
      const at = (field: string): Path => ['baselines', key, 'tasks', taskKey, field];
      yield () => yearProblem(bt.start, at('start')) ?? yearProblem(bt.finish, at('finish'))
        ?? numberProblem(bt.durationMinutes, 0, MAX_SPAN_MINUTES, at('durationMinutes'))
        ?? numberProblem(bt.workMinutes, 0, MAX_WORK_MINUTES, at('workMinutes'))
        ?? numberProblem(bt.cost, -MAX_MONEY, MAX_MONEY, at('cost'));
    }
  }
  for (const [key, c] of Object.entries(plan.changes)) {
    yield () => numberProblem(c.scheduleImpactMinutes, -MAX_SPAN_MINUTES, MAX_SPAN_MINUTES, ['changes', key, 'scheduleImpactMinutes'])
      ?? numberProblem(c.costImpact, -MAX_MONEY, MAX_MONEY, ['changes', key, 'costImpact']);
  }
  for (const [key, r] of Object.entries(plan.risks)) {
    yield () => yearProblem(r.raisedOn, ['risks', key, 'raisedOn']) ?? yearProblem(r.reviewOn, ['risks', key, 'reviewOn']);
  }
}
