/** The level lines across the S-curve: BAC only against a baseline, the budget when set, EAC always. */
import { describe, expect, it } from 'vitest';
import { hasMoneyToDraw, sCurveLevels, type SCurve, type SCurvePoint } from '../../../../renderer/domain/money';

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

describe('whether the S-curve has money to draw', () => {
  const point: SCurvePoint = { at: 0, pv: 0, ev: 0, ac: 0, forecast: 0 };
  const priced = (bac: number, eac: number): SCurve => ({ points: [point], statusAt: 0, bac, eac });

  it('has none for a plan nobody has priced yet: no budget, no baseline, nothing costs anything', () => {
    expect(hasMoneyToDraw(priced(0, 0), sCurveLevels(priced(0, 0), false, undefined))).toBe(false);
    expect(hasMoneyToDraw(priced(0, 0), sCurveLevels(priced(0, 0), true, null))).toBe(false);
    expect(hasMoneyToDraw(curve(0, 5_700), sCurveLevels(curve(0, 5_700), false, undefined))).toBe(false);
  });

  it('draws a cost, a budget or a baseline\'s BAC as soon as there is one', () => {
    expect(hasMoneyToDraw(priced(0, 5_700), sCurveLevels(priced(0, 5_700), false, undefined))).toBe(true);
    expect(hasMoneyToDraw(priced(0, 0), sCurveLevels(priced(0, 0), false, 9_000))).toBe(true);
    expect(hasMoneyToDraw(priced(8_000, 0), sCurveLevels(priced(8_000, 0), true, undefined))).toBe(true);
  });
});
