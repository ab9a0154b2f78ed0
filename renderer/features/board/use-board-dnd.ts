/**
 * Drag and drop wiring for the board: dnd-kit plugins (announcements, no drop animation) and the
 * drag handlers that turn a drop into ONE moveCard / moveColumn command.
 *
 * Cards are sortables without dnd-kit's OptimisticSortingPlugin: that plugin moves DOM nodes
 * under React during a drag, which breaks with virtualised columns and costs a re-render of every
 * sortable per move (dnd-kit #2105/#2110). Instead the target card shows an insertion line and
 * the store changes once, on drop. SortableKeyboardPlugin still gives arrow-key moves between cards.
 *
 * Only keyboard drags use the cards as drop targets. A pointer drag targets a whole cell and the
 * card under the pointer comes from the cards drawn there (pointerTarget): dnd-kit measures and observes
 * every droppable that accepts a drag as it starts, and ~60 mounted cards were half the pick-up.
 * Both paths end in resolveDrop with a card or a cell end, so they place a card the same way.
 */
import { useMemo, useRef } from 'react';
import type { DragDropManager, DragEndEvent, DragMoveEvent, DragOverEvent, DragStartEvent } from '@dnd-kit/react';
import { Accessibility, Cursor, Feedback, PreventSelection } from '@dnd-kit/dom';
import type { Plugins } from '@dnd-kit/abstract';
import { isKeyboardEvent } from '@dnd-kit/dom/utilities';
import { effect } from '@dnd-kit/state';
import {
  cardSlotAt, cellKey, resolveDrop, type BoardLayout, type DropTarget, type LaneMode, type ResolvedDrop,
} from '../../domain/board';
import type { ArgsOf } from '../../domain/commands';
import type { ColumnId, Plan, Problem } from '../../domain/model';
import { orderedColumns } from '../../domain/board';
import { spoken, type SpokenPlace } from './announcements';
import { asDragData, cardDomId, type DragData } from './drag-data';
import { setPointerDropTarget } from './drag-state';
import { PermanentDragStyles } from './dnd-styles';

export interface BoardDndInput {
  readonly plan: Plan;
  readonly layout: BoardLayout;
  readonly laneMode: LaneMode;
  readonly moveCard: (args: ArgsOf<'moveCard'>) => Problem | null;
  readonly moveColumn: (args: ArgsOf<'moveColumn'>) => Problem | null;
}

type Operation = DragEndEvent['operation'];

type CellData = Extract<DragData, { kind: 'cell' }>;

/** The last pointerTarget answer: the drop and each announcement ask again at the same position. */
let lastPointerTarget: { layout: BoardLayout; element: Element; x: number; y: number; result: DropTarget } | null = null;

/**
 * The card (or cell end) under the pointer in a cell a pointer drag is over, from the edges of the
 * cards its list draws (a window of a few dozen at most; cards are as tall as their content): read
 * in one pass with no write between, so one layout at most per move, and no card observed.
 * Asked again at the same place (the drop, an announcement) it answers from memory: a rectangle
 * read at pointerup would force a layout dnd-kit just dirtied.
 */
function pointerTarget(layout: BoardLayout, cell: CellData, operation: Pick<Operation, 'target' | 'position'>): DropTarget {
  const { x, y } = operation.position.current;
  const element = operation.target?.element;
  const last = lastPointerTarget;
  if (last && element && last.element === element && last.layout === layout && last.x === x && last.y === y) return last.result;
  const result = measurePointerTarget(layout, cell, operation);
  lastPointerTarget = element ? { layout, element, x, y, result } : null;
  return result;
}

function measurePointerTarget(layout: BoardLayout, cell: CellData, operation: Pick<Operation, 'target' | 'position'>): DropTarget {
  const end: DropTarget = { kind: 'end', columnId: cell.columnId, laneKey: cell.laneKey };
  const list = operation.target?.element?.querySelector('.card-list');
  if (!list) return end;
  const cards = layout.cells.get(cellKey(cell.laneKey, cell.columnId)) ?? [];
  // The dragged card, when scrolled out of the drawn window, is drawn last at its own place: by edge, not DOM order.
  const slots = [...list.querySelectorAll(':scope > .card-slot')]
    .map((slot) => ({ index: Number(slot.getAttribute('aria-posinset')) - 1, bottomPx: slot.getBoundingClientRect().bottom }))
    .sort((a, b) => a.bottomPx - b.bottomPx);
  // Above the list's visible top (a lane cell's add button, or cards scrolled away): the first card in view.
  const y = Math.max(operation.position.current.y, list.getBoundingClientRect().top);
  const index = cardSlotAt(y, slots, cards.length);
  const card = index === null ? undefined : cards[index];
  return card ? { kind: 'card', taskId: card.task.id, columnId: cell.columnId, laneKey: cell.laneKey } : end;
}

