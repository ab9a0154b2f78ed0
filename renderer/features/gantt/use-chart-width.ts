import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The chart viewport's width, rounded down to 50 px: the scale is drawn at least that wide and
 * "Fit project" fills it, and the steps keep a splitter drag from rebuilding the scale per pixel.
 */
export function useChartWidth(ref: RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const measure = (): void => setWidth(Math.floor(el.clientWidth / 50) * 50);
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    return () => observer?.disconnect();
  }, [ref]);
  return width;
}
