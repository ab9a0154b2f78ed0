/**
 * Where the notice stack stands. With a modal dialog open, clear of the dialog's box: below it,
 * else above, right or left (Floating UI, as the popovers are placed); when none has room (a tall
 * dialog in a small window), the backdrop keeps a strip at the window's bottom for the stack and
 * the dialog is centred above it, its body scrolling: the dialog's buttons are never under a
 * notice. With none open, at the bottom centre unless that covers the focused cell or field; at
 * the top it stands under the top bar and banners (notice-rules.ts stackTopAt says why).
 */
import { autoUpdate, detectOverflow, flip, offset, shift, useFloating, type Middleware } from '@floating-ui/react-dom';
import { useEffect, useLayoutEffect, useState, type CSSProperties, type RefObject } from 'react';
import { stackEdgeClearOf, stackTopAt, STACK_MARGIN, type Box, type StackEdge, type StackRoom } from './notice-rules';

export type StackPlace = StackEdge | 'beside-dialog' | 'below-dialog-strip';

/** Space between the dialog's box and the stack, in px. */
const DIALOG_GAP = 12;

/** Records whether the stack, where flip and shift left it, is wholly inside the window. */
const fitsInWindow: Middleware = {
  name: 'fitsInWindow',
  async fn(state) {
    const overflow = await detectOverflow(state, { padding: STACK_MARGIN / 2 });
    return { data: { fits: Math.max(overflow.top, overflow.bottom, overflow.left, overflow.right) <= 0 } };
  },
};

/** The focused cell (a grid keeps the focus and marks its cursor cell) or field, when it is small enough to say where the person looks. */
function focusBox(): Box | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active === document.body || active.closest('.notices')) return null;
  const cell = active.getAttribute('role') === 'grid' ? active.querySelector<HTMLElement>('.cell.active') : null;
  const box = (cell ?? active).getBoundingClientRect();
  // A view or a whole table with the focus says nothing about which part of it is being read.
  return box.width * box.height > (window.innerWidth * window.innerHeight) / 4 ? null : box;
}

/**
 * `viewArea` is the app's view area: where it starts is the bottom of the top bar and banners, which
 * a stack at the top stays under.
 */
export function useNoticePlacement(
  stack: HTMLElement | null, topModal: HTMLElement | null, count: number, viewArea: RefObject<HTMLElement | null>,
): { place: StackPlace; style: CSSProperties | undefined } {
  const floating = useFloating({
    strategy: 'fixed',
    placement: 'bottom',
    transform: false,
    elements: { reference: topModal, floating: stack },
    middleware: [offset(DIALOG_GAP), flip({ fallbackPlacements: ['top', 'right', 'left'], padding: STACK_MARGIN / 2 }), shift({ padding: STACK_MARGIN / 2 }), fitsInWindow],
    whileElementsMounted: autoUpdate,
  });
  const fits = (floating.middlewareData['fitsInWindow'] as { fits?: boolean } | undefined)?.fits;

  // Once the strip is kept for this dialog it stays while notices show over it: the dialog moved to
  // make room must not move back and forth as the room it made lets the stack fit below it.
  const [stripFor, setStripFor] = useState<HTMLElement | null>(null);
  const hasStrip = topModal !== null && stripFor === topModal && count > 0;
  useEffect(() => {
    if (topModal === null || count === 0) setStripFor(null);
    else if (floating.isPositioned && fits === false) setStripFor(topModal);
  }, [topModal, count, fits, floating.isPositioned]);

  useLayoutEffect(() => {
    const root = document.documentElement;
    if (hasStrip && stack) root.style.setProperty('--notice-room', `${String(stack.offsetHeight + STACK_MARGIN + DIALOG_GAP)}px`);
    else root.style.removeProperty('--notice-room');
  });
  useEffect(() => () => { document.documentElement.style.removeProperty('--notice-room'); }, []);

  const { edge, top } = useEdgeClearOfFocus(stack, topModal === null && count > 0, count, viewArea);
  if (topModal === null) return { place: edge, style: edge === 'top' ? { top } : undefined };
  if (hasStrip) return { place: 'below-dialog-strip', style: undefined };
  return { place: 'beside-dialog', style: { ...floating.floatingStyles, visibility: floating.isPositioned ? undefined : 'hidden' } };
}

/**
 * The stack's edge with no dialog open, and how far down it stands at the top (px), checked again
 * as the focus or the grid's cursor moves, or the window is resized.
 */
function useEdgeClearOfFocus(
  stack: HTMLElement | null, isActive: boolean, count: number, viewArea: RefObject<HTMLElement | null>,
): { edge: StackEdge; top: number } {
  const [placed, setPlaced] = useState<{ edge: StackEdge; top: number }>({ edge: 'bottom', top: STACK_MARGIN });
  useEffect(() => {
    if (!isActive || !stack) { setPlaced({ edge: 'bottom', top: STACK_MARGIN }); return undefined; }
    let frame = 0;
    const check = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const room: StackRoom = { viewWidth: window.innerWidth, viewHeight: window.innerHeight, barsBottom: viewArea.current?.getBoundingClientRect().top ?? 0 };
        const edge = stackEdgeClearOf(focusBox(), stack.offsetWidth, stack.offsetHeight, room);
        setPlaced((was) => {
          const top = stackTopAt(room.barsBottom);
          return was.edge === edge && was.top === top ? was : { edge, top };
        });
      });
    };
    check();
    const events = ['focusin', 'keyup', 'pointerup', 'resize'] as const;
    for (const event of events) window.addEventListener(event, check, true);
    return () => {
      cancelAnimationFrame(frame);
      for (const event of events) window.removeEventListener(event, check, true);
    };
  }, [stack, isActive, count, viewArea]);
  return placed;
}
