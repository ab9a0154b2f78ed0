import { describe, expect, it } from 'vitest';
import { importHolidays, newHolidays, runCommand } from '../../../../renderer/domain/commands';
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
