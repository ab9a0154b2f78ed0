// @vitest-environment happy-dom
/**
 * Copied rows outlive a reload and reach the app's other windows through local storage; what is
 * stored damaged, or shaped otherwise, is never pasted: this window's own copy is used instead.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlanFragment } from '../../../../renderer/domain/commands';
import type * as CopiedRowsModule from '../../../../renderer/features/tasks/copied-rows';

const KEY = 'plotline.copiedRows.v1';
const fragment = (name: string): PlanFragment => ({ tasks: [{ fields: { name } }], links: [], assignments: [] } as unknown as PlanFragment);

/** The module afresh, as after a reload: nothing in memory. */
const fresh = async (): Promise<typeof CopiedRowsModule> => {
  vi.resetModules();
  return import('../../../../renderer/features/tasks/copied-rows');
};

afterEach(() => localStorage.clear());

describe('copied rows', () => {
  it('are found after a reload, and the newest copy from any window wins', async () => {
    const first = await fresh();
    first.keepCopiedRows({ fragment: fragment('Move'), text: '#\tTask name\n1\tMove' });
    const reloaded = await fresh();
    expect(reloaded.copiedRows()).toEqual({ fragment: fragment('Move'), text: '#\tTask name\n1\tMove' });
    // Another window copies later: its rows are the ones pasted here.
    localStorage.setItem(KEY, JSON.stringify({ fragment: fragment('Pack'), text: 'Pack' }));
    expect(first.copiedRows()?.fragment).toEqual(fragment('Pack'));
  });

  it('ignores what is stored damaged or shaped otherwise, and falls back on this window\'s own copy', async () => {
    const copied = await fresh();
    copied.keepCopiedRows({ fragment: fragment('Move'), text: 'Move' });
    for (const stored of ['{"fragment":', JSON.stringify({ text: 'x', fragment: { tasks: [], links: [], assignments: [] } }), JSON.stringify({ text: 1, fragment: fragment('x') }), JSON.stringify({ text: 'x', fragment: { tasks: [{ fields: {} }], links: [], assignments: [] } })]) {
      localStorage.setItem(KEY, stored);
      expect(copied.copiedRows()?.text).toBe('Move');
    }
    localStorage.clear();
    expect((await fresh()).copiedRows()).toBeNull();
  });

  it('pastes this window\'s newest copy, not an older one left in storage, when storage refuses the write (full)', async () => {
    const copied = await fresh();
    copied.keepCopiedRows({ fragment: fragment('Pack'), text: 'Pack' });
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw new DOMException('full', 'QuotaExceededError'); });
    try {
      copied.keepCopiedRows({ fragment: fragment('Move'), text: 'Move' });
    } finally {
      setItem.mockRestore();
    }
    expect(copied.copiedRows()?.text).toBe('Move');
  });
});
