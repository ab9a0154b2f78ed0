import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { shareCommonTaskValues, sharedConstraints } from '../../../renderer/db/shared-task-values';

/** JSON as a bucket row holds it, parsed as the repository parses it. */
const parsed = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

interface StoredTask { constraint: unknown; tags: unknown; name: string }

describe('sharing the values stored tasks hold alike', () => {
  it('gives tasks with equal constraints, and tasks without tags, one object each, equal to what was read', () => {
    const row = {
      t1: { name: 'A', constraint: { type: 'ASAP', date: null }, tags: [] },
      t2: { name: 'B', constraint: { type: 'ASAP', date: null }, tags: [] },
      t3: { name: 'C', constraint: { type: 'SNET', date: '2026-03-04T09:00' }, tags: ['api'] },
      t4: { name: 'D', constraint: { type: 'SNET', date: '2026-03-05T09:00' }, tags: [] },
    };
    const read = parsed(row) as Record<string, StoredTask>;
    const shared = sharedConstraints();
    shareCommonTaskValues(read, shared);
    // A later bucket row of the same plan shares with the first.
    const later = parsed({ t5: { name: 'E', constraint: { type: 'SNET', date: '2026-03-04T09:00' }, tags: [] } }) as Record<string, StoredTask>;
    shareCommonTaskValues(later, shared);
    expect(read).toEqual(row);
    expect(read['t1']!.constraint).toBe(read['t2']!.constraint);
    expect(read['t1']!.tags).toBe(read['t2']!.tags);
    expect(later['t5']!.constraint).toBe(read['t3']!.constraint);
    expect(read['t4']!.constraint).not.toBe(read['t3']!.constraint);
    expect(read['t3']!.constraint).not.toBe(read['t1']!.constraint);
  });

  it('leaves any other constraint or tags, and damaged tasks, as stored for the model checks', () => {
    const row = {
      dated: { name: 'C', constraint: { type: 'SNET', date: '2026-03-04T09:00' }, tags: ['api'] },
      extra: { name: 'D', constraint: { type: 'ASAP', date: null, note: 'kept' }, tags: [null] },
      twin: { name: 'F', constraint: { type: 'ASAP', date: null, note: 'kept' }, tags: [] },
      blank: { name: 'G', constraint: { type: 'SNET', date: '' }, tags: [] },
      blank2: { name: 'H', constraint: { type: 'SNET', date: '' }, tags: [] },
      odd: { name: 'E', constraint: 'ASAP', tags: 'none' },
      broken: 'not a task',
    };
    const read = parsed(row) as Record<string, unknown>;
    const before = { ...read };
    shareCommonTaskValues(read, sharedConstraints());
    expect(read).toEqual(row);
    for (const id of ['extra', 'odd', 'twin', 'blank']) {
      const task = read[id] as StoredTask;
      const was = before[id] as StoredTask;
      expect(task.constraint).toBe(was.constraint);
    }
    expect((read['extra'] as StoredTask).constraint).not.toBe((read['twin'] as StoredTask).constraint);
    expect((read['blank'] as StoredTask).constraint).not.toBe((read['blank2'] as StoredTask).constraint);
  });

  it('lets an edit change one task without reaching the others that share the values', () => {
    const read = parsed({ t1: { name: 'A', constraint: { type: 'ASAP', date: null }, tags: [] }, t2: { name: 'B', constraint: { type: 'ASAP', date: null }, tags: [] } }) as Record<string, StoredTask>;
    shareCommonTaskValues(read, sharedConstraints());
    const edited = produce(read, (draft) => {
      (draft['t1']!.tags as string[]).push('api');
      (draft['t1']!.constraint as { type: string }).type = 'MSO';
    });
    expect(edited['t1']).toMatchObject({ constraint: { type: 'MSO', date: null }, tags: ['api'] });
    expect(edited['t2']).toEqual({ name: 'B', constraint: { type: 'ASAP', date: null }, tags: [] });
    expect(read['t2']!.tags).toEqual([]);
    // In place, it fails loudly rather than changing every task.
    expect(() => (read['t2']!.tags as string[]).push('x')).toThrow();
  });
});
