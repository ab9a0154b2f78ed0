/**
 * Several projects seen together: each one's finish against its baseline, and one pool of people
 * whose load is summed across projects. A person is the same person in two plans when their
 * email matches, else their name (case and spacing ignored): plans travel as files, so there is
 * no shared id to rely on.
 */
import { compileCalendars, localDateOfDay, type CalendarSet } from '../calendar';
import { toWallMinutes, type Baseline, type LocalDate, type LocalDateTime, type Plan, type Resource } from '../model';
import { capacityOn, dailyLoads, overAllocatedDays, type DailyLoad } from '../schedule/resource-load';
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
}

function loadsByPerson(projects: readonly PortfolioProject[]): Map<string, PersonLoad[]> {
  const byPerson = new Map<string, PersonLoad[]>();
  for (const project of projects) {
    const cals = compileCalendars(project.plan);
    for (const [resourceId, load] of dailyLoads(project.plan, project.schedule, cals)) {
      const resource = project.plan.resources[resourceId];
      if (!resource) continue;
      const key = poolKey(resource);
      byPerson.set(key, [...(byPerson.get(key) ?? []), { resource, project, load, cals }]);
    }
  }
  return byPerson;
}

/**
 * A person's capacity on a day: the largest any of their plans gives them. The plans describe
 * one person, so they should agree; when they do not, the generous reading flags only real
 * conflicts rather than a calendar one plan forgot to update.
 */
function capacity(loads: readonly PersonLoad[], day: number): number {
  return Math.max(0, ...loads.map((l) => capacityOn(l.resource, l.cals, day)));
}

function bookingsOn(loads: readonly PersonLoad[], day: number): Booking[] {
  return loads.flatMap((l) => {
    const work = l.load.work.get(day) ?? 0;
    if (work <= 0) return [];
    const ids = [...new Set(l.load.tasks.get(day) ?? [])];
    return [{ projectName: l.project.plan.project.name, workMinutes: Math.round(work), taskNames: ids.map((id) => l.project.plan.tasks[id]?.name ?? id) }];
  }).sort((a, b) => a.projectName.localeCompare(b.projectName));
}

function pooledPerson(key: string, loads: readonly PersonLoad[]): PooledPerson {
  const days = [...new Set(loads.flatMap((l) => [...l.load.work.keys()]))].sort((a, b) => a - b);
  const over = days.filter((day) => loads.reduce((sum, l) => sum + (l.load.work.get(day) ?? 0), 0) > capacity(loads, day) + EPSILON);
  const first = over[0];
  return {
    key,
    name: loads[0]?.resource.name ?? key,
    projectNames: [...new Set(loads.map((l) => l.project.plan.project.name))].sort((a, b) => a.localeCompare(b)),
    overAllocatedDays: over.map(localDateOfDay),
    overAllocatedWithin: loads.filter((l) => overAllocatedDays(l.resource, l.load, l.cals).length > 0).map((l) => l.project.plan.project.name),
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

