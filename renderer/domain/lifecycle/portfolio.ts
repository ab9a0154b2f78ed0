/**
 * Several projects seen together: each one's finish against its baseline, and one pool of people
 * whose load is summed across projects. A person is the same person in two plans when their
 * email matches, else their name (case and spacing ignored): plans travel as files, so there is
 * no shared id to rely on.
 */
import { compileCalendars, localDateOfDay, type CalendarSet, type WorkingCalendar } from '../calendar';
import { toWallMinutes, type Baseline, type LocalDate, type LocalDateTime, type Plan, type Resource } from '../model';
import { capacityOfCalendar, dailyLoads, tasksOnDay, type DailyLoad } from '../schedule/resource-load';
import type { ScheduleResult } from '../schedule';

export interface PortfolioProject {
  readonly plan: Plan;
  readonly schedule: ScheduleResult;
}

/** Over-allocation tolerance in minutes, the same as a single plan's (rounding of fractional units). */
const EPSILON = 0.5;

/** The pool identity of a person: their email, else their name, normalised. */
export function poolKey(resource: Pick<Resource, 'email' | 'name'>): string {
  const email = resource.email.trim().toLowerCase();
  return email !== '' ? `email:${email}` : `name:${resource.name.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

export interface Booking {
  readonly projectName: string;
  readonly workMinutes: number;
  readonly taskNames: readonly string[];
}

export interface PooledPerson {
  readonly key: string;
  readonly name: string;
  /** Projects the person has work in, by name, alphabetically (the same whichever project is open). */
  readonly projectNames: readonly string[];
  /** Days on which the summed work across projects exceeds the person's capacity. */
  readonly overAllocatedDays: readonly LocalDate[];
  /** Projects in which the person is over-allocated on their own. */
  readonly overAllocatedWithin: readonly string[];
  /** What competes on the first over-allocated day; empty when none. */
  readonly firstOverBookings: readonly Booking[];
}

interface PersonLoad {
  readonly resource: Resource;
  readonly project: PortfolioProject;
  readonly load: DailyLoad;
  readonly cals: CalendarSet;
  /** The person's calendar in this plan and their units: capacityOn's inputs, looked up once. */
  readonly calendar: WorkingCalendar;
  readonly units: number;
}

function loadsByPerson(projects: readonly PortfolioProject[]): Map<string, PersonLoad[]> {
  const byPerson = new Map<string, PersonLoad[]>();
  for (const project of projects) {
    const cals = compileCalendars(project.plan);
    for (const [resourceId, load] of dailyLoads(project.plan, project.schedule, cals)) {
      const resource = project.plan.resources[resourceId];
      if (!resource) continue;
      const key = poolKey(resource);
      const personLoad: PersonLoad = { resource, project, load, cals, calendar: cals.forResource(resource), units: Math.max(0, resource.maxUnits) };
      const known = byPerson.get(key);
      if (known) known.push(personLoad);
      else byPerson.set(key, [personLoad]);
    }
  }
  return byPerson;
}

/**
 * Whether a person's summed work on a day exceeds their capacity, which is the largest any of
 * their plans gives them. The plans describe one person, so they should agree; when they do not,
 * the generous reading flags only real conflicts rather than a calendar one plan forgot to update.
 * Stops at the first plan with room: nearly every day of nearly every person stops at the first,
 * which spares the portfolio ~20 calendar reads per person-day (the bench's 20 projects).
 */
function exceedsCapacity(loads: readonly PersonLoad[], day: number, work: number): boolean {
  if (work <= EPSILON) return false;
  for (const l of loads) if (work <= capacityOfCalendar(l.calendar, l.units, day) + EPSILON) return false;
  return true;
}

/** Whether the person is over-allocated in this one plan (overAllocatedDays is non-empty), stopping at the first such day. */
function isOverAllocatedWithin(l: PersonLoad): boolean {
  for (const [day, work] of l.load.work) if (work > capacityOfCalendar(l.calendar, l.units, day) + EPSILON) return true;
  return false;
}

function bookingsOn(loads: readonly PersonLoad[], day: number): Booking[] {
  return loads.flatMap((l) => {
    const work = l.load.work.get(day) ?? 0;
    if (work <= 0) return [];
    const ids = [...new Set(tasksOnDay(l.load, day))];
    return [{ projectName: l.project.plan.project.name, workMinutes: Math.round(work), taskNames: ids.map((id) => l.project.plan.tasks[id]?.name ?? id) }];
  }).sort((a, b) => a.projectName.localeCompare(b.projectName));
}

function pooledPerson(key: string, loads: readonly PersonLoad[]): PooledPerson {
  // Work summed per day in one pass over each plan's days (in plan order, as the sum always was).
  const workByDay = new Map<number, number>();
  for (const l of loads) for (const [day, work] of l.load.work) workByDay.set(day, (workByDay.get(day) ?? 0) + work);
  const over = [...workByDay].filter(([day, work]) => exceedsCapacity(loads, day, work)).map(([day]) => day).sort((a, b) => a - b);
  const first = over[0];
  return {
    key,
    name: loads[0]?.resource.name ?? key,
    projectNames: [...new Set(loads.map((l) => l.project.plan.project.name))].sort((a, b) => a.localeCompare(b)),
    overAllocatedDays: over.map(localDateOfDay),
    overAllocatedWithin: loads.filter(isOverAllocatedWithin).map((l) => l.project.plan.project.name),
    firstOverBookings: first === undefined ? [] : bookingsOn(loads, first),
  };
}

/** Every person with work in any of the projects, pooled by `poolKey`, sorted by name. */
export function crossProjectLoad(projects: readonly PortfolioProject[]): PooledPerson[] {
  return [...loadsByPerson(projects)]
    .map(([key, loads]) => pooledPerson(key, loads))
    .sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key));
}

export interface ProjectSummary {
  readonly name: string;
  readonly start: LocalDateTime;
  readonly finish: LocalDateTime;
  /** The latest finish in Baseline (number 0); null when the plan has none. */
  readonly baselineFinish: LocalDateTime | null;
  /** Working days the finish moved past the baseline's (negative = earlier); null without a baseline. */
  readonly slipDays: number | null;
  readonly milestones: readonly { readonly name: string; readonly finish: LocalDateTime }[];
}

function latestBaselineFinish(baseline: Baseline | undefined): LocalDateTime | null {
  const finishes = Object.values(baseline?.tasks ?? {}).map((t) => t.finish).sort();
  return finishes[finishes.length - 1] ?? null;
}

/** One line of the portfolio per project: its dates, its slip against Baseline, its milestones. */
export function summarizeProject({ plan, schedule }: PortfolioProject): ProjectSummary {
  const baselineFinish = latestBaselineFinish(Object.values(plan.baselines).find((b) => b.number === 0));
  const calendar = compileCalendars(plan).project;
  const finish = toWallMinutes(schedule.projectFinish);
  const slipMinutes = baselineFinish === null ? null
    : finish >= toWallMinutes(baselineFinish) ? calendar.workingBetween(toWallMinutes(baselineFinish), finish)
      : -calendar.workingBetween(finish, toWallMinutes(baselineFinish));
  const milestones = [...schedule.tasks].filter(([, s]) => s.isMilestone)
    .map(([id, s]) => ({ name: plan.tasks[id]?.name ?? id, finish: s.finish }))
    .sort((a, b) => a.finish.localeCompare(b.finish));
  return {
    name: plan.project.name,
    start: schedule.projectStart,
    finish: schedule.projectFinish,
    baselineFinish,
    slipDays: slipMinutes === null ? null : Math.round((slipMinutes / plan.project.minutesPerDay) * 10) / 10,
    milestones,
  };
}

