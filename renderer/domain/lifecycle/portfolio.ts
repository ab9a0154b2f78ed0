/**
 * Several projects seen together: each one's finish against its baseline, and one pool of people
 * whose load is summed across projects. A person is the same person in two plans when their
 * email matches, else their name (case and spacing ignored): plans travel as files, so there is
 * no shared id to rely on.
 */
import { compileCalendars, localDateOfDay, type CalendarSet, type CalendarSource, type WorkingCalendar } from '../calendar';
import {
  toWallMinutes, type Baseline, type LocalDate, type LocalDateTime, type Plan, type ProjectId, type Resource, type TaskId,
} from '../model';
import { capacityOfCalendar, dailyLoads, tasksByDay, type DailyLoad } from '../schedule/resource-load';
import { projectHealth, type ProjectHealth } from '../report/build-report';
import type { ScheduleResult } from '../schedule';
import { namedPhaseWindows, type NamedPhaseWindow } from './phase-windows';

export interface PortfolioProject {
  readonly plan: Plan;
  readonly schedule: ScheduleResult;
}

/** Over-allocation tolerance in minutes, the same as a single plan's (rounding of fractional units). */
const EPSILON = 0.5;

/** A name as the pool compares it: case and spacing ignored. */
export const normalName = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();
/** An email as the pool compares it: case and surrounding spaces ignored. */
export const normalEmail = (email: string): string => email.trim().toLowerCase();

