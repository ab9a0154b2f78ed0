import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { rememberedViewport } from './viewport-memory';

const stepOf = (width: number): number => Math.floor(width / 50) * 50;

/**
 * The chart viewport's width, rounded down to 50 px: the scale is drawn at least that wide and
 * "Fit project" fills it, and the steps keep a splitter drag from rebuilding the scale per pixel.
 * `viewport` names the element shown (the presentation's focus): when it changes, the viewport may
 * be a new element (a focus with nothing to show has none), and that one is measured and watched.
 */
export function useChartWidth(ref: RefObject<HTMLDivElement | null>, surface: string, viewport?: unknown): number {
  // A chart seen before starts at its last measured width, so the layout effect's measurement changes nothing (viewport-memory.ts).
  const [width, setWidth] = useState(() => stepOf(rememberedViewport(surface)?.width ?? 0));
  const isRemembered = useRef(rememberedViewport(surface) !== null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    // A viewport taken out of the page measures 0: keep the last width, the next one is measured when shown.
    const measure = (): void => { if (el.isConnected) setWidth(stepOf(el.clientWidth)); };
    // A remembered width stands until the observer's first call, made after the frame's layout
    // (flushSync: a changed width is drawn before that frame is painted). Read here, it forced a
    // second layout of the chart the same commit had just drawn.
    if (isRemembered.current) isRemembered.current = false;
    else measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => flushSync(measure));
    observer?.observe(el);
    return () => observer?.disconnect();
  }, [ref, viewport]);
  return width;
}
