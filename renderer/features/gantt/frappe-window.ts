/**
 * The only doorway to frappe-gantt. Plotline owns scrolling and geometry; frappe draws the bars
 * of the rendered window (rows and time range, see visible-window.ts) and runs the bar drags.
 * This wrapper also handles frappe-gantt 1.2.2's known bugs (see patches/README.md for the
 * ones fixed in its code):
 * - names reach innerHTML: every string is escaped (escape.ts);
 * - custom_class must be one token; ids become 'r<row>' so no id can break a selector;
 * - on_date_change fires at every drag step: edits are read once, on mouseup, from the DOM;
 * - each instance leaks a document mouseup listener and there is no destroy(): instances are
 *   pooled and re-attached, never re-created (which also makes React StrictMode's double
 *   mount harmless);
 * - view_modes overrides view_mode: we pass exactly one view mode;
 * - a midnight end gets 24 h added, so ends at midnight carry one millisecond;
 * - refresh() scrolls its own container: set_scroll_position is disabled, Plotline scrolls.
 */
import Gantt, { type FrappeOptions, type FrappeTask, type FrappeViewMode } from 'frappe-gantt';
import 'frappe-gantt/style.css';
import type { TaskId } from '../../domain/model';
import { classToken } from './escape';
import type { GanttRow } from './gantt-rows';
import { labelPlacement } from './label-pin';
import { textWidth } from '../shared/text-width';
import { frappeColumnWidth, xOf, ZOOM_SPECS, type Scale } from './time-scale';
import { sameWindow, type RenderWindow } from './visible-window';

/** Frappe's header is hidden; it still offsets bars by header_height = 0 + 0 + 10 px. */
export const FRAPPE_HEADER_OFFSET = 10;

export type BarEdit =
  | { readonly kind: 'move'; readonly id: TaskId; readonly deltaMinutes: number }
  | { readonly kind: 'start' | 'finish'; readonly id: TaskId; readonly deltaMinutes: number };

export interface ChartCallbacks {
  readonly onBarEdit: (edit: BarEdit) => void;
  readonly onProgress: (id: TaskId, percent: number) => void;
  readonly onOpen: (id: TaskId) => void;
  readonly onSelect: (id: TaskId) => void;
}

export interface ChartFrame {
  readonly rows: readonly GanttRow[];
  readonly window: RenderWindow;
  readonly scale: Scale;
  readonly rowHeight: number;
  readonly barHeight: number;
  readonly colourOf: (row: GanttRow) => string;
  readonly readOnly: boolean;
  /**
   * Px the marks after a row's bar take (bar-end.ts), which a label right of the bar keeps
   * clear. Not part of the layout: a change only moves labels, which every render re-pins.
   */
  readonly trailingPx?: (row: GanttRow) => number;
  /**
   * Window-local x where the first arrow into a row's bar start turns into its last run (null:
   * none), asked only for a label going left of its bar. Not part of the layout, as trailingPx.
   */
  readonly entryTurnPx?: (row: GanttRow) => number | null;
}

class PlotlineGantt extends Gantt {
  override set_scroll_position(): void {
    // Plotline owns horizontal scrolling; frappe's version also crashes without header texts.
  }
}

/** Wall minutes (UTC-based) to the local Date frappe computes with, wall clock unchanged. */
export function frappeDate(wall: number, isEnd = false): Date {
  const u = new Date(wall * 60_000);
  const atMidnight = u.getUTCHours() === 0 && u.getUTCMinutes() === 0;
  return new Date(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate(), u.getUTCHours(), u.getUTCMinutes(), 0, isEnd && atMidnight ? 1 : 0);
}

function viewMode(scale: Scale): FrappeViewMode {
  const spec = ZOOM_SPECS[scale.zoom];
  const snap = spec.snapMinutes >= 7 * 1440 ? '7d' : spec.snapMinutes >= 1440 ? '1d' : '1h';
  return {
    name: `plotline-${scale.zoom}-${String(frappeColumnWidth(scale))}`,
    step: spec.frappeStep,
    column_width: frappeColumnWidth(scale),
    padding: ['0d', '0d'],
    date_format: 'YYYY-MM-DD',
    snap_at: snap,
    lower_text: () => '',
    upper_text: () => '',
  };
}

