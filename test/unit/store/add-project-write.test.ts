/**
 * When the session writes a project it is given (plan-store addProject, AddOptions): one made in
 * the app (New project, a template, a duplicate) exists nowhere else, so it is shown once it is
 * stored (sent before the render was lost to a same-task reload in Chromium 156); a plan read from a file is still on disk, so
 * its write waits for the first paint and its rows show before that work.
 */
import { describe, expect, it } from 'vitest';
import { sequentialIds, type Plan, type ProjectId } from '../../../renderer/domain/model';
import { createSessionStore, type PlanPersistence } from '../../../renderer/store';
import { MemoryStorage } from '../../support/memory-persistence';
import { blankPlan } from '../../support/plan-builder';

const planNamed = (name: string, id: string): Plan => {
  const plan = blankPlan(name);
  return { ...plan, project: { ...plan.project, id: id as ProjectId } };
};

/** A session whose frames are painted only when the test says so (`paint`); `saves` lists each addPlan call by project name. */
function sessionWithHeldPaint() {
  const storage = new MemoryStorage();
  storage.put(planNamed('Payments', 'p1'));
  const persistence = storage.window('w1');
  const saves: string[] = [];
  const counted: PlanPersistence = { ...persistence, addPlan: (plan) => { saves.push(plan.project.name); return persistence.addPlan(plan); } };
  let paint: () => void = () => undefined;
  const painted = new Promise<void>((resolve) => { paint = resolve; });
  const session = createSessionStore({
    persistence: counted, newId: sequentialIds('w1-'), now: () => '2026-03-05T10:00:00.000Z',
    schedule: (plan: Plan) => Object.keys(plan.tasks).length, notify: () => undefined, afterPaint: () => painted,
  });
  return { session, storage, saves, paint };
}

const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('when a project added in this window is written', () => {
  it('a project made in the app is shown once it is stored, without waiting for a paint', async () => {
    const { session, storage, saves } = sessionWithHeldPaint();
    await session.getState().openProject('p1' as ProjectId);
    // What storage held when subscribers (React) first heard of the new project.
    let storedWhenShown: string | null | undefined;
    session.subscribe((state) => { if (state.projectId === 'p2' && storedWhenShown === undefined) storedWhenShown = storage.revisionOf('p2'); });

    const added = session.getState().addProject(planNamed('Launch', 'p2'));
    if (!added.ok) throw new Error(added.problem.message);
    expect(saves).toEqual(['Launch']);
    // The project shown until then stays; nothing of the new one is on screen before it is stored.
    expect(session.getState().plan?.project.name).toBe('Payments');
    expect(await added.stored).toBeNull();
    expect(storedWhenShown).toBe('1:w1');
    expect(session.getState().plan?.project.name).toBe('Launch');
    expect(session.getState().pendingWrites).toBe(0);
  });

  it('a plan read from a file is shown first and written once its first frame is painted', async () => {
    const { session, storage, saves, paint } = sessionWithHeldPaint();
    await session.getState().openProject('p1' as ProjectId);

    const added = session.getState().addProject(planNamed('Imported', 'p2'), { source: 'file' });
    if (!added.ok) throw new Error(added.problem.message);
    expect(session.getState().plan?.project.name).toBe('Imported');
    expect(session.getState().pendingWrites).toBe(1);
    await settle();
    expect(saves).toEqual([]);
    expect(storage.revisionOf('p2')).toBeNull();

    paint();
    expect(await added.stored).toBeNull();
    expect(saves).toEqual(['Imported']);
    expect(storage.revisionOf('p2')).toBe('1:w1');
    expect(session.getState().pendingWrites).toBe(0);
  });
});
