import { describe, expect, it } from 'vitest';
import { dayMonthOrder, localeDateTimeForm, readLocaleDateTime } from '../../../../renderer/domain/formats/locale-date-time';
import { plainNumeralText } from '../../../../renderer/domain/formats/numeral-text';

const read = (locale: string, text: string, order?: 'dmy' | 'mdy'): string | null => readLocaleDateTime(text, localeDateTimeForm(locale), order);

describe("a locale's short date and time", () => {
  it('learns the order of the parts from Intl', () => {
    expect(localeDateTimeForm('en-US').parts).toEqual(['month', 'day', 'year', 'hour', 'minute']);
    expect(localeDateTimeForm('de-DE').parts).toEqual(['day', 'month', 'year', 'hour', 'minute']);
    expect(localeDateTimeForm('ja-JP').parts).toEqual(['year', 'month', 'day', 'hour', 'minute']);
    expect(localeDateTimeForm('ko-KR').parts).toEqual(['year', 'month', 'day', 'hour', 'minute']);
    expect(localeDateTimeForm('ar-EG').parts).toEqual(['day', 'month', 'year', 'hour', 'minute']);
    expect(localeDateTimeForm('ar-EG').example).toBe('1\u200f/3\u200f/2027\u060c 9:00 ص');
  });

  it('says whether the locale writes the day or the month first, the answer for 02/03/2027 (none when the year leads)', () => {
    expect(['en-US', 'de-DE', 'en-GB', 'ar-EG', 'ko-KR', 'ja-JP'].map((l) => dayMonthOrder(localeDateTimeForm(l)))).toEqual(['mdy', 'dmy', 'dmy', 'dmy', null, null]);
  });

  it('reads each locale as Intl writes it, with its words for AM and PM', () => {
    expect(read('en-US', '3/15/2027, 2:30\u202fPM')).toBe('2027-03-15T14:30');
    expect(read('en-US', '3/1/2027, 12:05 AM')).toBe('2027-03-01T00:05');
    expect(read('de-DE', '15.03.2027, 14:30')).toBe('2027-03-15T14:30');
    expect(read('fr-FR', '15/03/2027 14:30')).toBe('2027-03-15T14:30');
    expect(read('ja-JP', '2027/03/15 14:30')).toBe('2027-03-15T14:30');
    expect(read('ko-KR', '2027. 3. 15. 오후 2:30')).toBe('2027-03-15T14:30');
    expect(read('ko-KR', '2027. 3. 1. 오전 9:00')).toBe('2027-03-01T09:00');
    expect(read('ko-KR', '2027. 3. 15. PM 2:30')).toBe('2027-03-15T14:30');
    expect(read('ar-EG', '15\u200f/3\u200f/2027\u060c 2:30 م')).toBe('2027-03-15T14:30');
    expect(read('ar-EG', '١٥\u200f/٣\u200f/٢٠٢٧\u060c ٩:٠٠ ص')).toBe('2027-03-15T09:00');
    expect(read('ar-EG', '\u061c15/3/2027\u061c 9:00')).toBe('2027-03-15T09:00');
  });

  it('reads a date without a time as 09:00, and a two-digit year as this century', () => {
    expect(read('ko-KR', '2027. 3. 15.')).toBe('2027-03-15T09:00');
    expect(read('en-US', '3/15/27, 2:30 PM')).toBe('2027-03-15T14:30');
  });

  it("takes the file's or the person's day-month order over the locale's, and a four-digit first number as a year", () => {
    expect(read('en-US', '02/03/2027, 9:00 AM')).toBe('2027-02-03T09:00');
    expect(read('en-US', '02/03/2027, 9:00 AM', 'dmy')).toBe('2027-03-02T09:00');
    expect(read('de-DE', '2027-03-15 14:30')).toBe('2027-03-15T14:30');
  });

  it('refuses what is not this form or no real day and time', () => {
    expect(read('ko-KR', '3월 15일 저녁')).toBeNull();
    expect(read('en-US', 'Mar 15, 2027, 2:30 PM')).toBeNull();
    expect(read('de-DE', '30.02.2027, 09:00')).toBeNull();
    expect(read('de-DE', '15.03.2027, 25:00')).toBeNull();
    expect(read('en-US', '3/15/2027, 13:00 PM')).toBeNull();
    expect(read('en-US', '3/15/2027, 9:00 PM extra')).toBeNull();
    expect(read('en-US', '2:30 PM')).toBeNull();
    expect(read('ko-KR', '2027. 3. 15. 오후')).toBeNull();
  });
});

describe('numerals of other scripts', () => {
  it('reads Arabic-Indic and Persian digits, Arabic separators and percent, without direction marks', () => {
    expect(plainNumeralText('١٢٣٤٥٦٧٨٩٠')).toBe('1234567890');
    expect(plainNumeralText('۱۲۳')).toBe('123');
    expect(plainNumeralText('١٬٢٣٤٫٥')).toBe('1234.5');
    expect(plainNumeralText('٥٠٪')).toBe('50%');
    expect(plainNumeralText('١٥\u200f/٣\u200f/٢٠٢٧\u060c ٩:٠٠ ص')).toBe('15/3/2027, 9:00 ص');
    expect(plainNumeralText('12/31/2026,\u202f5:30\u202fPM')).toBe('12/31/2026, 5:30 PM');
  });
});