/** The frappe task for one row, clipped to the window so frappe's grid starts at the window. */
export function toFrappeTask(row: GanttRow, frame: ChartFrame, index: number): FrappeTask {
  const { window: w, scale } = frame;
  let start = row.startMinutes;
  let finish = row.finishMinutes;
  if (row.kind === 'milestone' || finish <= start) {
    // An invisible hit area centred on the diamond the overlay draws.
    const half = frame.barHeight / 2 / scale.pxPerMinute;
    start -= half;
    finish = row.startMinutes + half;
  }
  const clippedStart = Math.max(start, w.startMinutes);
  const clippedFinish = Math.min(finish, w.endMinutes);
  const isOff = clippedFinish <= clippedStart;
  const kindClass = isOff ? 'gl-off' : row.kind === 'summary' ? 'gl-summary' : row.kind === 'milestone' ? 'gl-milestone' : row.segments ? 'gl-split' : 'gl-task';
  return {
    id: `r${String(index)}`,
    plotline_row: index - w.firstRow,
    // Written as text (patches/frappe-gantt-label-text.mjs); frappe's popup, which would put it in
    // innerHTML, is off (options()).
    name: row.kind === 'milestone' || row.kind === 'summary' ? '' : row.name,
    start: frappeDate(isOff ? w.startMinutes : clippedStart),
    end: frappeDate(isOff ? w.startMinutes + 1 : clippedFinish, true),
    // frappe fills that share of the bar it draws (clipped to the window): where the done work ends on it.
    progress: isOff || clippedFinish <= clippedStart ? 0 : Math.min(100, Math.max(0, ((row.progressMinutes - clippedStart) / (clippedFinish - clippedStart)) * 100)),
    custom_class: classToken(kindClass),
    color: frame.colourOf(row),
  };
}

/**
 * Whether frappe draws this row: summaries are drawn by the overlay, and a bar outside the
 * rendered time range would only be a hidden placeholder (rows are placed by plotline_row).
 */
export function hasFrappeBar(row: GanttRow, frame: ChartFrame): boolean {
  if (row.kind === 'summary') return false;
  const half = row.kind === 'milestone' || row.finishMinutes <= row.startMinutes ? frame.barHeight / 2 / frame.scale.pxPerMinute : 0;
  return Math.min(row.finishMinutes + half, frame.window.endMinutes) > Math.max(row.startMinutes - half, frame.window.startMinutes);
}

/** More changed rows than this and one refresh is cheaper than bar-by-bar replacement. */
const MAX_REPLACED_BARS = 8;

/** Same rendered rows, time range, scale, sizes, colours and mode: only row contents may differ. */
function sameLayout(a: ChartFrame, b: ChartFrame): boolean {
  return sameWindow(a.window, b.window) && a.scale === b.scale && a.rowHeight === b.rowHeight && a.barHeight === b.barHeight
    && a.colourOf === b.colourOf && a.readOnly === b.readOnly && a.rows.length === b.rows.length;
}

/** Two hidden tasks pin frappe's date range to the window, whatever the rows' dates. */
function pins(w: RenderWindow): FrappeTask[] {
  return [
    { id: 'pin-start', name: '', start: frappeDate(w.startMinutes), end: frappeDate(w.startMinutes + 60, true), custom_class: 'gl-pin', plotline_row: 0 },
    { id: 'pin-end', name: '', start: frappeDate(w.endMinutes - 60), end: frappeDate(w.endMinutes, true), custom_class: 'gl-pin', plotline_row: 0 },
  ];
}

interface Geometry {
  readonly x: number;
  readonly width: number;
}

/** One frappe instance bound to a host element; see the pool below. */
export class FrappeWindow {
  readonly host: HTMLDivElement;
  private gantt: PlotlineGantt | null = null;
  private frame: ChartFrame | null = null;
  private callbacks: ChartCallbacks | null = null;
  private geometry = new Map<string, Geometry>();
  private scrollLeft = 0;
  /** The scroller's width: a label right of its bar that would run past it goes left of the bar. */
  private visibleWidth = Infinity;
  private labelFont: string | null = null;
  private labelPinFrame = 0;

  constructor(doc: Document) {
    this.host = doc.createElement('div');
    this.host.className = 'gl-frappe-host';
    // Capture phase: frappe must not start drags on summaries, pins or read-only charts.
    this.host.addEventListener('mousedown', (e) => this.guardMouseDown(e), true);
    doc.addEventListener('mouseup', () => this.commitDrag());
  }

  bind(callbacks: ChartCallbacks): void {
    this.callbacks = callbacks;
  }

