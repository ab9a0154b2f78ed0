/**
 * MSPDI Calendars -> ProjectCalendar. A Calendar has WeekDays/WeekDay with DayType 1..7
 * (Sunday..Saturday), DayWorking and WorkingTimes; DayType 0 is a legacy (Project 2003) exception
 * over a TimePeriod. Project 2007+ also writes Exceptions/Exception with a recurrence Type:
 * 1 daily (every day of the period), 7 every Period days, 6 weekly (DaysOfWeek bit mask
 * 1 = Sunday .. 64 = Saturday), 4 monthly on MonthDay, 5 monthly on the MonthPosition-th
 * (0 = first .. 4 = last) MonthItem (3 = Sunday .. 9 = Saturday), 2 yearly on Month (0-based)
 * and MonthDay, 3 yearly on a position and weekday. When both forms are present, Exceptions wins.
 */
import type { CalendarId } from '../../model/ids';
import type { CalendarException, ExceptionRecurrence, ProjectCalendar, WorkInterval, WorkWeek } from '../../model/plan';
import { parseLocalDate, type LocalDate } from '../../model/time';
import { child, childrenNamed, childText, type XmlElement } from '../xml/xml-tree';
import { parseClock, parseNumber } from './mspdi-codes';

/** MS Project's default working day when DayWorking=1 has no WorkingTimes. */
const DEFAULT_INTERVALS: readonly WorkInterval[] = [{ startMinute: 480, endMinute: 720 }, { startMinute: 780, endMinute: 1020 }];

export interface CalendarsRead {
  readonly calendars: ProjectCalendar[];
  /** MSPDI Calendar UID -> Plotline id. */
  readonly byUid: ReadonlyMap<string, CalendarId>;
}

/** Reads every Calendar; ids come from newId in document order. */
export function readCalendars(project: XmlElement, newId: () => string, warnings: string[], offsets?: Map<string, number>): CalendarsRead {
  const elements = child(project, 'Calendars') ? childrenNamed(child(project, 'Calendars') as XmlElement, 'Calendar') : [];
  const byUid = new Map<string, CalendarId>();
  const drafts = elements.map((el) => {
    const id = newId() as CalendarId;
    const uid = childText(el, 'UID');
    if (uid !== undefined && !byUid.has(uid)) byUid.set(uid, id);
    offsets?.set(id, el.offset);
    return { el, id };
  });
  const weeks = new Map<CalendarId, { week: (WorkInterval[] | null)[]; base: CalendarId | null }>();
  const calendars = drafts.map(({ el, id }) => {
    const baseUid = childText(el, 'BaseCalendarUID');
    const base = baseUid !== undefined ? byUid.get(baseUid) ?? null : null;
    const days = readWeekDays(el);
    weeks.set(id, { week: days, base: base === id ? null : base });
    const hasNew = child(el, 'Exceptions') !== undefined;
    const exceptions = hasNew ? readExceptions(el, warnings) : readLegacyExceptions(el);
    if (child(el, 'WorkWeeks')) warnings.push(`Calendar '${childText(el, 'Name') ?? ''}': alternative work weeks (WorkWeeks) are not imported.`);
    return { id, name: childText(el, 'Name') ?? 'Calendar', baseCalendarId: base === id ? null : base, workWeek: null, exceptions } satisfies ProjectCalendar;
  });
  return { calendars: calendars.map((c) => ({ ...c, workWeek: resolveWeek(c.id, weeks) })), byUid };
}

/** A calendar's full week: its own days over its base's (recursively); null when it defines none. */
function resolveWeek(id: CalendarId, weeks: ReadonlyMap<CalendarId, { week: (WorkInterval[] | null)[]; base: CalendarId | null }>): WorkWeek | null {
  const own = weeks.get(id);
  if (!own) return null;
  if (own.base === null) return fullWeek(own.week) ?? fullWeek([null, [...DEFAULT_INTERVALS], null, null, null, null, null]);
  if (own.week.every((d) => d === null)) return null;
  const chain: (WorkInterval[] | null)[][] = [];
  const seen = new Set<CalendarId>();
  for (let at: CalendarId | null = id; at !== null && !seen.has(at); at = weeks.get(at)?.base ?? null) {
    seen.add(at);
    chain.push(weeks.get(at)?.week ?? []);
  }
  const merged = [0, 1, 2, 3, 4, 5, 6].map((day) => chain.map((w) => w[day]).find((d) => d !== null && d !== undefined) ?? null);
  return fullWeek(merged);
}

function fullWeek(days: readonly (WorkInterval[] | null)[] | undefined): WorkWeek | null {
  if (days === undefined || days.every((d) => d === null)) return null;
  const day = (i: number): WorkInterval[] => days[i] ?? (i === 0 || i === 6 ? [] : [...DEFAULT_INTERVALS]);
  return [day(0), day(1), day(2), day(3), day(4), day(5), day(6)];
}

