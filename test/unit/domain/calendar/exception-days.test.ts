/**
 * forEachExceptionDay steps the civil date a day at a time instead of computing it per day; it
 * must visit exactly the days recursOn (which computes each date from scratch) accepts, across
 * month ends, leap days and year ends, for every kind of recurrence.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfLocalDate, localDateOfDay, recursOn } from '../../../../renderer/domain/calendar';
import { forEachExceptionDay } from '../../../../renderer/domain/calendar/recurrence';
import type { CalendarException, ExceptionRecurrence } from '../../../../renderer/domain/model';

const ruleArb: fc.Arbitrary<ExceptionRecurrence> = fc.oneof(
  fc.record({ kind: fc.constant('daily' as const), every: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ kind: fc.constant('weekly' as const), every: fc.integer({ min: 1, max: 3 }), weekdays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('monthly-day' as const), every: fc.integer({ min: 1, max: 4 }), day: fc.integer({ min: 1, max: 31 }) }),
  fc.record({ kind: fc.constant('monthly-weekday' as const), every: fc.integer({ min: 1, max: 4 }), week: fc.integer({ min: 1, max: 5 }), weekday: fc.integer({ min: 0, max: 6 }) }),
  fc.record({ kind: fc.constant('yearly-date' as const), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) }),
  fc.record({ kind: fc.constant('yearly-weekday' as const), month: fc.integer({ min: 1, max: 12 }), week: fc.integer({ min: 1, max: 5 }), weekday: fc.integer({ min: 0, max: 6 }) }),
);

function visited(exception: CalendarException, windowStart: number, windowEnd: number): number[] {
  const days: number[] = [];
  forEachExceptionDay(exception, windowStart, windowEnd, (day) => days.push(day));
  return days;
}

function expected(exception: CalendarException, windowStart: number, windowEnd: number): number[] {
  const from = dayOfLocalDate(exception.from);
  const days: number[] = [];
  for (let day = Math.max(from, windowStart); day <= Math.min(dayOfLocalDate(exception.to), windowEnd - 1); day++) {
    if (exception.recurrence === null || recursOn(exception.recurrence, from, day)) days.push(day);
  }
  return days;
}

const exceptionOf = (from: number, to: number, recurrence: ExceptionRecurrence | null): CalendarException => ({
  name: 'x', from: localDateOfDay(from), to: localDateOfDay(to), isWorking: false, intervals: [], recurrence,
});

describe('forEachExceptionDay', () => {
  it('visits the days recursOn accepts, for every kind of rule and window (property)', () => {
    const base = dayOfLocalDate('2023-11-15');
    fc.assert(fc.property(
      ruleArb, fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 1, max: 900 }),
      (rule, fromOffset, length, windowOffset, windowLength) => {
        const exception = exceptionOf(base + fromOffset, base + fromOffset + length, rule);
        const windowStart = base + windowOffset;
        expect(visited(exception, windowStart, windowStart + windowLength)).toEqual(expected(exception, windowStart, windowStart + windowLength));
      },
    ), { numRuns: 400, seed: 1202 });
  });

  it('finds the last Monday of February in a leap year and the 31st as a month’s last day', () => {
    const from = dayOfLocalDate('2024-01-01');
    const lastMonday = exceptionOf(from, dayOfLocalDate('2025-12-31'), { kind: 'yearly-weekday', month: 2, week: 5, weekday: 1 });
    expect(visited(lastMonday, from, from + 800).map(localDateOfDay)).toEqual(['2024-02-26', '2025-02-24']);
    const monthEnd = exceptionOf(from, dayOfLocalDate('2024-04-30'), { kind: 'monthly-day', every: 1, day: 31 });
    expect(visited(monthEnd, from, from + 200).map(localDateOfDay)).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30']);
  });
});
