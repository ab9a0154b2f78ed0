import { describe, expect, it } from 'vitest';
import { createSessionStore, type SessionNotice } from '../../../renderer/store';
import { sequentialIds, type Plan, type ProjectId, type TaskId } from '../../../renderer/domain/model';
import { insertTask } from '../../../renderer/domain/commands';
import { scheduleProblem } from '../../../renderer/store/schedule-trouble';
import { blankPlan, runOk, taskByName } from '../../support/plan-builder';
import { MemoryStorage } from '../../support/memory-persistence';

function withId(plan: Plan, id: string): Plan {
  return { ...plan, project: { ...plan.project, id: id as ProjectId } };
}

/** A session ("window") on the storage; `schedule` may throw, as the engine does on a plan it cannot schedule. */
async function openWindow(storage: MemoryStorage, projectId: string, writer = 'w1', schedule: (p: Plan) => number = (p) => Object.keys(p.tasks).length) {
  const notices: SessionNotice[] = [];
  const session = createSessionStore({
    persistence: storage.window(writer),
    newId: sequentialIds(`${writer}-`),
    now: () => '2026-03-05T10:00:00.000Z',
    schedule,
    notify: (n) => notices.push(n),
  });
  await session.getState().openProject(projectId as ProjectId);
  return { session, notices };
}

async function openSession(plan = blankPlan('Payments')) {
  const storage = new MemoryStorage();
  storage.put(plan);
  const { session, notices } = await openWindow(storage, plan.project.id);
  return { session, storage, notices, projectId: plan.project.id };
}

const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

const names = (plan: Plan | null | undefined): string[] => Object.values(plan?.tasks ?? {}).map((t) => t.name).sort();

/** An engine that cannot schedule a plan named 'Broken' (as a bug in the engine would throw). */
const failsOnBroken = (p: Plan): number => {
  if (p.project.name === 'Broken') throw new RangeError('Invalid array length');
  return 0;
};

