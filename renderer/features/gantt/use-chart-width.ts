import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The chart viewport's width, rounded down to 50 px: the scale is drawn at least that wide and
 * "Fit project" fills it, and the steps keep a splitter drag from rebuilding the scale per pixel.
 * `viewport` names the element shown (the presentation's focus): when it changes, the viewport may
 * be a new element (a focus with nothing to show has none), and that one is measured and watched.
 */
export function useChartWidth(ref: RefObject<HTMLDivElement | null>, viewport?: unknown): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    // A viewport taken out of the page measures 0: keep the last width, the next one is measured when shown.
    const measure = (): void => { if (el.isConnected) setWidth(Math.floor(el.clientWidth / 50) * 50); };
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    return () => observer?.disconnect();
  }, [ref, viewport]);
  return width;
}
