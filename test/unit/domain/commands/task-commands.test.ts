import { applyPatches, type Patch } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  addLink, deleteTasks, indentTasks, insertTask, moveTask, moveTaskByOne, outdentTasks, runCommand, updateTask, type UpdateTaskArgs,
} from '../../../../renderer/domain/commands';
import type { LocalDateTime, Plan, TaskId } from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { blankPlan, outlineNames, runOk, taskByName, testContext } from '../../../support/plan-builder';

function planWith(names: readonly string[]): Plan {
  let plan = blankPlan();
  let after: TaskId | null = null;
  const ctx = testContext('t');
  for (const name of names) {
    plan = runOk(insertTask, plan, { name, ...(after ? { afterId: after } : {}) }, ctx).plan;
    after = taskByName(plan, name).id;
  }
  return plan;
}

describe('insertTask', () => {
  it('adds a one-day auto task in the first not-started column, below the given row', () => {
    const plan = planWith(['Kick-off', 'Charter']);
    const out = runOk(insertTask, plan, { name: 'Budget', afterId: taskByName(plan, 'Kick-off').id });
    expect(outlineNames(out.plan)).toEqual(['Kick-off@0', 'Budget@0', 'Charter@0']);
    const budget = taskByName(out.plan, 'Budget');
    expect(budget).toMatchObject({ durationMinutes: 480, kind: 'task', schedulingMode: 'auto', percentComplete: 0 });
    expect(out.plan.columns[budget.statusId]?.name).toBe('Backlog');
    expect(out.label).toBe('Insert task');
  });

  it('inserts above a row (the Insert key), at that row\'s level', () => {
    const plan = planWith(['Kick-off', 'Charter']);
    const out = runOk(insertTask, plan, { name: 'Budget', beforeId: taskByName(plan, 'Kick-off').id });
    expect(outlineNames(out.plan)).toEqual(['Budget@0', 'Kick-off@0', 'Charter@0']);
    const refused = runCommand(insertTask, plan, { name: 'X', beforeId: 'gone' as TaskId }, testContext());
    expect(refused).toEqual({ ok: false, error: { message: 'The row to insert above no longer exists.' } });
  });

  it('inserts milestones with zero duration', () => {
    const out = runOk(insertTask, blankPlan(), { name: 'Go-live', fields: { kind: 'milestone' } });
    expect(taskByName(out.plan, 'Go-live')).toMatchObject({ kind: 'milestone', durationMinutes: 0 });
    expect(out.label).toBe('Insert milestone');
  });

  it('refuses an empty name and leaves the plan alone', () => {
    const plan = blankPlan();
    const result = runCommand(insertTask, plan, { name: '   ' }, testContext());
    expect(result).toEqual({ ok: false, error: { message: 'A task needs a name.' } });
  });

  it('holds a duration typed with the name to an edit\'s bounds', () => {
    const result = runCommand(insertTask, blankPlan(), { name: 'Forever', fields: { durationMinutes: 99_999_999 * 480 } }, testContext());
    expect(result).toEqual({ ok: false, error: { message: 'Duration must be at most 20 years (10,519,200 minutes).', where: "Task 'Forever'" } });
  });

  it('turns the parent into a summary when inserting a child', () => {
    const plan = planWith(['Design']);
    const out = runOk(insertTask, plan, { name: 'Wireframes', parentId: taskByName(plan, 'Design').id });
    expect(taskByName(out.plan, 'Design').kind).toBe('summary');
    expect(outlineNames(out.plan)).toEqual(['Design@0', 'Wireframes@1']);
  });
});

