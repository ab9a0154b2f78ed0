import { describe, expect, it } from 'vitest';
import { createSessionStore, type PlanPersistence } from '../../../renderer/store';
import { sequentialIds, type Plan, type Problem, type ProjectId } from '../../../renderer/domain/model';
import type { TouchedKey } from '../../../renderer/domain/commands';
import { blankPlan, taskByName } from '../../support/plan-builder';

/** An in-memory persistence that records writes; it can be told to fail. */
function memoryPersistence(initial: Plan) {
  const saved = new Map<string, Plan>([[initial.project.id, initial]]);
  const writes: TouchedKey[][] = [];
  let failNext = false;
  const persistence: PlanPersistence = {
    loadPlan: async (id: ProjectId) => saved.get(id) ?? null,
    applyChanges: async (plan, touched) => {
      if (failNext) {
        failNext = false;
        throw new Error('disk full');
      }
      writes.push([...touched]);
      saved.set(plan.project.id, plan);
    },
  };
  return { persistence, saved, writes, failNextWrite: () => (failNext = true) };
}

async function openSession(plan = blankPlan('Payments')) {
  const memory = memoryPersistence(plan);
  const problems: Problem[] = [];
  const session = createSessionStore({
    persistence: memory.persistence,
    newId: sequentialIds('n'),
    now: () => '2026-03-05T10:00:00.000Z',
    schedule: (p) => Object.keys(p.tasks).length,
    onWriteError: (p) => problems.push(p),
  });
  await session.getState().openProject(plan.project.id);
  return { session, memory, problems, projectId: plan.project.id };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('session store', () => {
  it('dispatches a command, schedules, records history and writes the touched rows', async () => {
    const { session, memory } = await openSession();
    expect(session.getState().dispatch('insertTask', { name: 'Kick-off' })).toBeNull();
    await settle();
    const state = session.getState();
    expect(Object.values(state.plan?.tasks ?? {}).map((t) => t.name)).toEqual(['Kick-off']);
    expect(state.schedule).toBe(1);
    expect(state.history.undo.map((e) => e.label)).toEqual(['Insert task']);
    expect(memory.writes[0]).toEqual(expect.arrayContaining([{ collection: 'tasks', id: 'n1' }, { collection: 'project' }]));
  });

  it('shows an edit and counts its pending write in one notification, for edits, undo and redo', async () => {
    const { session } = await openSession();
    const seen: [number, number][] = [];
    session.subscribe((s) => seen.push([s.revision, s.pendingWrites]));
    const start = session.getState().revision;
    session.getState().dispatch('insertTask', { name: 'Kick-off' });
    await settle();
    await session.getState().undo();
    await settle();
    await session.getState().redo();
    await settle();
    // Every new revision arrives with its write already pending; the count only falls after.
    const firstOfEach = [start + 1, start + 2, start + 3].map((r) => seen.find(([rev]) => rev === r));
    expect(firstOfEach.map((entry) => (entry?.[1] ?? 0) > 0)).toEqual([true, true, true]);
    expect(session.getState().pendingWrites).toBe(0);
  });

  it('returns the refusal and records nothing for an invalid edit', async () => {
    const { session } = await openSession();
    expect(session.getState().dispatch('insertTask', { name: '' })).toEqual({ message: 'A task needs a name.' });
    expect(session.getState().history.undo).toHaveLength(0);
    expect(session.getState().lastProblem?.message).toBe('A task needs a name.');
  });

  it('undoes and redoes 150 edits in order, and storage follows', async () => {
    const { session, memory, projectId } = await openSession();
    session.getState().dispatch('insertTask', { name: 'Task' });
    const id = Object.keys(session.getState().plan?.tasks ?? {})[0] as never;
    for (let i = 1; i <= 150; i++) session.getState().dispatch('updateTask', { id, changes: { name: `Task v${String(i)}` } });
    expect(session.getState().history.undo).toHaveLength(151);
    for (let i = 0; i < 150; i++) await session.getState().undo();
    await settle();
    expect(session.getState().plan?.tasks[id]?.name).toBe('Task');
    expect(memory.saved.get(projectId)?.tasks[id]?.name).toBe('Task');
    for (let i = 0; i < 100; i++) await session.getState().redo();
    await settle();
    expect(session.getState().plan?.tasks[id]?.name).toBe('Task v100');
    expect(memory.saved.get(projectId)?.tasks[id]?.name).toBe('Task v100');
    session.getState().dispatch('updateTask', { id, changes: { name: 'Branch' } });
    expect(session.getState().history.redo).toHaveLength(0);
  });

  it('reloads from storage and reports when a write fails, so the screen never shows unsaved data', async () => {
    const { session, memory, problems } = await openSession();
    memory.failNextWrite();
    session.getState().dispatch('insertTask', { name: 'Lost' });
    await settle();
    await settle();
    expect(problems[0]?.message).toBe('Could not save the last change: Error: disk full');
    expect(session.getState().plan?.tasks).toEqual({});
    expect(session.getState().pendingWrites).toBe(0);
  });

  it('switches back to the edited project when undoing after opening another', async () => {
    const first = blankPlan('First');
    const second = { ...blankPlan('Second'), project: { ...blankPlan('Second').project, id: 'p2' as ProjectId } };
    const { session, memory } = await openSession(first);
    memory.saved.set('p2', second);
    session.getState().dispatch('insertTask', { name: 'Only in first' });
    await session.getState().openProject('p2' as ProjectId);
    await session.getState().undo();
    expect(session.getState().projectId).toBe(first.project.id);
    expect(() => taskByName(session.getState().plan as Plan, 'Only in first')).toThrow();
  });
});
