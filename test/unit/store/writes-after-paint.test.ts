/**
 * An edit is shown first and written once the frame showing it is painted (issue 18: the write's
 * Dexie work delayed that frame), in the order the edits were made, counted as pending from the
 * moment it is shown so the dirty marker and a window's close still wait for it.
 */
import { describe, expect, it } from 'vitest';
import { sequentialIds, type Plan } from '../../../renderer/domain/model';
import { createSessionStore } from '../../../renderer/store';
import { writesAfterPaint } from '../../../renderer/store/writes-after-paint';
import { blankPlan } from '../../support/plan-builder';
import { MemoryStorage } from '../../support/memory-persistence';

/** An afterPaint whose frames a test paints by hand. */
function frames(): { readonly afterPaint: () => Promise<void>; readonly paint: () => void; readonly waiting: () => number } {
  let waiting: (() => void)[] = [];
  return {
    afterPaint: () => new Promise<void>((resolve) => waiting.push(resolve)),
    paint: () => {
      const now = waiting;
      waiting = [];
      for (const resolve of now) resolve();
    },
    waiting: () => waiting.length,
  };
}

const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

const names = (plan: Plan | null | undefined): string[] => Object.values(plan?.tasks ?? {}).map((t) => t.name).sort();

describe('writes after the paint', () => {
  it('sends nothing before the frame is painted, then every write queued for it in the order made', async () => {
    const { afterPaint, paint, waiting } = frames();
    const sent: string[] = [];
    const afterThePaint = writesAfterPaint(afterPaint);
    const first = afterThePaint(async () => { sent.push('first'); });
    const second = afterThePaint(async () => { sent.push('second'); });
    await settle();
    expect(sent).toEqual([]);
    // One frame waited for, whatever number of writes it carries.
    expect(waiting()).toBe(1);
    paint();
    await Promise.all([first, second]);
    expect(sent).toEqual(['first', 'second']);
  });

  it('resolves each write when its own send has ended, and sends at once where nothing paints (tests, the command line)', async () => {
    let ended = false;
    let sent = false;
    const send = (): Promise<void> => {
      sent = true;
      return new Promise((resolve) => setTimeout(() => { ended = true; resolve(); }, 5));
    };
    const written = writesAfterPaint(undefined)(send);
    expect(sent).toBe(true);
    await written;
    expect(ended).toBe(true);
  });

  it('shows two edits and counts both writes before either is sent; after the paint storage holds both, in order', async () => {
    const plan = blankPlan('Payments');
    const storage = new MemoryStorage();
    storage.put(plan);
    const { afterPaint, paint } = frames();
    const session = createSessionStore({
      persistence: storage.window('w1'), newId: sequentialIds('w1-'), now: () => '2026-03-05T10:00:00.000Z',
      schedule: (p: Plan) => Object.keys(p.tasks).length, notify: () => undefined, afterPaint,
    });
    await session.getState().openProject(plan.project.id);

    expect(session.getState().dispatch('insertTask', { name: 'Kick-off' })).toBeNull();
    expect(session.getState().dispatch('insertTask', { name: 'Design review' })).toBeNull();
    await settle();
    expect(names(session.getState().plan)).toEqual(['Design review', 'Kick-off']);
    expect(session.getState().pendingWrites).toBe(2);
    expect(storage.writes).toEqual([]);
    expect(names(storage.projects.get(plan.project.id)?.plan)).toEqual([]);

    paint();
    await settle();
    expect(session.getState().pendingWrites).toBe(0);
    expect(storage.writes).toHaveLength(2);
    expect(storage.writes[0]).toEqual(expect.arrayContaining([{ collection: 'tasks', id: 'w1-1' }]));
    expect(storage.writes[1]).toEqual(expect.arrayContaining([{ collection: 'tasks', id: 'w1-2' }]));
    expect(names(storage.projects.get(plan.project.id)?.plan)).toEqual(['Design review', 'Kick-off']);

    // An undo is written the same way: shown, pending, then stored after its frame.
    await session.getState().undo();
    expect(names(session.getState().plan)).toEqual(['Kick-off']);
    expect(session.getState().pendingWrites).toBe(1);
    paint();
    await settle();
    expect(session.getState().pendingWrites).toBe(0);
    expect(names(storage.projects.get(plan.project.id)?.plan)).toEqual(['Kick-off']);
  });
});
