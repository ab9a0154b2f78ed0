import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../../renderer/features/shared/format';

/** Intl separates the amount and the symbol with a no-break space in many locales. */
const plain = (text: string): string => text.replace(/\u00a0|\u202f/g, ' ');

describe('formatMoney', () => {
  it('formats an ISO 4217 amount in the given locale, with the fraction digits asked for', () => {
    expect(plain(formatMoney(1234.5, 'USD', 'en-US', 2))).toBe('$1,234.50');
    expect(plain(formatMoney(1234.5, 'EUR', 'de-DE', 2))).toBe('1.234,50 €');
    expect(plain(formatMoney(1234.5, 'GBP', 'en-GB'))).toBe('£1,235');
    expect(plain(formatMoney(1234, 'JPY', 'ja-JP'))).toBe('￥1,234');
  });

  it('reads an unknown code as the number and the code rather than throwing', () => {
    expect(formatMoney(12.5, 'NOPE', 'en-US', 1)).toBe('12.5 NOPE');
    expect(formatMoney(3, 'NOPE', 'en-US', 1)).toBe('3.0 NOPE');
  });

  it('keeps each locale, currency and number of digits apart when formatting again (the formatters are kept)', () => {
    expect(plain(formatMoney(1234.5, 'USD', 'en-US', 2))).toBe('$1,234.50');
    expect(plain(formatMoney(1234.5, 'USD', 'en-US'))).toBe('$1,235');
    expect(plain(formatMoney(1234.5, 'EUR', 'en-US'))).toBe('€1,235');
    expect(plain(formatMoney(1234.5, 'USD', 'de-DE'))).toBe('1.235 $');
    expect(plain(formatMoney(99.25, 'USD', 'en-US', 2))).toBe('$99.25');
  });
});
