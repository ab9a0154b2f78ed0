/**
 * Wheel handling that needs preventDefault (React's wheel listeners are passive): Ctrl/Cmd+wheel
 * zooms around the pointer, and the wheel over the grid scrolls the one chart scroller.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useWheel(
  scrollerRef: RefObject<HTMLDivElement | null>,
  gridRef: RefObject<HTMLDivElement | null>,
  onZoom: ((pointerX: number, direction: 1 | -1) => void) | undefined,
): void {
  const zoomRef = useRef(onZoom);
  zoomRef.current = onZoom;
  useEffect(() => {
    const scroller = scrollerRef.current;
    const grid = gridRef.current;
    if (!scroller || !grid) return undefined;
    const onScrollerWheel = (e: WheelEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || !zoomRef.current) return;
      e.preventDefault();
      zoomRef.current(e.clientX - scroller.getBoundingClientRect().left, e.deltaY < 0 ? 1 : -1);
    };
    const onGridWheel = (e: WheelEvent): void => {
      e.preventDefault();
      scroller.scrollTop += e.deltaY;
    };
    scroller.addEventListener('wheel', onScrollerWheel, { passive: false });
    grid.addEventListener('wheel', onGridWheel, { passive: false });
    return () => {
      scroller.removeEventListener('wheel', onScrollerWheel);
      grid.removeEventListener('wheel', onGridWheel);
    };
  }, [scrollerRef, gridRef]);
}
