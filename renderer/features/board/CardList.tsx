/**
 * The cards of one cell (a column, or a column within a swimlane), virtualised: only the cards in
 * view (plus a few) are mounted, so 2,000 cards cost what 60 do. A card is as tall as what it
 * shows (one or two lines of name, tags or none): each drawn card's height is measured and kept,
 * and a card not drawn yet counts as ESTIMATED_PITCH until it is.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type UIEvent } from 'react';
import { useDroppable } from '@dnd-kit/react';
import { cellKey, type BoardCard } from '../../domain/board';
import type { ColumnId, Plan, TaskId } from '../../domain/model';
import { MemoBoardCard } from './BoardCard';
import { acceptsKeyboardCard, type DragData } from './drag-data';
import { useDraggedIn, useIsPointerDropEnd } from './drag-state';

/**
 * A card not measured yet, height plus the gap below it (px): the tallest a card usually gets (two
 * lines of name, tags, footer), so a list's first render draws no more cards than the fixed-height
 * cards did. A card whose flags wrap below its footer (a narrow column) is taller; it counts at its
 * measured height once drawn, like any other. Guessed at a one-line card (72), a 2,000-card board's first render drew half as many again
 * and took 152 ms instead of 84 (bench -- board, December 2026); at 112 it took 94-101.
 */
const ESTIMATED_PITCH = 112;
const OVERSCAN = 4;

interface Props {
  readonly cards: readonly BoardCard[];
  readonly columnId: ColumnId;
  readonly laneKey: string;
  readonly resources: Plan['resources'];
  readonly onOpen: (id: TaskId) => void;
}

function EndZone({ columnId, laneKey, isEmpty }: { columnId: ColumnId; laneKey: string; isEmpty: boolean }) {
  const data: DragData = { kind: 'end', columnId, laneKey };
  // Keyboard drags step onto it; pointer drags target the whole cell (drag-data.ts).
  const { ref, isDropTarget } = useDroppable({ id: `end|${cellKey(laneKey, columnId)}`, accept: acceptsKeyboardCard, data });
  const isPointerTarget = useIsPointerDropEnd(cellKey(laneKey, columnId));
  return (
    <div ref={ref} className={`card-list__end${isDropTarget || isPointerTarget ? ' is-drop-target' : ''}`} aria-hidden="true">
      {isEmpty ? 'Drop cards here' : ''}
    </div>
  );
}

/** How far outside the board's scrolling area a list still counts as on screen, so scrolling reveals drawn cards. */
const SCREEN_MARGIN_PX = 120;

interface View {
  /** The list's scrollTop and height: which of its cards are in its own viewport. */
  readonly top: number;
  readonly height: number;
  /** Whether the list is on screen at all: with swimlanes most lists are below the fold. */
  readonly isOnScreen: boolean;
}

/** The board's scrolling area: lists beyond its edges are clipped, whatever the window's size. */
function scroller(el: Element): Element | null {
  return el.closest('.board-grid');
}

function isNearScreen(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const area = scroller(el)?.getBoundingClientRect() ?? { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth };
  const m = SCREEN_MARGIN_PX;
  return r.bottom > area.top - m && r.top < area.bottom + m && r.right > area.left - m && r.left < area.right + m;
}

/**
 * Which cards a list should draw. Measured in a layout effect, before the first paint: the first
 * render draws no cards, so 40 swimlane cells do not each mount a window's worth of cards only to
 * drop most of them (an unmeasured list would assume the window's height, on screen). After that,
 * a ResizeObserver follows the list's height, scroll events its scrollTop, and an
 * IntersectionObserver whether the board's own scrolling brought it on screen.
 */
function useViewport() {
  const ref = useRef<HTMLDivElement | null>(null);
  const [view, setView] = useState<View>({ top: 0, height: 0, isOnScreen: false });
  const frame = useRef(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el) setView({ top: el.scrollTop, height: el.clientHeight, isOnScreen: isNearScreen(el) });
  }, []);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const observers: { disconnect: () => void }[] = [];
    if (typeof ResizeObserver !== 'undefined') {
      const resize = new ResizeObserver(() => setView((v) => (v.height === el.clientHeight || !el.clientHeight ? v : { ...v, height: el.clientHeight })));
      resize.observe(el);
      observers.push(resize);
    }
    if (typeof IntersectionObserver !== 'undefined') {
      const screen = new IntersectionObserver(([entry]) => {
        if (entry) setView((v) => (v.isOnScreen === entry.isIntersecting ? v : { ...v, isOnScreen: entry.isIntersecting }));
      }, { root: scroller(el), rootMargin: `${String(SCREEN_MARGIN_PX)}px` });
      screen.observe(el);
      observers.push(screen);
    }
    return () => { for (const o of observers) o.disconnect(); };
  }, []);
  const onScroll = (event: UIEvent<HTMLDivElement>): void => {
    const el = event.currentTarget;
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setView((v) => (v.top === el.scrollTop ? v : { ...v, top: el.scrollTop })));
  };
  return { ref, view, onScroll };
}

