// @vitest-environment happy-dom
/** The dragged-card store: which card and list see a pick-up or drop, and that nothing else re-renders. */
import { act, memo } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TaskId } from '../../../../renderer/domain/model';
import { setDraggedCard, useDraggedIn, useIsDragged } from '../../../../renderer/features/board/drag-state';

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
