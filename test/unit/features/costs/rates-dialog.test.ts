import { describe, expect, it } from 'vitest';
import { rowsToRateChanges } from '../../../../renderer/features/costs/RatesDialog';

describe('rate rows typed in the Rates dialog', () => {
  it('become rate changes from midnight of each date', () => {
    expect(rowsToRateChanges([{ from: '2027-01-01', costPerHour: '130', costPerUse: '' }], 'USD')).toEqual({
      changes: [{ from: '2027-01-01T00:00', costPerHour: 130, overtimeCostPerHour: 0, costPerUse: 0 }],
    });
  });

  it('name the first row that is not a date or not a rate', () => {
    expect(rowsToRateChanges([{ from: '2027-01-01', costPerHour: '1', costPerUse: '' }, { from: '2027-02-30', costPerHour: '1', costPerUse: '' }], 'USD'))
      .toEqual({ problem: "Row 2: '2027-02-30' is not a date (YYYY-MM-DD)." });
    expect(rowsToRateChanges([{ from: '2027-01-01', costPerHour: '-5', costPerUse: '' }], 'USD'))
      .toEqual({ problem: "Row 1, rate: '-5' is negative; a rate cannot be below 0." });
  });

  it('read amounts as typed in the project currency, and refuse what is not one with the row and text', () => {
    expect(rowsToRateChanges([{ from: '2027-01-01', costPerHour: '$1,200.50', costPerUse: 'USD 75' }], 'USD')).toEqual({
      changes: [{ from: '2027-01-01T00:00', costPerHour: 1200.5, overtimeCostPerHour: 0, costPerUse: 75 }],
    });
    expect(rowsToRateChanges([{ from: '2027-01-01', costPerHour: '75/h', costPerUse: '' }], 'USD'))
      .toEqual({ problem: "Row 1, rate: '75/h' is not an amount. Type digits, e.g. 25000 or 25,000.50." });
    expect(rowsToRateChanges([{ from: '2027-01-01', costPerHour: '90', costPerUse: '1e12' }], 'USD'))
      .toEqual({ problem: "Row 1, per use: '1e12' is not an amount. Type digits, e.g. 25000 or 25,000.50." });
    expect(rowsToRateChanges([{ from: '2027-01-01', costPerHour: '1,000,000,000,001', costPerUse: '' }], 'USD'))
      .toEqual({ problem: "Row 1, rate: '1,000,000,000,001' is more than 1,000,000,000,000, the largest amount a plan holds." });
  });
});
