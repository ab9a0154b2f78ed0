/**
 * The board's `data-dragging` attribute (grabbing cursor, no text selection: board.css), set one
 * frame after a pick-up and cleared one frame after a drop.
 *
 * The cursor has to change on every mounted card, so the attribute restyles all of them (~740
 * elements, 5 ms at 2,000 cards in a trace). Set in the same task as the pick-up it delayed the
 * lifted card's first frame; a frame later the card is already drawn and the restyle fits in the
 * next frame's budget. A cursor that changes a frame after the press is not something one sees.
 */
import { useCallback, useEffect, useRef } from 'react';

export function useDragCursor() {
  const ref = useRef<HTMLDivElement | null>(null);
  const frame = useRef(0);
  const isDragging = useRef(false);
  const markDragging = useCallback((on: boolean): void => {
    isDragging.current = on;
    cancelAnimationFrame(frame.current);
    // Two frames: a pointermove is dispatched in the frame's own update, so one rAF would still
    // land before that frame's style recalc.
    frame.current = requestAnimationFrame(() => {
      frame.current = requestAnimationFrame(() => ref.current?.toggleAttribute('data-dragging', isDragging.current));
    });
  }, []);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  return { ref, markDragging };
}
