/**
 * The chart's single scroller: tracks the viewport, moves the row labels and the time header with
 * it (directly on the DOM, no React render per scroll frame) and asks for a new render window
 * only when the viewport leaves the rendered one.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Scale } from './time-scale';
import { computeWindow, sameWindow, windowCovers, type RenderWindow, type Viewport } from './visible-window';
import { rememberedViewport, rememberViewport } from './viewport-memory';

export interface ViewportRefs {
  readonly scroller: RefObject<HTMLDivElement | null>;
  /** Moves vertically with the scroller (row labels). */
  readonly rowsInner: RefObject<HTMLDivElement | null>;
  /** Scrolls horizontally with the scroller (time header); scrolled, not translated, so its labels can be sticky. */
  readonly headerViewport: RefObject<HTMLDivElement | null>;
  /** The grid's clipping box: the browser still scrolls it to show a focused row or button. */
  readonly gridViewport: RefObject<HTMLDivElement | null>;
}

/**
 * The scroller owns the vertical position; the grid only follows it. When the browser scrolls
 * the grid's own box instead (focus moving to a row or a collapse button, find), that scroll is
 * handed to the scroller and the grid's box goes back to 0, so names and bars stay on one row.
 */
export function absorbGridScroll(gridScrollTop: number, scrollerTop: number, maxScrollerTop: number): { readonly scrollerTop: number; readonly gridScrollTop: 0 } {
  return { scrollerTop: Math.min(Math.max(0, scrollerTop + gridScrollTop), Math.max(0, maxScrollerTop)), gridScrollTop: 0 };
}

function readViewport(el: HTMLDivElement): Viewport {
  return { scrollTop: el.scrollTop, scrollLeft: el.scrollLeft, width: el.clientWidth || 800, height: el.clientHeight || 600 };
}

/**
 * `homeLeft` places the chart once, before the first window is computed: placed afterwards (by
 * the parent's layout effect, which runs after this one) the first window would be rendered for
 * scrollLeft 0 and thrown away at once.
 *
 * A chart seen before in this window (`surface`) starts from the window its last measured
 * viewport shows at the home position (viewport-memory.ts), and its layout effect only confirms
 * it. A chart never measured has no window until its viewport is: the first commit lays out the
 * chart's frame without rows or bars, this hook's layout effect reads the viewport (the one
 * layout of the mount before anything is drawn), and the rows and bars are drawn once, for the
 * window the viewport shows, in the re-render React runs before the first paint. A window
 * guessed from nothing was drawn (a new frappe instance and every layer) and thrown away at once.
 */
export function useChartViewport(
  refs: ViewportRefs, rowCount: number, rowHeight: number, scale: Scale, homeLeft: (scale: Scale, viewportWidth: number) => number, surface: string,
): RenderWindow | null {
  const [win, setWin] = useState<RenderWindow | null>(() => {
    const size = rememberedViewport(surface);
    return size ? computeWindow({ scrollTop: 0, scrollLeft: homeLeft(scale, size.width), ...size }, rowCount, rowHeight, scale) : null;
  });
  const latest = useRef({ win, rowCount, rowHeight, scale });
  latest.current = { win, rowCount, rowHeight, scale };

  const sync = useCallback((force: boolean) => {
    const el = refs.scroller.current;
    if (!el) return;
    const vp = readViewport(el);
    if (el.clientWidth > 0 && el.clientHeight > 0) rememberViewport(surface, vp);
    if (refs.rowsInner.current) refs.rowsInner.current.style.transform = `translateY(${String(-vp.scrollTop)}px)`;
    if (refs.headerViewport.current) refs.headerViewport.current.scrollLeft = vp.scrollLeft;
    const cur = latest.current;
    if (!force && cur.win && windowCovers(cur.win, vp, cur.rowCount, cur.rowHeight, cur.scale)) return;
    const next = computeWindow(vp, cur.rowCount, cur.rowHeight, cur.scale);
    if (!cur.win || !sameWindow(next, cur.win)) setWin(next);
  }, [refs, surface]);

  const home = useRef<typeof homeLeft | null>(homeLeft);
  useLayoutEffect(() => {
    const el = refs.scroller.current;
    if (el && home.current) {
      el.scrollLeft = home.current(scale, el.clientWidth || 800);
      home.current = null;
    }
    sync(true);
  }, [refs, sync, rowCount, rowHeight, scale]);

  useEffect(() => {
    const el = refs.scroller.current;
    if (!el) return undefined;
    const onScroll = (): void => sync(false);
    el.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => sync(true));
    observer?.observe(el);
    const grid = refs.gridViewport.current;
    const onGridScroll = (): void => {
      if (!grid || grid.scrollTop === 0) return;
      const next = absorbGridScroll(grid.scrollTop, el.scrollTop, el.scrollHeight - el.clientHeight);
      grid.scrollTop = next.gridScrollTop;
      el.scrollTop = next.scrollerTop;
      sync(false);
    };
    grid?.addEventListener('scroll', onGridScroll, { passive: true });
    return () => {
      grid?.removeEventListener('scroll', onGridScroll);
      el.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [refs, sync]);

  return win;
}
