import { describe, expect, it } from 'vitest';
import { mergePlans } from '../../../../renderer/domain/diff';
import type { Plan, TaskId } from '../../../../renderer/domain/model';
import { basePlan, chain, withLink, withTask } from '../schedule/plan-kit';

function edit(p: Plan, id: string, fields: Partial<Plan['tasks'][string]>): Plan {
  const task = p.tasks[id];
  if (!task) throw new Error(id);
  return { ...p, tasks: { ...p.tasks, [id]: { ...task, ...fields } } };
}

function remove(p: Plan, id: string): Plan {
  const tasks = { ...p.tasks };
  delete tasks[id];
  return { ...p, tasks, links: Object.fromEntries(Object.entries(p.links).filter(([, l]) => l.predecessorId !== id && l.successorId !== id)) };
}

const base = chain(basePlan(), ['Design', 'Build', 'Test']);

describe('mergePlans', () => {
  it('applies one-side changes and resolves a field conflict either way', () => {
    const ours = edit(edit(base, 'Build', { name: 'Build (ours)' }), 'Design', { durationMinutes: 960 });
    const theirs = withTask(edit(base, 'Build', { name: 'Build (theirs)' }), 'Docs');
    const merged = mergePlans(base, ours, theirs);
    expect(merged.conflicts.map((c) => [c.id, c.message, c.ours, c.theirs, c.resolution])).toEqual([
      ['field:tasks/Build/name', "Both copies changed the name of task 'Build'.", 'Build (ours)', 'Build (theirs)', 'ours'],
    ]);
    expect(merged.plan.tasks.Build?.name).toBe('Build (ours)');
    expect(merged.plan.tasks.Design?.durationMinutes).toBe(960);
    expect(merged.plan.tasks.Docs?.name).toBe('Docs');
    const chosen = mergePlans(base, ours, theirs, { 'field:tasks/Build/name': 'theirs' });
    expect(chosen.plan.tasks.Build?.name).toBe('Build (theirs)');
    expect(chosen.conflicts[0]?.resolution).toBe('theirs');
  });

  it('lists a conflict settled for theirs as the conflict, never among their changes applied automatically', () => {
    const ours = edit(base, 'Build', { name: 'Build (ours)' });
    const theirs = withTask(edit(base, 'Build', { name: 'Build (theirs)' }), 'Docs');
    const applied = (resolution: 'ours' | 'theirs'): string[] =>
      mergePlans(base, ours, theirs, { 'field:tasks/Build/name': resolution }).theirChanges.map((c) => `${c.op} ${c.label}${c.field ? ` ${c.field}` : ''}`);
    // The same list whichever side the person chooses: what applied without asking.
    expect(applied('ours')).toEqual(["add task 'Docs'"]);
    expect(applied('theirs')).toEqual(["add task 'Docs'"]);
  });

  it('explains a task deleted on one side and edited on the other, and keeps it unless told otherwise', () => {
    const ours = edit(base, 'Test', { name: 'Test well' });
    const theirs = remove(base, 'Test');
    const merged = mergePlans(base, ours, theirs);
    expect(merged.conflicts.map((c) => c.message)).toEqual(["Their copy deleted task 'Test', which you edited. Keep yours, or delete it as they did."]);
    expect(merged.plan.tasks.Test?.name).toBe('Test well');
    const deleted = mergePlans(base, ours, theirs, { 'delete-edit:tasks/Test': 'theirs' });
    expect(deleted.plan.tasks.Test).toBeUndefined();
    expect(Object.values(deleted.plan.links).some((l) => l.successorId === 'Test')).toBe(false);
    const mirrored = mergePlans(base, theirs, ours);
    expect(mirrored.conflicts.map((c) => c.message)).toEqual(["You deleted task 'Test', which their copy edited. Keep it deleted, or restore their version."]);
  });

  it('leaves out their link that would close a loop with ours, and says so with the names and rows', () => {
    const ours = withLink(base, 'Test', 'Docs', 'FS');
    const withDocs = withTask(base, 'Docs');
    const theirs = withLink(withDocs, 'Docs', 'Design', 'FS');
    const merged = mergePlans(withDocs, withLink(withDocs, 'Test', 'Docs'), theirs);
    expect(ours).toBeDefined();
    expect(merged.conflicts.map((c) => [c.kind, c.message, c.ours === undefined, c.theirs === undefined])).toEqual([
      // Ranks are the names here, so the task table reads Build, Design, Docs, Test.
      ['link-loop', "Their copy's link 'Docs' → 'Design' would close a loop (#3 'Docs' → #2 'Design' → #1 'Build' → #4 'Test' → #3 'Docs', numbered by the merged plan's rows), so it was left out.", true, false],
    ]);
    expect(Object.values(merged.plan.links).some((l) => l.predecessorId === 'Docs' && l.successorId === 'Design')).toBe(false);
    // Not among their changes applied: the notice above is what is said of it.
    expect(merged.theirChanges).toEqual([]);
  });

  it('numbers a loop left out by the merged plan\'s rows, where their new first task moved every row of ours down one', () => {
    const withDocs = withTask(base, 'Docs');
    const ours = withLink(withDocs, 'Test', 'Docs');
    // 'Aaa' ranks first: row 1 in their copy and in the merged plan, none in ours.
    const theirs = withLink(withTask(withDocs, 'Aaa'), 'Docs', 'Design');
    const merged = mergePlans(withDocs, ours, theirs);
    expect(merged.theirChanges.map((c) => c.label)).toEqual(["task 'Aaa'"]);
    expect(merged.conflicts.map((c) => c.message)).toEqual([
      "Their copy's link 'Docs' → 'Design' would close a loop (#4 'Docs' → #3 'Design' → #2 'Build' → #5 'Test' → #4 'Docs', numbered by the merged plan's rows), so it was left out.",
    ]);
    expect(Object.keys(merged.plan.tasks).sort()).toEqual(['Aaa', 'Build', 'Design', 'Docs', 'Test']);
  });

  it('says when a summary is left with no children and makes it a task', () => {
    let plan = withTask(base, 'Phase', { kind: 'summary' });
    plan = edit(plan, 'Test', { parentId: 'Phase' as TaskId });
    const ours = edit(plan, 'Phase', { name: 'Phase 1' });
    const theirs = remove(plan, 'Test');
    const merged = mergePlans(plan, ours, theirs);
    expect(merged.conflicts.map((c) => c.message)).toEqual([
      "The summary 'Phase 1' is left with no subtasks (one copy deleted or moved them all); it becomes a normal task.",
    ]);
    expect(merged.plan.tasks.Phase?.kind).toBe('task');
  });

  it('moves a task whose parent their copy deleted up to the nearest surviving ancestor', () => {
    let plan = withTask(withTask(base, 'Phase', { kind: 'summary' }), 'Step', { kind: 'summary', parentId: 'Phase' as TaskId });
    plan = edit(plan, 'Test', { parentId: 'Step' as TaskId });
    const ours = withTask(plan, 'Extra', { parentId: 'Step' as TaskId });
    const theirs = remove(remove(plan, 'Test'), 'Step');
    const merged = mergePlans(plan, ours, theirs);
    expect(merged.plan.tasks.Extra?.parentId).toBe('Phase');
  });
});

describe('mergePlans and the stored dates', () => {
  it('applies their deletion of a task whose only difference on our side is the engine\'s stale dates', () => {
    const ours = edit(base, 'Test', { start: '2026-03-09T09:00' as never, finish: '2026-03-09T17:00' as never });
    const merged = mergePlans(base, ours, remove(base, 'Test'));
    expect(merged.conflicts).toEqual([]);
    expect(merged.plan.tasks.Test).toBeUndefined();
  });
});
