// @vitest-environment happy-dom
/**
 * whenDragSettles: a drop's board changes run once dnd-kit's operation is idle again (so the
 * moved card is not remounted while dnd-kit still lifts it), exactly once, and never get lost.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signal } from '@dnd-kit/state';
import { DragDropManager } from '@dnd-kit/dom';
import { whenDragSettles } from '../../../../renderer/features/board/use-board-dnd';

/** A manager whose operation status is a real dnd-kit signal, as whenDragSettles reads it. */
function fakeManager(initial: 'dragging' | 'dropped' | 'idle') {
  const status = signal<string>(initial);
  const manager = { dragOperation: { status: { get idle() { return status.value === 'idle'; } } } } as unknown as DragDropManager;
  return { manager, status };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('whenDragSettles', () => {
  it('waits for the operation to go idle, then runs once in the same task', async () => {
    const { manager, status } = fakeManager('dragging');
    const then = vi.fn();
    whenDragSettles(manager, then);
    status.value = 'dropped';
    await Promise.resolve();
    expect(then).not.toHaveBeenCalled();
    status.value = 'idle';
    await Promise.resolve();
    expect(then).toHaveBeenCalledTimes(1);
    // A later drag's status changes do not run it again.
    status.value = 'dragging';
    status.value = 'idle';
    await Promise.resolve();
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('runs at once when nothing is being dragged (a real manager at rest)', () => {
    const then = vi.fn();
    whenDragSettles(new DragDropManager(), then);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('still applies the drop, once, when dnd-kit never goes idle', async () => {
    vi.useFakeTimers();
    const { manager, status } = fakeManager('dropped');
    const then = vi.fn();
    whenDragSettles(manager, then);
    vi.advanceTimersByTime(999);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
    status.value = 'idle';
    await Promise.resolve();
    expect(then).toHaveBeenCalledTimes(1);
  });
});
