/** Workspace preferences: read back checked, written when one changes, never in the way. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyBoardPreferences, keepPreferences, loadPreferences, PREFERENCES_KEY, type PreferenceStorage } from '../../../renderer/app/preferences';
import { getBoardSettings, setBoardSettings } from '../../../renderer/features/board/board-settings';
import { createUiStore } from '../../../renderer/store';

function memoryStorage(initial?: unknown) {
  const meta = new Map<string, unknown>(initial === undefined ? [] : [[PREFERENCES_KEY, initial]]);
  const storage: PreferenceStorage & { writes: number } = {
    writes: 0,
    getMeta: <T>(key: string) => Promise.resolve(meta.get(key) as T | undefined),
    setMeta: (key: string, value: unknown) => {
      storage.writes++;
      meta.set(key, value);
      return Promise.resolve();
    },
  };
  return { storage, stored: () => meta.get(PREFERENCES_KEY) };
}

afterEach(() => {
  setBoardSettings({ laneMode: 'none' });
});

describe('preferences', () => {
  it('reads back what was stored and ignores values it does not know', async () => {
    expect(await loadPreferences(memoryStorage().storage)).toEqual({});
    expect(await loadPreferences(memoryStorage('dark').storage)).toEqual({});
    const { storage } = memoryStorage({ theme: 'dark', view: 'board', boardLanes: 'phase', atRiskOnly: true });
    expect(await loadPreferences(storage)).toEqual({ theme: 'dark', view: 'board', boardLanes: 'phase', atRiskOnly: true });
    const odd = memoryStorage({ theme: 'sepia', view: 'timesheets', boardLanes: 'colour', atRiskOnly: 'yes' });
    expect(await loadPreferences(odd.storage)).toEqual({});
  });

  it('starts the board with the remembered swimlanes', () => {
    applyBoardPreferences({ boardLanes: 'assignee' });
    expect(getBoardSettings().laneMode).toBe('assignee');
  });

  it('writes the theme, view, swimlanes and the at-risk filter when one of them changes, and only then', () => {
    const { storage, stored } = memoryStorage();
    const ui = createUiStore();
    const stop = keepPreferences(storage, ui);
    ui.getState().select([]);
    expect(storage.writes).toBe(0);
    ui.getState().setTheme('dark');
    ui.getState().setView('gantt');
    setBoardSettings({ laneMode: 'priority' });
    ui.getState().setAtRiskOnly(true);
    expect(stored()).toEqual({ theme: 'dark', view: 'gantt', boardLanes: 'priority', atRiskOnly: true });
    expect(storage.writes).toBe(4);
    stop();
    ui.getState().setTheme('light');
    expect(storage.writes).toBe(4);
  });

  it('drops a failed write without disturbing the app', async () => {
    const failing: PreferenceStorage = { getMeta: () => Promise.resolve(undefined), setMeta: vi.fn(() => Promise.reject(new Error('disk full'))) };
    const ui = createUiStore();
    keepPreferences(failing, ui);
    expect(() => ui.getState().setTheme('dark')).not.toThrow();
    await Promise.resolve();
    expect(failing.setMeta).toHaveBeenCalledTimes(1);
  });
});
