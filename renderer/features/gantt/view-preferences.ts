/**
 * The Gantt's view choices per project (zoom or fit, critical path, slack, colour by, the baseline
 * shown, where the divider between grid and chart was left), kept on this machine in the database's meta table, never in the plan file: they are how this person
 * looks at the plan, not part of the plan a colleague receives. Values read back are checked.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { COLOUR_MODES } from './colours';
import { readGridWidthPx } from './grid-split';
import { ZOOMS } from './time-scale';
import { DEFAULT_SETTINGS, type GanttSettings } from './use-gantt-model';

export type GanttViewPreferences = Pick<GanttSettings, 'zoom' | 'isFitted' | 'showCritical' | 'showSlack' | 'colourMode' | 'baselineId' | 'gridWidthPx'>;

export interface ViewPreferenceStorage {
  getMeta<T>(key: string): Promise<T | undefined>;
  setMeta(key: string, value: unknown): Promise<void>;
}

export const ganttPreferencesKey = (projectId: string): string => `gantt-view:${projectId}`;

/** The stored choices that are still valid; anything unknown or mistyped is left at its default. Pure. */
export function readGanttPreferences(stored: unknown): Partial<GanttViewPreferences> {
  if (typeof stored !== 'object' || stored === null) return {};
  const { zoom, isFitted, showCritical, showSlack, colourMode, baselineId, gridWidthPx } = stored as Record<string, unknown>;
  const out: { -readonly [K in keyof GanttViewPreferences]?: GanttViewPreferences[K] } = {};
  const z = ZOOMS.find((x) => x === zoom);
  const c = COLOUR_MODES.find((x) => x === colourMode);
  if (z) out.zoom = z;
  if (c) out.colourMode = c;
  if (typeof isFitted === 'boolean') out.isFitted = isFitted;
  if (typeof showCritical === 'boolean') out.showCritical = showCritical;
  if (typeof showSlack === 'boolean') out.showSlack = showSlack;
  // Whether that baseline still exists is the plan's to say (shownBaseline), not the storage's.
  if (typeof baselineId === 'string' || baselineId === null) out.baselineId = baselineId;
  const grid = readGridWidthPx(gridWidthPx);
  if (grid !== null) out.gridWidthPx = grid;
  return out;
}

/** What is written: the remembered fields only. Pure. */
export function ganttPreferencesOf(settings: GanttSettings): GanttViewPreferences {
  const { zoom, isFitted, showCritical, showSlack, colourMode, baselineId, gridWidthPx } = settings;
  return { zoom, isFitted, showCritical, showSlack, colourMode, baselineId, gridWidthPx };
}

/**
 * The settings as drawn: a remembered baseline the plan no longer holds (cleared, undone, another
 * machine's file) shows as None. The choice itself is kept, so a Redo that brings the baseline
 * back shows it again. Pure.
 */
export function shownBaseline(settings: GanttSettings, baselines: Readonly<Record<string, unknown>>): GanttSettings {
  return settings.baselineId !== null && !Object.hasOwn(baselines, settings.baselineId) ? { ...settings, baselineId: null } : settings;
}

/**
 * The preferences last read or chosen per project, per storage: the Gantt's later mounts in this
 * window open with them at once instead of drawing nothing until the database answers again.
 * Every write goes through useGanttSettings, so they are what the storage holds.
 */
const knownPreferences = new WeakMap<ViewPreferenceStorage, Map<string, GanttViewPreferences>>();

function knownSettings(storage: ViewPreferenceStorage, projectId: string): GanttSettings | null {
  const known = knownPreferences.get(storage)?.get(projectId);
  return known ? { ...DEFAULT_SETTINGS, ...known } : null;
}

function remember(storage: ViewPreferenceStorage, projectId: string, preferences: GanttViewPreferences): void {
  let byProject = knownPreferences.get(storage);
  if (!byProject) knownPreferences.set(storage, (byProject = new Map<string, GanttViewPreferences>()));
  byProject.set(projectId, preferences);
}

/** A project's stored preferences over the defaults, remembered as known. */
async function readPreferences(storage: ViewPreferenceStorage, projectId: string): Promise<GanttSettings> {
  const loaded = { ...DEFAULT_SETTINGS, ...readGanttPreferences(await storage.getMeta<unknown>(ganttPreferencesKey(projectId))) };
  remember(storage, projectId, ganttPreferencesOf(loaded));
  return loaded;
}

/**
 * Reads a project's preferences before its Gantt mounts: the app does it alongside the plan when
 * a project is opened (SessionDeps.readAlongside), so the chart draws at its remembered zoom in
 * its first render, not one database round trip and one more render after an empty one. Never
 * rejects: after a failed read the chart reads again.
 */
export function readGanttSettingsAhead(storage: ViewPreferenceStorage, projectId: string): Promise<void> {
  if (knownSettings(storage, projectId)) return Promise.resolve();
  return readPreferences(storage, projectId).then(() => undefined, () => undefined);
}

/**
 * Settings for one project's Gantt, loaded before the chart is drawn (null until then, so the
 * chart opens at the remembered zoom instead of jumping to it) and written on every change. A
 * failed read or write leaves the defaults: preferences are not plan data.
 */
export function useGanttSettings(storage: ViewPreferenceStorage, projectId: string): readonly [GanttSettings | null, (changes: Partial<GanttSettings>) => void] {
  const [settings, setSettings] = useState<GanttSettings | null>(() => knownSettings(storage, projectId));
  const written = useRef<string | null>(settings ? JSON.stringify(ganttPreferencesOf(settings)) : null);
  const readFor = useRef<{ storage: ViewPreferenceStorage; projectId: string } | null>(settings ? { storage, projectId } : null);
  useEffect(() => {
    // The first mount's known settings need no read; a later project (or storage) does.
    if (readFor.current?.storage === storage && readFor.current.projectId === projectId) return undefined;
    readFor.current = { storage, projectId };
    const known = knownSettings(storage, projectId);
    if (known) {
      written.current = JSON.stringify(ganttPreferencesOf(known));
      setSettings(known);
      return undefined;
    }
    let isCurrent = true;
    setSettings(null);
    readPreferences(storage, projectId).then(
      (loaded) => {
        if (!isCurrent) return;
        written.current = JSON.stringify(ganttPreferencesOf(loaded));
        setSettings(loaded);
      },
      () => { if (isCurrent) setSettings(DEFAULT_SETTINGS); },
    );
    return () => {
      isCurrent = false;
      // Unmounted (or StrictMode's rehearsal) before or after the answer: the next run reads or takes the known settings.
      readFor.current = null;
    };
  }, [storage, projectId]);
  useEffect(() => {
    if (!settings) return;
    const value = ganttPreferencesOf(settings);
    const text = JSON.stringify(value);
    if (text === written.current) return;
    written.current = text;
    remember(storage, projectId, value);
    storage.setMeta(ganttPreferencesKey(projectId), value).catch(() => undefined);
  }, [settings, storage, projectId]);
  const change = useCallback((changes: Partial<GanttSettings>) => setSettings((s) => (s ? { ...s, ...changes } : s)), []);
  return [settings, change] as const;
}
