/**
 * An axis of months (the portfolio's timeline, the Cost view's cash flow) names the year in full
 * where it starts and where a new year begins, the month alone between: "Jan 27" read as the 27th.
 */
import { describe, expect, it } from 'vitest';
import { monthAxisLabels } from '../../../../renderer/features/shared/format';

const month = (y: number, m: number): Date => new Date(Date.UTC(y, m - 1, 1));

describe('monthAxisLabels', () => {
  it('gives the year in full on the first month and at each new year, and never a two-digit year', () => {
    const labels = monthAxisLabels([month(2026, 11), month(2026, 12), month(2027, 1), month(2027, 2)]);
    expect(labels.map((l) => /\b2026\b|\b2027\b/.exec(l)?.[0] ?? null)).toEqual(['2026', null, '2027', null]);
    expect(labels.join(' ')).not.toMatch(/\b2[67]\b/);
  });

  it('names the year of a lone month', () => {
    expect(monthAxisLabels([month(2027, 1)])[0]).toContain('2027');
    expect(monthAxisLabels([])).toEqual([]);
  });
});
