// @vitest-environment happy-dom
/**
 * The Gantt's settings per project (view-preferences.ts): the first mount reads them from the
 * storage and draws nothing until then; a later mount in the same window opens with what was read
 * or chosen at once (no second read, no empty frame), the baseline shown among them.
 */
import { act, StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import type { GanttSettings } from '../../../../renderer/features/gantt/use-gantt-model';
import { ganttPreferencesKey, readGanttSettingsAhead, useGanttSettings, type ViewPreferenceStorage } from '../../../../renderer/features/gantt/view-preferences';
import { rootPerTest } from '../../../support/react-root';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function memoryStorage(initial: Record<string, unknown> = {}): ViewPreferenceStorage & { reads: number; writes: number; values: Record<string, unknown> } {
  const store = {
    reads: 0,
    writes: 0,
    values: { ...initial },
    getMeta<T>(key: string): Promise<T | undefined> {
      store.reads++;
      return Promise.resolve(store.values[key] as T | undefined);
    },
    setMeta(key: string, value: unknown): Promise<void> {
      store.writes++;
      store.values[key] = value;
      return Promise.resolve();
    },
  };
  return store;
}

interface Seen { settings: GanttSettings | null; change: (c: Partial<GanttSettings>) => void }

function Probe({ storage, projectId, seen }: { storage: ViewPreferenceStorage; projectId: string; seen: Seen[] }) {
  const [settings, change] = useGanttSettings(storage, projectId);
  seen.push({ settings, change });
  return null;
}

const flush = async (): Promise<void> => { await act(async () => { await Promise.resolve(); }); };
const { root } = rootPerTest();

describe('the Gantt’s settings across mounts', () => {
  it('reads once, then opens a later mount with the settings read and chosen, without an empty frame', async () => {
    const storage = memoryStorage({ [ganttPreferencesKey('p1')]: { zoom: 'week', showCritical: true } });
    const first: Seen[] = [];
    act(() => root().render(<StrictMode><Probe storage={storage} projectId="p1" seen={first} /></StrictMode>));
    expect(first[0]?.settings).toBeNull();
    await flush();
    expect(first.at(-1)?.settings).toMatchObject({ zoom: 'week', showCritical: true, baselineId: null });
    act(() => first.at(-1)?.change({ zoom: 'month', baselineId: 'b1' }));
    await flush();
    expect(storage.values[ganttPreferencesKey('p1')]).toMatchObject({ zoom: 'month', showCritical: true, baselineId: 'b1' });
    const reads = storage.reads;
    act(() => root().render(null));

    const again: Seen[] = [];
    act(() => root().render(<StrictMode><Probe storage={storage} projectId="p1" seen={again} /></StrictMode>));
    await flush();
    expect(again.every((s) => s.settings !== null)).toBe(true);
    expect(again[0]?.settings).toMatchObject({ zoom: 'month', showCritical: true, baselineId: 'b1' });
    expect(storage.reads).toBe(reads);
  });

  it('reads the baseline shown back from the storage, as after a reload', async () => {
    const storage = memoryStorage({ [ganttPreferencesKey('p2')]: { zoom: 'week', baselineId: 'b3' } });
    const seen: Seen[] = [];
    act(() => root().render(<Probe storage={storage} projectId="p2" seen={seen} />));
    await flush();
    expect(seen.at(-1)?.settings).toMatchObject({ zoom: 'week', baselineId: 'b3' });
  });

  it('reads each project of its own, and another storage afresh', async () => {
    const storage = memoryStorage({ [ganttPreferencesKey('a')]: { zoom: 'quarter' }, [ganttPreferencesKey('b')]: { zoom: 'hour' } });
    const seen: Seen[] = [];
    act(() => root().render(<Probe storage={storage} projectId="a" seen={seen} />));
    await flush();
    expect(seen.at(-1)?.settings?.zoom).toBe('quarter');
    act(() => root().render(<Probe storage={storage} projectId="b" seen={seen} />));
    await flush();
    expect(seen.at(-1)?.settings?.zoom).toBe('hour');
    const other = memoryStorage({ [ganttPreferencesKey('a')]: { zoom: 'month' } });
    act(() => root().render(<Probe storage={other} projectId="a" seen={seen} />));
    await flush();
    expect(seen.at(-1)?.settings?.zoom).toBe('month');
    expect(other.reads).toBe(1);
  });

  it('opens a project’s first mount with its settings when they were read alongside its plan', async () => {
    const storage = memoryStorage({ [ganttPreferencesKey('p3')]: { zoom: 'quarter', showSlack: true } });
    await readGanttSettingsAhead(storage, 'p3');
    const seen: Seen[] = [];
    act(() => root().render(<Probe storage={storage} projectId="p3" seen={seen} />));
    // Drawn at the remembered zoom in its first render: no empty frame, no second read.
    expect(seen[0]?.settings).toMatchObject({ zoom: 'quarter', showSlack: true });
    await flush();
    expect(seen.every((s) => s.settings?.zoom === 'quarter')).toBe(true);
    expect(storage.reads).toBe(1);
    // Known now: a second read ahead (the project opened again) asks the storage nothing.
    await readGanttSettingsAhead(storage, 'p3');
    expect(storage.reads).toBe(1);
  });

  it('leaves a failed read ahead to the chart, which reads again', async () => {
    const storage = memoryStorage({ [ganttPreferencesKey('p4')]: { zoom: 'week' } });
    const read = storage.getMeta.bind(storage);
    storage.getMeta = () => Promise.reject(new Error('database closed'));
    await expect(readGanttSettingsAhead(storage, 'p4')).resolves.toBeUndefined();
    storage.getMeta = read;
    const seen: Seen[] = [];
    act(() => root().render(<Probe storage={storage} projectId="p4" seen={seen} />));
    expect(seen[0]?.settings).toBeNull();
    await flush();
    expect(seen.at(-1)?.settings?.zoom).toBe('week');
  });
});