describe('session store', () => {
  it('dispatches a command, schedules, records history and writes the touched rows', async () => {
    const { session, storage } = await openSession();
    expect(session.getState().dispatch('insertTask', { name: 'Kick-off' })).toBeNull();
    await settle();
    const state = session.getState();
    expect(names(state.plan)).toEqual(['Kick-off']);
    expect(state.schedule).toBe(1);
    expect(state.history.undo.map((e) => e.label)).toEqual(['Insert task']);
    expect(storage.writes[0]).toEqual(expect.arrayContaining([{ collection: 'tasks', id: 'w1-1' }, { collection: 'project' }]));
  });

  it('tells storage an edit is based on a revision known to be stored (sent without a read) unless it follows one still on its way', async () => {
    const { session, storage } = await openSession();
    session.getState().dispatch('insertTask', { name: 'Design' });
    session.getState().dispatch('insertTask', { name: 'Build' });
    await settle();
    session.getState().dispatch('insertTask', { name: 'Ship' });
    await settle();
    // Design: on the revision read at open. Build: on the one Design would leave, not yet landed. Ship: on Build's, landed.
    expect(storage.confirmedFlags).toEqual([true, false, true]);
    expect(names(storage.projects.get(session.getState().projectId ?? '')?.plan)).toEqual(['Build', 'Design', 'Ship']);
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

  it('undoes and redoes 150 pipelined edits in order, and storage follows', async () => {
    const { session, storage, projectId, notices } = await openSession();
    session.getState().dispatch('insertTask', { name: 'Task' });
    const id = Object.keys(session.getState().plan?.tasks ?? {})[0] as TaskId;
    for (let i = 1; i <= 150; i++) session.getState().dispatch('updateTask', { id, changes: { name: `Task v${String(i)}` } });
    expect(session.getState().history.undo).toHaveLength(151);
    for (let i = 0; i < 150; i++) await session.getState().undo();
    await settle();
    expect(session.getState().plan?.tasks[id]?.name).toBe('Task');
    expect(storage.projects.get(projectId)?.plan.tasks[id]?.name).toBe('Task');
    for (let i = 0; i < 100; i++) await session.getState().redo();
    await settle();
    expect(session.getState().plan?.tasks[id]?.name).toBe('Task v100');
    expect(storage.projects.get(projectId)?.plan.tasks[id]?.name).toBe('Task v100');
    session.getState().dispatch('updateTask', { id, changes: { name: 'Branch' } });
    expect(session.getState().history.redo).toHaveLength(0);
    // 1 + 150 edits, 150 undos, 100 redos, 1 edit: every write based on the one before it, none refused.
    await settle();
    expect(storage.writes).toHaveLength(402);
    expect(notices).toEqual([]);
  });
});

describe('a failed write', () => {
  it('rolls back the edit AND its undo entry, and says so with a Retry that applies it again', async () => {
    const { session, storage, notices, projectId } = await openSession();
    session.getState().dispatch('insertTask', { name: 'Kept' });
    await settle();
    storage.failNextWrites(new Error('QuotaExceededError: disk full'));
    session.getState().dispatch('insertTask', { name: 'Lost' });
    expect(session.getState().history.undo.at(-1)?.label).toBe('Insert task');
    await settle();
    expect(names(session.getState().plan)).toEqual(['Kept']);
    expect(session.getState().history.undo.map((e) => e.label)).toEqual(['Insert task']);
    expect(session.getState().pendingWrites).toBe(0);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toBe('Could not save “Insert task” (QuotaExceededError: disk full). The change was undone: the plan shows what is stored.');
    // Undo now undoes the edit that exists: the insert of 'Kept'.
    notices[0]?.retry?.();
    await settle();
    expect(names(session.getState().plan)).toEqual(['Kept', 'Lost']);
    expect(names(storage.projects.get(projectId)?.plan)).toEqual(['Kept', 'Lost']);
    expect(session.getState().history.undo).toHaveLength(2);
  });

  it('rolls back the edits sent after the failed one too (they were based on it)', async () => {
    const { session, storage, notices } = await openSession();
    storage.failNextWrites(new Error('closed'));
    session.getState().dispatch('insertTask', { name: 'One' });
    session.getState().dispatch('insertTask', { name: 'Two' });
    await settle();
    expect(names(session.getState().plan)).toEqual([]);
    expect(session.getState().history.undo).toHaveLength(0);
    expect(notices.map((n) => n.message)).toEqual([
      'Could not save “Insert task” (closed). The change was undone: the plan shows what is stored.',
      '“Insert task” was not saved either: it came after a change that could not be saved.',
    ]);
  });

  it('puts a failed undo back on the undo stack, with the plan as stored', async () => {
    const { session, storage } = await openSession();
    session.getState().dispatch('insertTask', { name: 'One' });
    await settle();
    storage.failNextWrites(new Error('closed'));
    await session.getState().undo();
    await settle();
    expect(names(session.getState().plan)).toEqual(['One']);
    expect(session.getState().history.undo.map((e) => e.label)).toEqual(['Insert task']);
    expect(session.getState().history.redo).toHaveLength(0);
  });
});

describe('leaving a project', () => {
  it('hands the left plan, its schedule and the revision storage holds it at to `left`, once its writes have landed', async () => {
    const storage = new MemoryStorage();
    storage.put(withId(blankPlan('Alpha'), 'pa'));
    storage.put(withId(blankPlan('Beta'), 'pb'));
    const left: { names: string[]; schedule: number; revision: string }[] = [];
    const session = createSessionStore({
      persistence: storage.window('w1'), newId: sequentialIds('w1-'), now: () => '2026-03-05T10:00:00.000Z',
      schedule: (p: Plan) => Object.keys(p.tasks).length, notify: () => undefined,
      left: (plan, schedule, revision) => { left.push({ names: names(plan), schedule, revision }); },
    });
    await session.getState().openProject('pa' as ProjectId);
    session.getState().dispatch('insertTask', { name: 'In A' });
    await settle();
    await session.getState().openProject('pb' as ProjectId);
    expect(left).toEqual([{ names: ['In A'], schedule: 1, revision: storage.revisionOf('pa') }]);

    // A write still on its way: what storage will hold is not known yet, so nothing is handed on.
    session.getState().dispatch('insertTask', { name: 'In B' });
    expect(session.getState().pendingWrites).toBe(1);
    await session.getState().openProject('pa' as ProjectId);
    expect(left).toHaveLength(1);
  });
});

describe('undo per project', () => {
  it('Ctrl+Z in project B never changes project A, and says what it will undo', async () => {
    const storage = new MemoryStorage();
    storage.put(withId(blankPlan('Alpha'), 'pa'));
    storage.put(withId(blankPlan('Beta'), 'pb'));
    const { session } = await openWindow(storage, 'pa');
    session.getState().dispatch('insertTask', { name: 'In A' });
    session.getState().dispatch('saveBaseline', { number: 0 });
    await session.getState().openProject('pb' as ProjectId);
    expect(session.getState().history.undo).toHaveLength(0);
    session.getState().dispatch('insertTask', { name: 'In B' });
    expect(session.getState().history.undo.at(-1)?.label).toBe('Insert task');
    await session.getState().undo();
    await session.getState().undo();
    await session.getState().undo();
    await settle();
    expect(session.getState().projectId).toBe('pb');
    expect(names(session.getState().plan)).toEqual([]);
    expect(names(storage.projects.get('pa')?.plan)).toEqual(['In A']);
    expect(Object.keys(storage.projects.get('pa')?.plan.baselines ?? {})).toHaveLength(1);
    await session.getState().openProject('pa' as ProjectId);
    expect(session.getState().history.undo.map((e) => e.label)).toEqual(['Insert task', 'Save Baseline']);
    expect(session.getState().history.redo).toHaveLength(0);
  });

  it('puts a creation on the new project timeline and a deletion on the workspace timeline', async () => {
    const storage = new MemoryStorage();
    storage.put(withId(blankPlan('Alpha'), 'pa'));
    const { session } = await openWindow(storage, 'pa');
    const log: string[] = [];
    session.getState().pushWorkspaceEntry({ kind: 'workspace', label: 'New project', projectId: 'pa' as ProjectId, undo: async () => { log.push('undo new'); }, redo: async () => undefined });
    const deletion = { kind: 'workspace' as const, label: 'Delete project', undo: async () => { log.push('undo delete'); }, redo: async () => undefined };
    session.getState().pushWorkspaceEntry(deletion);
    expect(session.getState().histories.byProject['pa' as ProjectId]?.undo.map((e) => e.label)).toEqual(['New project']);
    expect(session.getState().histories.workspace.undo.map((e) => e.label)).toEqual(['Delete project']);
    // Edit → Undo sees the newest of the two: right after a deletion, it undoes the deletion.
    expect(session.getState().history.undo.map((e) => e.label)).toEqual(['New project', 'Delete project']);
    await session.getState().undoEntry(deletion);
    await session.getState().undoEntry(deletion);
    expect(log).toEqual(['undo delete']);
    expect(session.getState().history.undo.map((e) => e.label)).toEqual(['New project']);
    expect(session.getState().history.redo.map((e) => e.label)).toEqual(['Delete project']);
  });
});

describe('two windows on one storage', () => {
  async function twoWindows() {
    const storage = new MemoryStorage();
    const plan = withId(blankPlan('Shared'), 'ps');
    storage.put(plan);
    const a = await openWindow(storage, 'ps', 'wa');
    a.session.getState().dispatch('insertTask', { name: 'Design' });
    a.session.getState().dispatch('insertTask', { name: 'Build' });
    await settle();
    const b = await openWindow(storage, 'ps', 'wb');
    return { storage, a, b, id: (name: string) => taskByName(a.session.getState().plan as Plan, name).id };
  }

  it('shows the other window its change within a moment (it reloads while idle)', async () => {
    const { a, b, id } = await twoWindows();
    a.session.getState().dispatch('updateTask', { id: id('Design'), changes: { name: 'Design v2' } });
    await settle();
    expect(names(b.session.getState().plan)).toEqual(['Build', 'Design v2']);
  });

  it('keeps both renames of different tasks: the stale one is re-applied on top and reported', async () => {
    const { storage, a, b, id } = await twoWindows();
    const design = id('Design');
    const build = id('Build');
    b.session.getState().releaseProject(); // B does not hear A's write before its own edit (the race)
    a.session.getState().dispatch('updateTask', { id: design, changes: { name: 'Design (A)' } });
    b.session.getState().dispatch('updateTask', { id: build, changes: { name: 'Build (B)' } });
    await settle();
    expect(names(storage.projects.get('ps')?.plan)).toEqual(['Build (B)', 'Design (A)']);
    expect(names(b.session.getState().plan)).toEqual(['Build (B)', 'Design (A)']);
    expect(b.notices.map((n) => n.message)).toEqual(['Another window changed this project at the same time; “Rename task” was saved on top of its changes.']);
    expect(b.session.getState().history.undo.map((e) => e.label)).toEqual(['Rename task']);
  });

  it('refuses the stale rename of the SAME task and says which task, never overwriting silently', async () => {
    const { storage, a, b, id } = await twoWindows();
    const design = id('Design');
    b.session.getState().releaseProject();
    a.session.getState().dispatch('updateTask', { id: design, changes: { name: 'Design (A)' } });
    b.session.getState().dispatch('updateTask', { id: design, changes: { name: 'Design (B)' } });
    await settle();
    expect(storage.projects.get('ps')?.plan.tasks[design]?.name).toBe('Design (A)');
    expect(b.session.getState().plan?.tasks[design]?.name).toBe('Design (A)');
    expect(b.notices.map((n) => n.message)).toEqual(['“Rename task” was not saved: another window changed “Design (A)” first. Showing the latest version.']);
    expect(b.session.getState().history.undo).toHaveLength(0);
  });

  it('does not bring back a task another window deleted', async () => {
    const { storage, a, b, id } = await twoWindows();
    const design = id('Design');
    b.session.getState().releaseProject();
    a.session.getState().dispatch('deleteTasks', { ids: [design] });
    b.session.getState().dispatch('updateTask', { id: design, changes: { name: 'Design (B)' } });
    await settle();
    expect(names(storage.projects.get('ps')?.plan)).toEqual(['Build']);
    expect(names(b.session.getState().plan)).toEqual(['Build']);
    expect(b.notices[0]?.message).toMatch(/^“Rename task” was not saved: another window changed “Design” first/);
  });

  it('refuses an undo whose entities another window changed since', async () => {
    const { a, b, id } = await twoWindows();
    const design = id('Design');
    b.session.getState().dispatch('updateTask', { id: design, changes: { name: 'Design (B)' } });
    await settle();
    a.session.getState().dispatch('updateTask', { id: design, changes: { name: 'Design (A)' } });
    await settle();
    expect(b.session.getState().plan?.tasks[design]?.name).toBe('Design (A)');
    await b.session.getState().undo();
    expect(b.session.getState().plan?.tasks[design]?.name).toBe('Design (A)');
    expect(b.session.getState().lastProblem?.message).toBe('Cannot undo “Rename task”: “Design (A)” changed since (in another window).');
  });

  it('tells a window its project was deleted in another one, and its pending edit was not saved', async () => {
    const { storage, b, id } = await twoWindows();
    b.session.getState().releaseProject();
    storage.deleteProject('ps');
    b.session.getState().dispatch('updateTask', { id: id('Build'), changes: { name: 'Too late' } });
    await settle();
    expect(b.session.getState().projectId).toBeNull();
    expect(b.notices).toEqual([{ tone: 'error', message: '“Rename task” was not saved: the project was deleted in another window.', kind: 'project-gone' }]);
  });

  it('tells an idle window its project was deleted in another one', async () => {
    const { storage, b } = await twoWindows();
    storage.deleteProject('ps');
    await settle();
    expect(b.session.getState().projectId).toBeNull();
    expect(b.notices).toEqual([{ tone: 'error', message: '“Shared” was deleted in another window.', kind: 'project-gone' }]);
  });
});

describe('a project added in this window (a file opened, a new or duplicated project)', () => {
  it('made here, is shown once stored: the project shown before stays until then', async () => {
    const { session, storage } = await openSession(withId(blankPlan('Payments'), 'p1'));
    const release = storage.holdSaves();
    const added = session.getState().addProject(withId(blankPlan('Migration'), 'p2'));
    if (!added.ok) throw new Error(added.problem.message);
    await settle();
    expect(session.getState().projectId).toBe('p1');
    expect(session.getState().plan?.project.name).toBe('Payments');
    release();
    expect(await added.stored).toBeNull();
    expect(storage.revisionOf('p2')).toBe('1:w1');
    expect(session.getState().projectId).toBe('p2');
    expect(session.getState().plan?.project.name).toBe('Migration');
    expect(session.getState().pendingWrites).toBe(0);
  });

  it('made here, when storage refuses the write, never shows it: the project shown before stays, and says nothing of its own', async () => {
    const { session, storage, notices } = await openSession(withId(blankPlan('Payments'), 'p1'));
    storage.failNextWrites(new Error('QuotaExceededError'));
    const added = session.getState().addProject(withId(blankPlan('Migration'), 'p2'));
    if (!added.ok) throw new Error(added.problem.message);
    expect(await added.stored).toEqual({ message: 'QuotaExceededError' });
    await settle();
    expect(session.getState().projectId).toBe('p1');
    expect(session.getState().plan?.project.name).toBe('Payments');
    expect(storage.projects.has('p2')).toBe(false);
    expect(session.getState().pendingWrites).toBe(0);
    expect(notices).toEqual([]);
  });

  it('read from a file, is shown at once, counted as a pending write, and stored behind it', async () => {
    const { session, storage } = await openSession(withId(blankPlan('Payments'), 'p1'));
    const release = storage.holdSaves();
    const added = session.getState().addProject(withId(blankPlan('Migration'), 'p2'), { source: 'file' });
    if (!added.ok) throw new Error(added.problem.message);
    // On screen before storage has it: the top bar says "Saving…" meanwhile.
    expect(session.getState().projectId).toBe('p2');
    expect(session.getState().plan?.project.name).toBe('Migration');
    expect(session.getState().pendingWrites).toBe(1);
    expect(storage.revisionOf('p2')).toBeNull();
    release();
    expect(await added.stored).toBeNull();
    expect(storage.revisionOf('p2')).toBe('1:w1');
    expect(session.getState().pendingWrites).toBe(0);
  });

  it('is edited with prototype-free collections, as a plan read from storage is', async () => {
    const { session, storage } = await openSession(withId(blankPlan('Payments'), 'p1'));
    const plan = runOk(insertTask, withId(blankPlan('Migration'), 'p2'), { name: 'Design' }).plan;
    const added = session.getState().addProject(plan);
    if (!added.ok) throw new Error(added.problem.message);
    expect(await added.stored).toBeNull();
    expect(Object.getPrototypeOf(session.getState().plan?.tasks)).toBeNull();
    expect(session.getState().dispatch('insertTask', { name: 'Build' })).toBeNull();
    // Immer's copy of the edited collection keeps it so: each edit copies it with Object.assign.
    expect(Object.getPrototypeOf(session.getState().plan?.tasks)).toBeNull();
    expect(names(session.getState().plan)).toEqual(['Build', 'Design']);
    await settle();
    expect(names(storage.projects.get('p2')?.plan)).toEqual(['Build', 'Design']);
  });

  it('read from a file, writes an edit made before the first write lands after it, on its revision', async () => {
    const { session, storage, notices } = await openSession(withId(blankPlan('Payments'), 'p1'));
    const release = storage.holdSaves();
    const added = session.getState().addProject(withId(blankPlan('Migration'), 'p2'), { source: 'file' });
    if (!added.ok) throw new Error(added.problem.message);
    expect(session.getState().dispatch('insertTask', { name: 'Kick-off' })).toBeNull();
    await settle();
    // The edit waits: nothing of p2 is stored yet, so writing it now would be refused.
    expect(storage.writes).toHaveLength(0);
    expect(session.getState().pendingWrites).toBe(2);
    release();
    expect(await added.stored).toBeNull();
    await settle();
    expect(storage.revisionOf('p2')).toBe('2:w1');
    expect(names(storage.projects.get('p2')?.plan)).toEqual(['Kick-off']);
    expect(session.getState().pendingWrites).toBe(0);
    expect(notices).toEqual([]);
    // Later edits go straight out, based on the edit's revision.
    session.getState().dispatch('insertTask', { name: 'Design' });
    await settle();
    expect(storage.revisionOf('p2')).toBe('3:w1');
    // The edit made while the project was on its way was sent once it had landed: on a stored revision.
    expect(storage.confirmedFlags).toEqual([true, true]);
  });

  it('read from a file, when storage refuses the first write, leaves nothing: the project shown before is back and edits made meanwhile are not written', async () => {
    const { session, storage, notices } = await openSession(withId(blankPlan('Payments'), 'p1'));
    const release = storage.holdSaves();
    storage.failNextWrites(new Error('QuotaExceededError'));
    const added = session.getState().addProject(withId(blankPlan('Migration'), 'p2'), { source: 'file' });
    if (!added.ok) throw new Error(added.problem.message);
    session.getState().dispatch('insertTask', { name: 'Kick-off' });
    release();
    expect(await added.stored).toEqual({ message: 'QuotaExceededError' });
    await settle();
    expect(session.getState().projectId).toBe('p1');
    expect(session.getState().plan?.project.name).toBe('Payments');
    expect(storage.projects.has('p2')).toBe(false);
    expect(storage.writes).toHaveLength(0);
    expect(session.getState().pendingWrites).toBe(0);
    // The caller says what happened ("Nothing was added: …"); the session adds no refusals of its own.
    expect(notices).toEqual([]);
  });

  it('shows and stores nothing when the plan cannot be scheduled', async () => {
    const storage = new MemoryStorage();
    storage.put(withId(blankPlan('Payments'), 'p1'));
    const { session } = await openWindow(storage, 'p1', 'w1', failsOnBroken);
    const added = session.getState().addProject(withId(blankPlan('Broken'), 'p2'));
    expect(added).toEqual({ ok: false, problem: { message: 'The plan cannot be scheduled (Invalid array length).' } });
    expect(session.getState().projectId).toBe('p1');
    expect(session.getState().pendingWrites).toBe(0);
    expect(storage.projects.has('p2')).toBe(false);
  });

  it('that cannot be scheduled leaves the project shown before still following other windows', async () => {
    const storage = new MemoryStorage();
    storage.put(withId(blankPlan('Payments'), 'p1'));
    const { session } = await openWindow(storage, 'p1', 'w1', failsOnBroken);
    const other = await openWindow(storage, 'p1', 'w2', failsOnBroken);
    expect(session.getState().addProject(withId(blankPlan('Broken'), 'p2')).ok).toBe(false);
    other.session.getState().dispatch('insertTask', { name: 'From the other window' });
    await settle();
    expect(names(session.getState().plan)).toEqual(['From the other window']);
  });
});

describe('a project that cannot be scheduled', () => {
  it('does not open; it is flagged with what is wrong, and the session stays usable', async () => {
    const storage = new MemoryStorage();
    storage.put(withId(blankPlan('Broken'), 'pbad'));
    storage.put(withId(blankPlan('Fine'), 'pok'));
    const { session } = await openWindow(storage, 'pbad', 'w1', failsOnBroken);
    expect(session.getState().plan).toBeNull();
    expect(session.getState().trouble).toEqual({ projectId: 'pbad', kind: 'unopenable', message: 'The plan cannot be scheduled (Invalid array length).' });
    expect(storage.troubles.get('pbad')?.kind).toBe('unopenable');
    expect(await session.getState().openProject('pok' as ProjectId)).toBe(true);
    expect(session.getState().trouble).toBeNull();
  });
});

describe('why a plan cannot be scheduled', () => {
  it('names the earliest and latest dates when they are implausibly far apart (a CSV row dated 1850)', () => {
    const plan = blankPlan('Import');
    const from1850 = { ...plan, project: { ...plan.project, start: '1850-01-01T09:00' as Plan['project']['start'] } };
    const withTask = runOk(insertTask, from1850, { name: 'Deploy' }).plan;
    const task = taskByName(withTask, 'Deploy');
    const dated = { ...withTask, tasks: { [task.id]: { ...task, schedulingMode: 'manual' as const, start: '2026-03-02T09:00' as typeof task.start, finish: '2026-03-06T17:00' as typeof task.finish } } };
    expect(scheduleProblem(dated, new RangeError('Invalid array length'))).toEqual({
      message: 'The plan cannot be scheduled (Invalid array length): its dates span 176 years, from 1850-01-01 to 2026-03-06.',
      where: 'Project start 1850-01-01; Task “Deploy” finish 2026-03-06',
    });
    expect(scheduleProblem(blankPlan(), new Error('bug'))).toEqual({ message: 'The plan cannot be scheduled (bug).' });
  });
});

describe('opening a project', () => {
  it('shows its plan once what its views read alongside has arrived, read while the plan is', async () => {
    const storage = new MemoryStorage();
    storage.put(withId(blankPlan('Payments'), 'p1'));
    let arrive: () => void = () => undefined;
    const asked: string[] = [];
    const session = createSessionStore({
      persistence: storage.window('w1'), newId: sequentialIds('w1-'), now: () => '2026-03-05T10:00:00.000Z', schedule: () => 0, notify: () => undefined,
      readAlongside: (projectId) => { asked.push(projectId); return new Promise<void>((resolve) => { arrive = resolve; }); },
    });
    const opened = session.getState().openProject('p1' as ProjectId);
    // Asked at once, beside the plan's read, not after it.
    expect(asked).toEqual(['p1']);
    await settle();
    expect(session.getState().plan).toBeNull();
    arrive();
    expect(await opened).toBe(true);
    expect(session.getState().plan?.project.name).toBe('Payments');
  });
});
