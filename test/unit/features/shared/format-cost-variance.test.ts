import { describe, expect, it } from 'vitest';
import { formatCostVariance } from '../../../../renderer/features/shared/format';

/** Intl separates the amount and the symbol with a no-break space in many locales. */
const plain = (text: string): string => text.replace(/\u00a0|\u202f/g, ' ');
const shown = (variance: number, currency = 'USD', locale = 'en-US'): string[] => {
  const v = formatCostVariance(variance, currency, locale);
  return [plain(v.text), v.side, plain(v.words)];
};

describe('formatCostVariance', () => {
  it('signs an overrun with + and an underrun with a minus sign, and says which in words', () => {
    expect(shown(400)).toEqual(['+$400', 'over', '$400 over baseline']);
    expect(shown(-150)).toEqual(['\u2212$150', 'under', '$150 under baseline']);
    expect(shown(-1234.6, 'EUR', 'de-DE')).toEqual(['\u22121.235 €', 'under', '1.235 € under baseline']);
  });

  it('shows no sign for nothing, nor for less than the whole unit the table shows', () => {
    expect(shown(0)).toEqual(['$0', 'on', 'on baseline']);
    expect(shown(-0.3)).toEqual(['$0', 'on', 'on baseline']);
  });
});
