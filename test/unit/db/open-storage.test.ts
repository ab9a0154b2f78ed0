// No fake-indexeddb/auto here: this file runs where the platform has no IndexedDB at all.
import { describe, expect, it } from 'vitest';
import { openStorage, PlanRepository } from '../../../renderer/db';
import { blankPlan } from '../../support/plan-builder';

describe('openStorage', () => {
  it('falls back to an in-memory database that works, and says why, when IndexedDB is refused', async () => {
    expect(typeof indexedDB).toBe('undefined');
    const storage = await openStorage('2026-03-05T10:00:00.000Z');
    expect(storage.kind).toBe('memory');
    if (storage.kind !== 'memory') return;
    expect(storage.reason).toMatch(/^MissingAPIError: /);
    const repo = new PlanRepository(storage.db);
    const plan = blankPlan('In memory');
    await repo.savePlan(plan);
    expect((await repo.loadPlan(plan.project.id))?.project.name).toBe('In memory');
    storage.db.close();
  });

  it('starts in memory when the person chose to on the boot error page', async () => {
    const storage = await openStorage('2026-03-05T10:00:00.000Z', 'you chose to start without saved data');
    expect(storage).toMatchObject({ kind: 'memory', reason: 'you chose to start without saved data' });
    storage.db.close();
  });
});
