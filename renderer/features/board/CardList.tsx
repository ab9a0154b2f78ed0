/**
 * The cards of one cell (a column, or a column within a swimlane), virtualised: only the cards in
 * view (plus a few) are mounted, so 2,000 cards cost what 60 do. Cards have a fixed height.
 */
import { memo, useEffect, useLayoutEffect, useRef, useState, type UIEvent } from 'react';
import { useDroppable } from '@dnd-kit/react';
import { cellKey, type BoardCard } from '../../domain/board';
import type { ColumnId, Plan, TaskId } from '../../domain/model';
import { MemoBoardCard } from './BoardCard';
import { acceptsKeyboardCard, type DragData } from './drag-data';
import { useDraggedIn, useIsPointerDropEnd } from './drag-state';

/** Card height plus the gap below it, in px; must match .board-card in board.css. */
export const CARD_PITCH = 112;
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

function CardListView({ cards, columnId, laneKey, resources, onOpen }: Props) {
  const { ref, view, onScroll } = useViewport();
  const draggingId = useDraggedIn(cellKey(laneKey, columnId));
  const start = Math.min(cards.length, Math.max(0, Math.floor(view.top / CARD_PITCH) - OVERSCAN));
  const end = view.isOnScreen ? Math.min(cards.length, Math.ceil((view.top + view.height) / CARD_PITCH) + OVERSCAN) : start;
  // The dragged card must stay mounted (dnd-kit drops a drag whose element unmounts), even when
  // the list scrolls it out of the window: it is then drawn at its own offset.
  const pinned = draggingId === null ? -1 : cards.findIndex((c) => c.task.id === draggingId);
  const isPinnedOutside = pinned >= 0 && (pinned < start || pinned >= end);
  const renderCard = (card: BoardCard, index: number, style?: React.CSSProperties) => (
    // Position and size of the whole list: a screen reader counts the cards not drawn too.
    <div key={card.task.id} className="card-slot" role="listitem" aria-posinset={index + 1} aria-setsize={cards.length} style={style}>
      <MemoBoardCard card={card} index={index} columnId={columnId} laneKey={laneKey} resources={resources} onOpen={onOpen} />
    </div>
  );
  return (
    <div ref={ref} className="card-list" onScroll={onScroll} role="list" aria-label={`${String(cards.length)} ${cards.length === 1 ? 'card' : 'cards'}`}>
      <div style={{ height: start * CARD_PITCH }} aria-hidden="true" />
      {cards.slice(start, end).map((card, i) => renderCard(card, start + i))}
      <div style={{ height: (cards.length - end) * CARD_PITCH }} aria-hidden="true" />
      {isPinnedOutside && cards[pinned] && renderCard(cards[pinned], pinned, { position: 'absolute', top: pinned * CARD_PITCH, left: 8, right: 8 })}
      <EndZone columnId={columnId} laneKey={laneKey} isEmpty={cards.length === 0} />
    </div>
  );
}

export const CardList = memo(CardListView);
