import { describe, expect, it } from 'vitest';
import { readTypedAmount, type AmountField } from '../../../../renderer/domain/money/amount-text';

const budget: AmountField = { label: 'Budget', currency: 'USD', noun: 'a budget' };
const value = (text: string, field: AmountField = budget): number | null => {
  const read = readTypedAmount(text, field);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
};
const refusal = (text: string, field: AmountField = budget): string => {
  const read = readTypedAmount(text, field);
  return read.ok ? `accepted as ${String(read.value)}` : read.error.message;
};
const NOT_AN_AMOUNT = (typed: string, label = 'Budget'): string => `${label}: '${typed}' is not an amount. Type digits, e.g. 25000 or 25,000.50.`;

describe('an amount typed by a person', () => {
  it('reads digits, a decimal point and thousands grouped in threes', () => {
    expect(value('25000')).toBe(25000);
    expect(value('25,000')).toBe(25000);
    expect(value('25,000.50')).toBe(25000.5);
    expect(value('25 000')).toBe(25000);
    expect(value('25\u00a0000')).toBe(25000);
    expect(value("1'200")).toBe(1200);
    expect(value('1,234,567.891')).toBe(1234567.891);
    expect(value('.5')).toBe(0.5);
    expect(value('5.')).toBe(5);
    expect(value('  1200  ')).toBe(1200);
    expect(value('0')).toBe(0);
  });

  it("reads the project's currency as a symbol or code before or after", () => {
    expect(value('$90')).toBe(90);
    expect(value('$ 1,200.50')).toBe(1200.5);
    expect(value('USD 90')).toBe(90);
    expect(value('usd90')).toBe(90);
    expect(value('90 USD')).toBe(90);
    const eur: AmountField = { label: 'Rate of Ana', currency: 'EUR' };
    expect(value('€ 90', eur)).toBe(90);
    expect(value('90 €', eur)).toBe(90);
    expect(value('EUR 1,200', eur)).toBe(1200);
  });

  it('is empty (null) when nothing or only spaces are typed: the field decides whether that clears it or means zero', () => {
    expect(value('')).toBeNull();
    expect(value('   ')).toBeNull();
  });

  it('refuses what the QA pass typed, naming the field and the text, instead of keeping some of its digits', () => {
    for (const typed of ['25k', '1.5e6', '2.5M', '1e25', 'lots', '1e12', '75/h', 'abc']) expect(refusal(typed)).toBe(NOT_AN_AMOUNT(typed));
  });

  it('refuses groups that are not threes, mixed separators, two points and two signs', () => {
    for (const typed of ['1,20', '12,34', '1,2345', '1,000 000', '1.2.3', '--5', '1,,200', ',500', '.', '$', '5 5']) expect(refusal(typed)).toBe(NOT_AN_AMOUNT(typed));
  });

  it('refuses another currency with the reason', () => {
    expect(refusal('€90')).toBe("Budget: '€90' is not in USD; this project's amounts are in USD. Type the amount in USD, e.g. 25000.");
    expect(refusal('EUR 90')).toBe("Budget: 'EUR 90' is not in USD; this project's amounts are in USD. Type the amount in USD, e.g. 25000.");
    expect(refusal('$90', { label: 'Budget', currency: 'EUR' })).toBe("Budget: '$90' is not in EUR; this project's amounts are in EUR. Type the amount in EUR, e.g. 25000.");
  });

  it('refuses a negative amount where the field cannot be negative, with that reason; reads it where it can', () => {
    expect(refusal('-5')).toBe("Budget: '-5' is negative; a budget cannot be below 0.");
    expect(refusal('-$1,200')).toBe("Budget: '-$1,200' is negative; a budget cannot be below 0.");
    expect(refusal('-5', { label: 'Cost', currency: 'USD' })).toBe("Cost: '-5' is negative; the amount cannot be below 0.");
    expect(value('-0')).toBe(0);
    const change: AmountField = { label: 'Cost impact', currency: 'USD', canBeNegative: true };
    expect(value('-1,200', change)).toBe(-1200);
    expect(value('$-90', change)).toBe(-90);
  });

  it('refuses more than the largest amount a plan file may hold (formats/plan-bounds.ts), saying the bound', () => {
    expect(value('1,000,000,000,000')).toBe(1e12);
    expect(refusal('1,000,000,000,001')).toBe("Budget: '1,000,000,000,001' is more than 1,000,000,000,000, the largest amount a plan holds.");
    expect(refusal('99999999999999999999999999')).toBe("Budget: '99999999999999999999999999' is more than 1,000,000,000,000, the largest amount a plan holds.");
  });

  it('accepts only the code for a currency Intl does not know', () => {
    expect(value('XQZ 12', { label: 'Budget', currency: 'XQZ' })).toBe(12);
  });
});
