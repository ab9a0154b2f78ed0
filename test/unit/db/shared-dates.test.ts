import { describe, expect, it } from 'vitest';
import { shareDateTimes, sharedDateTimes } from '../../../renderer/db/shared-dates';

/** JSON as a bucket row holds it, parsed as the repository parses it. */
const parsed = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('sharing the date-times of a plan read from storage', () => {
  it('leaves every value as it was read, at any depth, in objects and arrays', () => {
    const row = {
      t1: { id: 't1', name: '2026-03-04T09:00 review', start: '2026-03-04T09:00', finish: '2026-03-05T17:00', constraint: { type: 'snet', date: '2026-03-04T09:00' }, deadline: '2026-03-06', splits: [{ at: '2026-03-04T13:00' }] },
      t2: { id: 't2', name: 'Build', start: '2026-03-04T09:00', finish: '2026-03-04T17:30:15', actualStart: null, notes: '' },
    };
    const read = parsed(row);
    const shared = sharedDateTimes();
    shareDateTimes(read, shared);
    shareDateTimes(parsed({ b1: { tasks: { t1: { start: '2026-03-04T09:00', finish: '2026-03-05T17:00' } } }, list: ['2026-03-05T17:00', 3, null] }), shared);
    expect(read).toEqual(row);
    // One entry per distinct date-time: the sharing's own record of what it has seen.
    expect([...shared.byMinute.values()].sort()).toEqual(['2026-03-04T09:00', '2026-03-04T13:00', '2026-03-05T17:00']);
    expect([...shared.byText.values()]).toEqual(['2026-03-04T17:30:15']);
  });

  it('never stands a damaged date in for a good one whose minute it seems to name', () => {
    // "0X" reads as 40 to the minute key, the same key as month "40": the stored text must reach the checks unchanged.
    const read = parsed({ a: { start: '2026-40-04T09:00' }, b: { start: '2026-0X-04T09:00' }, c: { start: '2026-0X-04T09:00' } }) as Record<string, { start: string }>;
    shareDateTimes(read, sharedDateTimes());
    expect([read['a']?.start, read['b']?.start, read['c']?.start]).toEqual(['2026-40-04T09:00', '2026-0X-04T09:00', '2026-0X-04T09:00']);
  });

  it('touches only what is shaped like a date-time', () => {
    const row = { t: { id: '2026-03-04', code: 'ABCD-EFGHIJKLMNO', long: '2026-03-04T09:00Z', n: 16, flag: true } };
    const read = parsed(row);
    const shared = sharedDateTimes();
    shareDateTimes(read, shared);
    expect(read).toEqual(row);
    expect(shared.byMinute.size + shared.byText.size).toBe(0);
  });
});
