import { describe, expect, it } from 'vitest';
import {
  addResource, importHolidays, newHolidays, removeCalendarExceptions, runCommand, setCalendarException, updateCalendar,
} from '../../../../renderer/domain/commands';
import type { CalendarException, CalendarId, LocalDate, Plan } from '../../../../renderer/domain/model';
import { blankPlan, runOk, testContext } from '../../../support/plan-builder';

const day = (name: string, from: string, to = from): CalendarException => ({
  name, from: from as LocalDate, to: to as LocalDate, isWorking: false, intervals: [], recurrence: null,
});
const newYear: CalendarException = { ...day('New Year', '2026-01-01', '2030-01-01'), recurrence: { kind: 'yearly-date', month: 1, day: 1 } };

const exceptionsOf = (plan: Plan): readonly CalendarException[] => plan.calendars[plan.project.calendarId]?.exceptions ?? [];

describe('importHolidays', () => {
  it('adds the holidays to the project calendar, and undo removes them', () => {
    const plan = blankPlan();
    const out = runOk(importHolidays, plan, { exceptions: [day('Easter Monday', '2026-04-06'), newYear] });
    expect(exceptionsOf(out.plan).map((e) => e.name)).toEqual(['Easter Monday', 'New Year']);
    expect(out.label).toBe('Import holidays');
  });

  it('skips holidays the calendar already has and duplicates inside the file', () => {
    const once = runOk(importHolidays, blankPlan(), { exceptions: [day('Easter Monday', '2026-04-06')] }).plan;
    const out = runOk(importHolidays, once, {
      exceptions: [day('Ostermontag', '2026-04-06'), day('Shutdown', '2026-12-24', '2027-01-01'), day('Shutdown again', '2026-12-24', '2027-01-01')],
    });
    expect(exceptionsOf(out.plan).map((e) => e.name)).toEqual(['Easter Monday', 'Shutdown']);
  });

  it('changes nothing when every holiday is already there', () => {
    const once = runOk(importHolidays, blankPlan(), { exceptions: [newYear] }).plan;
    const again = runCommand(importHolidays, once, { exceptions: [newYear] }, testContext());
    expect(again.ok && again.value.patches).toEqual([]);
  });

  it('treats a yearly holiday and a one-off on the same days as different', () => {
    const calendar = { exceptions: [newYear] };
    expect(newHolidays(calendar, [day('New Year', '2026-01-01', '2030-01-01')])).toHaveLength(1);
  });

  it('refuses a missing calendar and a holiday that ends before it starts', () => {
    const plan = blankPlan();
    const missing = runCommand(importHolidays, plan, { exceptions: [newYear], calendarId: 'nope' as CalendarId }, testContext());
    expect(!missing.ok && missing.error.message).toMatch(/no longer exists/);
    const backwards = runCommand(importHolidays, plan, { exceptions: [day('Odd', '2026-05-02', '2026-05-01')] }, testContext());
    expect(!backwards.ok && backwards.error.message).toBe("The holiday 'Odd' ends (2026-05-01) before it starts (2026-05-02).");
  });
});

