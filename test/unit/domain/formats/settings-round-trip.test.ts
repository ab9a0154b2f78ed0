/**
 * Project settings and calendars survive .plotline and MS Project XML: the header fields
 * (manager, start, status date, currency, minutes per day/week, days per month) and every
 * calendar (split days, ranges, extra working days, recurring holidays, a person's own calendar).
 */
import { describe, expect, it } from 'vitest';
import { exportMspdi, importMspdi } from '../../../../renderer/domain/formats/msproject';
import { CURRENT_FILE_VERSION, parsePlotline, serializePlotline } from '../../../../renderer/domain/formats/native';
import { runCommand } from '../../../../renderer/domain/commands';
import {
  addResource, importHolidays, setCalendarException, updateCalendar, updateProject,
} from '../../../../renderer/domain/commands';
import {
  sequentialIds, type CalendarException, type LocalDate, type LocalDateTime, type Plan, type ProjectCalendar, type WorkWeek,
} from '../../../../renderer/domain/model';
import { blankPlan, testContext } from '../../../support/plan-builder';

const day = [{ startMinute: 540, endMinute: 1020 }];
const split = [{ startMinute: 540, endMinute: 720 }, { startMinute: 780, endMinute: 1020 }];
const WEEK: WorkWeek = [[], day, day, day, day, split, []];
const off = (name: string, from: string, to = from): CalendarException => ({ name, from: from as LocalDate, to: to as LocalDate, isWorking: false, intervals: [], recurrence: null });

function apply<A>(plan: Plan, spec: Parameters<typeof runCommand<A>>[0], args: A): Plan {
  const out = runCommand(spec, plan, args, testContext(`${spec.name}-`));
  if (!out.ok) throw new Error(out.error.message);
  return out.value.plan;
}

/** A plan set up the way the settings dialog and calendar editor leave it. */
function configuredPlan(): Plan {
  let plan = blankPlan('Payments API migration');
  plan = apply(plan, updateProject, {
    changes: {
      manager: 'Dana Lee', start: '2027-01-04T09:00' as LocalDateTime, statusDate: '2027-02-01' as LocalDate, currency: 'EUR',
      minutesPerDay: 450, minutesPerWeek: 2250, daysPerMonth: 22, holidayRegion: 'US',
    },
  });
  plan = apply(plan, updateCalendar, { changes: { workWeek: WEEK } });
  plan = apply(plan, importHolidays, { exceptions: [off('Christmas Day', '2027-12-25'), off('Independence Day (substitute day)', '2027-07-05')], holidayRegion: 'US' });
  plan = apply(plan, setCalendarException, { exception: off('Company shutdown', '2027-08-02', '2027-08-04') });
  plan = apply(plan, setCalendarException, { exception: { ...off('Release Saturday', '2027-09-04'), isWorking: true, intervals: [{ startMinute: 600, endMinute: 840 }] } });
  plan = apply(plan, setCalendarException, { exception: { ...off('Founders day', '2027-03-01', '2031-12-31'), recurrence: { kind: 'yearly-date', month: 3, day: 1 } } });
  plan = apply(plan, addResource, { fields: { name: 'Alice Kim' } });
  const alice = Object.values(plan.resources)[0];
  if (!alice) throw new Error('no person');
  return apply(plan, importHolidays, { resourceId: alice.id, exceptions: [off('Alice vacation', '2027-03-08', '2027-03-12')] });
}

/** A calendar by content: what a person sees in the editor, ids aside. */
const content = (c: ProjectCalendar | undefined) => (c ? { week: c.workWeek, exceptions: [...c.exceptions].sort((a, b) => a.from.localeCompare(b.from)) } : null);

describe('settings round trip', () => {
  it('.plotline keeps every setting and calendar exactly', () => {
    const plan = configuredPlan();
    const text = serializePlotline(plan, { app: 'Plotline test', exported: '2027-01-04T12:00:00.000Z' });
    const back = parsePlotline(text);
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.plan.project).toEqual(plan.project);
    expect(back.value.plan.calendars).toEqual(plan.calendars);
    expect(back.value.plan.resources).toEqual(plan.resources);
  });

  it('.plotline files without the new optional fields still open (version 1 unchanged)', () => {
    const plan = blankPlan();
    const text = serializePlotline(plan, { app: 'Plotline test', exported: '2027-01-04T12:00:00.000Z' });
    expect(text).not.toContain('daysPerMonth');
    const back = parsePlotline(text);
    expect(back.ok && back.value.plan.project.daysPerMonth).toBeUndefined();
    // The settings fields needed no version of their own; the RAID log's collections made it 2.
    expect(JSON.parse(text)).toMatchObject({ version: CURRENT_FILE_VERSION });
  });

  it('MS Project XML keeps the header and every calendar; only the holiday region has no place in MSPDI', () => {
    const plan = configuredPlan();
    const xml = exportMspdi(plan, { now: '2027-01-04T12:00:00.000Z' });
    expect(xml).toContain('<DaysPerMonth>22</DaysPerMonth>');
    const back = importMspdi(xml, { newId: sequentialIds('x'), now: '2027-01-04T12:00:00.000Z' });
    if (!back.ok) throw new Error(back.error.message);
    const after = back.value.plan;
    const { holidayRegion: _region, id: _id, calendarId: _cal, createdAt: _c, updatedAt: _u, description: _d, ...kept } = plan.project;
    expect(after.project).toMatchObject(kept);
    expect(after.project.holidayRegion).toBeUndefined();
    expect(content(after.calendars[after.project.calendarId])).toEqual(content(plan.calendars[plan.project.calendarId]));
    const alice = Object.values(after.resources).find((r) => r.name === 'Alice Kim');
    const aliceCalendar = alice?.calendarId ? after.calendars[alice.calendarId] : undefined;
    expect(aliceCalendar?.baseCalendarId).toBe(after.project.calendarId);
    expect(aliceCalendar?.exceptions.map((e) => e.name)).toEqual(['Alice vacation']);
  });
});
