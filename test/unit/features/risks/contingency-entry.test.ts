/** "Name, days" typed into the risk editor's New contingency task field. */
import { describe, expect, it } from 'vitest';
import { readContingencyEntry } from '../../../../renderer/features/risks/RiskEditor';

describe('a new contingency task as typed', () => {
  it('reads the days after the last comma that starts a number, with a decimal point or comma', () => {
    expect(readContingencyEntry('Rework, 2')).toEqual({ name: 'Rework', days: 2 });
    expect(readContingencyEntry('Rework, 1,5')).toEqual({ name: 'Rework', days: 1.5 });
    expect(readContingencyEntry('Rework, 0.5')).toEqual({ name: 'Rework', days: 0.5 });
    expect(readContingencyEntry('Rework, retest, 2')).toEqual({ name: 'Rework, retest', days: 2 });
  });

  it('takes one day when none is typed, and nothing from an empty field', () => {
    expect(readContingencyEntry('Rework')).toEqual({ name: 'Rework', days: 1 });
    expect(readContingencyEntry('   ')).toBeNull();
  });

  it('refuses days that are not a number more than 0, and days without a name', () => {
    expect(readContingencyEntry('Rework, two')).toEqual({ error: "'two' is not a number of days more than 0." });
    expect(readContingencyEntry('Rework, 0')).toEqual({ error: "'0' is not a number of days more than 0." });
    expect(readContingencyEntry(', 2')).toEqual({ error: 'A contingency task needs a name before its days.' });
  });
});
