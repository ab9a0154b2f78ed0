/**
 * Board moves that respect the schedule. Default calendar (Mon–Fri 09:00–17:00), project start
 * Mon 2 Mar 2026. Design 5d: Mon 2 – Fri 6. Build 3d, Design FS: Mon 9 – Wed 11.
 * The move is made on Tue 3 Mar (no status date), so Build would start six days early.
 */
import { describe, expect, it } from 'vitest';
import { progressDate, startConflict, describeStartConflict, type StartChoice } from '../../../../renderer/domain/board';
import { addLink, insertTask, moveCard, updateTask, type CommandContext } from '../../../../renderer/domain/commands';
import { firstColumnOf, type Plan, type TaskId } from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { blankPlan, runOk } from '../../../support/plan-builder';

const onTuesday: CommandContext = { newId: (() => { let n = 0; return () => `m${String(++n)}`; })(), now: '2026-03-03T08:00:00.000Z' };

function plan(): Plan {
  let p = blankPlan();
  p = runOk(insertTask, p, { id: 'design' as TaskId, name: 'Design', fields: { durationMinutes: 2400 } }).plan;
  p = runOk(insertTask, p, { id: 'build' as TaskId, name: 'Build', fields: { durationMinutes: 1440 } }).plan;
  p = runOk(insertTask, p, { id: 'docs' as TaskId, name: 'Docs', fields: { durationMinutes: 480 } }).plan;
  return runOk(addLink, p, { id: 'l1' as never, predecessorId: 'design' as TaskId, successorId: 'build' as TaskId, type: 'FS', lagMinutes: 0, lagIsElapsed: false }).plan;
}

function conflictFor(p: Plan, id: string, category: 'started' | 'done', nowIso = onTuesday.now) {
  const task = p.tasks[id]!;
  const row = scheduleProject(p).tasks.get(task.id)!;
  return startConflict({
    plan: p, task, from: 'not-started', to: category, date: progressDate(p.project, nowIso),
    scheduled: { start: row.start, finish: row.finish }, incoming: () => Object.values(p.links).filter((l) => l.successorId === task.id),
  });
}

function move(p: Plan, id: string, category: 'started' | 'done', start?: StartChoice): Plan {
  const column = firstColumnOf(p, category)!;
  const row = scheduleProject(p).tasks.get(id as TaskId)!;
  return runOk(moveCard, p, {
    id: id as TaskId, columnId: column.id, placement: { at: 'top' },
    scheduled: { start: row.start, finish: row.finish }, ...(start ? { start } : {}),
  }, onTuesday).plan;
}

describe('a move that would start a task before the schedule allows', () => {
  it('is found, naming the predecessor and both dates', () => {
    const conflict = conflictFor(plan(), 'build', 'started');
    expect(conflict).toEqual({
      proposedStart: '2026-03-03T09:00', scheduledStart: '2026-03-09T09:00', scheduledFinish: '2026-03-11T17:00',
      predecessorNames: ['Design'], isBeforeProjectStart: false,
    });
    expect(describeStartConflict({ name: 'Build' }, conflict!, (d) => d.slice(0, 10)))
      .toBe('‘Build’ would start on 2026-03-03, but its predecessor ‘Design’ allows it to start on 2026-03-09 at the earliest.');
  });

  it('is found before the project start even without predecessors, and not otherwise', () => {
    expect(conflictFor(plan(), 'docs', 'started', '2026-02-20T08:00:00.000Z')).toMatchObject({ isBeforeProjectStart: true, predecessorNames: [] });
    expect(conflictFor(plan(), 'docs', 'started')).toBeNull();
    expect(conflictFor(plan(), 'design', 'done')).toBeNull();
  });

  it('"Keep the scheduled date" records the scheduled start, so no link breaks', () => {
    const p = move(plan(), 'build', 'started', 'scheduled');
    expect(p.tasks['build']?.actualStart).toBe('2026-03-09T09:00');
    const schedule = scheduleProject(p);
    expect(schedule.tasks.get('build' as TaskId)).toMatchObject({ start: '2026-03-09T09:00', finish: '2026-03-11T17:00' });
    expect(schedule.issues.filter((i) => i.kind === 'violated-link')).toEqual([]);
  });

  it('"Start anyway" records the day of the move and the schedule lists the broken link', () => {
    const p = move(plan(), 'build', 'started', 'anyway');
    expect(p.tasks['build']?.actualStart).toBe('2026-03-03T09:00');
    const schedule = scheduleProject(p);
    expect(schedule.tasks.get('build' as TaskId)?.start).toBe('2026-03-03T09:00');
    const broken = schedule.issues.filter((i) => i.kind === 'violated-link');
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({ taskIds: ['build', 'design'], linkIds: ['l1'] });
    expect(broken[0]?.message).toBe("Task 'Build' started on 2026-03-03, before its FS link from 'Design' allows (start 2026-03-09 or later). Check the actual dates or the link.");
  });
});

