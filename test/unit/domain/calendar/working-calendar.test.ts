import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileCalendar, compileCalendars, sharedCalendars } from '../../../../renderer/domain/calendar';
import {
  emptyPlan, fromWallMinutes, sequentialIds, STANDARD_DAY, toWallMinutes,
  type CalendarException, type CalendarId, type LocalDate, type LocalDateTime, type Plan, type ProjectCalendar,
} from '../../../../renderer/domain/model';

const at = (s: string): number => toWallMinutes(s as LocalDateTime);
const show = (t: number): string => fromWallMinutes(t);

function planWith(edit: (cal: ProjectCalendar) => ProjectCalendar, extra: ProjectCalendar[] = []): Plan {
  const plan = emptyPlan({ name: 'Cal', start: '2026-03-02T09:00' as LocalDateTime, now: 'now', newId: sequentialIds('c') });
  const cal = plan.calendars[plan.project.calendarId]!;
  const calendars: Record<string, ProjectCalendar> = { [cal.id]: edit(cal) };
  for (const c of extra) calendars[c.id] = c;
  return { ...plan, calendars };
}

const holiday = (date: string, name = 'Holiday'): CalendarException => ({
  name, from: date as LocalDate, to: date as LocalDate, isWorking: false, intervals: [], recurrence: null,
});

describe('default 09:00-17:00 calendar', () => {
  const plan = planWith((c) => c);
  const cal = compileCalendar(plan, plan.project.calendarId);

  it('finishes a one-day task at 17:00 the same day and starts the next at 09:00', () => {
    expect(show(cal.addWorking(at('2026-03-02T09:00'), 480))).toBe('2026-03-02T17:00');
    expect(show(cal.nextWorkingInstant(at('2026-03-02T17:00')))).toBe('2026-03-03T09:00');
  });

  it('skips the weekend both ways', () => {
    expect(show(cal.addWorking(at('2026-03-06T13:00'), 480))).toBe('2026-03-09T13:00');
    expect(show(cal.subtractWorking(at('2026-03-09T09:00'), 240))).toBe('2026-03-06T13:00');
    expect(show(cal.subtractWorking(at('2026-03-09T17:00'), 480))).toBe('2026-03-09T09:00');
    expect(show(cal.addWorking(at('2026-03-02T09:00'), 2400))).toBe('2026-03-06T17:00');
  });

  it('counts working minutes between two instants, negative when reversed', () => {
    expect(cal.workingBetween(at('2026-03-06T15:00'), at('2026-03-09T10:00'))).toBe(180);
    expect(cal.workingBetween(at('2026-03-09T10:00'), at('2026-03-06T15:00'))).toBe(-180);
    expect(cal.workingBetween(at('2026-03-07T03:00'), at('2026-03-08T22:00'))).toBe(0);
  });

  it('finds next and previous working instants', () => {
    expect(show(cal.nextWorkingInstant(at('2026-03-07T12:00')))).toBe('2026-03-09T09:00');
    expect(show(cal.nextWorkingInstant(at('2026-03-04T11:30')))).toBe('2026-03-04T11:30');
    expect(show(cal.previousWorkingInstant(at('2026-03-09T08:00')))).toBe('2026-03-06T17:00');
    expect(show(cal.previousWorkingInstant(at('2026-03-04T11:30')))).toBe('2026-03-04T11:30');
    expect(cal.isWorkingDay('2026-03-07' as LocalDate)).toBe(false);
    expect(cal.isWorkingDay('2026-03-06' as LocalDate)).toBe(true);
  });

  it('works far from the project start in both directions', () => {
    expect(show(cal.addWorking(at('2031-12-31T09:00'), 480))).toBe('2031-12-31T17:00');
    expect(show(cal.addWorking(at('2031-12-31T17:00'), 60))).toBe('2032-01-01T10:00');
    expect(show(cal.subtractWorking(at('2019-06-03T09:00'), 480))).toBe('2019-05-31T09:00');
  });
});

