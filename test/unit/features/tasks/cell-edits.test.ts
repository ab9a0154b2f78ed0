import { describe, expect, it } from 'vitest';
import { cellEdit } from '../../../../renderer/features/tasks/cell-edits';
import { formatDate } from '../../../../renderer/features/shared/format';
import { insertTask, runCommand, updateTask, type ArgsOf } from '../../../../renderer/domain/commands';
import type { Plan } from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

function runCommandMessage(plan: Plan, args: ArgsOf<'updateTask'>): string | null {
  const result = runCommand(updateTask, plan, args, testContext('u'));
  return result.ok ? null : result.error.message;
}

function plan2(): Plan {
  const ctx = testContext('t');
  let plan = blankPlan();
  for (const name of ['Design', 'Build']) plan = runOk(insertTask, plan, { name }, ctx).plan;
  return plan;
}

describe('what typing into a task table cell means', () => {
  it('a start typed on an auto task becomes a start-no-earlier-than constraint (MS Project)', () => {
    const plan = plan2();
    const edit = cellEdit(plan, null, taskByName(plan, 'Build'), 'start', '2026-03-09');
    expect(edit).toEqual({ name: 'updateTask', args: { id: taskByName(plan, 'Build').id, changes: { constraint: { type: 'SNET', date: '2026-03-09T09:00' } } } });
  });

  it('a start typed on a manual task moves it, keeping its length', () => {
    let plan = plan2();
    const build = taskByName(plan, 'Build');
    plan = runOk(updateTask, plan, { id: build.id, changes: { schedulingMode: 'manual', start: '2026-03-02T09:00' as never, finish: '2026-03-03T17:00' as never } }).plan;
    expect(cellEdit(plan, null, taskByName(plan, 'Build'), 'start', '2026-03-10')).toEqual({
      name: 'updateTask', args: { id: build.id, changes: { start: '2026-03-10T09:00', finish: '2026-03-11T17:00' } },
    });
  });

  it('a finish typed on an auto task changes its duration in working time', () => {
    const plan = plan2();
    const schedule = scheduleProject(plan);
    // Design starts Monday 2026-03-02 09:00; finishing Wednesday 17:00 is three working days.
    expect(cellEdit(plan, schedule, taskByName(plan, 'Design'), 'finish', '2026-03-04')).toEqual({
      name: 'updateTask', args: { id: taskByName(plan, 'Design').id, changes: { durationMinutes: 1440 }, typedField: 'finish' },
    });
    expect(cellEdit(plan, schedule, taskByName(plan, 'Design'), 'finish', '2026-02-20')).toEqual({
      // Both days as the table writes them (it showed the start in ISO beside a Start cell that does not).
      message: `Finish ${formatDate('2026-02-20')} is before the task's start ${formatDate('2026-03-02')}.`, where: "Task 'Design'",
    });
    expect(formatDate('2026-03-02')).not.toContain('2026-03-02');
  });

  it('Undo names what was typed: a duration, and a finish that changed the duration', () => {
    const plan = plan2();
    const schedule = scheduleProject(plan);
    const label = (column: 'duration' | 'finish', text: string): string | null => {
      const edit = cellEdit(plan, schedule, taskByName(plan, 'Design'), column, text);
      if (!('name' in edit) || edit.name !== 'updateTask') throw new Error('not a task edit');
      const result = runCommand(updateTask, plan, edit.args, testContext('u'));
      return result.ok ? result.value.label : null;
    };
    expect(label('duration', '3d')).toBe('Change duration');
    expect(label('duration', '2ed')).toBe('Change duration');
    expect(label('finish', '2026-03-04')).toBe('Change finish');
  });

  it('predecessors are row numbers; a missing row and bad text are named', () => {
    const plan = plan2();
    expect(cellEdit(plan, null, taskByName(plan, 'Build'), 'predecessors', '1SS+1d')).toEqual({
      name: 'setPredecessors',
      args: { taskId: taskByName(plan, 'Build').id, predecessors: [{ predecessorId: taskByName(plan, 'Design').id, type: 'SS', lagMinutes: 480, lagIsElapsed: false }] },
    });
    expect(cellEdit(plan, null, taskByName(plan, 'Build'), 'predecessors', '9')).toEqual({ message: 'There is no row 9.', where: "Task 'Build'" });
    expect(cellEdit(plan, null, taskByName(plan, 'Build'), 'predecessors', '1, 1SS')).toEqual({
      message: "Row 1 ('Design') is listed twice; a task can follow another only once.", where: "Task 'Build'",
    });
  });

  it('a deadline or an actual date is typed as a day and cleared by an empty cell (MS Project\'s columns)', () => {
    const plan = plan2();
    const build = taskByName(plan, 'Build');
    const changes = (column: 'deadline' | 'actualStart' | 'actualFinish', text: string): unknown => {
      const edit = cellEdit(plan, null, build, column, text);
      return 'message' in edit ? edit.message : edit.args;
    };
    // A deadline and an actual finish end their day; an actual start begins it.
    expect(changes('deadline', '2027-02-01')).toEqual({ id: build.id, changes: { deadline: '2027-02-01T17:00' } });
    expect(changes('actualStart', '2026-03-03')).toEqual({ id: build.id, changes: { actualStart: '2026-03-03T09:00' } });
    expect(changes('actualFinish', '2026-03-04')).toEqual({ id: build.id, changes: { actualFinish: '2026-03-04T17:00' } });
    expect(changes('deadline', '  ')).toEqual({ id: build.id, changes: { deadline: null } });
    expect(changes('deadline', '2027-02-30')).toMatch(/'2027-02-30' is not a real date/);
    // The command checks the actual dates against each other.
    const started = runOk(updateTask, plan, { id: build.id, changes: { actualStart: '2026-03-05T09:00' as never } }).plan;
    const edit = cellEdit(started, null, taskByName(started, 'Build'), 'actualFinish', '2026-03-04');
    if ('message' in edit || edit.name !== 'updateTask') throw new Error('expected a task edit');
    expect(runCommandMessage(started, edit.args)).toBe('Actual finish is before actual start.');
  });

  it('an actual finish carries the engine\'s dates, so the task it completes started as scheduled', () => {
    const plan = plan2();
    const schedule = scheduleProject(plan);
    const build = taskByName(plan, 'Build');
    const dates = schedule.tasks.get(build.id);
    const edit = cellEdit(plan, schedule, build, 'actualFinish', '2026-03-20');
    if ('message' in edit || edit.name !== 'updateTask' || !dates) throw new Error('expected a task edit');
    expect(edit.args.scheduled).toEqual({ start: dates.start, finish: dates.finish });
    const done = runOk(updateTask, plan, edit.args).plan;
    expect(taskByName(done, 'Build')).toMatchObject({ percentComplete: 100, actualStart: dates.start, actualFinish: '2026-03-20T17:00' });
  });

  it('rejects impossible dates, durations and percentages with a message', () => {
    const plan = plan2();
    const design = taskByName(plan, 'Design');
    expect(cellEdit(plan, null, design, 'start', '2026-02-30')).toEqual({ message: "'2026-02-30' is not a real date: there is no such day in the calendar.", where: "Task 'Design'" });
    expect(cellEdit(plan, null, design, 'finish', 'soon')).toEqual({ message: "'soon' is not a date: type it as YYYY-MM-DD, e.g. 2026-03-02.", where: "Task 'Design'" });
    expect(cellEdit(plan, null, design, 'duration', '2 days and a bit')).toEqual({ message: "'2 days and a bit' is not a duration. Try 3d, 4h, 2w, or 2ed for elapsed days.", where: "Task 'Design'" });
    expect(cellEdit(plan, null, design, 'duration', '-3d')).toEqual({ message: "'-3d' is negative: a duration is zero or more, such as 0d for a milestone or 3d.", where: "Task 'Design'" });
    expect(cellEdit(plan, null, design, 'duration', '2ed')).toEqual({ name: 'updateTask', args: { id: design.id, changes: { durationMinutes: 2880, durationIsElapsed: true } } });
    expect(cellEdit(plan, null, design, 'duration', '3d')).toEqual({ name: 'updateTask', args: { id: design.id, changes: { durationMinutes: 1440, durationIsElapsed: false } } });
    expect(cellEdit(plan, null, design, 'percent', '120')).toEqual({ message: "'120' is not a percentage from 0 to 100.", where: "Task 'Design'" });
    expect(cellEdit(plan, null, design, 'percent', '45 %')).toEqual({ name: 'updateTask', args: { id: design.id, changes: { percentComplete: 45 } } });
  });

  it('refuses a duration longer than a plan holds, saying what was typed and the limit in its unit', () => {
    const plan = plan2();
    const design = taskByName(plan, 'Design');
    const message = (text: string): string | undefined => {
      const edit = cellEdit(plan, null, design, 'duration', text);
      return 'message' in edit ? edit.message : undefined;
    };
    // The limit is 10,519,200 minutes (20 years round the clock); the project's day is 8 h and its week 40 h.
    expect(cellEdit(plan, null, design, 'duration', '99999d')).toEqual({ message: "'99999d' is too long: a duration can be at most 21,915 working days.", where: "Task 'Design'" });
    expect(message('9999w')).toBe("'9999w' is too long: a duration can be at most 4,383 working weeks.");
    expect(message('99999')).toBe("'99999' is too long: a duration can be at most 21,915 working days.");
    expect(message('2000mo')).toBe("'2000mo' is too long: a duration can be at most 1,095.75 working months.");
    expect(message('200000h')).toBe("'200000h' is too long: a duration can be at most 175,320 working hours.");
    expect(message('20000000m')).toBe("'20000000m' is too long: a duration can be at most 10,519,200 working minutes.");
    expect(message('9999ed')).toBe("'9999ed' is too long: a duration can be at most 7,305 elapsed days (20 years).");
    expect(message('2000ew')).toBe("'2000ew' is too long: a duration can be at most 1,043.57 elapsed weeks (20 years).");
    expect(message('300emo')).toBe("'300emo' is too long: a duration can be at most 243.5 elapsed months (20 years).");
    // The limits themselves are taken.
    for (const text of ['21915d', '4383w', '1095.75mo', '7305ed']) expect(message(text), text).toBeUndefined();
  });

  it('refuses a finish too far ahead saying what was typed and the limit in days, and the year a plan cannot hold in years', () => {
    let plan = plan2();
    const design = taskByName(plan, 'Design');
    const schedule = scheduleProject(plan);
    const where = "Task 'Design'";
    // Design starts Mon 2026-03-02 09:00; 21,915 working days of 8 h are 4,383 five-day weeks, to Fri 2110-02-28 17:00.
    const tooLate = "'2150-01-01' is too late: a task can last at most 21,915 working days, so from its start on 2026-03-02 it can finish on 2110-02-28 at the latest.";
    expect(cellEdit(plan, schedule, design, 'finish', '2150-01-01')).toEqual({ message: tooLate, where });
    expect(cellEdit(plan, schedule, design, 'finish', '2110-02-28')).toEqual({ name: 'updateTask', args: { id: design.id, changes: { durationMinutes: 10_519_200 }, typedField: 'finish' } });
    // The weekend after adds no working time; the Monday does.
    expect(cellEdit(plan, schedule, design, 'finish', '2110-03-02')).toMatchObject({ name: 'updateTask' });
    const monday = cellEdit(plan, schedule, design, 'finish', '2110-03-03');
    expect('message' in monday && monday.message).toMatch(/^'2110-03-03' is too late/);
    const yearLimit = "'2999-01-01' is outside the years Plotline plans: 1900 to 2200.";
    expect(cellEdit(plan, schedule, design, 'finish', '2999-01-01')).toEqual({ message: yearLimit, where });
    expect(cellEdit(plan, schedule, design, 'start', '2999-01-01')).toEqual({ message: yearLimit, where });
    // A manual task's finish is held to the same length.
    plan = runOk(updateTask, plan, { id: design.id, changes: { schedulingMode: 'manual' } }).plan;
    expect(cellEdit(plan, schedule, taskByName(plan, 'Design'), 'finish', '2150-01-01')).toEqual({ message: tooLate, where });
  });

  it('refuses a lag longer than a plan holds, quoting the entry and the limit in the lag\'s unit', () => {
    const plan = plan2();
    const build = taskByName(plan, 'Build');
    expect(cellEdit(plan, null, build, 'predecessors', '1FS+99999999d')).toEqual({
      message: "'1FS+99999999d' has too long a lag: a lag can be at most 21,915 working days, ahead or back.", where: "Task 'Build'",
    });
    const lead = cellEdit(plan, null, build, 'predecessors', '1SS-9999ed');
    expect('message' in lead && lead.message).toBe("'1SS-9999ed' has too long a lag: a lag can be at most 7,305 elapsed days (20 years), ahead or back.");
    // At the limit, the link is made.
    expect(cellEdit(plan, null, build, 'predecessors', '1FS+21915d')).toMatchObject({ name: 'setPredecessors' });
  });
});
