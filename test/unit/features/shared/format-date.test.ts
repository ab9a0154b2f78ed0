/**
 * Dates read with two-digit years, as MS Project shows them, while that is unambiguous: a date
 * outside 2000–2099 (a task a long lag pushed past the horizon, a history before 2000) shows all four.
 */
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../../renderer/features/shared/format';

describe('formatDate', () => {
  it('shows two digits of a year in this century', () => {
    expect(formatDate('2026-09-07')).toMatch(/\b26\b/);
    expect(formatDate('2026-09-07T09:00')).not.toContain('2026');
  });

  it('shows all four digits of a year outside it', () => {
    expect(formatDate('2216-11-05')).toContain('2216');
    expect(formatDate('1999-12-31T17:00')).toContain('1999');
    expect(formatDate('2100-01-01')).toContain('2100');
  });

  it('gives back text that is not a date', () => {
    expect(formatDate('soon')).toBe('soon');
  });
});