describe('lunch breaks, holidays and extra working days', () => {
  const plan = planWith((c) => ({
    ...c,
    workWeek: [[], STANDARD_DAY, STANDARD_DAY, STANDARD_DAY, STANDARD_DAY, STANDARD_DAY, []],
    exceptions: [
      holiday('2026-03-04', 'Company day'),
      { name: 'Release weekend', from: '2026-03-07' as LocalDate, to: '2026-03-07' as LocalDate, isWorking: true, intervals: [{ startMinute: 600, endMinute: 720 }], recurrence: null },
      { name: 'Christmas', from: '2020-12-25' as LocalDate, to: '2035-12-25' as LocalDate, isWorking: false, intervals: [], recurrence: { kind: 'yearly-date', month: 12, day: 25 } },
    ],
  }));
  const cal = compileCalendar(plan, plan.project.calendarId);

  it('jumps over the lunch hour', () => {
    // 09:00-13:00, 14:00-18:00: four hours from 11:00 is 16:00.
    expect(show(cal.addWorking(at('2026-03-02T11:00'), 240))).toBe('2026-03-02T16:00');
    expect(show(cal.addWorking(at('2026-03-02T09:00'), 240))).toBe('2026-03-02T13:00');
    expect(show(cal.nextWorkingInstant(at('2026-03-02T13:00')))).toBe('2026-03-02T14:00');
  });

  it('skips a single holiday', () => {
    expect(show(cal.addWorking(at('2026-03-03T09:00'), 960))).toBe('2026-03-05T18:00');
  });

  it('uses an extra working Saturday morning', () => {
    expect(show(cal.addWorking(at('2026-03-06T17:00'), 120))).toBe('2026-03-07T11:00');
    expect(cal.isWorkingDay('2026-03-07' as LocalDate)).toBe(true);
  });

  it('honours a yearly holiday in every year of its range', () => {
    expect(cal.isWorkingDay('2028-12-25' as LocalDate)).toBe(false);
    expect(cal.isWorkingDay('2028-12-26' as LocalDate)).toBe(true);
    // Friday 2026-12-25 is off: from Thursday 17:00 + 1h lands on Monday 10:00.
    expect(show(cal.addWorking(at('2026-12-24T18:00'), 60))).toBe('2026-12-28T10:00');
  });
});

describe('recurring exceptions', () => {
  const off = (recurrence: CalendarException['recurrence'], from: string, to: string): CalendarException => ({
    name: 'Off', from: from as LocalDate, to: to as LocalDate, isWorking: false, intervals: [], recurrence,
  });
  const isWorking = (exception: CalendarException, date: string): boolean => {
    const plan = planWith((c) => ({ ...c, exceptions: [exception] }));
    return compileCalendar(plan, plan.project.calendarId).isWorkingDay(date as LocalDate);
  };

  it('every other Friday, counted from the first occurrence', () => {
    const rule = off({ kind: 'weekly', every: 2, weekdays: [5] }, '2026-03-06', '2026-12-31');
    expect(isWorking(rule, '2026-03-06')).toBe(false);
    expect(isWorking(rule, '2026-03-13')).toBe(true);
    expect(isWorking(rule, '2026-03-20')).toBe(false);
    expect(isWorking(rule, '2026-02-20')).toBe(true);
  });

  it('the last Monday of May (yearly weekday, week 5 = last)', () => {
    const rule = off({ kind: 'yearly-weekday', month: 5, week: 5, weekday: 1 }, '2026-01-01', '2030-12-31');
    expect(isWorking(rule, '2026-05-25')).toBe(false);
    expect(isWorking(rule, '2026-05-18')).toBe(true);
    expect(isWorking(rule, '2027-05-31')).toBe(false);
  });

  it('the first Tuesday of every month and the 15th every three months', () => {
    const first = off({ kind: 'monthly-weekday', every: 1, week: 1, weekday: 2 }, '2026-01-01', '2026-12-31');
    expect(isWorking(first, '2026-04-07')).toBe(false);
    expect(isWorking(first, '2026-04-14')).toBe(true);
    const quarterly = off({ kind: 'monthly-day', every: 3, day: 15 }, '2026-01-15', '2026-12-31');
    expect(isWorking(quarterly, '2026-04-15')).toBe(false);
    expect(isWorking(quarterly, '2026-05-15')).toBe(true);
  });

  it('every third day inside a range', () => {
    const rule = off({ kind: 'daily', every: 3 }, '2026-03-02', '2026-03-31');
    expect(isWorking(rule, '2026-03-02')).toBe(false);
    expect(isWorking(rule, '2026-03-03')).toBe(true);
    expect(isWorking(rule, '2026-03-05')).toBe(false);
    expect(isWorking(rule, '2026-04-01')).toBe(true);
  });
});

