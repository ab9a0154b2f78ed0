import { describe, expect, it } from 'vitest';
import { addMonths, calendarKeyMove, monthWeeks, weekdayOf } from '../../../renderer/components/calendar-month';

describe('the date picker grid', () => {
  it('lays a month out in Monday-first weeks, padded with the neighbouring days', () => {
    // March 2026 starts on a Sunday: the first week runs Mon 23 Feb – Sun 1 Mar; 31 Mar is a Tuesday.
    const weeks = monthWeeks('2026-03-17');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]).toEqual(['2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01']);
    expect(weeks[5]?.[1]).toBe('2026-03-31');
    expect(weeks[5]?.[6]).toBe('2026-04-05');
    expect(weekdayOf('2026-03-02')).toBe(0);
    // February 2027 starts on a Monday and has exactly four weeks.
    expect(monthWeeks('2027-02-10')).toHaveLength(4);
  });

  it('moves by day and week with the arrows, across months and years', () => {
    expect(calendarKeyMove('2026-03-31', 'ArrowRight', false)).toBe('2026-04-01');
    expect(calendarKeyMove('2026-01-01', 'ArrowLeft', false)).toBe('2025-12-31');
    expect(calendarKeyMove('2026-02-26', 'ArrowDown', false)).toBe('2026-03-05');
    expect(calendarKeyMove('2026-03-05', 'ArrowUp', false)).toBe('2026-02-26');
  });

  it('moves a month with PageUp/PageDown (a year with Shift), keeping the day or the month end', () => {
    expect(calendarKeyMove('2026-03-17', 'PageDown', false)).toBe('2026-04-17');
    expect(calendarKeyMove('2026-03-31', 'PageUp', false)).toBe('2026-02-28');
    expect(calendarKeyMove('2028-02-29', 'PageDown', true)).toBe('2029-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it("goes to the week's Monday and Sunday with Home and End, and leaves other keys alone", () => {
    expect(calendarKeyMove('2026-03-04', 'Home', false)).toBe('2026-03-02');
    expect(calendarKeyMove('2026-03-04', 'End', false)).toBe('2026-03-08');
    expect(calendarKeyMove('2026-03-04', 'Enter', false)).toBeNull();
    expect(calendarKeyMove('2026-03-04', 'a', false)).toBeNull();
  });
});