/** Source and target of an operation as our data, plus the resolved card drop when it is one. */
function readOperation(input: BoardDndInput, operation: Operation) {
  const source = asDragData(operation.source?.data);
  const target = asDragData(operation.target?.data);
  if (source?.kind !== 'card') return { source, target, drop: null };
  // Over nothing (outside the board): the card would stay in its own slot.
  const over = target?.kind === 'cell' ? pointerTarget(input.layout, target, operation)
    : target && target.kind !== 'column' ? target : source;
  const drop = resolveDrop(input.layout, input.laneMode, source, over);
  return { source, target, drop };
}

/** Marks the card or cell end a pointer drag is over (drag-state.ts); keyboard drags use dnd-kit's own mark. */
function markPointerTarget(input: BoardDndInput, operation: Pick<Operation, 'source' | 'target' | 'position'>): void {
  const source = asDragData(operation.source?.data);
  const target = asDragData(operation.target?.data);
  if (source?.kind !== 'card' || target?.kind !== 'cell') return setPointerDropTarget(null);
  const over = pointerTarget(input.layout, target, operation);
  const taskId = over.kind === 'card' ? over.taskId : null;
  // Over its own slot: nothing to mark (the mark would land on the lifted card).
  setPointerDropTarget(taskId === source.taskId ? null : { cell: cellKey(over.laneKey, over.columnId), taskId });
}

function place(input: BoardDndInput, drop: ResolvedDrop): SpokenPlace {
  const lane = input.laneMode === 'none' ? null : (input.layout.lanes.find((l) => l.key === drop.laneKey)?.label ?? null);
  return { columnName: input.plan.columns[drop.columnId]?.name ?? 'column', laneLabel: lane, drop };
}

function taskName(input: BoardDndInput, data: DragData | null): string {
  return data?.kind === 'card' ? (input.plan.tasks[data.taskId]?.name ?? 'card') : 'card';
}

function columnName(input: BoardDndInput, id: ColumnId | undefined): string {
  return (id && input.plan.columns[id]?.name) ?? 'column';
}

/** Announcement texts read the latest plan and layout through a ref: plugins are created once. */
function announcementsFor(ref: { current: BoardDndInput }) {
  return {
    dragstart: ({ operation }: DragStartEvent) => {
      const { source, drop } = readOperation(ref.current, operation);
      if (source?.kind === 'column') return spoken.columnPickedUp(columnName(ref.current, source.columnId));
      return drop ? spoken.pickedUp(taskName(ref.current, source), place(ref.current, drop)) : undefined;
    },
    dragover: ({ operation }: DragOverEvent) => {
      const { source, target, drop } = readOperation(ref.current, operation);
      if (source?.kind === 'column') {
        return spoken.columnOver(columnName(ref.current, source.columnId), columnName(ref.current, target?.columnId));
      }
      // Over its own slot right after pick-up: keep "Picked up …" rather than repeat the place.
      if (operation.target?.id === operation.source?.id) return undefined;
      return drop ? spoken.over(taskName(ref.current, source), place(ref.current, drop)) : undefined;
    },
    dragend: ({ operation, canceled }: DragEndEvent) => {
      const { source, drop } = readOperation(ref.current, operation);
      if (source?.kind === 'column') return spoken.columnDropped(columnName(ref.current, source.columnId));
      if (canceled || !drop) return spoken.cancelled(taskName(ref.current, source));
      return spoken.dropped(taskName(ref.current, source), place(ref.current, drop));
    },
  };
}

/** Focus the card again once React has drawn it in its new place (keyboard users keep their spot). */
function refocus(data: DragData | null): void {
  if (data?.kind !== 'card') return;
  requestAnimationFrame(() => document.getElementById(cardDomId(data.taskId))?.focus({ preventScroll: false }));
}

/** A drop whose board changes wait longer than this is applied anyway (dnd-kit never went idle). */
const SETTLE_FALLBACK_MS = 1000;

