/**
 * Compiles a plan's calendars on demand and keeps them, so every task on the project calendar
 * shares one compiled calendar (and its per-day cache) during a scheduling pass.
 */
import type { CalendarId, Plan, Project, ProjectCalendar, Resource } from '../model';
import { dayOfLocalDate, MINUTES_PER_DAY } from './civil';
import { calendarChain, weekPatterns } from './day-rules';
import { compileChain, type WorkingCalendar } from './working-calendar';

export interface CalendarSet {
  /** The project calendar (the standard calendar when the plan's id dangles). */
  readonly project: WorkingCalendar;
  /** The calendar with this id (ELAPSED_CALENDAR_ID: the 24 × 7 one); the project calendar for null or an unknown id. */
  get(id: CalendarId | null): WorkingCalendar;
  /** A resource's own calendar, or the project calendar. */
  forResource(resource: Resource): WorkingCalendar;
  /** Round the clock, every day: what tasks with elapsed durations are scheduled on. */
  readonly elapsed: WorkingCalendar;
}

/**
 * What a plan's calendars compile from: its calendars and the project's calendar and start. A
 * plan is one; so is the portfolio's digest of a plan, which keeps these and not the tasks.
 */
export interface CalendarSource {
  readonly project: Pick<Project, 'calendarId' | 'start'>;
  readonly calendars: Plan['calendars'];
}

/** Not a plan calendar: the id cannot collide with a user's (ids are UUIDs or imported names). */
export const ELAPSED_CALENDAR_ID = '(elapsed)' as CalendarId;

const ALL_DAY = [{ startMinute: 0, endMinute: MINUTES_PER_DAY }];
const ELAPSED_CALENDAR: ProjectCalendar = {
  id: ELAPSED_CALENDAR_ID,
  name: 'Elapsed time (24 × 7)',
  baseCalendarId: null,
  workWeek: [ALL_DAY, ALL_DAY, ALL_DAY, ALL_DAY, ALL_DAY, ALL_DAY, ALL_DAY],
  exceptions: [],
};

/**
 * Compiles one calendar of the plan, resolving its base chain. An unknown id compiles the
 * default Mon-Fri 09:00-17:00 week so callers always get working time to compute with.
 */
export function compileCalendar(plan: CalendarSource, calendarId: CalendarId): WorkingCalendar {
  const chain = calendarChain(plan, calendarId);
  const { patterns, isDegenerate } = weekPatterns(chain);
  return compileChain(chain, patterns, isDegenerate, dayOfLocalDate(plan.project.start));
}

/** A lazily filled set of the plan's compiled calendars. */
export function compileCalendars(plan: CalendarSource): CalendarSet {
  const compiled = new Map<string, WorkingCalendar>();
  let elapsed: WorkingCalendar | null = null;
  const elapsedCalendar = (): WorkingCalendar => {
    elapsed ??= compileChain([ELAPSED_CALENDAR], weekPatterns([ELAPSED_CALENDAR]).patterns, false, dayOfLocalDate(plan.project.start));
    return elapsed;
  };
  const get = (id: CalendarId | null): WorkingCalendar => {
    if (id === ELAPSED_CALENDAR_ID) return elapsedCalendar();
    const key = id !== null && plan.calendars[id] ? id : plan.project.calendarId;
    let cal = compiled.get(key);
    if (!cal) {
      cal = compileCalendar(plan, key);
      compiled.set(key, cal);
    }
    return cal;
  };
  return {
    project: get(plan.project.calendarId),
    get,
    forResource: (r) => get(r.calendarId),
    get elapsed() {
      return elapsedCalendar();
    },
  };
}

const sharedSets = new WeakMap<Plan['calendars'], { readonly calendarId: CalendarId; readonly day: number; readonly set: CalendarSet }>();

/**
 * The compiled calendars of the plan's calendars record, shared by every reader of that record:
 * the engine compiles them, and the Gantt's row model, reading the same plan a moment later,
 * took ~11 ms of a 10,000-task plan's first render to compile them again (CPU profile,
 * December 2026). A record is immutable, so its compiled set stays right while the project's
 * calendar and start day are the same.
 */
export function sharedCalendars(plan: CalendarSource): CalendarSet {
  const day = dayOfLocalDate(plan.project.start);
  const hit = sharedSets.get(plan.calendars);
  if (hit && hit.calendarId === plan.project.calendarId && hit.day === day) return hit.set;
  const set = compileCalendars(plan);
  sharedSets.set(plan.calendars, { calendarId: plan.project.calendarId, day, set });
  return set;
}
