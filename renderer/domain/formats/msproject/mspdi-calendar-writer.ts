/**
 * ProjectCalendar -> MSPDI Calendar, in the XSD's element order: UID, Name, IsBaseCalendar,
 * BaseCalendarUID, WeekDays (DayType 1..7 = Sunday..Saturday; non-recurring exceptions also as
 * legacy DayType 0 entries for Project 2003 and other old readers), Exceptions (Project 2007+
 * form, with recurrence; the codes are documented in mspdi-calendars.ts).
 */
import type { CalendarException, ExceptionRecurrence, ProjectCalendar, WorkInterval } from '../../model/plan';
import type { XmlWriter } from '../xml/xml-writer';
import { formatClock } from './mspdi-codes';

export function writeCalendar(w: XmlWriter, calendar: ProjectCalendar, uid: number, baseUid: number | null): void {
  w.open('Calendar').leaf('UID', uid).leaf('Name', calendar.name).leaf('IsBaseCalendar', baseUid === null ? 1 : 0);
  w.leaf('BaseCalendarUID', baseUid ?? -1);
  const legacy = calendar.exceptions.filter((e) => e.recurrence === null);
  if (calendar.workWeek !== null || legacy.length > 0) {
    w.open('WeekDays');
    calendar.workWeek?.forEach((day, index) => writeDay(w, index + 1, day));
    for (const e of legacy) {
      w.open('WeekDay').leaf('DayType', 0).leaf('DayWorking', e.isWorking ? 1 : 0);
      writePeriod(w, e);
      if (e.isWorking) writeTimes(w, e.intervals);
      w.close('WeekDay');
    }
    w.close('WeekDays');
  }
  if (calendar.exceptions.length > 0) {
    w.open('Exceptions');
    for (const e of calendar.exceptions) writeException(w, e);
    w.close('Exceptions');
  }
  w.close('Calendar');
}

function writeDay(w: XmlWriter, dayType: number, intervals: readonly WorkInterval[]): void {
  w.open('WeekDay').leaf('DayType', dayType).leaf('DayWorking', intervals.length > 0 ? 1 : 0);
  if (intervals.length > 0) writeTimes(w, intervals);
  w.close('WeekDay');
}

function writeTimes(w: XmlWriter, intervals: readonly WorkInterval[]): void {
  w.open('WorkingTimes');
  for (const i of intervals) {
    w.open('WorkingTime').leaf('FromTime', formatClock(i.startMinute)).leaf('ToTime', formatClock(i.endMinute)).close('WorkingTime');
  }
  w.close('WorkingTimes');
}

function writePeriod(w: XmlWriter, e: CalendarException): void {
  w.open('TimePeriod').leaf('FromDate', `${e.from}T00:00:00`).leaf('ToDate', `${e.to}T23:59:00`).close('TimePeriod');
}

function writeException(w: XmlWriter, e: CalendarException): void {
  w.open('Exception').leaf('EnteredByOccurrences', 0);
  writePeriod(w, e);
  w.leaf('Name', e.name);
  writeRecurrence(w, e.recurrence);
  w.leaf('DayWorking', e.isWorking ? 1 : 0);
  if (e.isWorking) writeTimes(w, e.intervals);
  w.close('Exception');
}

/** Type, Period, DaysOfWeek, MonthItem, MonthPosition, Month, MonthDay in schema order. */
function writeRecurrence(w: XmlWriter, r: ExceptionRecurrence | null): void {
  if (r === null) {
    w.leaf('Type', 1);
    return;
  }
  switch (r.kind) {
    case 'daily': w.leaf('Type', 7).leaf('Period', r.every); return;
    case 'weekly': w.leaf('Type', 6).leaf('Period', r.every).leaf('DaysOfWeek', r.weekdays.reduce((m, d) => m | (1 << d), 0)); return;
    case 'monthly-day': w.leaf('Type', 4).leaf('Period', r.every).leaf('MonthDay', r.day); return;
    case 'monthly-weekday': w.leaf('Type', 5).leaf('Period', r.every).leaf('MonthItem', r.weekday + 3).leaf('MonthPosition', r.week - 1); return;
    case 'yearly-date': w.leaf('Type', 2).leaf('Month', r.month - 1).leaf('MonthDay', r.day); return;
    case 'yearly-weekday': w.leaf('Type', 3).leaf('MonthItem', r.weekday + 3).leaf('MonthPosition', r.week - 1).leaf('Month', r.month - 1); return;
    default: {
      const never: never = r;
      return never;
    }
  }
}
