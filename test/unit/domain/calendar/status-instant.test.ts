import { describe, expect, it } from 'vitest';
import { statusInstant } from '../../../../renderer/domain/calendar';
import { fromWallMinutes, type LocalDate } from '../../../../renderer/domain/model';

describe('statusInstant', () => {
  it('is the end of the status date: midnight at the start of the next day', () => {
    expect(fromWallMinutes(statusInstant('2026-03-04' as LocalDate))).toBe('2026-03-05T00:00');
  });

  it('crosses a month and a leap day as the calendar does', () => {
    expect(fromWallMinutes(statusInstant('2028-02-28' as LocalDate))).toBe('2028-02-29T00:00');
    expect(fromWallMinutes(statusInstant('2026-12-31' as LocalDate))).toBe('2027-01-01T00:00');
  });
});
