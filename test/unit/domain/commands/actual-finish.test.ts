/**
 * An actual finish marks a task done, as in MS Project: typed alone it sets 100 % complete, the
 * actual start (if none) to the scheduled start, and moves the card to done; cleared, the task
 * reopens rather than staying 100 % complete with no finish.
 */
import { applyPatches, type Patch } from 'immer';
import { describe, expect, it } from 'vitest';
import { indentTasks, insertTask, updateTask, type TaskChanges } from '../../../../renderer/domain/commands';
import type { LocalDateTime, Plan, TaskId } from '../../../../renderer/domain/model';
import { blankPlan, runOk, taskByName } from '../../../support/plan-builder';

const D = 't-design' as TaskId;
const start = '2026-03-05T09:00' as LocalDateTime;
const finish = '2026-03-09T17:00' as LocalDateTime;
const scheduled = { start, finish };
const typedFinish = '2026-03-10T17:00' as LocalDateTime;

const plan = runOk(insertTask, blankPlan(), { id: D, name: 'Design' }).plan;
const edit = (from: Plan, changes: TaskChanges, withDates = true): Plan =>
  runOk(updateTask, from, { id: D, changes, ...(withDates ? { scheduled } : {}) }).plan;
const column = (p: Plan): string => p.columns[p.tasks[D]?.statusId ?? '']?.name ?? '';
const progress = (p: Plan): unknown => {
  const t = p.tasks[D];
  return [t?.percentComplete, t?.actualStart, t?.actualFinish, column(p)];
};

describe('an actual finish typed without a % complete', () => {
  it('completes a task at 0 %: 100 %, started as scheduled, card in Done', () => {
    expect(progress(plan)).toEqual([0, null, null, 'Backlog']);
    expect(progress(edit(plan, { actualFinish: typedFinish }))).toEqual([100, start, typedFinish, 'Done']);
  });

  it('keeps an actual start the task has, or one typed in the same edit', () => {
    const typedStart = '2026-03-04T09:00' as LocalDateTime;
    const started = edit(plan, { actualStart: typedStart });
    expect(progress(edit(started, { actualFinish: typedFinish }))).toEqual([100, typedStart, typedFinish, 'Done']);
    expect(progress(edit(plan, { actualStart: typedStart, actualFinish: typedFinish }))).toEqual([100, typedStart, typedFinish, 'Done']);
  });

  it('starts a task finished before its scheduled start no later than its finish', () => {
    const early = '2026-03-02T17:00' as LocalDateTime;
    expect(progress(edit(plan, { actualFinish: early }))).toEqual([100, early, early, 'Done']);
  });

  it('records no start without the engine\'s dates, or when the same edit moves the task', () => {
    expect(progress(edit(plan, { actualFinish: typedFinish }, false))).toEqual([100, null, typedFinish, 'Done']);
    expect(progress(edit(plan, { actualFinish: typedFinish, durationMinutes: 960 }))).toEqual([100, null, typedFinish, 'Done']);
  });

  it('lets a % complete typed in the same edit win', () => {
    expect(edit(plan, { actualFinish: typedFinish, percentComplete: 100 }).tasks[D]?.percentComplete).toBe(100);
    expect(edit(plan, { actualFinish: typedFinish, percentComplete: 40 }).tasks[D]?.percentComplete).toBe(40);
  });

  it('is one undo step that restores the task exactly', () => {
    const out = runOk(updateTask, plan, { id: D, changes: { actualFinish: typedFinish }, scheduled });
    expect(out.label).toBe('Set actual finish');
    expect(applyPatches(out.plan, out.inverse as Patch[]).tasks).toEqual(plan.tasks);
  });

  it('leaves a summary\'s progress to its subtasks', () => {
    let outline = runOk(insertTask, plan, { id: 't-sub' as TaskId, name: 'Sketch', afterId: D }).plan;
    outline = runOk(indentTasks, outline, { ids: ['t-sub' as TaskId] }).plan;
    expect(taskByName(edit(outline, { actualFinish: typedFinish }), 'Design').percentComplete).toBe(0);
  });
});

describe('clearing the actual finish', () => {
  it('reopens the task at the % it had before the finish completed it, keeping its start', () => {
    const halfway = edit(plan, { percentComplete: 40 });
    const done = edit(halfway, { actualFinish: typedFinish });
    expect(progress(done)).toEqual([100, start, typedFinish, 'Done']);
    const reopened = edit(done, { actualFinish: null });
    expect(progress(reopened)).toEqual([40, start, null, 'In progress']);
    expect(reopened.tasks[D]).not.toHaveProperty('reopenPercentComplete');
  });

  it('reopens at 0 % a task completed otherwise, still started: only the finish was withdrawn', () => {
    const done = edit(plan, { percentComplete: 100 });
    expect(progress(done)).toEqual([100, start, finish, 'Done']);
    expect(progress(edit(done, { actualFinish: null }))).toEqual([0, start, null, 'In progress']);
  });

  it('changes nothing else on a task that was not complete', () => {
    const started = edit(plan, { percentComplete: 30 });
    expect(edit(started, { actualFinish: null })).toBe(started);
  });
});

describe('a new duration typed on a done task', () => {
  const dayMinutes = plan.project.minutesPerDay;
  const threeDays = edit(plan, { durationMinutes: 3 * dayMinutes }, false);
  const done = edit(threeDays, { percentComplete: 100 });

  it('keeps the work done when longer: 3d done of 6d is 50 %, reopened, its finish left to the engine', () => {
    expect(progress(done)).toEqual([100, start, finish, 'Done']);
    const longer = runOk(updateTask, done, { id: D, changes: { durationMinutes: 6 * dayMinutes } });
    expect(progress(longer.plan)).toEqual([50, start, null, 'In progress']);
    expect(longer.label).toBe('Change duration');
    // One undo step puts the task back as it was, done in Done.
    expect(applyPatches(longer.plan, longer.inverse as Patch[]).tasks).toEqual(done.tasks);
  });

  it('stays done when shorter, its finish left to the engine', () => {
    expect(progress(edit(done, { durationMinutes: dayMinutes }, false))).toEqual([100, start, null, 'Done']);
  });

  it('leaves a task not done, a % complete typed with it, and an unchanged duration as they were', () => {
    const half = edit(threeDays, { percentComplete: 50 });
    expect(progress(edit(half, { durationMinutes: 6 * dayMinutes }, false))).toEqual(progress(half));
    expect(progress(edit(done, { durationMinutes: 6 * dayMinutes, percentComplete: 100 }, false))).toEqual([100, start, finish, 'Done']);
    expect(progress(edit(done, { durationMinutes: 3 * dayMinutes }, false))).toEqual([100, start, finish, 'Done']);
  });
});
