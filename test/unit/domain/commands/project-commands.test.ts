import { describe, expect, it } from 'vitest';
import { insertTask, runCommand, updateProject, updateTask, type ProjectChanges } from '../../../../renderer/domain/commands';
import { formatDuration, parseDuration, type LocalDate, type Plan } from '../../../../renderer/domain/model';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

function planWithTwoDayTask(): Plan {
  let plan = runOk(insertTask, blankPlan(), { name: 'Design' }).plan;
  const design = taskByName(plan, 'Design');
  plan = runOk(updateTask, plan, { id: design.id, changes: { durationMinutes: 960 } }).plan;
  return plan;
}

describe('updateProject settings', () => {
  it('sets manager, status date, currency and duration units in one undoable edit', () => {
    const out = runOk(updateProject, blankPlan(), {
      changes: { manager: 'Dana Lee', statusDate: '2027-02-01' as LocalDate, currency: 'EUR', minutesPerDay: 450, minutesPerWeek: 2250, daysPerMonth: 21 },
    });
    expect(out.label).toBe('Edit project settings');
    expect(out.plan.project).toMatchObject({ manager: 'Dana Lee', statusDate: '2027-02-01', currency: 'EUR', minutesPerDay: 450, minutesPerWeek: 2250, daysPerMonth: 21 });
  });

  it('refuses 0 hours a day, more than 7 days a week, an impossible status date, naming the field', () => {
    const plan = blankPlan();
    const message = (changes: ProjectChanges): string => {
      const r = runCommand(updateProject, plan, { changes }, testContext());
      return r.ok ? 'accepted' : r.error.message;
    };
    expect(message({ minutesPerDay: 0 })).toBe('Hours per day must be more than 0 and at most 24.');
    expect(message({ minutesPerDay: 1500 })).toBe('Hours per day must be more than 0 and at most 24.');
    expect(message({ minutesPerWeek: 8 * 480 })).toBe('Days per week must be more than 0 and at most 7.');
    expect(message({ daysPerMonth: 0 })).toBe('Days per month must be more than 0 and at most 31.');
    expect(message({ statusDate: '2027-02-30' as LocalDate })).toBe("Status date: '2027-02-30' is not a date.");
    expect(message({ currency: 'euro' })).toBe('Currency must be a three-letter ISO code such as USD.');
    expect(message({ name: '  ' })).toBe('A project needs a name.');
  });

  it('keeps a 2d task at 2 days when hours per day go from 8 to 7.5 and rescaling is asked for', () => {
    const plan = planWithTwoDayTask();
    const out = runOk(updateProject, plan, { changes: { minutesPerDay: 450, minutesPerWeek: 2250 }, rescaleDurations: true });
    const design = taskByName(out.plan, 'Design');
    expect(design.durationMinutes).toBe(900);
    expect(formatDuration(design.durationMinutes, out.plan.project)).toBe('2d');
  });

  it('keeps the minutes (MS Project) when rescaling is not asked for: 2d of 8 h reads 2.13d of 7.5 h', () => {
    const out = runOk(updateProject, planWithTwoDayTask(), { changes: { minutesPerDay: 450, minutesPerWeek: 2250 } });
    const design = taskByName(out.plan, 'Design');
    expect(design.durationMinutes).toBe(960);
    expect(formatDuration(design.durationMinutes, out.plan.project)).toBe('2.13d');
  });

  it('remembers and clears the holiday region', () => {
    const set = runOk(updateProject, blankPlan(), { changes: { holidayRegion: 'GB-ENG' } }).plan;
    expect(set.project.holidayRegion).toBe('GB-ENG');
    const cleared = runOk(updateProject, set, { changes: { holidayRegion: '' } }).plan;
    expect('holidayRegion' in cleared.project).toBe(false);
  });
});

describe('days per month', () => {
  it('makes 1mo 20 working days unless the project says otherwise', () => {
    expect(parseDuration('1mo', { minutesPerDay: 480, minutesPerWeek: 2400 })?.minutes).toBe(20 * 480);
    expect(parseDuration('1mo', { minutesPerDay: 450, minutesPerWeek: 2250, daysPerMonth: 22 })?.minutes).toBe(22 * 450);
  });
});
