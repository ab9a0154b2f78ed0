import { describe, expect, it } from 'vitest';
import { addLink, insertTask, outdentTasks, indentTasks, updateProject, updateTask } from '../../../../renderer/domain/commands';
import type { Plan } from '../../../../renderer/domain/model';
import { createPredecessorTexts, predecessorText, predecessorTextByTask, type PredecessorTexts } from '../../../../renderer/features/tasks/cell-text';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

const ctx = testContext('p');

/** Each task's text as the one-task version (the inline editor's) formats it; '' when it has no predecessors. */
function everyText(plan: Plan, texts: PredecessorTexts): Record<string, string> {
  return Object.fromEntries(Object.keys(plan.tasks).map((id) => [id, texts.get(id) ?? '']));
}
const oneByOne = (plan: Plan): Record<string, string> => Object.fromEntries(Object.values(plan.tasks).map((t) => [t.id, predecessorText(plan, t.id)]));

/** Design, Build, Test; Build after Design with a 1 d lag, Test after Build. */
function linkedPlan(): Plan {
  let plan = blankPlan();
  for (const name of ['Design', 'Build', 'Test']) plan = runOk(insertTask, plan, { name }, ctx).plan;
  const id = (name: string) => taskByName(plan, name).id;
  plan = runOk(addLink, plan, { predecessorId: id('Design'), successorId: id('Build'), type: 'FS', lagMinutes: 480, lagIsElapsed: false }, ctx).plan;
  return runOk(addLink, plan, { predecessorId: id('Build'), successorId: id('Test'), type: 'FS', lagMinutes: 0, lagIsElapsed: false }, ctx).plan;
}

describe('predecessor texts kept between edits', () => {
  it('keeps its answer through edits that move no row and change no link, and answers afresh otherwise', () => {
    const texts = createPredecessorTexts();
    let plan = linkedPlan();
    const first = texts(plan);
    expect(first.get(taskByName(plan, 'Build').id)).toBe('1FS+1d');
    expect(first.get(taskByName(plan, 'Test').id)).toBe('2');

    // A duration or name edit: same rows, same links, so the same answer (no outline walk).
    plan = runOk(updateTask, plan, { id: taskByName(plan, 'Build').id, changes: { durationMinutes: 960, name: 'Build it' } }, ctx).plan;
    expect(texts(plan)).toBe(first);

    // An indent moves rows into a new parent: Build it's row number stays 2, but the answer is rebuilt and equals the full one.
    plan = runOk(indentTasks, plan, { ids: [taskByName(plan, 'Test').id] }, ctx).plan;
    const afterIndent = texts(plan);
    expect(afterIndent).not.toBe(first);
    expect(everyText(plan, afterIndent)).toEqual(oneByOne(plan));
    plan = runOk(outdentTasks, plan, { ids: [taskByName(plan, 'Test').id] }, ctx).plan;

    // A new link, and then the hours in a day (lags are shown in days), each change the text.
    plan = runOk(addLink, plan, { predecessorId: taskByName(plan, 'Design').id, successorId: taskByName(plan, 'Test').id, type: 'SS', lagMinutes: 0, lagIsElapsed: false }, ctx).plan;
    expect(texts(plan).get(taskByName(plan, 'Test').id)).toBe('1SS, 2');
    plan = runOk(updateProject, plan, { changes: { minutesPerDay: 240, minutesPerWeek: 1200 } }, ctx).plan;
    expect(texts(plan).get(taskByName(plan, 'Build it').id)).toBe('1FS+2d');
    expect(everyText(plan, texts(plan))).toEqual(oneByOne(plan));
  });
});

describe('predecessor texts formatted when asked for', () => {
  it('answers each task as the one-task version does, by row number and in row order, and none for a task without predecessors', () => {
    let plan = linkedPlan();
    plan = runOk(insertTask, plan, { name: 'Ship' }, ctx).plan;
    const id = (name: string) => taskByName(plan, name).id;
    // Two predecessors added out of row order: the text lists them by row number.
    plan = runOk(addLink, plan, { predecessorId: id('Test'), successorId: id('Ship'), type: 'FF', lagMinutes: -480, lagIsElapsed: false }, ctx).plan;
    plan = runOk(addLink, plan, { predecessorId: id('Design'), successorId: id('Ship'), type: 'SS', lagMinutes: 0, lagIsElapsed: false }, ctx).plan;
    const texts = predecessorTextByTask(plan);
    expect(texts.get(id('Ship'))).toBe('1SS, 3FF-1d');
    expect(texts.get(id('Ship'))).toBe('1SS, 3FF-1d');
    expect(texts.get(id('Design'))).toBeUndefined();
    expect(everyText(plan, texts)).toEqual(oneByOne(plan));
  });
});
