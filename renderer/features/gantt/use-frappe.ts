/** Mounts a pooled frappe-gantt window into a host element and re-renders it when the frame changes (null: nothing to draw yet). */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { acquireFrappeWindow, releaseFrappeWindow, type ChartCallbacks, type ChartFrame, type FrappeWindow } from './frappe-window';

export function useFrappe(
  containerRef: RefObject<HTMLDivElement | null>, scrollerRef: RefObject<HTMLDivElement | null>, frame: ChartFrame | null, callbacks: ChartCallbacks,
): void {
  const chartRef = useRef<FrappeWindow | null>(null);

  // Layout effects run in declaration order: attach, bind, then draw before the browser paints.
  // StrictMode's simulated unmount returns the instance to the pool and takes it straight back.
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const chart = acquireFrappeWindow(container.ownerDocument);
    container.appendChild(chart.host);
    chartRef.current = chart;
    return () => {
      chartRef.current = null;
      releaseFrappeWindow(chart);
    };
  }, [containerRef]);

  useLayoutEffect(() => {
    chartRef.current?.bind(callbacks);
  }, [callbacks]);

  // No frame until the viewport is measured (use-viewport.ts): frappe draws once, for the window shown.
  useLayoutEffect(() => {
    if (frame) chartRef.current?.render(frame);
  }, [frame]);

  // Labels follow the visible edges on every scroll frame, without a React render; the right
  // edge moves with the scroller's width, read when it is resized.
  useEffect(() => {
    const el = scrollerRef.current;
    if (!el) return undefined;
    const onScroll = (): void => chartRef.current?.pinLabels(el.scrollLeft);
    const onResize = (): void => chartRef.current?.pinLabels(el.scrollLeft, el.clientWidth || Infinity);
    el.addEventListener('scroll', onScroll, { passive: true });
    // The observer's first call, made after the frame's layout, pins them: read here, it forced a
    // layout of the chart just drawn.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onResize);
    if (!observer) onResize();
    observer?.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [scrollerRef]);
}
