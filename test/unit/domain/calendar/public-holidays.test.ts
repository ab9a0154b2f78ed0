import { describe, expect, it } from 'vitest';
import { holidayYears, publicHolidayExceptions, type PublicHolidayRecord } from '../../../../renderer/domain/calendar';

/** A record shaped like date-holidays' output: local date plus instants one day apart (New York, EST). */
const record = (date: string, name: string, type = 'public', days = 1): PublicHolidayRecord => ({
  date: `${date} 00:00:00`, name, type,
  start: new Date(`${date}T05:00:00Z`), end: new Date(Date.parse(`${date}T05:00:00Z`) + days * 86_400_000),
});

describe('publicHolidayExceptions', () => {
  it('maps public holidays to one-day non-working exceptions in date order, dropping observances', () => {
    const out = publicHolidayExceptions([
      record('2027-07-05', 'Independence Day (substitute day)'), record('2027-07-04', 'Independence Day'),
      record('2027-05-09', "Mother's Day", 'observance'), record('2027-12-24', 'Christmas Eve', 'optional'),
    ]);
    expect(out).toEqual([
      { name: 'Independence Day', from: '2027-07-04', to: '2027-07-04', isWorking: false, intervals: [], recurrence: null },
      { name: 'Independence Day (substitute day)', from: '2027-07-05', to: '2027-07-05', isWorking: false, intervals: [], recurrence: null },
    ]);
  });

  it('spans a holiday longer than a day and names a day with two holidays by both', () => {
    const out = publicHolidayExceptions([record('2027-02-08', 'Carnival', 'public', 2), record('2027-02-08', 'Other', 'public')]);
    expect(out).toEqual([{ name: 'Carnival / Other', from: '2027-02-08', to: '2027-02-09', isWorking: false, intervals: [], recurrence: null }]);
  });

  it('skips a record whose date is not a date', () => {
    expect(publicHolidayExceptions([record('2027-02-30', 'Nonsense')])).toEqual([]);
  });
});

describe('holidayYears', () => {
  it('covers the plan from its start year to a year after its finish', () => {
    expect(holidayYears('2027-01-04T09:00', '2027-11-30T17:00')).toEqual([2027, 2028]);
    expect(holidayYears('2026-12-01', '2028-03-01', 2)).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(holidayYears('2027-01-04', null)).toEqual([2027, 2028]);
  });
});
