/**
 * The parts of a .gan file around the task tree (see gan-writer.ts and, for the reading side,
 * gan-reader.ts / gan-calendar.ts):
 * - <calendars>: default-week (1 = weekend, 0 = working) from the project calendar's week, and a
 *   <date year month date type="HOLIDAY|WORKING_DAY">name</date> per exception day; a yearly
 *   holiday on a fixed date is written once without a year, as GanttProject does.
 * - <resources><resource id name function contacts phone><rate name="standard" value=per day>:
 *   the role is a default role (Default:0 none, Default:1 project manager) or one of <roles>;
 *   the rate per day is 8 x the hourly rate (the reader divides by 8).
 * - <allocations><allocation task-id resource-id load="%">, <vacations><vacation start end
 *   resourceid>: a person's calendar's non-working days.
 * - <previous><previous-tasks name><previous-task id start duration meeting super>: baselines.
 */
import type { LocalDate, LocalDateTime } from '../../model/time';
import { addDays, dateOf, weekdayOf } from '../../model/time';
import type { CalendarException, Plan, ProjectCalendar, WorkWeek } from '../../model/plan';
import { standardWorkWeek } from '../../model/factories';
import type { XmlWriter } from '../xml/xml-writer';

const DAY_ATTRS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const DEFAULT_ROLES: Readonly<Record<string, string>> = { '': 'Default:0', 'Project manager': 'Default:1' };
/** Longest exception written day by day; longer ones are cut there (and named in the warnings). */
export const MAX_EXCEPTION_DAYS = 366;

/** The project calendar as whole days: which days work, and where a start belongs. */
export interface GanDayCalendar {
  readonly calendar: ProjectCalendar | undefined;
  readonly week: WorkWeek;
  /** A start's date as GanttProject shows it: at or after the end of its working day, the next working day. */
  readonly startDate: (start: LocalDateTime) => LocalDate;
}

export function ganDayCalendar(plan: Plan): GanDayCalendar {
  const calendar = plan.calendars[plan.project.calendarId];
  const base = calendar?.baseCalendarId ? plan.calendars[calendar.baseCalendarId] : undefined;
  const week = calendar?.workWeek ?? base?.workWeek ?? standardWorkWeek();
  const closed = new Set<string>();
  for (const e of calendar?.exceptions ?? []) {
    if (e.isWorking || e.recurrence !== null) continue;
    for (const day of exceptionDays(e)) closed.add(day);
  }
  const isWorking = (date: LocalDate): boolean => (week[weekdayOf(date)]?.length ?? 0) > 0 && !closed.has(date);
  const dayEnd = (date: LocalDate): number => Math.max(0, ...(week[weekdayOf(date)] ?? []).map((i) => i.endMinute));
  return {
    calendar, week,
    startDate: (start) => {
      let date = dateOf(start);
      const minute = Number(start.slice(11, 13)) * 60 + Number(start.slice(14, 16));
      if (isWorking(date) && minute < dayEnd(date)) return date;
      // A week without working days would never end the walk: the date itself is then as good as any.
      if (week.every((d) => d.length === 0)) return date;
      for (let guard = 0; guard < 3660; guard++) {
        date = addDays(date, 1);
        if (isWorking(date)) return date;
      }
      return dateOf(start);
    },
  };
}

/** The days of a one-off exception, at most MAX_EXCEPTION_DAYS of them. */
export function exceptionDays(e: CalendarException): LocalDate[] {
  const out: LocalDate[] = [];
  for (let day = e.from; day <= e.to && out.length < MAX_EXCEPTION_DAYS; day = addDays(day, 1)) out.push(day);
  return out;
}

/** Whole working days, at least one for a task that takes any time (GanttProject counts days). */
export function workingDays(minutes: number, minutesPerDay: number): number {
  return minutes <= 0 ? 0 : Math.max(1, Math.ceil(minutes / minutesPerDay - 1e-9));
}