describe('completing a task on the board (MS Project rules)', () => {
  it('takes the actual dates from the schedule, so the duration is the actual duration', () => {
    const p = move(plan(), 'design', 'done');
    expect(p.tasks['design']).toMatchObject({ percentComplete: 100, actualStart: '2026-03-02T09:00', actualFinish: '2026-03-06T17:00', durationMinutes: 2400 });
    expect(scheduleProject(p).tasks.get('design' as TaskId)).toMatchObject({ start: '2026-03-02T09:00', finish: '2026-03-06T17:00', durationMinutes: 2400 });
  });

  it('started anyway and done the same day: one day of actual work, not "3d" with start = finish', () => {
    const p = move(plan(), 'build', 'done', 'anyway');
    expect(p.tasks['build']).toMatchObject({ percentComplete: 100, actualStart: '2026-03-03T09:00', actualFinish: '2026-03-03T17:00', durationMinutes: 480 });
    expect(scheduleProject(p).tasks.get('build' as TaskId)).toMatchObject({ start: '2026-03-03T09:00', finish: '2026-03-03T17:00', durationMinutes: 480 });
  });

  it('keeps an actual start the person set, finishing on the scheduled finish', () => {
    const started = move(plan(), 'build', 'started', 'scheduled');
    const done = move(started, 'build', 'done');
    expect(done.tasks['build']).toMatchObject({ actualStart: '2026-03-09T09:00', actualFinish: '2026-03-11T17:00', durationMinutes: 1440 });
  });
});

describe('a card that already shows progress, moved to a started column', () => {
  // Progress left in the not-started column, as plans from before status followed progress (or files) have it.
  const withProgress = (p: Plan, id: string, percentComplete: number): Plan =>
    runOk(updateTask, p, { id: id as TaskId, changes: { percentComplete, statusId: p.tasks[id]!.statusId } }).plan;

  it('starts as scheduled, so its done work and its successors stay where they were', () => {
    // Design 50 % done, scheduled Mon 2 – Fri 6; moved on Tue 3. Before: actual start Tue 3, the whole task a day later.
    const p = withProgress(plan(), 'design', 50);
    const before = scheduleProject(p);
    const moved = move(p, 'design', 'started');
    expect(moved.tasks['design']?.actualStart).toBe('2026-03-02T09:00');
    const after = scheduleProject(moved);
    for (const id of ['design', 'build'] as TaskId[]) expect(after.tasks.get(id)).toMatchObject({ start: before.tasks.get(id)?.start, finish: before.tasks.get(id)?.finish });
  });

  it('asks nothing even when its scheduled start is after the day of the move', () => {
    expect(conflictFor(withProgress(plan(), 'build', 40), 'build', 'started')).toBeNull();
    expect(conflictFor(plan(), 'build', 'started')).not.toBeNull();
  });
});