  render(frame: ChartFrame): void {
    const previous = this.frame;
    this.frame = frame;
    if (this.gantt && previous && this.replaceChangedBars(previous, frame)) {
      this.recordGeometry();
      this.pinLabelsAfterFrappe();
      return;
    }
    const { firstRow, endRow } = frame.window;
    const tasks: FrappeTask[] = [];
    for (let i = firstRow; i < endRow; i++) {
      const row = frame.rows[i];
      if (row && hasFrappeBar(row, frame)) tasks.push(toFrappeTask(row, frame, i));
    }
    tasks.push(...pins(frame.window));
    const options = this.options(frame);
    if (!this.gantt) {
      this.gantt = new PlotlineGantt(this.host, tasks, options);
    } else {
      this.gantt.setup_options(options);
      // The label-width patch caches the label font per render; presentation mode's differs.
      this.gantt.plotline_label_font = undefined;
      this.gantt.refresh(tasks);
    }
    // frappe sizes its SVG by its task count; it must cover every window row so that a drag's
    // mousemoves anywhere over the window still reach it.
    this.gantt.$svg.setAttribute('height', String(FRAPPE_HEADER_OFFSET + (endRow - firstRow) * frame.rowHeight));
    this.recordGeometry();
    this.labelFont = null;
    this.pinLabelsAfterFrappe();
  }

  /**
   * Keeps the labels of bars that start left of the visible chart readable (label-pin.ts).
   * Called on every scroll frame with the chart's scrollLeft; reads attributes and cached text
   * widths only, and writes only labels whose place changes, so it forces no layout.
   */
  pinLabels(scrollLeft: number, visibleWidth = this.visibleWidth): void {
    this.scrollLeft = scrollLeft;
    this.visibleWidth = visibleWidth;
    const { gantt, frame } = this;
    if (!gantt || !frame) return;
    const visibleLeft = scrollLeft - xOf(frame.scale, frame.window.startMinutes);
    const visibleRight = visibleLeft + visibleWidth;
    for (const bar of gantt.bars) {
      const label = bar.group.querySelector<SVGTextElement>('.bar-label');
      if (!label?.textContent || bar.group.classList.contains('gl-off')) continue;
      const row = frame.rows[Number(bar.task.id.slice(1))];
      const trailing = row && frame.trailingPx ? frame.trailingPx(row) : 0;
      const place = labelPlacement(Number(bar.$bar.getAttribute('x')), Number(bar.$bar.getAttribute('width')), this.labelWidth(label), visibleLeft, trailing, visibleRight, () => (row && frame.entryTurnPx ? frame.entryTurnPx(row) : null));
      const x = String(place.x);
      if (label.getAttribute('x') !== x) label.setAttribute('x', x);
      if (label.classList.contains('big') !== place.isOutside) label.classList.toggle('big', place.isOutside);
    }
  }

  /** frappe places each new bar's label in an animation frame of its own: pin after it. */
  private pinLabelsAfterFrappe(): void {
    cancelAnimationFrame(this.labelPinFrame);
    this.labelPinFrame = requestAnimationFrame(() => this.pinLabels(this.scrollLeft));
  }

  private labelWidth(label: SVGTextElement): number {
    // One style read per render; presentation mode's labels are larger.
    this.labelFont ??= getComputedStyle(label).font;
    return textWidth(this.labelFont, label.textContent ?? '');
  }

  /**
   * A one-task edit changes one row object (see RowCache): rebuild that bar alone instead of
   * letting refresh() redraw the whole window. False when anything else changed.
   */
  private replaceChangedBars(before: ChartFrame, after: ChartFrame): boolean {
    const gantt = this.gantt;
    if (!gantt || !sameLayout(before, after)) return false;
    const changed: number[] = [];
    for (let i = after.window.firstRow; i < after.window.endRow; i++) {
      const a = before.rows[i];
      const b = after.rows[i];
      if (a === b) continue;
      if (!a || !b || a.id !== b.id || changed.length >= MAX_REPLACED_BARS) return false;
      changed.push(i);
    }
    const plan: [number, GanttRow][] = [];
    for (const i of changed) {
      const a = before.rows[i];
      const b = after.rows[i];
      if (!a || !b) return false;
      const shown = hasFrappeBar(b, after);
      // A bar entering or leaving the time range changes frappe's task list: refresh.
      if (shown !== hasFrappeBar(a, before)) return false;
      if (!shown) continue;
      const k = gantt.bars.findIndex((bar) => bar.task.id === `r${String(i)}`);
      if (k < 0) return false;
      plan.push([k, b]);
    }
    for (const [k, row] of plan) {
      const old = gantt.bars[k];
      if (!old) continue;
      const task = toFrappeTask(row, after, row.index);
      // What frappe's setup_tasks() would add; ends never fall on midnight (see frappeDate).
      Object.assign(task, { _start: task.start, _end: task.end, _index: task.plotline_row, dependencies: [] });
      const bar = new old.constructor(gantt, task);
      old.group.replaceWith(bar.group);
      // Each Bar adds a highlight to frappe's header, which only a full render clears.
      old.$date_highlight?.remove();
      gantt.bars[k] = bar;
      gantt.tasks[k] = task;
    }
    return true;
  }

