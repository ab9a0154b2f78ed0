/**
 * Labels that would be cut by the visible chart's edges, placed from the scroll position: the
 * time header's labels at the left edge (a month partly scrolled past, whose sticky label would
 * slide out: "ovember 2026"; a week whose centred date would lose its first letters: "ov 23")
 * and at the right edge (a month starting just before it: "Febru") take a shorter form that fits
 * what is in view of their period, or none; a milestone's name that would run past the right
 * edge goes left of its diamond, and one the left edge would cut starts at that edge. Read on
 * scroll and resize; a React render only when a label's form or side changes.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { ChartGeometry } from './chart-geometry';
import type { GanttRow } from './gantt-rows';
import { milestoneLabelStart } from './label-pin';
import { textWidth } from '../shared/text-width';
import { edgeTickLabel, rightEdgeTickLabel, xOf, ZOOM_SPECS, type Scale } from './time-scale';

/** A tier's tick at an edge of the visible chart and the label it shows there. */
export interface EdgeTick { readonly minutes: number; readonly label: string }

export interface EdgeLabels {
  /** The upper tier's ticks at the left and right edges that show a shorter label (none: every tick shows its own). */
  readonly upperTicks: readonly EdgeTick[];
  readonly lowerTicks: readonly EdgeTick[];
  /** Where milestone names start (chart x) that are not right of their diamonds: left of them, or pinned to the left edge. */
  readonly milestoneLabelStarts: ReadonlyMap<string, number>;
}

const NONE: EdgeLabels = { upperTicks: [], lowerTicks: [], milestoneLabelStarts: new Map() };
const present = (ticks: readonly (EdgeTick | null)[]): EdgeTick[] => ticks.filter((t): t is EdgeTick => t !== null);
/** The upper label's padding either side (gantt.css: .gl-tier-upper .gl-tick span). */
const TICK_PADDING = 12;

const fontOf = (host: HTMLElement | null, selector: string): string | null => {
  const el = host?.querySelector(selector);
  return el ? getComputedStyle(el).font : null;
};

export function useEdgeLabels(
  scroller: RefObject<HTMLDivElement | null>, header: RefObject<HTMLDivElement | null>,
  geometry: ChartGeometry | null, rows: readonly GanttRow[], trailingPx: (row: GanttRow) => number,
): EdgeLabels {
  const [labels, setLabels] = useState<EdgeLabels>(NONE);
  const shown = useRef('');
  const latest = useRef({ geometry, rows, trailingPx });
  latest.current = { geometry, rows, trailingPx };
  // One style read per render, not per scroll frame; presentation mode's type is larger.
  const fonts = useRef<{ upper: string | null; lower: string | null; name: string | null }>({ upper: null, lower: null, name: null });

  // Where the view was when last read, for a change of rows on the same scale: it does not move the
  // view, and reading scrollLeft then forced a layout of the edited bars inside the edit's task.
  const seen = useRef<{ scale: Scale; left: number; width: number } | null>(null);

  const update = useCallback((sameView: boolean) => {
    const el = scroller.current;
    const { geometry: g, rows: all, trailingPx: trailing } = latest.current;
    if (!el || !g) return;
    fonts.current.upper ??= fontOf(header.current, '.gl-tier-upper .gl-tick span');
    fonts.current.lower ??= fontOf(header.current, '.gl-tier-lower .gl-tick');
    fonts.current.name ??= fontOf(el, '.gl-milestone-label');
    const { upper, lower, name } = fonts.current;
    const kept = seen.current;
    const [left, width] = sameView && kept?.scale === g.scale ? [kept.left, kept.width] : [el.scrollLeft, el.clientWidth];
    seen.current = { scale: g.scale, left, width };
    const right = left + width;
    const spec = ZOOM_SPECS[g.scale.zoom];
    const upperWidth = (label: string): number => (upper ? textWidth(upper, label) + TICK_PADDING : 0);
    const lowerWidth = (label: string): number => (lower ? textWidth(lower, label) : 0);
    const upperTicks = upper ? present([
      edgeTickLabel(g.scale, spec.upper, true, left, upperWidth), rightEdgeTickLabel(g.scale, spec.upper, true, left, right, upperWidth),
    ]) : [];
    const lowerTicks = lower ? present([
      edgeTickLabel(g.scale, spec.lower, false, left, lowerWidth), rightEdgeTickLabel(g.scale, spec.lower, false, left, right, lowerWidth),
    ]) : [];
    const starts: [string, number][] = [];
    for (const row of all.slice(g.window.firstRow, g.window.endRow)) {
      if (row.kind !== 'milestone' || name === null) continue;
      const start = milestoneLabelStart(xOf(g.scale, row.startMinutes), g.barHeight / 2, trailing(row), textWidth(name, row.name), left, right);
      if (start !== null) starts.push([row.id, start]);
    }
    const key = JSON.stringify([upperTicks, lowerTicks, starts]);
    if (key === shown.current) return;
    shown.current = key;
    setLabels({ upperTicks, lowerTicks, milestoneLabelStarts: new Map(starts) });
  }, [scroller, header]);

  // Presentation mode's larger type comes with its taller rows: the fonts are read again then.
  const rowHeight = geometry?.rowHeight;
  const barHeight = geometry?.barHeight;
  useLayoutEffect(() => {
    fonts.current = { upper: null, lower: null, name: null };
  }, [rowHeight, barHeight]);

  // A change of rows or scale is placed before it is painted. The chart's first placement is left
  // to the resize observer's first call below, made after the frame's layout: read here, the
  // computed style and scroll position forced a second style and layout pass of the whole new
  // chart into the first render (~19 ms of a 10,000-task reload, CPU profile, December 2026).
  const placed = useRef(false);
  useLayoutEffect(() => {
    if (!placed.current) return;
    update(true);
  }, [update, geometry, rows, trailingPx]);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return undefined;
    const onScroll = (): void => update(false);
    el.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => {
      placed.current = true;
      update(false);
    });
    observer?.observe(el);
    if (!observer) {
      placed.current = true;
      update(false);
    }
    return () => {
      el.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [scroller, update]);

  return labels;
}
