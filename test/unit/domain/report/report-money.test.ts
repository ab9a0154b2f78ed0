/**
 * Money in a status report reads as the Cost view shows it ("$12,500"), in English for every
 * reader, so the executive's figure and the TPM's screen match; before 7 Dec 2026 the report wrote
 * "USD 12,500" beside the screen's "$12,500".
 */
import { describe, expect, it } from 'vitest';
import { money } from '../../../../renderer/domain/report';

describe('money in a report', () => {
  it('writes whole units with the currency symbol and thousands separators', () => {
    expect(money(12_500, 'USD')).toBe('$12,500');
    expect(money(4_000.4, 'EUR')).toBe('€4,000');
    expect(money(999.5, 'GBP')).toBe('£1,000');
  });

  it('puts the minus before the symbol and never writes "-$0"', () => {
    expect(money(-2_764, 'USD')).toBe('-$2,764');
    expect(money(-0.4, 'USD')).toBe('$0');
  });

  it('writes a currency without a symbol as its code and a plain space', () => {
    expect(money(900, 'CHF')).toBe('CHF 900');
    expect(money(1_234_567, 'XYZ')).toBe('XYZ 1,234,567');
  });
});
