import { describe, expect, it } from 'vitest';
import { detectDateOrder, parseDateText } from '../../../../renderer/domain/formats/date-text';

const date = (text: string, order: 'dmy' | 'mdy' | 'ymd' = 'dmy'): string => {
  const read = parseDateText(text, order);
  return read.ok ? read.date : `${read.reason}: ${read.message}`;
};

describe('typed and pasted dates', () => {
  it('reads ISO whatever the locale, with or without a time', () => {
    expect(date('2026-03-02', 'mdy')).toBe('2026-03-02');
    expect(date(' 2026-03-02T09:00 ')).toBe('2026-03-02');
    expect(date('2026/3/2', 'mdy')).toBe('2026-03-02');
  });

  it("reads numeric dates in the locale's order, with / . - and two-digit years", () => {
    expect(date('02/03/2026', 'dmy')).toBe('2026-03-02');
    expect(date('02/03/2026', 'mdy')).toBe('2026-02-03');
    expect(date('2.3.26', 'dmy')).toBe('2026-03-02');
    expect(date('12/31/2026 5:00 PM', 'mdy')).toBe('2026-12-31');
  });

  it("reads Intl's short date and time, with the comma between them (the CSV locale export)", () => {
    expect(date('3/1/2027, 9:00 AM', 'mdy')).toBe('2027-03-01');
    expect(date('3/1/2027,\u202f9:00\u202fPM', 'mdy')).toBe('2027-03-01');
    expect(date('01.03.2027, 09:00', 'dmy')).toBe('2027-03-01');
    expect(date('3/1/27, 9:00 AM', 'mdy')).toBe('2027-03-01');
    expect(detectDateOrder(['3/1/2027, 9:00 AM', '3/16/2027, 5:00 PM'])).toBe('mdy');
  });

  it("reads Korean's and Arabic's short forms: a word for AM or PM before or after the time, Arabic-Indic digits, direction marks", () => {
    expect(date('2027. 3. 1. 오전 9:00', 'dmy')).toBe('2027-03-01');
    expect(date('2027. 3. 15.', 'dmy')).toBe('2027-03-15');
    expect(date('15\u200f/3\u200f/2027\u060c 2:30 م', 'dmy')).toBe('2027-03-15');
    expect(date('١٥\u200f/٣\u200f/٢٠٢٧\u060c ٢:٣٠ م', 'dmy')).toBe('2027-03-15');
    expect(date('٣٠\u200f/٢\u200f/٢٠٢٧', 'dmy')).toMatch(/^impossible/);
    // The file's order is found through the marks too: 15 can only be a day.
    expect(detectDateOrder(['1\u200f/3\u200f/2027\u060c 9:00 ص', '١٥\u200f/٣\u200f/٢٠٢٧\u060c ٢:٣٠ م'])).toBe('dmy');
    expect(detectDateOrder(['1\u200f/3\u200f/2027\u060c 9:00 ص'])).toBe('ambiguous');
  });

  it('reads month names, with a weekday as the grids show them', () => {
    expect(date('Mon, 2 Mar 26')).toBe('2026-03-02');
    expect(date('Mon, Mar 2, 26', 'mdy')).toBe('2026-03-02');
    expect(date('March 2, 2026', 'mdy')).toBe('2026-03-02');
    expect(date('2-Mar-2026')).toBe('2026-03-02');
  });

  it('tells an impossible day from text that is not a date', () => {
    expect(date('2026-02-30')).toBe("impossible: '2026-02-30' is not a real date: there is no such day in the calendar.");
    expect(date('31/04/2026', 'dmy')).toBe("impossible: '31/04/2026' is not a real date: there is no such day in the calendar.");
    expect(date('13/13/2026', 'mdy')).toMatch(/^impossible/);
    expect(date('2028-02-29')).toBe('2028-02-29');
    expect(date('2027-02-29')).toMatch(/^impossible/);
    // A day that exists in a year no plan holds is told apart from a day that does not exist.
    expect(date('9999-12-31')).toBe("impossible: '9999-12-31' is outside the years Plotline plans: 1900 to 2200.");
    expect(date('1850-01-01')).toBe("impossible: '1850-01-01' is outside the years Plotline plans: 1900 to 2200.");
    // The years the message names are the years read: 2201 to 2999 were read, then left to the engine's horizon.
    expect(date('2999-01-01')).toBe("impossible: '2999-01-01' is outside the years Plotline plans: 1900 to 2200.");
    expect(date('2201-01-01')).toBe("impossible: '2201-01-01' is outside the years Plotline plans: 1900 to 2200.");
    expect(date('2200-12-31')).toBe('2200-12-31');
    expect(date('1900-01-01')).toBe('1900-01-01');
    expect(date('next week')).toBe("not-a-date: 'next week' is not a date: type it as YYYY-MM-DD, e.g. 2026-03-02.");
    expect(date('')).toMatch(/^not-a-date/);
  });
});

describe('the order of a file of numeric dates', () => {
  it('is day first when a first part is above 12, month first when a second part is', () => {
    expect(detectDateOrder(['02/03/2026', '25/03/2026'])).toBe('dmy');
    expect(detectDateOrder(['03/02/2026', '03/25/2026 9:00'])).toBe('mdy');
  });

  it('is ambiguous when every date reads both ways, none without numeric dates, mixed when contradictory', () => {
    expect(detectDateOrder(['02/03/2026', '04/05/2026'])).toBe('ambiguous');
    expect(detectDateOrder(['2026-03-02', '', '12/Mar/26'])).toBe('none');
    expect(detectDateOrder(['25/03/2026', '03/25/2026'])).toBe('mixed');
  });
});
