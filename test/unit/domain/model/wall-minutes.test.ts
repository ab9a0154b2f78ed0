/**
 * toWallMinutes reads the fixed spellings by character code; these cases hold it to exactly the
 * numbers Date.UTC gives (the general path), across leap years, century rules, seconds and the
 * spellings it must hand to the general path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toWallMinutes, type LocalDateTime } from '../../../../renderer/domain/model';

/** What toWallMinutes computed before it read by character code: the oracle. */
function viaDateUtc(value: string): number {
  const [date, time = '00:00'] = value.split('T') as [string, string?];
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi, sec = 0] = time.split(':').map(Number) as [number, number, number?];
  return Date.UTC(y, mo - 1, d, h, mi, sec) / 60_000;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const at = (value: string): number => toWallMinutes(value as LocalDateTime);

describe('toWallMinutes', () => {
  it('gives Date.UTC’s numbers on leap days, century years and month ends', () => {
    for (const value of [
      '1970-01-01', '1970-01-01T00:00', '1969-12-31T23:59', '2000-02-29T12:00', '1900-02-28T17:00', '2400-02-29',
      '1600-03-01T08:00', '2026-12-31T23:59:59', '2026-03-02T11:53:18', '0100-01-01', '9999-12-31T23:59:59',
      // Out-of-range days and hours roll over in Date.UTC; the fast path rolls them the same way.
      '2026-02-31', '2026-03-00T09:00', '2026-03-02T24:00',
    ]) expect([value, at(value)]).toEqual([value, viaDateUtc(value)]);
  });

  it('hands other spellings to the general path, which Date.UTC decides (years before 100 are 19xx)', () => {
    for (const value of ['0099-06-01T09:00', '2026-13-01', '2026-3-2T09:00', '2026-03-02T9:00', '2026-03-02 09:00']) {
      expect(Object.is(at(value), viaDateUtc(value))).toBe(true);
    }
  });

  it('matches Date.UTC for any date and time from year 100 to 9999 (property)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }),
      fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 2 }),
      (y, mo, d, h, mi, sec, form) => {
        const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
        const value = form === 0 ? date : form === 1 ? `${date}T${pad(h)}:${pad(mi)}` : `${date}T${pad(h)}:${pad(mi)}:${pad(sec)}`;
        expect(at(value)).toBe(viaDateUtc(value));
      },
    ), { numRuns: 2000, seed: 20261202 });
  });
});
