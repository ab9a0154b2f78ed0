import { describe, expect, it } from 'vitest';
import { settingsChanges, settingsForm } from '../../../../renderer/features/settings/settings-form';
import { exceptionForm, formException, parseIntervalsText, parseWeekTexts } from '../../../../renderer/features/settings/calendar-form';
import { WEEKDAY_NAMES } from '../../../../renderer/domain/calendar';
import type { CalendarException, LocalDate } from '../../../../renderer/domain/model';
import { blankPlan } from '../../../support/plan-builder';

describe('settings form', () => {
  const project = blankPlan().project;

  it('shows minutes as hours and days, an empty status date as empty', () => {
    expect(settingsForm({ ...project, minutesPerDay: 450, minutesPerWeek: 2250 })).toMatchObject({
      start: '2026-03-02', statusDate: '', hoursPerDay: '7.5', daysPerWeek: '5', daysPerMonth: '20',
    });
  });

  it('changes only what differs: 7.5 hours a day keeps 5 days a week (2250 minutes)', () => {
    const form = { ...settingsForm(project), hoursPerDay: '7,5', statusDate: '2026-04-01' };
    expect(settingsChanges(form, project)).toEqual({ ok: true, value: { minutesPerDay: 450, minutesPerWeek: 2250, statusDate: '2026-04-01' } });
    expect(settingsChanges(settingsForm(project), project)).toEqual({ ok: true, value: {} });
  });

  it('changes the description as typed, indents and line breaks included', () => {
    const description = '  First line\n    second line, indented  ';
    expect(settingsChanges({ ...settingsForm(project), description }, project)).toEqual({ ok: true, value: { description } });
    expect(settingsForm({ ...project, description }).description).toBe(description);
  });

  it('keeps the start time of day when the start date changes', () => {
    const changes = settingsChanges({ ...settingsForm(project), start: '2027-01-04' }, project);
    expect(changes.ok && changes.value.start).toBe('2027-01-04T09:00');
  });

  it('refuses 0 hours a day, 8 days a week and an unparseable status date, naming the field', () => {
    const message = (patch: Partial<ReturnType<typeof settingsForm>>): string => {
      const r = settingsChanges({ ...settingsForm(project), ...patch }, project);
      return r.ok ? 'accepted' : r.error.message;
    };
    expect(message({ hoursPerDay: '0' })).toBe("Hours per day: '0' is not a number more than 0 and at most 24.");
    expect(message({ hoursPerDay: '' })).toBe("Hours per day: '' is not a number more than 0 and at most 24.");
    expect(message({ daysPerWeek: '8' })).toBe("Days per week: '8' is not a number more than 0 and at most 7.");
    expect(message({ statusDate: '2026-02-30' })).toBe("Status date: '2026-02-30' is not a date (leave it empty for today).");
    expect(message({ name: ' ' })).toBe('Name: a project needs a name.');
  });
});

describe('calendar form', () => {
  it('reads split days and names the row of a bad range', () => {
    expect(parseIntervalsText('09:00–12:00, 13:00-17:00', 'Friday')).toEqual({ ok: true, value: [{ startMinute: 540, endMinute: 720 }, { startMinute: 780, endMinute: 1020 }] });
    expect(parseIntervalsText('', 'Saturday')).toEqual({ ok: true, value: [] });
    const bad = parseIntervalsText('9 to 5pm', 'Monday');
    expect(!bad.ok && bad.error.message).toBe("Monday: '9 to 5pm' is not a time range such as 09:00–17:00.");
    const backwards = parseIntervalsText('17:00–09:00', 'Tuesday');
    expect(!backwards.ok && backwards.error.message).toBe('Tuesday: 17:00–09:00 ends before it starts.');
    const overlap = parseWeekTexts(['', '09:00–13:00, 12:00–17:00', '', '', '', '', ''], WEEKDAY_NAMES);
    expect(!overlap.ok && overlap.error.message).toBe('Monday: 09:00–13:00 overlaps 12:00–17:00.');
  });

  it('builds a yearly holiday from the form and reads it back', () => {
    const form = { ...exceptionForm(null, '2027-03-01'), name: 'Founders day', repeat: 'yearly' as const, until: '2031' };
    const built = formException(form, "Holiday 'Founders day' (row 1)", null);
    expect(built).toEqual({ ok: true, value: {
      name: 'Founders day', from: '2027-03-01', to: '2031-12-31', isWorking: false, intervals: [], recurrence: { kind: 'yearly-date', month: 3, day: 1 },
    } });
    if (built.ok) expect(exceptionForm(built.value, '2027-01-04')).toMatchObject({ repeat: 'yearly', until: '2031', from: '2027-03-01' });
  });

  it('keeps a recurrence the form cannot edit, and wants hours on a working day', () => {
    const imported: CalendarException = {
      name: 'Board meeting', from: '2027-01-04' as LocalDate, to: '2027-12-31' as LocalDate, isWorking: false, intervals: [],
      recurrence: { kind: 'monthly-weekday', every: 1, week: 1, weekday: 1 },
    };
    const form = exceptionForm(imported, '2027-01-04');
    expect(form.repeat).toBe('keep');
    const kept = formException(form, 'row 1', imported);
    expect(kept.ok && kept.value.recurrence).toEqual(imported.recurrence);
    const noHours = formException({ ...exceptionForm(null, '2027-09-04', true), hours: '' }, "Working day 'Release' (row 2)", null);
    expect(!noHours.ok && noHours.error.message).toBe("Working day 'Release' (row 2): a working day needs its hours, such as 09:00–17:00.");
  });
});