describe('calendar edits', () => {
  const week = (friday: { startMinute: number; endMinute: number }[]) => {
    const day = [{ startMinute: 540, endMinute: 1020 }];
    return [[], day, day, day, day, friday, []] as const;
  };

  it('sets a split working day on the project calendar, undoably', () => {
    const split = [{ startMinute: 540, endMinute: 720 }, { startMinute: 780, endMinute: 1020 }];
    const out = runOk(updateCalendar, blankPlan(), { changes: { workWeek: week(split) } });
    expect(out.plan.calendars[out.plan.project.calendarId]?.workWeek?.[5]).toEqual(split);
    expect(out.label).toBe('Change working week');
  });

  it('refuses overlapping intervals and an end before a start, naming the weekday', () => {
    const refused = (friday: { startMinute: number; endMinute: number }[]): string => {
      const r = runCommand(updateCalendar, blankPlan(), { changes: { workWeek: week(friday) } }, testContext());
      return r.ok ? 'accepted' : r.error.message;
    };
    expect(refused([{ startMinute: 540, endMinute: 780 }, { startMinute: 720, endMinute: 1020 }])).toBe('Friday: 09:00–13:00 overlaps 12:00–17:00.');
    expect(refused([{ startMinute: 780, endMinute: 720 }])).toBe('Friday: 13:00–12:00 ends before it starts.');
    const none = runCommand(updateCalendar, blankPlan(), { changes: { workWeek: [[], [], [], [], [], [], []] } }, testContext());
    expect(!none.ok && none.error.message).toBe('The working week needs at least one working day.');
    const inherit = runCommand(updateCalendar, blankPlan(), { changes: { workWeek: null } }, testContext());
    expect(!inherit.ok && inherit.error.message).toBe('The project calendar needs a working week of its own.');
  });

  it('adds, edits and removes exceptions; a range that ends before it starts names its row', () => {
    let plan = runOk(setCalendarException, blankPlan(), { exception: day('Company shutdown', '2027-08-02', '2027-08-04') }).plan;
    plan = runOk(setCalendarException, plan, { exception: { ...day('Release weekend', '2027-08-07'), isWorking: true, intervals: [{ startMinute: 600, endMinute: 840 }] } }).plan;
    expect(exceptionsOf(plan).map((e) => e.name)).toEqual(['Company shutdown', 'Release weekend']);
    plan = runOk(setCalendarException, plan, { index: 0, exception: day('Company shutdown', '2027-08-02', '2027-08-06') }).plan;
    expect(exceptionsOf(plan)[0]?.to).toBe('2027-08-06');
    const backwards = runCommand(setCalendarException, plan, { exception: day('Inventory', '2027-09-10', '2027-09-08') }, testContext());
    expect(!backwards.ok && backwards.error.message).toBe("Holiday 'Inventory' (row 3) ends (2027-09-08) before it starts (2027-09-10).");
    const badHours = runCommand(setCalendarException, plan, { index: 1, exception: { ...day('Release weekend', '2027-08-07'), isWorking: true, intervals: [{ startMinute: 840, endMinute: 600 }] } }, testContext());
    expect(!badHours.ok && badHours.error.message).toBe("Working day 'Release weekend' (row 2): 14:00–10:00 ends before it starts.");
    const out = runOk(removeCalendarExceptions, plan, { indexes: [0] });
    expect(exceptionsOf(out.plan).map((e) => e.name)).toEqual(['Release weekend']);
    expect(out.label).toBe('Remove holiday');
  });

  it('keeps a recurring exception and checks its rule', () => {
    const plan = runOk(setCalendarException, blankPlan(), { exception: newYear }).plan;
    expect(exceptionsOf(plan)[0]?.recurrence).toEqual({ kind: 'yearly-date', month: 1, day: 1 });
    const feb30 = runCommand(setCalendarException, blankPlan(), { exception: { ...newYear, name: 'Odd', recurrence: { kind: 'yearly-date', month: 2, day: 30 } } }, testContext());
    expect(!feb30.ok && feb30.error.message).toBe("Holiday 'Odd' (row 1): 2/30 is not a date in the year.");
  });

  it("creates a person's calendar on their first edit, derived from the project's, and one undo removes both", () => {
    const withPerson = runOk(addResource, blankPlan(), { fields: { name: 'Alice Kim' } }).plan;
    const alice = Object.values(withPerson.resources)[0];
    if (!alice) throw new Error('no person');
    const out = runOk(importHolidays, withPerson, { resourceId: alice.id, exceptions: [day('Alice vacation', '2027-03-08', '2027-03-12')] });
    const calendarId = out.plan.resources[alice.id]?.calendarId;
    expect(calendarId).not.toBeNull();
    const calendar = calendarId ? out.plan.calendars[calendarId] : undefined;
    expect(calendar).toMatchObject({ name: 'Alice Kim', baseCalendarId: out.plan.project.calendarId, workWeek: null });
    expect(calendar?.exceptions.map((e) => e.name)).toEqual(['Alice vacation']);
    expect(exceptionsOf(out.plan)).toEqual([]);
    // runOk checked that the inverse restores the plan without the calendar.
    const again = runOk(setCalendarException, out.plan, { target: { resourceId: alice.id }, exception: day('Conference', '2027-04-01') }).plan;
    expect(Object.keys(again.calendars)).toHaveLength(2);
  });

  it('remembers the public-holiday region on the project with the holidays, in one edit', () => {
    const out = runOk(importHolidays, blankPlan(), { exceptions: [day('Christmas Day', '2027-12-25')], holidayRegion: 'US' });
    expect(out.plan.project.holidayRegion).toBe('US');
  });
});
