/** The level lines across the S-curve: BAC only against a baseline, the budget when set, EAC always. */
import { describe, expect, it } from 'vitest';
import { sCurveLevels, type SCurve } from '../../../../renderer/domain/money';

const curve = (bac: number, eac: number): SCurve => ({ points: [], statusAt: 0, bac, eac });

describe('S-curve levels', () => {
  it('has no BAC without a baseline (not a BAC of 0), and the bottom-up EAC', () => {
    expect(sCurveLevels(curve(0, 5_700), false, undefined)).toEqual([{ kind: 'eac', amount: 5_700 }]);
    expect(sCurveLevels(curve(0, 5_700), false, null)).toEqual([{ kind: 'eac', amount: 5_700 }]);
  });

  it('draws the project budget whether or not a baseline is saved', () => {
    expect(sCurveLevels(curve(0, 5_700), false, 9_000)).toEqual([{ kind: 'budget', amount: 9_000 }, { kind: 'eac', amount: 5_700 }]);
    expect(sCurveLevels(curve(8_000, 8_500), true, 9_000)).toEqual([
      { kind: 'bac', amount: 8_000 }, { kind: 'budget', amount: 9_000 }, { kind: 'eac', amount: 8_500 },
    ]);
  });

  it('keeps a baseline\'s BAC of 0 (a baseline of tasks that cost nothing yet is still a baseline)', () => {
    expect(sCurveLevels(curve(0, 0), true, undefined)).toEqual([{ kind: 'bac', amount: 0 }, { kind: 'eac', amount: 0 }]);
  });
});
