/**
 * Workspace preferences that outlive a restart: the theme, the view last shown, the board's
 * swimlanes and the "Tasks at risk" filter. Kept in the database's meta table (never in plans: they belong to this machine, not
 * to the plan a colleague receives). Values read back are checked: an unknown one is ignored.
 */
import { LANE_MODES, type LaneMode } from '../domain/board';
import { getBoardSettings, setBoardSettings, subscribeBoardSettings } from '../features/board/board-settings';
import { VIEWS, type ThemePreference, type UiStore, type ViewName } from '../store';

export interface Preferences {
  readonly theme?: ThemePreference;
  readonly view?: ViewName;
  readonly boardLanes?: LaneMode;
  readonly atRiskOnly?: boolean;
}

/** The part of the repository preferences need. */
export interface PreferenceStorage {
  getMeta<T>(key: string): Promise<T | undefined>;
  setMeta(key: string, value: unknown): Promise<void>;
}

export const PREFERENCES_KEY = 'preferences';
const THEMES: readonly ThemePreference[] = ['system', 'light', 'dark'];

const oneOf = <T extends string>(allowed: readonly T[], value: unknown): T | undefined =>
  allowed.find((a) => a === value);

export async function loadPreferences(storage: PreferenceStorage): Promise<Preferences> {
  const stored = await storage.getMeta<unknown>(PREFERENCES_KEY);
  if (typeof stored !== 'object' || stored === null) return {};
  const { theme, view, boardLanes, atRiskOnly } = stored as Record<string, unknown>;
  const prefs: { -readonly [K in keyof Preferences]: Preferences[K] } = {};
  const t = oneOf(THEMES, theme);
  const v = oneOf(VIEWS, view);
  const l = oneOf(LANE_MODES, boardLanes);
  if (t) prefs.theme = t;
  if (v) prefs.view = v;
  if (l) prefs.boardLanes = l;
  if (typeof atRiskOnly === 'boolean') prefs.atRiskOnly = atRiskOnly;
  return prefs;
}

/** Applies stored preferences to the board (the UI store takes its own at creation). */
export function applyBoardPreferences(prefs: Preferences): void {
  if (prefs.boardLanes) setBoardSettings({ laneMode: prefs.boardLanes });
}

/**
 * Writes the preferences whenever one of them changes. A failed write is dropped: preferences
 * are not plan data, and the next change writes them all again.
 */
export function keepPreferences(storage: PreferenceStorage, ui: UiStore): () => void {
  const current = (): Preferences => {
    const { theme, view, atRiskOnly } = ui.getState();
    return { theme, view, boardLanes: getBoardSettings().laneMode, atRiskOnly };
  };
  let last = current();
  // Called on every UI change (selection, notices): four comparisons decide whether to write.
  const save = (): void => {
    const next = current();
    if (next.theme === last.theme && next.view === last.view && next.boardLanes === last.boardLanes && next.atRiskOnly === last.atRiskOnly) return;
    last = next;
    storage.setMeta(PREFERENCES_KEY, next).catch(() => undefined);
  };
  const unsubscribeUi = ui.subscribe(save);
  const unsubscribeBoard = subscribeBoardSettings(save);
  return () => {
    unsubscribeUi();
    unsubscribeBoard();
  };
}