describe('updateTask', () => {
  it('renames, labelled for the Edit menu', () => {
    const plan = planWith(['Kick-off']);
    const out = runOk(updateTask, plan, { id: taskByName(plan, 'Kick-off').id, changes: { name: 'Kick-off meeting' } });
    expect(taskByName(out.plan, 'Kick-off meeting')).toBeDefined();
    expect(out.label).toBe('Rename task');
  });

  it('refuses a duration or leveling delay beyond the 20 years a plan holds, and takes 20 years', () => {
    // '99999999d' typed in the Duration cell: the file format's bound (plan-bounds.ts) holds for typing too.
    const plan = planWith(['Build']);
    const id = taskByName(plan, 'Build').id;
    const where = "Task 'Build'";
    expect(runCommand(updateTask, plan, { id, changes: { durationMinutes: 99_999_999 * 480 } }, testContext()))
      .toEqual({ ok: false, error: { message: 'Duration must be at most 20 years (10,519,200 minutes).', where } });
    expect(runCommand(updateTask, plan, { id, changes: { levelingDelayMinutes: 10_519_201 } }, testContext()))
      .toEqual({ ok: false, error: { message: 'A leveling delay must be between zero and 20 years (10,519,200 minutes).', where } });
    expect(runOk(updateTask, plan, { id, changes: { durationMinutes: 10_519_200 } }).plan.tasks[id]?.durationMinutes).toBe(10_519_200);
  });

  it('records no change for a constraint or tags equal to the ones held: an undo step that changes nothing', () => {
    // The Start cell typed with 2026-12-19 (a Saturday) a second time: the task already holds SNET that day.
    const plan = planWith(['Frontend UI']);
    const id = taskByName(plan, 'Frontend UI').id;
    const snet = { type: 'SNET' as const, date: '2026-12-19T09:00' as LocalDateTime };
    const first = runOk(updateTask, plan, { id, changes: { constraint: snet, tags: ['ui'] } });
    expect(first.patches.length).toBeGreaterThan(0);
    const again = runOk(updateTask, first.plan, { id, changes: { constraint: { ...snet }, tags: ['ui'] } });
    expect(again.patches).toEqual([]);
    expect(again.plan).toBe(first.plan);
    // A change among equal values is still recorded, and only it.
    const renamed = runOk(updateTask, first.plan, { id, changes: { constraint: { ...snet }, name: 'Frontend' } });
    expect(renamed.patches.map((p) => p.path.join('.')).filter((path) => path.startsWith('tasks'))).toEqual([`tasks.${id}.name`]);
  });

  it('makes a zero-duration task a milestone and back', () => {
    const plan = planWith(['Sign-off']);
    const id = taskByName(plan, 'Sign-off').id;
    const zero = runOk(updateTask, plan, { id, changes: { durationMinutes: 0 } });
    expect(zero.plan.tasks[id]?.kind).toBe('milestone');
    const back = runOk(updateTask, zero.plan, { id, changes: { durationMinutes: 960 } });
    expect(back.plan.tasks[id]).toMatchObject({ kind: 'task', durationMinutes: 960 });
  });

  it.each([
    [{ durationMinutes: -1 }, 'Duration must be zero or more.'],
    [{ percentComplete: 101 }, '% complete must be between 0 and 100.'],
    [{ name: '' }, 'A task needs a name.'],
    [{ start: '2026-03-05T09:00' as LocalDateTime, finish: '2026-03-04T17:00' as LocalDateTime }, 'Finish 2026-03-04 17:00 is before start 2026-03-05 09:00.'],
    [{ constraint: { type: 'MSO' as const, date: null } }, 'Constraint MSO needs a date.'],
  ])('refuses %j with a message naming the task', (changes, message) => {
    const plan = planWith(['Deploy']);
    const result = runCommand(updateTask, plan, { id: taskByName(plan, 'Deploy').id, changes }, testContext());
    expect(result).toEqual({ ok: false, error: { message, where: "Task 'Deploy'" } });
  });

  it('refuses to set the duration of a summary', () => {
    let plan = planWith(['Build', 'API']);
    plan = runOk(indentTasks, plan, { ids: [taskByName(plan, 'API').id] }).plan;
    const result = runCommand(updateTask, plan, { id: taskByName(plan, 'Build').id, changes: { durationMinutes: 60 } }, testContext());
    expect(result.ok).toBe(false);
  });

  it('reports no change (empty patches) when a value is set to what it already is', () => {
    const plan = planWith(['Deploy']);
    const result = runCommand(updateTask, plan, { id: taskByName(plan, 'Deploy').id, changes: { name: 'Deploy' } }, testContext());
    expect(result.ok && result.value.patches).toEqual([]);
  });
});