/** The pool identity of a person: their email, else their name, normalised. */
export function poolKey(resource: Pick<Resource, 'email' | 'name'>): string {
  const email = normalEmail(resource.email);
  return email !== '' ? `email:${email}` : `name:${normalName(resource.name)}`;
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

/**
 * One person's work in one project, as the portfolio needs it: work per day, which tasks make it,
 * and whether the project alone over-allocates them. Plain arrays of numbers, so a digest is cheap
 * to store and to read back (IndexedDB clones typed arrays as blocks of bytes).
 */
export interface PersonDigest {
  readonly key: string;
  readonly resource: Pick<Resource, 'name' | 'email' | 'calendarId' | 'maxUnits'>;
  /** Days (day numbers) with work, in the order work was spread, and the minutes of work on each. */
  readonly days: Int32Array;
  readonly minutes: Float64Array;
  /** The tasks with work on days[i] are taskRefs[taskStarts[i] .. taskStarts[i + 1]) (indexes into taskNames). */
  readonly taskStarts: Int32Array;
  readonly taskRefs: Int32Array;
  readonly isOverAllocatedWithin: boolean;
}

/**
 * Everything the portfolio shows of one project, computed from the scheduled plan once and kept
 * (see PortfolioDigestRow in the db): opening the portfolio then reads twenty small records
 * instead of reading and scheduling twenty plans. The calendars are kept so a person's capacity
 * can be asked on any day, including days only another project gives them work.
 */
export interface ProjectDigest {
  readonly projectId: ProjectId;
  readonly summary: ProjectSummary;
  readonly phases: readonly NamedPhaseWindow[];
  readonly calendars: CalendarSource;
  readonly people: readonly PersonDigest[];
  readonly taskNames: readonly string[];
}

/**
 * Bump when what a digest holds, or how a plan is scheduled or summarised, changes: stored
 * digests of another format are computed again from their plans.
 */
export const DIGEST_FORMAT = 2;

function personDigest(resource: Resource, load: DailyLoad, cals: CalendarSet, taskRef: (id: TaskId) => number): PersonDigest {
  const days = new Int32Array(load.work.size);
  const minutes = new Float64Array(load.work.size);
  const taskStarts = new Int32Array(load.work.size + 1);
  const byDay = tasksByDay(load);
  const refs: number[] = [];
  let i = 0;
  for (const [day, work] of load.work) {
    days[i] = day;
    minutes[i] = work;
    taskStarts[i] = refs.length;
    for (const id of byDay.get(day) ?? []) refs.push(taskRef(id));
    i++;
  }
  taskStarts[i] = refs.length;
  const calendar = cals.forResource(resource);
  const units = Math.max(0, resource.maxUnits);
  let isOver = false;
  for (const [day, work] of load.work) if (work > capacityOfCalendar(calendar, units, day) + EPSILON) { isOver = true; break; }
  return {
    key: poolKey(resource),
    resource: { name: resource.name, email: resource.email, calendarId: resource.calendarId, maxUnits: resource.maxUnits },
    days, minutes, taskStarts, taskRefs: Int32Array.from(refs), isOverAllocatedWithin: isOver,
  };
}

/**
 * A scheduled project's digest: its summary, phase bands and each person's work per day. `today`
 * is the status date of a plan that has none, as the Reports view reads it.
 */
export function digestProject(project: PortfolioProject, today: LocalDate): ProjectDigest {
  const { plan, schedule } = project;
  const cals = compileCalendars(plan);
  const taskNames: string[] = [];
  const refOf = new Map<TaskId, number>();
  const taskRef = (id: TaskId): number => {
    let ref = refOf.get(id);
    if (ref === undefined) {
      ref = taskNames.push(plan.tasks[id]?.name ?? id) - 1;
      refOf.set(id, ref);
    }
    return ref;
  };
  const people: PersonDigest[] = [];
  for (const [resourceId, load] of dailyLoads(plan, schedule, cals)) {
    const resource = plan.resources[resourceId];
    if (resource) people.push(personDigest(resource, load, cals, taskRef));
  }
  return {
    projectId: plan.project.id,
    summary: summarizeProject(project, today, cals),
    phases: namedPhaseWindows(plan, schedule),
    calendars: { project: { calendarId: plan.project.calendarId, start: plan.project.start }, calendars: plan.calendars },
    people,
    taskNames,
  };
}

interface PersonLoad {
  readonly person: PersonDigest;
  readonly project: ProjectDigest;
  /** The person's calendar in this plan and their units: capacityOn's inputs, looked up once. */
  readonly calendar: WorkingCalendar;
  readonly units: number;
}

function loadsByPerson(projects: readonly ProjectDigest[]): Map<string, PersonLoad[]> {
  const byPerson = new Map<string, PersonLoad[]>();
  for (const project of projects) {
    const cals = compileCalendars(project.calendars);
    for (const person of project.people) {
      const personLoad: PersonLoad = { person, project, calendar: cals.get(person.resource.calendarId), units: Math.max(0, person.resource.maxUnits) };
      const known = byPerson.get(person.key);
      if (known) known.push(personLoad);
      else byPerson.set(person.key, [personLoad]);
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

function bookingsOn(loads: readonly PersonLoad[], day: number): Booking[] {
  return loads.flatMap(({ person, project }) => {
    // Asked for one day per over-allocated person: a scan of their few hundred days is enough.
    const i = person.days.indexOf(day);
    const work = i < 0 ? 0 : person.minutes[i] ?? 0;
    if (work <= 0) return [];
    const refs = person.taskRefs.subarray(person.taskStarts[i] ?? 0, person.taskStarts[i + 1] ?? 0);
    return [{ projectName: project.summary.name, workMinutes: Math.round(work), taskNames: Array.from(refs, (ref) => project.taskNames[ref] ?? '') }];
  }).sort((a, b) => a.projectName.localeCompare(b.projectName));
}

function pooledPerson(key: string, loads: readonly PersonLoad[]): PooledPerson {
  // Work summed per day in one pass over each plan's days (in plan order, as the sum always was).
  const workByDay = new Map<number, number>();
  for (const { person } of loads) {
    for (let i = 0; i < person.days.length; i++) {
      const day = person.days[i] ?? 0;
      workByDay.set(day, (workByDay.get(day) ?? 0) + (person.minutes[i] ?? 0));
    }
  }
  const over = [...workByDay].filter(([day, work]) => exceedsCapacity(loads, day, work)).map(([day]) => day).sort((a, b) => a - b);
  const first = over[0];
  return {
    key,
    name: loads[0]?.person.resource.name ?? key,
    projectNames: [...new Set(loads.map((l) => l.project.summary.name))].sort((a, b) => a.localeCompare(b)),
    overAllocatedDays: over.map(localDateOfDay),
    overAllocatedWithin: loads.filter((l) => l.person.isOverAllocatedWithin).map((l) => l.project.summary.name),
    firstOverBookings: first === undefined ? [] : bookingsOn(loads, first),
  };
}

/** Every person with work in any of the projects, pooled by `poolKey`, sorted by name. */
export function crossProjectLoad(projects: readonly ProjectDigest[]): PooledPerson[] {
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
  /** What its status report says of it as a whole: colour per dimension with the reason, and % complete. */
  readonly health: ProjectHealth;
}

function latestBaselineFinish(baseline: Baseline | undefined): LocalDateTime | null {
  const finishes = Object.values(baseline?.tasks ?? {}).map((t) => t.finish).sort();
  return finishes[finishes.length - 1] ?? null;
}

/** One line of the portfolio per project: its dates, its slip against Baseline, its milestones, its health. */
export function summarizeProject({ plan, schedule }: PortfolioProject, today: LocalDate, cals: CalendarSet = compileCalendars(plan)): ProjectSummary {
  const baselineFinish = latestBaselineFinish(Object.values(plan.baselines).find((b) => b.number === 0));
  const calendar = cals.project;
  const finish = toWallMinutes(schedule.projectFinish);
  // workingBetween is signed: negative when the finish is before the baseline's.
  const slipMinutes = baselineFinish === null ? null : calendar.workingBetween(toWallMinutes(baselineFinish), finish);
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
    health: projectHealth(plan, { today, schedule }),
  };
}

