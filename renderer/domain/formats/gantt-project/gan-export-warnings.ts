/**
 * What a plan holds that a GanttProject file cannot, one sentence per kind with its count, for
 * the export's warnings (the app's message and `plotline convert`'s stderr). The plan's larger
 * parts a .gan has no place for at all (risks, stakeholders...) are named by the caller, as for
 * the other formats.
 */
import type { Plan, Task } from '../../model/plan';
import { DEFAULT_DAY } from '../../model/factories';
import { addDays, weekdayOf } from '../../model/time';
import { MAX_EXCEPTION_DAYS, type GanDayCalendar } from './gan-write-parts';

const FIVE_LEVELS = new Set([100, 300, 500, 700, 900]);

const count = <T>(items: readonly T[], test: (item: T) => boolean): number => items.reduce((n, item) => (test(item) ? n + 1 : n), 0);

/** Minute of the day of a LocalDateTime ("2026-03-02T13:30" -> 810). */
const minuteOf = (value: string): number => Number(value.slice(11, 13)) * 60 + Number(value.slice(14, 16));

export function ganExportWarnings(plan: Plan, days: GanDayCalendar): string[] {
  const tasks = Object.values(plan.tasks);
  const perDay = plan.project.minutesPerDay;
  // GanttProject days start where the project's working day starts (the reader puts tasks at 09:00).
  const dayStart = (t: Task): number => Math.min(...(days.week[weekdayOf(t.start)] ?? DEFAULT_DAY).map((i) => i.startMinute), 24 * 60);
  const links = Object.values(plan.links);
  const people = Object.values(plan.resources);
  const personCalendars = new Set(people.map((r) => r.calendarId));
  const costed = fixedCostsNotWritten(plan);
  const rows: [number, string][] = [
    [count(tasks, (t) => t.kind !== 'milestone' && (t.durationMinutes % perDay !== 0 || minuteOf(t.start) !== dayStart(t))),
      'task(s) start or last part of a working day; GanttProject counts whole days, so they were written rounded to days'],
    [count(tasks, (t) => t.schedulingMode === 'manual'), 'manually scheduled task(s) (GanttProject schedules every task from its start and links)'],
    [count(tasks, (t) => t.constraint.type !== 'ASAP' && t.constraint.type !== 'SNET'), 'date constraint(s) other than start-no-earlier-than (GanttProject keeps a task no earlier than its start only)'],
    [count(tasks, (t) => t.deadline !== null), 'deadline(s)'],
    [count(tasks, (t) => t.durationIsElapsed === true || (t.splits?.length ?? 0) > 0 || (t.levelingDelayMinutes ?? 0) > 0), 'elapsed duration(s), split(s) or leveling delay(s)'],
    [count(tasks, (t) => t.calendarId !== null), 'task calendar(s)'],
    [count(tasks, (t) => t.actualStart !== null || t.actualFinish !== null || (t.actualCost ?? null) !== null || (t.actualWorkMinutes ?? null) !== null), 'task(s) with actual dates, work or cost (GanttProject keeps % complete only)'],
    [count(tasks, (t) => !FIVE_LEVELS.has(t.priority)), "priorit(ies) rounded to GanttProject's five levels"],
    [count(tasks, (t) => t.tags.length > 0 || t.phase !== null || t.budget !== undefined || t.estimate !== undefined), 'task(s) with tags, a phase, a budget or a three-point estimate'],
    [count(links, (l) => l.lagIsElapsed || l.lagMinutes % perDay !== 0), 'link lag(s) not in whole working days, written rounded to days'],
    [count(days.week, (d) => d.length > 0 && !sameHours(d)), 'day(s) of the week with working hours other than 09:00-17:00 (GanttProject has whole working days)'],
    [count(days.calendar?.exceptions ?? [], (e) => (e.recurrence !== null && (e.recurrence.kind !== 'yearly-date' || e.isWorking)) || (e.recurrence === null && addDays(e.from, MAX_EXCEPTION_DAYS) <= e.to)),
      'calendar exception(s) repeating other than yearly on a date, or longer than a year'],
    [count(Object.values(plan.calendars), (c) => c.id !== plan.project.calendarId && c.id !== days.calendar?.baseCalendarId && (!personCalendars.has(c.id) || c.workWeek !== null || c.exceptions.some((e) => e.isWorking || e.recurrence !== null))),
      'calendar(s) other than the project calendar and people\'s days off'],
    [count(people, (r) => r.type !== 'work' || r.maxUnits !== 1 || r.overtimeCostPerHour > 0 || r.costPerUse > 0 || (r.rateChanges?.length ?? 0) > 0),
      'person/resource setting(s) (material or cost type, max units, overtime, per-use cost, rate changes)'],
    [count(Object.values(plan.assignments), (a) => a.workMinutes !== null || (a.costAmount ?? 0) > 0 || (a.actualWorkMinutes ?? null) !== null || (a.actualCost ?? null) !== null), 'assignment(s) with their own work or cost'],
    [count(Object.values(plan.baselines), (b) => Object.values(b.tasks).some((row) => row.workMinutes > 0 || row.cost > 0)), 'baseline(s) with work or cost (GanttProject keeps dates)'],
    [costed.size, 'fixed cost(s) on summaries or tasks with people (GanttProject\'s manual cost would replace the cost of their people)'],
  ];
  return rows.filter(([n]) => n > 0).map(([n, what]) => `not written to .gan: ${String(n)} ${what}.`);
}

function sameHours(day: readonly { startMinute: number; endMinute: number }[]): boolean {
  return day.length === DEFAULT_DAY.length && day.every((i, k) => i.startMinute === DEFAULT_DAY[k]?.startMinute && i.endMinute === DEFAULT_DAY[k]?.endMinute);
}

/**
 * Tasks whose fixed cost .gan cannot hold: on a summary or a task with people, GanttProject's
 * manual cost replaces the cost it computes (gan-drops.ts manualFixedCost), so it is not written.
 */
export function fixedCostsNotWritten(plan: Plan): ReadonlySet<string> {
  const staffed = new Set(Object.values(plan.assignments).map((a) => a.taskId));
  const parents = new Set(Object.values(plan.tasks).map((t) => t.parentId));
  return new Set(Object.values(plan.tasks).filter((t) => (t.fixedCost ?? 0) > 0 && (staffed.has(t.id) || parents.has(t.id))).map((t) => t.id));
}
