import { describe, expect, it } from 'vitest';
import { levelLabelYs } from '../../../../renderer/features/costs/chart-labels';

describe('BAC and EAC labels', () => {
  it('sit above their own lines when the lines are apart', () => {
    // Lines at y 50 and 120, labels 11 px tall: 70 px apart, each label 4 px above its line.
    expect(levelLabelYs(50, 120, 11)).toEqual({ a: 46, b: 116 });
  });

  it('never overlap when the lines (nearly) coincide: the lower line labels below it', () => {
    // EAC 2 px below BAC: BAC's label above (y 96), EAC's below its line (102 + 11 + 4 = 117).
    expect(levelLabelYs(100, 102, 11)).toEqual({ a: 96, b: 117 });
    // Equal values: BAC above, EAC below. EAC above BAC: EAC keeps the upper place.
    expect(levelLabelYs(100, 100, 11)).toEqual({ a: 96, b: 115 });
    expect(levelLabelYs(100, 95, 11)).toEqual({ a: 115, b: 91 });
  });
});
