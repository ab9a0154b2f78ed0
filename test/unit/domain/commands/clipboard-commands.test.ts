import { describe, expect, it } from 'vitest';
import {
  addLink, addResource, assignToTasks, copyRows, deleteTasks, fragmentAsText, indentTasks, insertTask, pasteRows, runCommand, setAssignees, updateTasks,
} from '../../../../renderer/domain/commands';
import { formatDuration, type Plan, type TaskId } from '../../../../renderer/domain/model';
import { blankPlan, outlineNames, runOk, taskByName, testContext } from '../../../support/plan-builder';

/** Design (summary) > Wireframes, Review; Build; Ship. Links: Wireframes->Review FS+1d, Review->Build SS, Build->Ship. */
function samplePlan(): Plan {
  let plan = blankPlan();
  const ctx = testContext('s');
  let after: TaskId | null = null;
  for (const name of ['Design', 'Wireframes', 'Review', 'Build', 'Ship']) {
    plan = runOk(insertTask, plan, { name, ...(after ? { afterId: after } : {}) }, ctx).plan;
    after = taskByName(plan, name).id;
  }
  const id = (n: string): TaskId => taskByName(plan, n).id;
  plan = runOk(indentTasks, plan, { ids: [id('Wireframes'), id('Review')] }, ctx).plan;
  plan = runOk(addLink, plan, { predecessorId: id('Wireframes'), successorId: id('Review'), type: 'FS', lagMinutes: 480, lagIsElapsed: false }, ctx).plan;
  plan = runOk(addLink, plan, { predecessorId: id('Review'), successorId: id('Build'), type: 'SS', lagMinutes: 0, lagIsElapsed: false }, ctx).plan;
  plan = runOk(addLink, plan, { predecessorId: id('Build'), successorId: id('Ship'), type: 'FS', lagMinutes: 0, lagIsElapsed: false }, ctx).plan;
  plan = runOk(addResource, plan, { fields: { name: 'Ada Lovelace' } }, ctx).plan;
  const ada = Object.values(plan.resources)[0]?.id;
  if (!ada) throw new Error('no resource');
  plan = runOk(setAssignees, plan, { taskId: id('Review'), resourceIds: [ada] }, ctx).plan;
  return plan;
}

const linkNames = (plan: Plan): string[] =>
  Object.values(plan.links).map((l) => `${plan.tasks[l.predecessorId]?.name ?? '?'}-${l.type}${String(l.lagMinutes)}->${plan.tasks[l.successorId]?.name ?? '?'}`).sort();

describe('copy and paste of whole rows', () => {
  it('copies a summary with its subtasks and keeps only the links among the copied rows', () => {
    const plan = samplePlan();
    const fragment = copyRows(plan, [taskByName(plan, 'Design').id]);
    expect(fragment.tasks.map((t) => [t.fields.name, t.parent])).toEqual([['Design', null], ['Wireframes', 0], ['Review', 0]]);
    // Review->Build leaves the fragment (Build was not copied): dropped.
    expect(fragment.links).toEqual([{ from: 1, to: 2, type: 'FS', lagMinutes: 480, lagIsElapsed: false }]);
    expect(fragment.assignments.map((a) => [a.task, a.resourceName])).toEqual([[2, 'Ada Lovelace']]);
  });

  it('pastes above the selected row as one undoable edit, with the links and people of the copy', () => {
    const plan = samplePlan();
    const fragment = copyRows(plan, [taskByName(plan, 'Design').id]);
    const out = runOk(pasteRows, plan, { fragment, beforeId: taskByName(plan, 'Ship').id }, testContext('p'));
    expect(out.label).toBe('Paste 3 rows');
    expect(outlineNames(out.plan)).toEqual([
      'Design@0', 'Wireframes@1', 'Review@1', 'Build@0', 'Design@0', 'Wireframes@1', 'Review@1', 'Ship@0',
    ]);
    const pasted = Object.values(out.plan.tasks).filter((t) => !plan.tasks[t.id]);
    expect(pasted.map((t) => t.name).sort()).toEqual(['Design', 'Review', 'Wireframes']);
    expect(pasted.find((t) => t.name === 'Design')?.kind).toBe('summary');
    const newLinks = Object.values(out.plan.links).filter((l) => !plan.links[l.id]);
    expect(newLinks).toHaveLength(1);
    expect(newLinks[0]).toMatchObject({ type: 'FS', lagMinutes: 480 });
    expect(out.plan.tasks[newLinks[0]?.predecessorId ?? '']?.name).toBe('Wireframes');
    expect(pasted.map((t) => t.id)).toContain(newLinks[0]?.predecessorId);
    expect(pasted.map((t) => t.id)).toContain(newLinks[0]?.successorId);
    expect(linkNames(out.plan)).toEqual(['Build-FS0->Ship', 'Review-SS0->Build', 'Wireframes-FS480->Review', 'Wireframes-FS480->Review']);
    const newAssignments = Object.values(out.plan.assignments).filter((a) => !plan.assignments[a.id]);
    expect(newAssignments.map((a) => out.plan.tasks[a.taskId]?.name)).toEqual(['Review']);
  });

  it('gives pasted cards ranks after the column\'s last card, one after another (never one shared rank)', () => {
    const plan = samplePlan();
    const fragment = copyRows(plan, [taskByName(plan, 'Design').id]);
    const out = runOk(pasteRows, plan, { fragment, beforeId: taskByName(plan, 'Ship').id }, testContext('p')).plan;
    const last = Object.values(plan.tasks).map((t) => t.boardRank).sort().at(-1) ?? '';
    const pasted = Object.values(out.tasks).filter((t) => !plan.tasks[t.id]).map((t) => t.boardRank);
    expect(new Set(pasted).size).toBe(pasted.length);
    expect(pasted.every((r) => r > last)).toBe(true);
  });

  it('pastes into another project: people matched by name, others dropped; at the end when nothing is selected', () => {
    const source = samplePlan();
    const fragment = copyRows(source, [taskByName(source, 'Review').id, taskByName(source, 'Build').id]);
    expect(fragment.links).toEqual([{ from: 0, to: 1, type: 'SS', lagMinutes: 0, lagIsElapsed: false }]);
    let target = runOk(insertTask, blankPlan('Other'), { name: 'Existing' }).plan;
    const bare = runOk(pasteRows, target, { fragment, beforeId: null }, testContext('q')).plan;
    expect(outlineNames(bare)).toEqual(['Existing@0', 'Review@0', 'Build@0']);
    expect(Object.keys(bare.assignments)).toHaveLength(0);
    target = runOk(addResource, target, { fields: { name: 'Ada Lovelace' } }, testContext('r')).plan;
    const staffed = runOk(pasteRows, target, { fragment, beforeId: null }, testContext('q')).plan;
    expect(Object.values(staffed.assignments).map((a) => staffed.resources[a.resourceId]?.name)).toEqual(['Ada Lovelace']);
    expect(linkNames(staffed)).toEqual(['Review-SS0->Build']);
  });

  it('refuses an empty clipboard, and writes the rows as tab-separated text', () => {
    const plan = samplePlan();
    expect(runCommand(pasteRows, plan, { fragment: { tasks: [], links: [], assignments: [] }, beforeId: null }, testContext()))
      .toEqual({ ok: false, error: { message: 'There are no copied rows to paste.' } });
    const text = fragmentAsText(copyRows(plan, [taskByName(plan, 'Design').id]), (m, e) => formatDuration(m, plan.project, e));
    expect(text.split('\n')).toEqual([
      '#\tTask name\tOutline level\tDuration\tPredecessors', '1\tDesign\t1\t1d\t', '2\tWireframes\t2\t1d\t', '3\tReview\t2\t1d\t2FS',
    ]);
  });
});