/**
 * The height of each card drawn so far, gap included (px, by task), and the top of every card in
 * the list from them: tops[i] is card i's offset from the list's first card, tops[cards.length] the
 * list's full height. A ResizeObserver on the drawn slots follows a name rewrapping or a tag added.
 */
function useCardTops(cards: readonly BoardCard[]) {
  const heights = useRef(new Map<string, number>());
  const [measured, setMeasured] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  useEffect(() => () => observer.current?.disconnect(), []);
  const measure = useCallback((slot: HTMLDivElement | null): (() => void) | undefined => {
    if (!slot || typeof ResizeObserver === 'undefined') return undefined;
    observer.current ??= new ResizeObserver((entries) => {
      let isChanged = false;
      for (const entry of entries) {
        const id = entry.target instanceof HTMLElement ? entry.target.dataset['slotOf'] : undefined;
        const height = entry.borderBoxSize[0]?.blockSize ?? 0;
        if (!id || !height || heights.current.get(id) === height) continue;
        heights.current.set(id, height);
        isChanged = true;
      }
      if (isChanged) setMeasured((n) => n + 1);
    });
    const watching = observer.current;
    watching.observe(slot);
    return () => watching.unobserve(slot);
  }, []);
  const tops = useMemo(() => {
    const offsets = [0];
    for (const card of cards) offsets.push((offsets.at(-1) ?? 0) + (heights.current.get(card.task.id) ?? ESTIMATED_PITCH));
    return offsets;
  }, [cards, measured]); // eslint-disable-line react-hooks/exhaustive-deps -- measured: a drawn card's height changed (heights is a ref)
  return { tops, measure };
}

/** The first card whose bottom is below `y` (px from the list's first card): binary search over the tops. */
function cardAt(tops: readonly number[], y: number): number {
  let low = 0;
  let high = tops.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tops[mid + 1] ?? Infinity) > y) high = mid;
    else low = mid + 1;
  }
  return low;
}

function CardListView({ cards, columnId, laneKey, resources, onOpen }: Props) {
  const { ref, view, onScroll } = useViewport();
  const { tops, measure } = useCardTops(cards);
  const draggingId = useDraggedIn(cellKey(laneKey, columnId));
  const start = Math.max(0, Math.min(cards.length, cardAt(tops, view.top)) - OVERSCAN);
  const end = view.isOnScreen ? Math.min(cards.length, cardAt(tops, view.top + view.height) + 1 + OVERSCAN) : start;
  const topOf = (index: number): number => tops[index] ?? 0;
  // The dragged card must stay mounted (dnd-kit drops a drag whose element unmounts), even when
  // the list scrolls it out of the window: it is then drawn at its own offset.
  const pinned = draggingId === null ? -1 : cards.findIndex((c) => c.task.id === draggingId);
  const isPinnedOutside = pinned >= 0 && (pinned < start || pinned >= end);
  const renderCard = (card: BoardCard, index: number, style?: React.CSSProperties) => (
    // Position and size of the whole list: a screen reader counts the cards not drawn too.
    <div key={card.task.id} ref={measure} data-slot-of={card.task.id} className="card-slot" role="listitem" aria-posinset={index + 1} aria-setsize={cards.length} style={style}>
      <MemoBoardCard card={card} index={index} columnId={columnId} laneKey={laneKey} resources={resources} onOpen={onOpen} />
    </div>
  );
  return (
    <div ref={ref} className="card-list" onScroll={onScroll} role="list" aria-label={`${String(cards.length)} ${cards.length === 1 ? 'card' : 'cards'}`}>
      <div style={{ height: topOf(start) }} aria-hidden="true" />
      {cards.slice(start, end).map((card, i) => renderCard(card, start + i))}
      <div style={{ height: topOf(cards.length) - topOf(end) }} aria-hidden="true" />
      {isPinnedOutside && cards[pinned] && renderCard(cards[pinned], pinned, { position: 'absolute', top: topOf(pinned), left: 8, right: 8 })}
      <EndZone columnId={columnId} laneKey={laneKey} isEmpty={cards.length === 0} />
    </div>
  );
}

export const CardList = memo(CardListView);
