// @vitest-environment happy-dom
/**
 * A file opened as a new project (`source: 'file'`) is shown before IndexedDB holds it (plan-store
 * addProject), so the sidebar lists the open project while its first write is in flight, without
 * the actions that need its stored rows; once the write lands the stored row takes its place.
 */
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanRepository, PlotlineDb } from '../../../../renderer/db';
import { sequentialIds } from '../../../../renderer/domain/model';
import { scheduleProject, type ScheduleResult } from '../../../../renderer/domain/schedule';
import { ProjectList } from '../../../../renderer/features/projects/ProjectList';
import { ServicesProvider, type Services } from '../../../../renderer/features/shared/services';
import { createSessionStore, createUiStore, StoresProvider, type Stores } from '../../../../renderer/store';
import { blankPlan } from '../../../support/plan-builder';
import { rootPerTest } from '../../../support/react-root';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const { root, host } = rootPerTest();
let db: PlotlineDb | null = null;
afterEach(() => { db?.close(); db = null; });

/** Lets Dexie's live query and React settle. */
async function settle(): Promise<void> {
  await act(async () => { await new Promise((resolve) => setTimeout(resolve, 30)); });
}

const rows = (): { name: string; actionsDisabled: boolean; current: boolean }[] =>
  [...host().querySelectorAll('li.project-row')].map((li) => ({
    name: li.querySelector('.project-name')?.textContent ?? '',
    actionsDisabled: (li.querySelector('button[aria-haspopup="menu"]') as HTMLButtonElement).disabled,
    current: li.querySelector('.project-item')?.getAttribute('aria-current') === 'true',
  }));

describe('the sidebar project list', () => {
  it('lists a project opened from a file while its first write is in flight, and the stored row once it lands', async () => {
    db = new PlotlineDb(`project-list-${String(Date.now())}`);
    const repository = new PlanRepository(db);
    let paint: () => void = () => undefined;
    const painted = new Promise<void>((resolve) => { paint = resolve; });
    const session = createSessionStore<ScheduleResult>({
      persistence: repository, newId: sequentialIds('n'), now: () => '2026-03-05T10:00:00.000Z',
      schedule: (plan) => scheduleProject(plan), notify: () => undefined, afterPaint: () => painted,
    });
    const stores: Stores = { session, ui: createUiStore() };
    const services = { repository, stores, newId: sequentialIds('id-'), now: () => '2026-03-05T10:00:00.000Z', today: () => '2026-03-05' } as unknown as Services;
    await act(async () => {
      root().render(<ServicesProvider services={services}><StoresProvider stores={stores}><ProjectList /></StoresProvider></ServicesProvider>);
      await Promise.resolve();
    });
    await settle();
    expect(rows()).toEqual([]);

    const outcome = await act(() => Promise.resolve(session.getState().addProject(blankPlan('Fixture & friends'), { source: 'file' })));
    if (!outcome.ok) throw new Error(outcome.problem.message);
    await settle();
    expect(await repository.listProjects()).toEqual([]);
    expect(rows()).toEqual([{ name: 'Fixture & friends', actionsDisabled: true, current: true }]);

    expect(await act(async () => { paint(); return outcome.stored; })).toBeNull();
    await settle();
    expect((await repository.listProjects()).map((p) => p.name)).toEqual(['Fixture & friends']);
    expect(rows()).toEqual([{ name: 'Fixture & friends', actionsDisabled: false, current: true }]);
  });
});
