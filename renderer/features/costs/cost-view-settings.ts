/**
 * The Cost view's choices per project (whether the chart is shown under the table), kept on this
 * machine in the database's meta table beside the Gantt's (gantt/view-preferences.ts), never in
 * the plan file: how this person looks at the plan is not part of the plan a colleague receives.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlanRepository } from '../../db';

export interface CostViewSettings {
  /** The chart panel under the table; hidden, the table takes the panel's whole height. */
  readonly isChartShown: boolean;
}

export const DEFAULT_COST_VIEW_SETTINGS: CostViewSettings = { isChartShown: true };

type SettingsStorage = Pick<PlanRepository, 'getMeta' | 'setMeta'>;

export const costViewSettingsKey = (projectId: string): string => `cost-view:${projectId}`;

/** The stored choices that are still valid over the defaults; anything unknown or mistyped is left at its default. Pure. */
export function readCostViewSettings(stored: unknown): CostViewSettings {
  if (typeof stored !== 'object' || stored === null) return DEFAULT_COST_VIEW_SETTINGS;
  const { isChartShown } = stored as Record<string, unknown>;
  return { isChartShown: typeof isChartShown === 'boolean' ? isChartShown : DEFAULT_COST_VIEW_SETTINGS.isChartShown };
}

/**
 * The settings last read or chosen per project, per storage: coming back to the Cost view in this
 * window lays it out at once instead of waiting for the database again.
 */
const known = new WeakMap<SettingsStorage, Map<string, CostViewSettings>>();

function remember(storage: SettingsStorage, projectId: string, settings: CostViewSettings): void {
  let byProject = known.get(storage);
  if (!byProject) known.set(storage, (byProject = new Map<string, CostViewSettings>()));
  byProject.set(projectId, settings);
}

/**
 * One project's Cost view settings: null until read (so a hidden chart is not drawn for a moment
 * and then taken away), written on every change. A failed read or write leaves the defaults: a
 * view setting is not plan data.
 */
export function useCostViewSettings(storage: SettingsStorage, projectId: string): readonly [CostViewSettings | null, (changes: Partial<CostViewSettings>) => void] {
  const [settings, setSettings] = useState<CostViewSettings | null>(() => known.get(storage)?.get(projectId) ?? null);
  // A choice made while the stored one is loading wins over it (the load would undo the click).
  const isChangedSinceLoad = useRef(false);
  useEffect(() => {
    const remembered = known.get(storage)?.get(projectId);
    if (remembered) {
      setSettings(remembered);
      return undefined;
    }
    let isCurrent = true;
    isChangedSinceLoad.current = false;
    setSettings(null);
    const settle = (read: CostViewSettings): void => {
      if (!isCurrent || isChangedSinceLoad.current) return;
      remember(storage, projectId, read);
      setSettings(read);
    };
    storage.getMeta<unknown>(costViewSettingsKey(projectId)).then((stored) => settle(readCostViewSettings(stored)), () => settle(DEFAULT_COST_VIEW_SETTINGS));
    return () => { isCurrent = false; };
  }, [storage, projectId]);
  const change = useCallback((changes: Partial<CostViewSettings>) => {
    isChangedSinceLoad.current = true;
    const next = { ...(known.get(storage)?.get(projectId) ?? DEFAULT_COST_VIEW_SETTINGS), ...changes };
    remember(storage, projectId, next);
    setSettings(next);
    storage.setMeta(costViewSettingsKey(projectId), next).catch(() => undefined);
  }, [storage, projectId]);
  return [settings, change] as const;
}