/**
 * Runs `then` once dnd-kit has finished the drop and its operation is idle again, in the same
 * task. Applied earlier (inside dragend) the move remounts the dropped card while dnd-kit still
 * treats it as the drag source: its Feedback plugin re-lifts the new element (popover, hit test,
 * measurements), about a third of the drop's main-thread time.
 */
export function whenDragSettles(manager: DragDropManager, then: () => void): void {
  if (manager.dragOperation.status.idle) return then();
  let isDone = false;
  const run = (): void => {
    if (isDone) return;
    isDone = true;
    clearTimeout(fallback);
    dispose();
    then();
  };
  const fallback = setTimeout(run, SETTLE_FALLBACK_MS);
  // Outside the effect (a microtask later, still this task): the board's writes must not become
  // dependencies of the effect.
  const dispose = effect(() => {
    if (manager.dragOperation.status.idle) queueMicrotask(run);
  });
}

function dropColumn(input: BoardDndInput, columnId: ColumnId, overId: ColumnId): void {
  if (columnId === overId) return;
  const ids = orderedColumns(input.plan.columns).map((c) => c.id);
  const from = ids.indexOf(columnId);
  const to = ids.indexOf(overId);
  // Take the target's slot: moving right lands after it, moving left before it.
  const afterId = to > from ? overId : (ids[to - 1] ?? null);
  input.moveColumn({ id: columnId, afterId });
}

export function useBoardDnd(input: BoardDndInput) {
  const ref = useRef(input);
  ref.current = input;
  const plugins = useMemo(
    () => (defaults: Plugins<DragDropManager>): Plugins<DragDropManager> => [
      // Before Feedback, so Feedback's rules land in the permanent sheet (see dnd-styles.ts).
      PermanentDragStyles,
      // Their `* { … }` sheets would restyle the whole page per drag: board.css does their job.
      ...defaults.filter((p) => p !== Accessibility && p !== Feedback && p !== Cursor && p !== PreventSelection),
      Accessibility.configure({
        announcements: announcementsFor(ref),
        screenReaderInstructions: { draggable: spoken.instructions },
        // Short enough that "position 2 of 5" follows each arrow press closely.
        debounce: 150,
      }),
      // The card re-renders in its new place on drop; animating the old element back would flicker.
      Feedback.configure({ dropAnimation: null }),
    ],
    [],
  );
  /**
   * Works out the drop now (the operation's target and position are those of the release) and
   * applies it, with `settle`, once dnd-kit is idle (whenDragSettles).
   */
  const onDragEnd = (event: DragEndEvent, manager: DragDropManager, settle: () => void): void => {
    const current = ref.current;
    const { source, target, drop } = readOperation(current, event.operation);
    lastPointerTarget = null;
    whenDragSettles(manager, () => {
      settle();
      if (!event.canceled) {
        if (source?.kind === 'column' && target?.kind === 'column') dropColumn(ref.current, source.columnId, target.columnId);
        if (source?.kind === 'card' && drop && !drop.isNoop) {
          ref.current.moveCard({ id: source.taskId, columnId: drop.columnId, placement: drop.placement, ...(drop.lane ? { lane: drop.lane } : {}) });
        }
      }
      // Keyboard users keep their place; a mouse drop leaves focus alone (a focus forces a layout).
      if (isKeyboardEvent(event.operation.activatorEvent)) refocus(source);
    });
  };
  const manager = useRef<DragDropManager | null>(null);
  /**
   * dnd-kit announces a move before it applies it (the position changes in a microtask after
   * dragmove), so the mark is placed a microtask later, from the live operation.
   */
  const onDragMove = (_event: DragMoveEvent, dnd: DragDropManager): void => {
    manager.current = dnd;
    queueMicrotask(() => {
      if (dnd.dragOperation.status.dragging) markPointerTarget(ref.current, dnd.dragOperation);
    });
  };
  /**
   * A list scrolled under a still pointer (dnd-kit's auto-scroll, or the wheel) brings another
   * card under it with no move event: mark again, and forget the remembered answer for the drop.
   */
  const onScroll = useMemo(() => (): void => {
    const dnd = manager.current;
    if (!dnd?.dragOperation.status.dragging) return;
    lastPointerTarget = null;
    markPointerTarget(ref.current, dnd.dragOperation);
  }, []);
  return { plugins, onDragMove, onDragEnd, onScroll };
}