  private options(frame: ChartFrame): FrappeOptions {
    const mode = viewMode(frame.scale);
    return {
      view_modes: [mode],
      bar_height: frame.barHeight,
      padding: frame.rowHeight - frame.barHeight,
      upper_header_height: 0,
      lower_header_height: 0,
      bar_corner_radius: 3,
      infinite_padding: false,
      holidays: null,
      lines: 'none',
      move_dependencies: false,
      popup: false,
      readonly: frame.readOnly,
      today_button: false,
      view_mode_select: false,
      scroll_to: null,
      on_progress_change: (task, progress) => {
        const id = this.taskId(task.id);
        if (id) this.callbacks?.onProgress(id, Math.round(progress));
      },
      on_double_click: (task) => {
        const id = this.taskId(task.id);
        if (id) this.callbacks?.onOpen(id);
      },
      on_click: (task) => {
        const id = this.taskId(task.id);
        if (id) this.callbacks?.onSelect(id);
      },
    };
  }

  private taskId(frappeId: string): TaskId | null {
    if (!frappeId.startsWith('r') || !this.frame) return null;
    return this.frame.rows[Number(frappeId.slice(1))]?.id ?? null;
  }

  private guardMouseDown(e: MouseEvent): void {
    const target = e.target instanceof Element ? e.target : null;
    if (this.frame?.readOnly || target?.closest('.gl-summary, .gl-pin, .gl-off')) e.stopPropagation();
  }

  private recordGeometry(): void {
    this.geometry.clear();
    for (const bar of this.gantt?.bars ?? []) {
      this.geometry.set(bar.task.id, { x: Number(bar.$bar.getAttribute('x')), width: Number(bar.$bar.getAttribute('width')) });
    }
  }

  /** Reads what a finished drag did from the bars' geometry (frappe reports every step). */
  private commitDrag(): void {
    if (!this.gantt || !this.frame || !this.callbacks) return;
    const { pxPerMinute } = this.frame.scale;
    for (const bar of this.gantt.bars) {
      const before = this.geometry.get(bar.task.id);
      const id = this.taskId(bar.task.id);
      if (!before || !id) continue;
      const dx = Number(bar.$bar.getAttribute('x')) - before.x;
      const dw = Number(bar.$bar.getAttribute('width')) - before.width;
      if (Math.abs(dx) < 0.5 && Math.abs(dw) < 0.5) continue;
      const snap = ZOOM_SPECS[this.frame.scale.zoom].snapMinutes;
      const round = (px: number): number => Math.round(px / pxPerMinute / snap) * snap;
      this.recordGeometry();
      if (Math.abs(dx) >= 0.5 && Math.abs(dw) >= 0.5) this.callbacks.onBarEdit({ kind: 'start', id, deltaMinutes: round(dx) });
      else if (Math.abs(dx) >= 0.5) this.callbacks.onBarEdit({ kind: 'move', id, deltaMinutes: round(dx) });
      else this.callbacks.onBarEdit({ kind: 'finish', id, deltaMinutes: round(dw) });
      return;
    }
  }
}

/**
 * Instances are never destroyed (1.2.2 has no destroy() and leaks a document listener per
 * instance), so they are pooled: a chart that unmounts returns its instance for the next one.
 */
const pool: FrappeWindow[] = [];

export function acquireFrappeWindow(doc: Document): FrappeWindow {
  return pool.pop() ?? new FrappeWindow(doc);
}

export function releaseFrappeWindow(chart: FrappeWindow): void {
  chart.host.remove();
  if (!pool.includes(chart)) pool.push(chart);
}
