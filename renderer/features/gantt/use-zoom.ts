/**
 * Zoom changes that keep the view steady: Ctrl/Cmd+wheel keeps the instant under the pointer,
 * the toolbar and keys keep the selected task's start where it is (else the viewport's centre),
 * "Fit project" stretches the project across the chart. The new scroll position is applied
 * after the re-render, once the canvas has its new width; a fitted chart stays fitted when the
 * window or the plan's span changes.
 */
import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import { homeScrollLeft } from './home-view';
import { fitScrollLeft, minutesAt, scrollLeftKeeping, stepZoom, xOf, zoomAnchor, type Scale, type Zoom } from './time-scale';
import type { GanttSettings } from './use-gantt-model';

export interface ZoomControls {
  readonly zoomTo: (zoom: Zoom, pointerX?: number) => void;
  readonly zoomStep: (pointerX: number | undefined, direction: 1 | -1) => void;
  readonly fit: () => void;
  readonly scrollToMinutes: (minutes: number) => void;
}

export interface ZoomInputs {
  readonly scale: Scale;
  readonly span: readonly [number, number];
  readonly isFitted: boolean;
  /** The selected task's start (wall minutes), read when a zoom starts; null without a selection. */
  readonly selectedStart: () => number | null;
  readonly change: (changes: Partial<GanttSettings>) => void;
}

export function useZoom(scrollerRef: RefObject<HTMLDivElement | null>, inputs: ZoomInputs): ZoomControls {
  const { scale, span, isFitted, selectedStart, change } = inputs;
  const pending = useRef<((next: Scale) => number) | null>(null);

  useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (!el) return;
    const place = pending.current;
    pending.current = null;
    if (place) el.scrollLeft = place(scale);
    else if (isFitted) el.scrollLeft = fitScrollLeft(scale, span[0], el.clientWidth);
  }, [scale, scrollerRef, isFitted, span]);

  const zoomTo = useCallback((zoom: Zoom, pointerX?: number) => {
    const el = scrollerRef.current;
    if (!el || (zoom === scale.zoom && !isFitted)) return;
    const left = el.scrollLeft;
    const width = el.clientWidth;
    const anchor = pointerX === undefined
      ? zoomAnchor(scale, left, width, selectedStart(), span)
      : { minutes: minutesAt(scale, left + pointerX), x: pointerX };
    pending.current = (next) => (anchor ? scrollLeftKeeping(next, anchor.minutes, anchor.x, width) : homeScrollLeft(next, span, width, null));
    change({ zoom, isFitted: false });
  }, [scale, scrollerRef, change, span, isFitted, selectedStart]);

  const fit = useCallback(() => {
    const el = scrollerRef.current;
    if (!el) return;
    if (isFitted) el.scrollLeft = fitScrollLeft(scale, span[0], el.clientWidth);
    else change({ isFitted: true });
  }, [scale, scrollerRef, change, span, isFitted]);

  const scrollToMinutes = useCallback((minutes: number) => {
    const el = scrollerRef.current;
    if (el) el.scrollLeft = Math.max(0, xOf(scale, minutes) - el.clientWidth / 3);
  }, [scale, scrollerRef]);

  return {
    zoomTo,
    zoomStep: (pointerX, direction) => zoomTo(stepZoom(scale.zoom, direction), pointerX),
    fit,
    scrollToMinutes,
  };
}

/** Now as wall minutes: the wall clock here, which is what plans are written in. */
export function nowWallMinutes(now = new Date()): number {
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate(), now.getHours(), now.getMinutes()) / 60_000;
}