/** DayType 1..7 -> index 0..6; null for days the calendar does not define. */
function readWeekDays(calendar: XmlElement): (WorkInterval[] | null)[] {
  const week: (WorkInterval[] | null)[] = [null, null, null, null, null, null, null];
  const weekDays = child(calendar, 'WeekDays');
  for (const day of weekDays ? childrenNamed(weekDays, 'WeekDay') : []) {
    const type = parseNumber(childText(day, 'DayType'));
    if (type === null || type < 1 || type > 7) continue;
    week[type - 1] = childText(day, 'DayWorking') === '1' ? readIntervals(day) : [];
  }
  return week;
}

/** WorkingTimes/WorkingTime From/To, sorted; DayWorking with no times gets MS Project's default day. */
export function readIntervals(parent: XmlElement): WorkInterval[] {
  const times = child(parent, 'WorkingTimes');
  const out: WorkInterval[] = [];
  for (const t of times ? childrenNamed(times, 'WorkingTime') : []) {
    const start = parseClock(childText(t, 'FromTime'), false);
    const end = parseClock(childText(t, 'ToTime'), true);
    if (start !== null && end !== null && end > start) out.push({ startMinute: start, endMinute: end });
  }
  return out.length > 0 ? out.sort((a, b) => a.startMinute - b.startMinute) : [...DEFAULT_INTERVALS];
}

function period(el: XmlElement): { from: LocalDate; to: LocalDate } | null {
  const tp = child(el, 'TimePeriod');
  const from = parseLocalDate((tp ? childText(tp, 'FromDate') : undefined)?.slice(0, 10) ?? '');
  const to = parseLocalDate((tp ? childText(tp, 'ToDate') : undefined)?.slice(0, 10) ?? '');
  return from !== null && to !== null && from <= to ? { from, to } : null;
}

/** Legacy exceptions: WeekDay with DayType 0 and a TimePeriod. */
function readLegacyExceptions(calendar: XmlElement): CalendarException[] {
  const weekDays = child(calendar, 'WeekDays');
  const out: CalendarException[] = [];
  for (const day of weekDays ? childrenNamed(weekDays, 'WeekDay') : []) {
    const range = childText(day, 'DayType') === '0' ? period(day) : null;
    if (range === null) continue;
    const isWorking = childText(day, 'DayWorking') === '1';
    out.push({ name: '', ...range, isWorking, intervals: isWorking ? readIntervals(day) : [], recurrence: null });
  }
  return out;
}

function readExceptions(calendar: XmlElement, warnings: string[]): CalendarException[] {
  const out: CalendarException[] = [];
  for (const el of childrenNamed(child(calendar, 'Exceptions') as XmlElement, 'Exception')) {
    const range = period(el);
    if (range === null) continue;
    const name = childText(el, 'Name') ?? '';
    const isWorking = childText(el, 'DayWorking') === '1';
    const recurrence = readRecurrence(el);
    if (recurrence === undefined) warnings.push(`Calendar exception '${name}': its recurrence is not supported; it applies to every day of its period.`);
    out.push({ name, ...range, isWorking, intervals: isWorking ? readIntervals(el) : [], recurrence: recurrence ?? null });
  }
  return out;
}

/** Exception recurrence (see the file comment); undefined when the pattern is not representable. */
function readRecurrence(el: XmlElement): ExceptionRecurrence | null | undefined {
  const n = (name: string): number | null => parseNumber(childText(el, name));
  const every = Math.max(1, Math.min(1000, n('Period') ?? 1));
  const week = Math.min(5, (n('MonthPosition') ?? 0) + 1);
  const weekday = (n('MonthItem') ?? 3) - 3;
  const month = (n('Month') ?? 0) + 1;
  const day = n('MonthDay') ?? 1;
  const okWeekday = weekday >= 0 && weekday <= 6;
  const okMonth = month >= 1 && month <= 12 && day >= 1 && day <= 31;
  switch (n('Type') ?? 1) {
    case 1: return null;
    case 7: return { kind: 'daily', every };
    case 6: return { kind: 'weekly', every, weekdays: [0, 1, 2, 3, 4, 5, 6].filter((d) => ((n('DaysOfWeek') ?? 0) & (1 << d)) !== 0) };
    case 4: return day >= 1 && day <= 31 ? { kind: 'monthly-day', every, day } : undefined;
    case 5: return okWeekday ? { kind: 'monthly-weekday', every, week, weekday } : undefined;
    case 2: return okMonth ? { kind: 'yearly-date', month, day } : undefined;
    case 3: return okWeekday && okMonth ? { kind: 'yearly-weekday', month, week, weekday } : undefined;
    default: return undefined;
  }
}
