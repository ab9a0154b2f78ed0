/**
 * Zoom changes that keep the view steady: the toolbar keeps the viewport's centre, Ctrl/Cmd+wheel
 * keeps the instant under the pointer, "Fit project" shows the whole span. The new scroll
 * position is applied after the re-render, once the canvas has its new width.
 */
import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import { homeScrollLeft } from './home-view';
import { fitZoom, makeScale, minutesAt, scrollLeftAfterZoom, stepZoom, xOf, type Scale, type Zoom } from './time-scale';

export interface ZoomControls {
  readonly zoomTo: (zoom: Zoom, pointerX?: number) => void;
  readonly zoomStep: (pointerX: number, direction: 1 | -1) => void;
  readonly fit: () => void;
  readonly scrollToMinutes: (minutes: number) => void;
}

export function useZoom(
  scrollerRef: RefObject<HTMLDivElement | null>,
  scale: Scale,
  span: readonly [number, number],
  setZoom: (zoom: Zoom) => void,
): ZoomControls {
  const pending = useRef<((next: Scale) => number) | null>(null);

  useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (!el) return;
    const place = pending.current;
    pending.current = null;
    if (place) el.scrollLeft = place(scale);
  }, [scale, scrollerRef]);

  const zoomTo = useCallback((zoom: Zoom, pointerX?: number) => {
    const el = scrollerRef.current;
    if (!el || zoom === scale.zoom) return;
    const x = pointerX ?? el.clientWidth / 2;
    const from = scale;
    const left = el.scrollLeft;
    const width = el.clientWidth;
    // Zooming around an instant outside the project (the empty right of a Years view) would land
    // on an empty chart: go back to the project instead.
    const instant = minutesAt(from, left + x);
    const isInProject = instant >= span[0] && instant <= span[1];
    pending.current = (next) => (isInProject ? scrollLeftAfterZoom(from, next, left, x) : homeScrollLeft(next, span, width, nowWallMinutes()));
    setZoom(zoom);
  }, [scale, scrollerRef, setZoom, span]);

  const fit = useCallback(() => {
    const el = scrollerRef.current;
    if (!el) return;
    const zoom = fitZoom(span[0], span[1], el.clientWidth);
    pending.current = (next) => Math.max(0, xOf(next, span[0]) - el.clientWidth * 0.05);
    if (zoom === scale.zoom) el.scrollLeft = pending.current(makeScale(zoom, span[0], span[1]));
    else setZoom(zoom);
  }, [scale.zoom, scrollerRef, setZoom, span]);

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
