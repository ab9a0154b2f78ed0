// @vitest-environment happy-dom
/**
 * A new project is on screen before it is stored, so the dialog that asked for it closes then:
 * the keys typed next go to the plan, not to a dialog waiting on IndexedDB. When storage refuses
 * the write, the project leaves the screen and a notice says it was not added.
 */
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { PlanRepository } from '../../../../renderer/db';
import { sequentialIds } from '../../../../renderer/domain/model';
import { scheduleProject, type ScheduleResult } from '../../../../renderer/domain/schedule';
import { useProjectActions, type ProjectActions } from '../../../../renderer/features/projects/use-project-actions';
import { ServicesProvider, type Services } from '../../../../renderer/features/shared/services';
import { createSessionStore, createUiStore, StoresProvider, type Stores } from '../../../../renderer/store';
import { MemoryStorage } from '../../../support/memory-persistence';
import { rootPerTest } from '../../../support/react-root';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const { root } = rootPerTest();

async function mountActions(storage: MemoryStorage): Promise<{ actions: ProjectActions; stores: Stores }> {
  const session = createSessionStore<ScheduleResult>({
    persistence: storage.window('w1'),
    newId: sequentialIds('n'),
    now: () => '2026-03-05T10:00:00.000Z',
    schedule: (plan) => scheduleProject(plan),
    notify: () => undefined,
  });
  const stores: Stores = { session, ui: createUiStore() };
  const services = { newId: sequentialIds('id-'), now: () => '2026-03-05T10:00:00.000Z', today: () => '2026-03-05', repository: {} as PlanRepository, stores } as unknown as Services;
  let actions: ProjectActions | null = null;
  const Probe = (): null => {
    actions = useProjectActions();
    return null;
  };
  await act(async () => {
    root().render(<ServicesProvider services={services}><StoresProvider stores={stores}><Probe /></StoresProvider></ServicesProvider>);
    await Promise.resolve();
  });
  if (actions === null) throw new Error('useProjectActions did not render');
  return { actions, stores };
}

describe('creating a project', () => {
  it('tells the dialog once the project is shown, which is once it is stored (it exists nowhere else)', async () => {
    const storage = new MemoryStorage();
    const { actions, stores } = await mountActions(storage);
    const release = storage.holdSaves();
    let shownWithTitle: string | null = null;
    let isStoredWhenShown = false;
    const created = actions.create({ name: 'Payments', startDate: '2026-03-09' }, () => {
      shownWithTitle = stores.session.getState().plan?.project.name ?? null;
      isStoredWhenShown = storage.projects.size > 0;
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shownWithTitle).toBeNull();
    release();
    await created;
    expect(shownWithTitle).toBe('Payments');
    expect(isStoredWhenShown).toBe(true);
    expect(storage.projects.size).toBe(1);
    expect(stores.session.getState().pendingWrites).toBe(0);
    expect(stores.session.getState().history.undo.at(-1)?.label).toBe('New project');
  });

  it('says the project was not added when storage refuses it, and shows nothing of it', async () => {
    const storage = new MemoryStorage();
    const { actions, stores } = await mountActions(storage);
    storage.failNextWrites(new Error('QuotaExceededError'));
    await actions.create({ name: 'Payments', startDate: '2026-03-09' });
    expect(stores.session.getState().projectId).toBeNull();
    expect(storage.projects.size).toBe(0);
    expect(stores.ui.getState().notices.map((n) => n.message)).toEqual(['“Payments” was not added: the database refused the write (QuotaExceededError).']);
  });
});
