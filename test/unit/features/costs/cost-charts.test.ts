// @vitest-environment happy-dom
/**
 * The S-curve's axes: time ticks of whole days and up (a cost curve has nothing to say at "12pm"),
 * and a money axis sized to its labels rather than a fixed width that cuts "$5,000,000" off.
 */
import { describe, expect, it } from 'vitest';
import type { WallMinutes } from '../../../../renderer/domain/model';
import { sCurveChart } from '../../../../renderer/features/costs/cost-charts';

const at = (minutes: number): WallMinutes => minutes;

describe('the S-curve chart options', () => {
  const { options } = sCurveChart({
    points: [{ at: at(0), pv: 0, ev: 0, ac: 0, forecast: null }, { at: at(9 * 1440), pv: 5_200_000, ev: null, ac: null, forecast: 5_700_000 }],
    statusAt: at(1440), bac: 5_200_000, eac: 5_700_000,
  }, 'USD');
  const [x, y] = options.axes ?? [];

  it('steps its time axis by whole days or more', () => {
    const steps = x?.incrs;
    if (!Array.isArray(steps)) throw new Error('the time axis names its steps');
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.every((s) => s >= 86_400 && s % 86_400 === 0)).toBe(true);
  });

  it('sizes its money axis to the labels', () => {
    expect(typeof y?.size).toBe('function');
  });
});