describe('resource calendars derived from the project calendar', () => {
  const vacation: ProjectCalendar = {
    id: 'res-cal' as CalendarId, name: 'Ana', baseCalendarId: 'c1' as CalendarId, workWeek: null,
    exceptions: [{ name: 'Vacation', from: '2026-03-09' as LocalDate, to: '2026-03-13' as LocalDate, isWorking: false, intervals: [], recurrence: null }],
  };
  const halfTime: ProjectCalendar = {
    id: 'half' as CalendarId, name: 'Mornings', baseCalendarId: 'c1' as CalendarId,
    workWeek: [[], [{ startMinute: 540, endMinute: 780 }], [{ startMinute: 540, endMinute: 780 }], [], [], [], []],
    exceptions: [],
  };
  const plan = planWith((c) => ({ ...c, exceptions: [holiday('2026-03-03')] }), [vacation, halfTime]);

  it('inherits the base week and holidays and adds its own vacation', () => {
    const cals = compileCalendars(plan);
    const ana = cals.get('res-cal' as CalendarId);
    expect(ana.isWorkingDay('2026-03-03' as LocalDate)).toBe(false);
    expect(ana.isWorkingDay('2026-03-10' as LocalDate)).toBe(false);
    expect(show(ana.addWorking(at('2026-03-06T09:00'), 960))).toBe('2026-03-16T17:00');
    expect(cals.project.isWorkingDay('2026-03-10' as LocalDate)).toBe(true);
  });

  it('uses its own part-time week but still gets the base holidays', () => {
    const half = compileCalendar(plan, 'half' as CalendarId);
    // Monday 4h, Tuesday is the base holiday, then next Monday.
    expect(show(half.addWorking(at('2026-03-02T09:00'), 480))).toBe('2026-03-09T13:00');
    expect(half.workingMinutesOnDay(toWallMinutes('2026-03-02' as LocalDate) / 1440)).toBe(240);
  });

  it('falls back to the project calendar for an unknown id', () => {
    const cals = compileCalendars(plan);
    expect(cals.get('missing' as CalendarId)).toBe(cals.project);
  });
});

describe('working-time arithmetic properties', () => {
  const plan = planWith((c) => ({ ...c, workWeek: [[], STANDARD_DAY, STANDARD_DAY, STANDARD_DAY, STANDARD_DAY, STANDARD_DAY, []], exceptions: [holiday('2026-04-03')] }));
  const cal = compileCalendar(plan, plan.project.calendarId);
  const base = at('2026-03-01T00:00');
  const instant = fc.integer({ min: 0, max: 120 * 1440 }).map((m) => base + m);

  it('adding then measuring gives back the minutes, and subtracting undoes adding', () => {
    fc.assert(fc.property(instant, fc.integer({ min: 1, max: 20 * 480 }), (t, minutes) => {
      const end = cal.addWorking(t, minutes);
      expect(cal.workingBetween(t, end)).toBe(minutes);
      const back = cal.subtractWorking(end, minutes);
      expect(back).toBe(cal.nextWorkingInstant(t));
    }));
  });

  it('next/previous working instants bracket t and are working boundaries', () => {
    fc.assert(fc.property(instant, (t) => {
      const next = cal.nextWorkingInstant(t);
      const prev = cal.previousWorkingInstant(t);
      expect(next).toBeGreaterThanOrEqual(t);
      expect(prev).toBeLessThanOrEqual(t);
      expect(cal.workingBetween(prev, next)).toBe(0);
      expect(cal.workingBetween(next, next + 1)).toBe(1);
    }));
  });
});

describe('shared compiled calendars', () => {
  it('are compiled once per calendars record, and again when the project calendar, its start day or the record changes', () => {
    const plan = planWith((c) => c);
    const set = sharedCalendars(plan);
    expect(sharedCalendars({ ...plan, project: { ...plan.project, start: '2026-03-02T13:00' as LocalDateTime } })).toBe(set);
    const laterStart = sharedCalendars({ ...plan, project: { ...plan.project, start: '2026-03-09T09:00' as LocalDateTime } });
    expect(laterStart).not.toBe(set);
    const NIGHT = [{ startMinute: 22 * 60, endMinute: 24 * 60 }];
    const night: ProjectCalendar = { ...plan.calendars[plan.project.calendarId]!, id: 'night' as CalendarId, workWeek: [[], NIGHT, NIGHT, NIGHT, NIGHT, NIGHT, []] };
    const withNight = { ...plan, calendars: { ...plan.calendars, night } };
    const onNight = sharedCalendars({ ...withNight, project: { ...withNight.project, calendarId: 'night' as CalendarId } });
    expect(show(onNight.project.addWorking(at('2026-03-02T22:00'), 120))).toBe('2026-03-03T00:00');
    expect(show(sharedCalendars(withNight).project.addWorking(at('2026-03-02T09:00'), 480))).toBe('2026-03-02T17:00');
  });
});
