/**
 * Whether a scrolling box has more to show above and below what is in sight, for a cue at that edge
 * (a dialog's body fades out there, app.css): a scroll bar alone, thin or hidden until hovered
 * as on a Mac, did not tell a person that the shortcut sheet went on below the fold at 1024×600.
 */
import { useEffect, useState } from 'react';

export interface ScrollEdges { readonly hasMoreAbove: boolean; readonly hasMoreBelow: boolean }

const NONE: ScrollEdges = { hasMoreAbove: false, hasMoreBelow: false };

/** Less than a pixel left to scroll is nothing: zoom and fractional layouts leave such remainders. */
const SLACK_PX = 1;

/** Read as `box` scrolls and as it or anything in it changes size (a window resized, a message added). */
export function useScrollEdges(box: HTMLElement | null): ScrollEdges {
  const [edges, setEdges] = useState<ScrollEdges>(NONE);
  useEffect(() => {
    if (!box) return undefined;
    const read = (): void => {
      const hasMoreAbove = box.scrollTop > SLACK_PX;
      const hasMoreBelow = box.scrollHeight - box.clientHeight - box.scrollTop > SLACK_PX;
      setEdges((was) => (was.hasMoreAbove === hasMoreAbove && was.hasMoreBelow === hasMoreBelow ? was : { hasMoreAbove, hasMoreBelow }));
    };
    read();
    box.addEventListener('scroll', read, { passive: true });
    if (typeof ResizeObserver === 'undefined') return () => box.removeEventListener('scroll', read);
    const resized = new ResizeObserver(read);
    const observeAll = (): void => {
      resized.disconnect();
      resized.observe(box);
      for (const child of box.children) resized.observe(child);
    };
    observeAll();
    // A part added or removed (a field's message) changes what there is to scroll without resizing the box.
    const changed = new MutationObserver(() => { observeAll(); read(); });
    changed.observe(box, { childList: true });
    return () => {
      box.removeEventListener('scroll', read);
      resized.disconnect();
      changed.disconnect();
    };
  }, [box]);
  return edges;
}
