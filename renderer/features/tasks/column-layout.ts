/**
 * Which table columns show, in what order: a person's view of a project on this machine, so it is
 * kept as a UI preference in the database's meta table (one key per project), like the theme, and
 * never written into the plan a colleague receives. Pure; values read back are checked.
 */
export interface ColumnLayout {
  /** Every known column key, in display order. */
  readonly order: readonly string[];
  readonly hidden: readonly string[];
}

interface ColumnInfo {
  readonly key: string;
  readonly isDefault?: boolean;
}

/** The column a row is named by cannot be hidden. */
export const ALWAYS_SHOWN = 'name';

export const columnLayoutKey = (projectId: string): string => `columns:${projectId}`;

export function defaultLayout(all: readonly ColumnInfo[]): ColumnLayout {
  return { order: all.map((c) => c.key), hidden: all.filter((c) => !c.isDefault).map((c) => c.key) };
}

/** A stored layout, checked: unknown keys dropped, columns added since it was saved appended hidden. */
export function readColumnLayout(stored: unknown, all: readonly ColumnInfo[]): ColumnLayout {
  if (typeof stored !== 'object' || stored === null) return defaultLayout(all);
  const { order, hidden } = stored as Record<string, unknown>;
  if (!Array.isArray(order) || !Array.isArray(hidden)) return defaultLayout(all);
  const known = new Set(all.map((c) => c.key));
  const kept = [...new Set(order.filter((k): k is string => typeof k === 'string' && known.has(k)))];
  const added = all.filter((c) => !kept.includes(c.key));
  return {
    order: [...kept, ...added.map((c) => c.key)],
    hidden: [...hidden.filter((k): k is string => typeof k === 'string' && known.has(k) && k !== ALWAYS_SHOWN), ...added.map((c) => c.key)],
  };
}

export function visibleColumns<C extends ColumnInfo>(layout: ColumnLayout, all: readonly C[]): C[] {
  const byKey = new Map(all.map((c) => [c.key, c]));
  const hidden = new Set(layout.hidden);
  return layout.order.filter((k) => !hidden.has(k)).map((k) => byKey.get(k)).filter((c): c is C => c !== undefined);
}

export function setColumnShown(layout: ColumnLayout, key: string, isShown: boolean): ColumnLayout {
  if (key === ALWAYS_SHOWN) return layout;
  const hidden = layout.hidden.filter((k) => k !== key);
  return { ...layout, hidden: isShown ? hidden : [...hidden, key] };
}

/** Moves a column one place left (-1) or right (+1) in the order; the ends stay put. */
export function moveColumn(layout: ColumnLayout, key: string, delta: -1 | 1): ColumnLayout {
  const order = [...layout.order];
  const from = order.indexOf(key);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= order.length) return layout;
  [order[from], order[to]] = [order[to] ?? key, key];
  return { ...layout, order };
}

/** The row-number column's width, before the first column. */
export const ROW_NUMBER_WIDTH = 48;
/** Frozen columns stop here: wider, they would leave too little of a 1024 px window to scroll. */
const MAX_FROZEN_WIDTH = 480;
/** The task name narrows to fit the table no further than this: below it, names read cut on every row. */
export const MIN_FITTED_NAME_WIDTH = 200;

/**
 * `columns` with the task name narrowed so that they all fit `tableWidth` (the scrolling area's
 * inner width, px) without a sideways scroll, when that leaves the name at least
 * MIN_FITTED_NAME_WIDTH: the default columns then fit a 1440 px window, where they were 30 px too
 * wide, and the table scrolled by a whole column (Duration) under the frozen name. Unchanged when
 * they fit already or would not fit even so: the table scrolls then, and the frozen name keeps
 * its full width, which a narrow window needs most.
 */
export function fitNameColumn<C extends { readonly key: string; readonly width: number }>(columns: readonly C[], tableWidth: number): readonly C[] {
  const excess = columns.reduce((sum, c) => sum + c.width, ROW_NUMBER_WIDTH) - tableWidth;
  const name = columns.find((c) => c.key === ALWAYS_SHOWN);
  if (excess <= 0 || !name || name.width - excess < MIN_FITTED_NAME_WIDTH) return columns;
  return columns.map((c) => (c === name ? { ...c, width: name.width - excess } : c));
}

/**
 * The left offset of each column frozen at the table's left edge while it scrolls sideways (as
 * Excel's Freeze Panes and MS Project's fixed task name): the columns up to and including the
 * task name, so a person always sees which row they edit; null for a column that scrolls. Nothing
 * is frozen when the name comes after columns wider than MAX_FROZEN_WIDTH together.
 */
export function frozenOffsets(columns: readonly { readonly key: string; readonly width: number }[]): (number | null)[] {
  const nameAt = columns.findIndex((c) => c.key === ALWAYS_SHOWN);
  const offsets: (number | null)[] = columns.map(() => null);
  let left = ROW_NUMBER_WIDTH;
  for (let i = 0; i <= nameAt; i++) {
    offsets[i] = left;
    left += columns[i]?.width ?? 0;
  }
  return nameAt >= 0 && left <= ROW_NUMBER_WIDTH + MAX_FROZEN_WIDTH ? offsets : columns.map(() => null);
}

/** From the table's left edge to where the scrolled columns start on screen: the row number and every frozen column. */
export function frozenWidth(columns: readonly { readonly width: number }[], frozen: readonly (number | null)[]): number {
  return columns.reduce((sum, c, i) => sum + ((frozen[i] ?? null) === null ? 0 : c.width), ROW_NUMBER_WIDTH);
}