export function writeCalendars(w: XmlWriter, days: GanDayCalendar): void {
  w.open('calendars').open('day-types').empty('day-type', { id: '0' }).empty('day-type', { id: '1' });
  const flags = Object.fromEntries(DAY_ATTRS.map((name, i) => [name, (days.week[i]?.length ?? 0) > 0 ? '0' : '1']));
  w.empty('default-week', { id: '1', name: 'default', ...flags });
  w.empty('only-show-weekends', { value: 'false' }).empty('overriden-day-types').empty('days').close('day-types');
  for (const e of days.calendar?.exceptions ?? []) writeException(w, e);
  w.close('calendars');
}

function writeException(w: XmlWriter, e: CalendarException): void {
  const type = e.isWorking ? 'WORKING_DAY' : 'HOLIDAY';
  if (e.recurrence?.kind === 'yearly-date' && !e.isWorking) {
    w.leaf('date', e.name, { month: String(e.recurrence.month), date: String(e.recurrence.day), type });
    return;
  }
  if (e.recurrence !== null) return;
  for (const day of exceptionDays(e)) {
    w.leaf('date', e.name, { year: String(Number(day.slice(0, 4))), month: String(Number(day.slice(5, 7))), date: String(Number(day.slice(8, 10))), type });
  }
}

/** Resources, allocations, vacations, baselines (<previous>) and the custom roles, in GanttProject's order. */
export function writePeople(w: XmlWriter, plan: Plan, taskIds: ReadonlyMap<string, string>): void {
  const people = Object.values(plan.resources);
  const personIds = new Map(people.map((r, i) => [r.id, String(i)]));
  const roles = new Map<string, string>();
  for (const r of people) if (DEFAULT_ROLES[r.role] === undefined && !roles.has(r.role)) roles.set(r.role, String(roles.size + 1));
  w.open('resources');
  for (const r of people) {
    const phone = typeof r.extra?.phone === 'string' ? r.extra.phone : '';
    const attributes = { id: personIds.get(r.id) ?? '', name: r.name, function: DEFAULT_ROLES[r.role] ?? roles.get(r.role) ?? 'Default:0', contacts: r.email, phone };
    if (r.costPerHour <= 0) {
      w.empty('resource', attributes);
      continue;
    }
    w.open('resource', attributes).empty('rate', { name: 'standard', value: String(r.costPerHour * 8) }).close('resource');
  }
  w.close('resources').open('allocations');
  for (const a of Object.values(plan.assignments)) {
    const task = taskIds.get(a.taskId);
    const person = personIds.get(a.resourceId);
    if (task === undefined || person === undefined) continue;
    w.empty('allocation', { 'task-id': task, 'resource-id': person, function: 'Default:0', responsible: 'false', load: String(a.units * 100) });
  }
  w.close('allocations').open('vacations');
  for (const r of people) {
    const calendar = r.calendarId === null ? undefined : plan.calendars[r.calendarId];
    for (const e of calendar?.exceptions ?? []) {
      if (!e.isWorking && e.recurrence === null) w.empty('vacation', { start: e.from, end: e.to, resourceid: personIds.get(r.id) ?? '' });
    }
  }
  w.close('vacations');
  writeBaselineSets(w, plan, taskIds);
  if (roles.size > 0) {
    w.open('roles');
    for (const [name, id] of roles) w.empty('role', { id, name });
    w.close('roles');
  }
}

/** <previous>: the baselines in number order, each task's start and duration in days. */
function writeBaselineSets(w: XmlWriter, plan: Plan, taskIds: ReadonlyMap<string, string>): void {
  const baselines = Object.values(plan.baselines).sort((a, b) => a.number - b.number);
  if (baselines.length === 0) {
    w.empty('previous');
    return;
  }
  const hasChildren = new Set<string>(Object.values(plan.tasks).flatMap((t) => (t.parentId === null ? [] : [t.parentId])));
  w.open('previous');
  for (const b of baselines) {
    w.open('previous-tasks', { name: b.name });
    for (const [taskId, row] of Object.entries(b.tasks)) {
      const id = taskIds.get(taskId);
      if (id === undefined) continue;
      w.empty('previous-task', {
        id, start: dateOf(row.start), duration: String(workingDays(row.durationMinutes, plan.project.minutesPerDay)),
        meeting: row.durationMinutes === 0 ? 'true' : 'false', super: hasChildren.has(taskId) ? 'true' : 'false',
      });
    }
    w.close('previous-tasks');
  }
  w.close('previous');
}