describe('indent and outdent', () => {
  it('indents under the row above and outdents back, MS Project style', () => {
    const plan = planWith(['Build', 'API', 'UI', 'Docs']);
    const indented = runOk(indentTasks, plan, { ids: [taskByName(plan, 'API').id, taskByName(plan, 'UI').id] });
    expect(outlineNames(indented.plan)).toEqual(['Build@0', 'API@1', 'UI@1', 'Docs@0']);
    expect(taskByName(indented.plan, 'Build').kind).toBe('summary');
    // Outdenting API keeps every row in place: UI (below it) becomes API's child.
    const outdented = runOk(outdentTasks, indented.plan, { ids: [taskByName(indented.plan, 'API').id] });
    expect(outlineNames(outdented.plan)).toEqual(['Build@0', 'API@0', 'UI@1', 'Docs@0']);
    expect(taskByName(outdented.plan, 'Build').kind).toBe('task');
    expect(taskByName(outdented.plan, 'API').kind).toBe('summary');
  });

  it('refuses to indent the first task and to outdent a top-level task', () => {
    const plan = planWith(['Build', 'API']);
    const first = runCommand(indentTasks, plan, { ids: [taskByName(plan, 'Build').id] }, testContext());
    expect(first.ok || first.error.message).toBe("'Build' is the first task at its level: there is no task above to indent it under.");
    const top = runCommand(outdentTasks, plan, { ids: [taskByName(plan, 'API').id] }, testContext());
    expect(top.ok || top.error.message).toBe("'API' is already at the top level.");
  });
});

describe('moveTask', () => {
  it('moves a row up and down among its siblings with its subtree', () => {
    let plan = planWith(['A', 'B', 'B1', 'C']);
    plan = runOk(indentTasks, plan, { ids: [taskByName(plan, 'B1').id] }).plan;
    const up = moveTaskByOne(plan, taskByName(plan, 'B').id, 'up');
    if ('message' in up) throw new Error(up.message);
    const moved = runOk(moveTask, plan, up).plan;
    expect(outlineNames(moved)).toEqual(['B@0', 'B1@1', 'A@0', 'C@0']);
    const down = moveTaskByOne(moved, taskByName(moved, 'B').id, 'down');
    if ('message' in down) throw new Error(down.message);
    expect(outlineNames(runOk(moveTask, moved, down).plan)).toEqual(['A@0', 'B@0', 'B1@1', 'C@0']);
    expect(moveTaskByOne(moved, taskByName(moved, 'B').id, 'up')).toEqual({ message: "'B' is already the first task at its level." });
  });

  it('refuses to move a task inside its own subtree', () => {
    let plan = planWith(['A', 'A1']);
    plan = runOk(indentTasks, plan, { ids: [taskByName(plan, 'A1').id] }).plan;
    const result = runCommand(moveTask, plan, { id: taskByName(plan, 'A').id, parentId: taskByName(plan, 'A1').id, afterId: null }, testContext());
    expect(result.ok || result.error.message).toBe("'A' cannot move inside its own subtasks.");
  });
});

describe('deleteTasks', () => {
  it('deletes a summary with its subtasks and everything that pointed at them', () => {
    let plan = planWith(['Build', 'API', 'Release']);
    plan = runOk(indentTasks, plan, { ids: [taskByName(plan, 'API').id] }).plan;
    const api = taskByName(plan, 'API').id;
    const release = taskByName(plan, 'Release').id;
    plan = {
      ...plan,
      links: { l1: { id: 'l1', predecessorId: api, successorId: release, type: 'FS', lagMinutes: 0, lagIsElapsed: false } } as unknown as Plan['links'],
    };
    const out = runOk(deleteTasks, plan, { ids: [taskByName(plan, 'Build').id] });
    expect(outlineNames(out.plan)).toEqual(['Release@0']);
    expect(out.plan.links).toEqual({});
    expect(out.label).toBe('Delete task');
  });
});

