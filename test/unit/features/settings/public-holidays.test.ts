/**
 * The date-holidays adapter against the real dataset (offline, from node_modules). These pin what
 * the library says for the years a 2027 plan meets, so a dataset update that changes them is seen.
 */
import { describe, expect, it } from 'vitest';
import { loadHolidayLibrary, yearsToFill } from '../../../../renderer/features/settings/public-holidays';

const names = (list: readonly { name: string; from: string }[]): string[] => list.map((e) => `${e.from} ${e.name}`);

describe('public holidays from date-holidays', () => {
  it('US 2027: Independence Day falls on a Sunday and is observed on Monday 5 July; Christmas (Saturday) on Friday 24 December', async () => {
    const library = await loadHolidayLibrary();
    const us = names(library.holidays('US', [2027]));
    expect(us).toContain('2027-07-04 Independence Day');
    expect(us).toContain('2027-07-05 Independence Day (substitute day)');
    expect(us).toContain('2027-12-24 Christmas Day (substitute day)');
    expect(us).toContain('2027-12-25 Christmas Day');
    // New Year's Day 2028 is a Saturday: date-holidays observes it on Friday 31 December 2027.
    expect(us).toContain("2027-12-31 New Year's Day (substitute day)");
    expect(us).toHaveLength(15);
  });

  it('England 2027: Boxing Day (Sunday) and Christmas (Saturday) are observed on 27 and 28 December; no observances', async () => {
    const library = await loadHolidayLibrary();
    const england = names(library.holidays('GB-ENG', [2027]));
    expect(england).toEqual([
      "2027-01-01 New Year's Day", '2027-03-26 Good Friday', '2027-03-29 Easter Monday', '2027-05-03 Early May bank holiday',
      '2027-05-31 Spring bank holiday', '2027-08-30 Summer bank holiday', '2027-12-25 Christmas Day', '2027-12-26 Boxing Day',
      '2027-12-27 Christmas Day (substitute day)', '2027-12-28 Boxing Day (substitute day)',
    ]);
    expect(library.describe('GB-ENG')).toBe('United Kingdom — England');
    expect(library.regionsOf('GB').map((r) => r.code)).toContain('GB-SCT');
  });

  it('fills two years past the start of a new plan, one past the finish of a scheduled one', () => {
    expect(yearsToFill('2027-01-04', null)).toEqual([2027, 2028, 2029]);
    expect(yearsToFill('2027-01-04', '2027-10-01T17:00')).toEqual([2027, 2028]);
  });
});
