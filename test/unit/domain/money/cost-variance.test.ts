import { describe, expect, it } from 'vitest';
import { costVarianceSide } from '../../../../renderer/domain/money';

describe('costVarianceSide (cost − baseline cost, MS Project Cost Variance)', () => {
  it('calls a cost above its baseline over and one below it under', () => {
    // Cost 1,400 against a baseline of 1,000: 400 over. Cost 850 against 1,000: 150 under.
    expect(costVarianceSide(1400 - 1000)).toBe('over');
    expect(costVarianceSide(850 - 1000)).toBe('under');
  });

  it('calls a variance that rounds to nothing on the baseline, so "$0" is never coloured as an overrun', () => {
    expect(costVarianceSide(0)).toBe('on');
    expect(costVarianceSide(0.4)).toBe('on');
    expect(costVarianceSide(-0.4)).toBe('on');
    expect(costVarianceSide(0.5)).toBe('over');
  });
});