describe('status follows a typed % complete', () => {
  const columnOf = (plan: Plan, name: string): string | undefined => {
    const task = taskByName(plan, name);
    return plan.columns[task.statusId]?.category;
  };
  const setPercent = (plan: Plan, name: string, percentComplete: number, more: object = {}): Plan =>
    runOk(updateTask, plan, { id: taskByName(plan, name).id, changes: { percentComplete, ...more } }).plan;

  it('moves a card its % contradicts to the first column that agrees, at the top', () => {
    // The tester's Requirements at 100 % stayed in Backlog while the reopened MSPDI showed it Done.
    let plan = planWith(['Requirements', 'Design', 'Build']);
    plan = setPercent(plan, 'Design', 100);
    expect(columnOf(plan, 'Design')).toBe('done');
    plan = setPercent(plan, 'Requirements', 100);
    const done = Object.values(plan.tasks).filter((t) => plan.columns[t.statusId]?.category === 'done').sort((a, b) => (a.boardRank < b.boardRank ? -1 : 1));
    expect(done.map((t) => t.name)).toEqual(['Requirements', 'Design']);
    expect(columnOf(setPercent(plan, 'Build', 30), 'Build')).toBe('started');
    // Back from done: some progress is started, none is not started.
    expect(columnOf(setPercent(plan, 'Design', 60), 'Design')).toBe('started');
    expect(columnOf(setPercent(plan, 'Design', 0), 'Design')).toBe('not-started');
  });

  it('leaves a started card at 0 %, and a status set in the same change as it was set', () => {
    let plan = planWith(['Build']);
    plan = setPercent(plan, 'Build', 30);
    expect(columnOf(setPercent(plan, 'Build', 0), 'Build')).toBe('started');
    const backlog = Object.values(plan.columns).find((c) => c.category === 'not-started')!;
    expect(columnOf(setPercent(plan, 'Build', 100, { statusId: backlog.id }), 'Build')).toBe('not-started');
  });

  it('is undone with the % complete in one step', () => {
    const plan = planWith(['Build']);
    const out = runOk(updateTask, plan, { id: taskByName(plan, 'Build').id, changes: { percentComplete: 100 } });
    expect(columnOf(out.plan, 'Build')).toBe('done');
    const undone = applyPatches(out.plan, out.inverse as Patch[]);
    expect(undone.tasks).toEqual(plan.tasks);
  });
});

