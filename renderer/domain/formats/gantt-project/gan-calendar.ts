/**
 * GanttProject calendars: <calendars><day-types><default-week sun="1" mon="0" .../></day-types>
 * (1 = weekend, 0 = working) and <date year month date type="HOLIDAY">name</date> (no year = every
 * year). Working days count whole days in .gan files, so dates are placed on the project's
 * default working day (09:00-17:00).
 */
import type { CalendarException, WorkInterval, WorkWeek } from '../../model/plan';
import { DEFAULT_DAY } from '../../model/factories';
import { addDays, atTime, parseLocalDate, weekdayOf, type LocalDate, type LocalDateTime } from '../../model/time';
import { attr, child, childrenNamed, type XmlElement } from '../xml/xml-tree';

const DAY_ATTRS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** The default week; Saturday and Sunday off when the file does not say. */
export function readWeek(root: XmlElement): WorkWeek {
  const dayTypes = child(root, 'calendars') && child(child(root, 'calendars') as XmlElement, 'day-types');
  const week = dayTypes ? child(dayTypes, 'default-week') : undefined;
  const day = (i: number): readonly WorkInterval[] => {
    const flag = week ? attr(week, DAY_ATTRS[i] ?? '') : undefined;
    const isWeekend = flag === undefined ? i === 0 || i === 6 : flag === '1';
    return isWeekend ? [] : DEFAULT_DAY;
  };
  return [day(0), day(1), day(2), day(3), day(4), day(5), day(6)];
}

/** <date> entries: HOLIDAY -> non-working day; WORKING_DAY -> extra working day; other types are reported. */
export function readHolidays(root: XmlElement, firstYear: number, warnings: string[]): CalendarException[] {
  const calendars = child(root, 'calendars');
  const out: CalendarException[] = [];
  for (const el of calendars ? childrenNamed(calendars, 'date') : []) {
    const type = attr(el, 'type') ?? 'HOLIDAY';
    if (type !== 'HOLIDAY' && type !== 'WORKING_DAY') {
      warnings.push(`A calendar date of type ${type} was not imported.`);
      continue;
    }
    const month = Number(attr(el, 'month'));
    const day = Number(attr(el, 'date'));
    const year = attr(el, 'year') ?? '';
    const isWorking = type === 'WORKING_DAY';
    const base = { name: el.text.trim(), isWorking, intervals: isWorking ? DEFAULT_DAY : [] };
    if (year === '') {
      const from = parseLocalDate(`${String(firstYear).padStart(4, '0')}-${pad(month)}-${pad(day)}`);
      const to = parseLocalDate(`${String(firstYear + 50).padStart(4, '0')}-12-31`);
      if (from && to) out.push({ ...base, from, to, recurrence: { kind: 'yearly-date', month, day } });
      continue;
    }
    const date = parseLocalDate(`${year.padStart(4, '0')}-${pad(month)}-${pad(day)}`);
    if (date) out.push({ ...base, from: date, to: date, recurrence: null });
    else warnings.push(`A calendar date ${year}-${String(month)}-${String(day)} is not a real date and was skipped.`);
  }
  return out;
}

const pad = (n: number): string => String(Number.isFinite(n) ? n : 0).padStart(2, '0');

/**
 * Finish of a task that starts on `start` and lasts `days` working days: 17:00 on the last working
 * day (or the start itself for zero days). Holidays count as non-working.
 */
export function finishAfter(start: LocalDate, days: number, week: WorkWeek, holidays: ReadonlySet<string>): LocalDateTime {
  if (days <= 0) return atTime(start, '09:00');
  // A week with no working day would walk the whole guard for every task: count calendar days.
  if (week.every((d) => d.length === 0)) return atTime(addDays(start, Math.min(days, 40_000)), '17:00');
  let date = start;
  let counted = 0;
  for (let guard = 0; guard < 40_000; guard++) {
    const working = (week[weekdayOf(date)]?.length ?? 0) > 0 && !holidays.has(date);
    if (working) counted++;
    if (counted >= days) return atTime(date, '17:00');
    date = addDays(date, 1);
  }
  return atTime(date, '17:00');
}
