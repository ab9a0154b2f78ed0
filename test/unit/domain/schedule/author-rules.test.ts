/**
 * Hand-built MSPDI files (test/fixtures/mspdi/rules), each isolating one rule by which MS Project
 * places tasks. The expected dates are worked out from MS Project's documented behaviour on the
 * Standard calendar (Mon-Fri 08:00-12:00 and 13:00-17:00, 8 h a day); the arithmetic is in the
 * comments. Each file also stores those dates, and rescheduling the imported plan must keep them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportMspdi, importMspdi } from '../../../../renderer/domain/formats/msproject';
import { sequentialIds, type Plan, type Task } from '../../../../renderer/domain/model';
import { scheduleProject, type ScheduleResult } from '../../../../renderer/domain/schedule';

const dir = path.resolve(import.meta.dirname, '../../../fixtures/mspdi/rules');
const ctx = { newId: sequentialIds('r'), now: '2026-01-01T00:00:00Z' };

function load(name: string): Plan {
  const result = importMspdi(readFileSync(path.join(dir, name), 'utf8'), ctx);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.plan;
}

const byName = (plan: Plan, name: string): Task => {
  const task = Object.values<Task>(plan.tasks).find((t) => t.name === name);
  if (!task) throw new Error(`no task ${name}`);
  return task;
};

const datesOf = (plan: Plan, schedule: ScheduleResult, name: string): [string, string] => {
  const row = schedule.tasks.get(byName(plan, name).id);
  return [row?.start ?? '', row?.finish ?? ''];
};

describe('a split task (split-task.xml)', () => {
  const plan = load('split-task.xml');

  it('reads the zero-work period as a split: after 2 days of work, 3 days without', () => {
    // Work Mon 2 - Tue 3 March (16 h), nothing Wed 4 - Fri 6 (3 x 8 h = 1440 min), work again from Mon 9.
    expect(byName(plan, 'Pour foundations').splits).toEqual([{ afterWorkMinutes: 960, gapMinutes: 1440 }]);
  });

  it('finishes after the gap, and its successor follows', () => {
    const schedule = scheduleProject(plan);
    // 5 d of work + 3 d gap = 8 working days from Mon 2 March 08:00: the last is Wed 11 March, ending 17:00
    // (without the split it would end Fri 6 March 17:00).
    expect(datesOf(plan, schedule, 'Pour foundations')).toEqual(['2026-03-02T08:00', '2026-03-11T17:00']);
    // FS: the next working instant after Wed 17:00 is Thu 12 March 08:00; 1 d ends 17:00.
    expect(datesOf(plan, schedule, 'Cure')).toEqual(['2026-03-12T08:00', '2026-03-12T17:00']);
  });

  it('is written back as MS Project writes it and reads back the same', () => {
    const xml = exportMspdi(plan, { now: '2026-01-02T00:00:00Z' });
    expect(xml).toMatch(/<Start>2026-03-03T17:00:00<\/Start>\s*<Finish>2026-03-09T08:00:00<\/Finish>\s*<Unit>2<\/Unit>\s*<Value>PT0H0M0S<\/Value>/);
    const again = importMspdi(xml, ctx);
    expect(again.ok && byName(again.value.plan, 'Pour foundations').splits).toEqual([{ afterWorkMinutes: 960, gapMinutes: 1440 }]);
  });

  it('keeps a split on a task nobody is assigned to (MS Project\'s -65535 pseudo-assignment)', () => {
    const bare: Plan = { ...plan, assignments: {} };
    const xml = exportMspdi(bare, { now: '2026-01-02T00:00:00Z' });
    expect(xml).toContain('<ResourceUID>-65535</ResourceUID>');
    const again = importMspdi(xml, ctx);
    expect(again.ok && Object.keys(again.value.plan.assignments)).toEqual([]);
    expect(again.ok && byName(again.value.plan, 'Pour foundations').splits).toEqual([{ afterWorkMinutes: 960, gapMinutes: 1440 }]);
  });
});

describe('an MSPDI with a split period outside its task (split-outside-task.xml)', () => {
  it('is refused with the task and the period named', () => {
    const result = importMspdi(readFileSync(path.join(dir, 'split-outside-task.xml'), 'utf8'), ctx);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toBe(
      "Task 'Pour foundations' (UID 1) has a period without work from 2026-03-12T08:00 to 2026-03-13T17:00 outside the task's own dates (2026-03-02T08:00 to 2026-03-11T17:00); the file was not imported.",
    );
  });
});

describe('two people on different calendars (people-on-different-calendars.xml)', () => {
  it('schedules each on their own calendar; the task ends with the last', () => {
    const plan = load('people-on-different-calendars.xml');
    const schedule = scheduleProject(plan);
    // Ann (Standard, 8 h a day): 16 h from Mon 08:00 ends Tue 3 March 17:00.
    // Bea (mornings only, 4 h a day): 16 h = Mon, Tue, Wed, Thu mornings, ending Thu 5 March 12:00.
    // The task ends with Bea (spreading 2 d over the project calendar would end Tue 17:00).
    expect(datesOf(plan, schedule, 'Survey')).toEqual(['2026-03-02T08:00', '2026-03-05T12:00']);
    // FS: Thu 12:00 is the lunch break; the next working instant is Thu 13:00, + 8 h = Fri 12:00.
    expect(datesOf(plan, schedule, 'Report')).toEqual(['2026-03-05T13:00', '2026-03-06T12:00']);
  });
});

describe('a start-to-finish link with a lag over a weekend (sf-lag-over-weekend.xml)', () => {
  it('shows the finish at the end of the last working period (Fri 17:00), not at Mon 08:00', () => {
    const plan = load('sf-lag-over-weekend.xml');
    const schedule = scheduleProject(plan);
    expect(datesOf(plan, schedule, 'Handover')).toEqual(['2026-03-05T08:00', '2026-03-05T17:00']);
    // SF +2 d: Handover's start Thu 5 March 08:00 + 16 working hours = Fri 6 March 17:00, the same
    // working minute as Mon 9 March 08:00; a computed finish is shown at the end of work, Fri 17:00.
    expect(datesOf(plan, schedule, 'Old system support')).toEqual(['2026-03-06T08:00', '2026-03-06T17:00']);
  });
});

describe('a start-no-earlier-than date before the project start (snet-before-project-start.xml)', () => {
  it('is honoured, as MS Project does; tasks without a constraint start at the project start', () => {
    const plan = load('snet-before-project-start.xml');
    const schedule = scheduleProject(plan);
    // Project start Mon 9 March; SNET Mon 2 March 08:00 with 2 d of work: Mon 2 - Tue 3 March 17:00.
    expect(datesOf(plan, schedule, 'Early permit')).toEqual(['2026-03-02T08:00', '2026-03-03T17:00']);
    expect(datesOf(plan, schedule, 'Kick-off')).toEqual(['2026-03-09T08:00', '2026-03-09T17:00']);
  });
});

describe('dates with seconds (seconds.xml)', () => {
  it('keeps 11:53:18 through import, scheduling and export', () => {
    const plan = load('seconds.xml');
    expect(byName(plan, 'Sync mirrors').constraint.date).toBe('2026-03-02T11:53:18');
    const schedule = scheduleProject(plan);
    // 2 h of work from 11:53:18: 6 min 42 s to the lunch break at 12:00, then 1 h 53 min 18 s from 13:00.
    expect(datesOf(plan, schedule, 'Sync mirrors')).toEqual(['2026-03-02T11:53:18', '2026-03-02T14:53:18']);
    // FS, 1 h: 14:53:18 to 15:53:18.
    expect(datesOf(plan, schedule, 'Verify checksums')).toEqual(['2026-03-02T14:53:18', '2026-03-02T15:53:18']);
    const xml = exportMspdi(plan, { now: '2026-01-02T00:00:00Z' });
    expect(xml).toContain('<Start>2026-03-02T11:53:18</Start>');
    expect(xml).toContain('<ConstraintDate>2026-03-02T11:53:18</ConstraintDate>');
    const again = importMspdi(xml, ctx);
    expect(again.ok && byName(again.value.plan, 'Verify checksums').finish).toBe('2026-03-02T15:53:18');
  });
});

describe('every fixture stores the dates MS Project shows, and rescheduling keeps them', () => {
  it.each(['split-task.xml', 'people-on-different-calendars.xml', 'sf-lag-over-weekend.xml', 'snet-before-project-start.xml', 'seconds.xml'])('%s', (name) => {
    const plan = load(name);
    const schedule = scheduleProject(plan);
    for (const task of Object.values<Task>(plan.tasks)) expect(datesOf(plan, schedule, task.name)).toEqual([task.start, task.finish]);
  });
});
