import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../../../renderer/domain/model';
import { reportStatusDate } from '../../../../renderer/features/reports/ReportsView';

const day = (s: string): LocalDate => s as LocalDate;

describe('the date a status report opens at', () => {
  it('is the date typed for it, kept over a reload', () => {
    expect(reportStatusDate(day('2027-01-08'), null)).toBe('2027-01-08');
    expect(reportStatusDate(day('2027-01-08'), day('2027-01-05'))).toBe('2027-01-08');
  });

  it('is the project\'s status date once that has moved past the typed one, or when none was typed', () => {
    expect(reportStatusDate(day('2027-01-08'), day('2027-01-15'))).toBe('2027-01-15');
    expect(reportStatusDate(undefined, day('2027-01-15'))).toBe('2027-01-15');
    expect(reportStatusDate(undefined, null)).toBeNull();
  });
});
