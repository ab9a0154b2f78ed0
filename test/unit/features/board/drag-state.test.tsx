// @vitest-environment happy-dom
/** The dragged-card store: which card and list see a pick-up or drop, and that nothing else re-renders. */
import { act, memo } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TaskId } from '../../../../renderer/domain/model';
import {
  setDraggedCard, setPointerDropTarget, useDraggedIn, useIsDragged, useIsPointerDropEnd, useIsPointerDropTarget,
} from '../../../../renderer/features/board/drag-state';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const id = (s: string): TaskId => s as TaskId;
const renders = new Map<string, number>();
const count = (key: string): void => { renders.set(key, (renders.get(key) ?? 0) + 1); };

/** Memoised, as the board's cards are: a list re-rendering leaves them alone. */
const Card = memo(function Card({ taskId }: { taskId: TaskId }) {
  const isDragged = useIsDragged(taskId);
  count(taskId);
  return <span data-card={taskId}>{isDragged ? 'dragged' : 'still'}</span>;
});

function List({ cell, cards }: { cell: string; cards: readonly TaskId[] }) {
  const dragging = useDraggedIn(cell);
  count(cell);
  return <div data-cell={cell} data-dragging={dragging ?? ''}>{cards.map((c) => <Card key={c} taskId={c} />)}</div>;
}

let host: HTMLElement;
let root: Root;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root.render(<>
    <List cell="all|todo" cards={[id('a'), id('b')]} />
    <List cell="all|done" cards={[id('c')]} />
  </>));
  renders.clear();
});

afterEach(() => {
  act(() => setDraggedCard(null));
  act(() => setPointerDropTarget(null));
  act(() => root.unmount());
  host.remove();
});

const text = (taskId: string): string | null | undefined => host.querySelector(`[data-card="${taskId}"]`)?.textContent;
const draggingIn = (cell: string): string | null | undefined => host.querySelector(`[data-cell="${cell}"]`)?.getAttribute('data-dragging');

describe('drag state', () => {
  it('marks only the picked-up card as dragged, and only its own list as holding it', () => {
    act(() => setDraggedCard({ taskId: id('b'), cell: 'all|todo' }));
    expect([text('a'), text('b'), text('c')]).toEqual(['still', 'dragged', 'still']);
    expect(draggingIn('all|todo')).toBe('b');
    expect(draggingIn('all|done')).toBe('');
  });

  it('re-renders the dragged card and its list on pick-up and on drop, nothing else', () => {
    act(() => setDraggedCard({ taskId: id('b'), cell: 'all|todo' }));
    expect(Object.fromEntries(renders)).toEqual({ b: 1, 'all|todo': 1 });
    renders.clear();
    act(() => setDraggedCard(null));
    expect(Object.fromEntries(renders)).toEqual({ b: 1, 'all|todo': 1 });
    expect([text('b'), draggingIn('all|todo')]).toEqual(['still', '']);
  });

  it('notifies no one when the same card from the same list is set again', () => {
    act(() => setDraggedCard({ taskId: id('c'), cell: 'all|done' }));
    renders.clear();
    act(() => setDraggedCard({ taskId: id('c'), cell: 'all|done' }));
    expect(renders.size).toBe(0);
  });

  it('answers per list: the same card in a cell of another lane is not held by this one', () => {
    act(() => setDraggedCard({ taskId: id('a'), cell: 'r-1|todo' }));
    expect(text('a')).toBe('dragged');
    expect(draggingIn('all|todo')).toBe('');
  });
});

/** A card and a cell end showing the pointer drag's drop-target mark. */
const Target = memo(function Target({ taskId }: { taskId: TaskId }) {
  const isTarget = useIsPointerDropTarget(taskId);
  count(`target ${taskId}`);
  return <span data-target={taskId}>{isTarget ? 'marked' : ''}</span>;
});

function End({ cell }: { cell: string }) {
  const isTarget = useIsPointerDropEnd(cell);
  count(`end ${cell}`);
  return <span data-end={cell}>{isTarget ? 'marked' : ''}</span>;
}

describe('pointer drop target', () => {
  let targets: Root;
  beforeEach(() => {
    const el = document.createElement('div');
    host.append(el);
    targets = createRoot(el);
    act(() => targets.render(<>
      {['a', 'b', 'c'].map((t) => <Target key={t} taskId={id(t)} />)}
      <End cell="all|todo" /><End cell="all|done" />
    </>));
    renders.clear();
  });
  afterEach(() => { act(() => targets.unmount()); });

  const marked = (): string[] => [...host.querySelectorAll('[data-target], [data-end]')]
    .filter((el) => el.textContent === 'marked').map((el) => el.getAttribute('data-target') ?? `end ${String(el.getAttribute('data-end'))}`);

  it('moves the mark from card to card, re-rendering only the card losing it and the one gaining it', () => {
    act(() => setPointerDropTarget({ cell: 'all|todo', taskId: id('a') }));
    expect(marked()).toEqual(['a']);
    renders.clear();
    act(() => setPointerDropTarget({ cell: 'all|todo', taskId: id('b') }));
    expect(marked()).toEqual(['b']);
    expect(Object.fromEntries(renders)).toEqual({ 'target a': 1, 'target b': 1 });
  });

  it('marks a cell end (taskId null) for that cell only, and a repeated target notifies no one', () => {
    act(() => setPointerDropTarget({ cell: 'all|done', taskId: null }));
    expect(marked()).toEqual(['end all|done']);
    renders.clear();
    act(() => setPointerDropTarget({ cell: 'all|done', taskId: null }));
    expect(renders.size).toBe(0);
    act(() => setPointerDropTarget(null));
    expect(marked()).toEqual([]);
  });
});
