import { describe, expect, it } from 'vitest';
import { rowsToRateChanges } from '../../../../renderer/features/costs/RatesDialog';

describe('rate rows typed in the Rates dialog', () => {
  it('become rate changes from midnight of each date', () => {
    expect(rowsToRateChanges([{ from: '2027-01-01', costPerHour: '130', costPerUse: '' }])).toEqual({
      changes: [{ from: '2027-01-01T00:00', costPerHour: 130, overtimeCostPerHour: 0, costPerUse: 0 }],
    });
  });

  it('name the first row that is not a date or not a rate', () => {
    expect(rowsToRateChanges([{ from: '2027-01-01', costPerHour: '1', costPerUse: '' }, { from: '2027-02-30', costPerHour: '1', costPerUse: '' }]))
      .toEqual({ problem: "Row 2: '2027-02-30' is not a date (YYYY-MM-DD)." });
    expect(rowsToRateChanges([{ from: '2027-01-01', costPerHour: '-5', costPerUse: '' }]))
      .toEqual({ problem: 'Row 1: the rate must be a number, zero or more.' });
  });
});