describe('several rows at once', () => {
  it('sets the phase of two rows in one edit (one undo step)', () => {
    const plan = samplePlan();
    const ids = [taskByName(plan, 'Build').id, taskByName(plan, 'Ship').id];
    const out = runOk(updateTasks, plan, { edits: ids.map((id) => ({ id, changes: { phase: 'execution' as const } })) });
    expect(out.label).toBe('Change phase (2 rows)');
    expect(ids.map((id) => out.plan.tasks[id]?.phase)).toEqual(['execution', 'execution']);
  });

  it('refuses the whole edit when one row refuses it, naming the row', () => {
    const plan = samplePlan();
    const result = runCommand(updateTasks, plan, { edits: [
      { id: taskByName(plan, 'Build').id, changes: { durationMinutes: 960 } },
      { id: taskByName(plan, 'Design').id, changes: { durationMinutes: 960 } },
    ] }, testContext());
    expect(result).toEqual({ ok: false, error: { message: 'A summary task takes its duration from its subtasks.', where: "Task 'Design'" } });
  });

  it('assigns the same people to every work row, passing over summaries', () => {
    const plan = samplePlan();
    const ada = Object.values(plan.resources)[0]?.id;
    if (!ada) throw new Error('no resource');
    const ids = ['Design', 'Build', 'Ship'].map((n) => taskByName(plan, n).id);
    const out = runOk(assignToTasks, plan, { taskIds: ids, resourceIds: [ada] });
    const staffed = Object.values(out.plan.assignments).map((a) => out.plan.tasks[a.taskId]?.name).sort();
    expect(staffed).toEqual(['Build', 'Review', 'Ship']);
  });
});

describe('cut and paste moves rows', () => {
  it('keeps a cut row\'s links to the rows left, and links it again where it is pasted, not in another project', () => {
    const ctx = testContext('m');
    const plan = samplePlan();
    const build = taskByName(plan, 'Build').id;
    const fragment = copyRows(plan, [build], true);
    expect(fragment.outsideLinks?.map((l) => [plan.tasks[l.otherId]?.name, l.isOtherPredecessor, l.type])).toEqual(
      expect.arrayContaining([['Review', true, 'SS'], ['Ship', false, 'FS']]),
    );
    const cut = runOk(deleteTasks, plan, { ids: [build] }, ctx).plan;
    expect(linkNames(cut)).toEqual(['Wireframes-FS480->Review']);
    // Pasted above Design: a move, its links back as they were.
    const moved = runOk(pasteRows, cut, { fragment, beforeId: taskByName(cut, 'Design').id }, ctx).plan;
    expect(outlineNames(moved)[0]).toBe('Build@0');
    expect(linkNames(moved)).toEqual(linkNames(plan));

    // Into a project without those rows: pasted as a copy, no links to rows it does not have.
    const elsewhere = runOk(pasteRows, blankPlan(), { fragment, beforeId: null }, ctx).plan;
    expect(Object.keys(elsewhere.links)).toHaveLength(0);
  });

  it('a copy keeps none of the links to rows it left behind', () => {
    const plan = samplePlan();
    expect(copyRows(plan, [taskByName(plan, 'Build').id]).outsideLinks).toBeUndefined();
  });
});