describe('actual dates follow a typed % complete, as MS Project sets them', () => {
  // The engine's dates of Design, as the grid, Task Information and the Gantt pass them in.
  const start = '2026-03-05T09:00' as LocalDateTime;
  const finish = '2026-03-09T17:00' as LocalDateTime;
  const scheduled = { start, finish };
  const typed = (plan: Plan, percentComplete: number, more: Partial<UpdateTaskArgs> = {}): Plan =>
    runOk(updateTask, plan, { id: taskByName(plan, 'Design').id, changes: { percentComplete, ...more.changes }, scheduled, ...(more.scheduled === undefined ? {} : { scheduled: more.scheduled }) }).plan;
  const actuals = (plan: Plan): [string | null, string | null] => {
    const task = taskByName(plan, 'Design');
    return [task.actualStart, task.actualFinish];
  };

  it('records the scheduled start once progress is typed, and the scheduled finish at 100 %', () => {
    let plan = planWith(['Design']);
    plan = typed(plan, 40);
    expect(actuals(plan)).toEqual([start, null]);
    // Later progress keeps the actual start it has.
    plan = typed(plan, 70, { scheduled: { start: '2026-03-06T09:00' as LocalDateTime, finish } });
    expect(actuals(plan)).toEqual([start, null]);
    plan = typed(plan, 100);
    expect(actuals(plan)).toEqual([start, finish]);
  });

  it('clears the actual finish below 100 %, and the actual start at 0 % once the card is back in a not-started column', () => {
    let plan = typed(planWith(['Design']), 100);
    plan = typed(plan, 60);
    expect(actuals(plan)).toEqual([start, null]);
    // A started card at 0 % stays started (work begun, none done), so it keeps its actual start.
    expect(actuals(typed(plan, 0))).toEqual([start, null]);
    const done = typed(plan, 100);
    expect(actuals(typed(done, 0))).toEqual([null, null]);
  });

  it('lets an actual date typed in the same edit win, and records nothing from the dates it moves', () => {
    const typedStart = '2026-03-04T09:00' as LocalDateTime;
    // The typed start moves the task, so the finish passed in is no longer its finish: the engine finds it.
    expect(actuals(typed(planWith(['Design']), 100, { changes: { actualStart: typedStart } }))).toEqual([typedStart, null]);
    // Back to 0 % in a not-started column clears what progress recorded, never a date typed with it.
    const done = typed(planWith(['Design']), 100);
    expect(actuals(typed(done, 0, { changes: { actualStart: typedStart } }))).toEqual([typedStart, null]);
  });

  it('records nothing from the engine\'s dates when the same edit moves the task', () => {
    const plan = planWith(['Design']);
    expect(actuals(typed(plan, 100, { changes: { durationMinutes: 10 * 480 } }))).toEqual([null, null]);
    expect(actuals(typed(plan, 50, { changes: { constraint: { type: 'SNET', date: '2026-03-16T09:00' as LocalDateTime } } }))).toEqual([null, null]);
    // The same progress alone records them.
    expect(actuals(typed(plan, 50))).toEqual([start, null]);
  });

  it('moves a card to the first started column when an actual start is typed at 0 %, as MS Project reads it in progress', () => {
    const typedStart = '2026-03-04T09:00' as LocalDateTime;
    const column = (plan: Plan): string => plan.columns[taskByName(plan, 'Design').statusId]?.name ?? '';
    const plan = planWith(['Design']);
    const started = runOk(updateTask, plan, { id: taskByName(plan, 'Design').id, changes: { actualStart: typedStart } }).plan;
    expect([column(plan), column(started), String(taskByName(started, 'Design').percentComplete)]).toEqual(['Backlog', 'In progress', '0']);
    // Cleared again, it stays where it is (work begun, none done), as a started card at 0 % does.
    expect(column(runOk(updateTask, started, { id: taskByName(started, 'Design').id, changes: { actualStart: null } }).plan)).toBe('In progress');
    // A done task set back to 0 % with an actual start typed in the same edit has started; without one, it has not.
    const done = typed(plan, 100);
    expect(column(typed(done, 0, { changes: { actualStart: typedStart } }))).toBe('In progress');
    expect(column(typed(done, 0))).toBe('Backlog');
    // An actual start typed on a done card leaves it done.
    expect(column(runOk(updateTask, done, { id: taskByName(done, 'Design').id, changes: { actualStart: typedStart } }).plan)).toBe('Done');
  });

  it('never ends a task before an actual start typed after its scheduled finish', () => {
    const late = '2026-03-12T09:00' as LocalDateTime;
    const plan = typed(typed(planWith(['Design']), 10, { changes: { actualStart: late } }), 100);
    expect(actuals(plan)).toEqual([late, late]);
  });

  it('sets no date without the engine\'s dates, and none on a summary', () => {
    const plan = planWith(['Design']);
    const out = runOk(updateTask, plan, { id: taskByName(plan, 'Design').id, changes: { percentComplete: 100 } }).plan;
    expect(actuals(out)).toEqual([null, null]);
    let outline = planWith(['Phase 1', 'Design']);
    outline = runOk(indentTasks, outline, { ids: [taskByName(outline, 'Design').id] }).plan;
    const summary = runOk(updateTask, outline, { id: taskByName(outline, 'Phase 1').id, changes: { percentComplete: 50 }, scheduled }).plan;
    expect([taskByName(summary, 'Phase 1').actualStart, taskByName(summary, 'Phase 1').actualFinish]).toEqual([null, null]);
  });

  it('keeps a task that has started where it started when its predecessor slips', () => {
    let plan = planWith(['Requirements', 'Design']);
    const requirements = taskByName(plan, 'Requirements').id;
    const design = taskByName(plan, 'Design').id;
    plan = runOk(addLink, plan, { predecessorId: requirements, successorId: design, type: 'FS', lagMinutes: 0, lagIsElapsed: false }).plan;
    const dates = scheduleProject(plan).tasks.get(design);
    if (!dates) throw new Error('Design was not scheduled');
    const started = runOk(updateTask, plan, { id: design, changes: { percentComplete: 50 }, scheduled: { start: dates.start, finish: dates.finish } }).plan;
    expect(scheduleProject(started).tasks.get(design)?.start).toBe(dates.start);
    const slip = { id: requirements, changes: { durationMinutes: 5 * 480 } };
    expect(scheduleProject(runOk(updateTask, started, slip).plan).tasks.get(design)?.start).toBe(dates.start);
    // Without the progress, the same slip moves it.
    expect(scheduleProject(runOk(updateTask, plan, slip).plan).tasks.get(design)?.start).not.toBe(dates.start);
  });

  it('is undone with the % complete in one step', () => {
    const plan = planWith(['Design']);
    const out = runOk(updateTask, plan, { id: taskByName(plan, 'Design').id, changes: { percentComplete: 100 }, scheduled });
    expect(applyPatches(out.plan, out.inverse as Patch[]).tasks).toEqual(plan.tasks);
  });
});
