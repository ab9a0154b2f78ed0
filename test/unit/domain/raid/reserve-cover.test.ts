import { describe, expect, it } from 'vitest';
import { addRisk, type CommandContext } from '../../../../renderer/domain/commands';
import { sequentialIds, type Plan, type RiskId } from '../../../../renderer/domain/model';
import { reserveCover, reserveCoverWords } from '../../../../renderer/domain/raid';
import { runOk } from '../../../support/plan-builder';
import { basePlan } from '../schedule/plan-kit';

const ctx = (): CommandContext => ({ newId: sequentialIds('n'), now: '2026-03-02T08:00:00.000Z' });
const dollars = (n: number): string => `$${n.toLocaleString('en-US')}`;

/** Two open threats: Possible (mid-point 0.4) x 5,000 = 2,000 and Rare (0.05) x 4,000 = 200; exposure 2,200. */
function planWithThreats(contingencyReserve?: number): Plan {
  let plan = basePlan();
  plan = runOk(addRisk, plan, { id: 'r1' as RiskId, fields: { title: 'Vendor API late', probability: 3, costImpactAmount: 5000 } }, ctx()).plan;
  plan = runOk(addRisk, plan, { id: 'r2' as RiskId, fields: { title: 'Licence audit', probability: 1, costImpactAmount: 4000 } }, ctx()).plan;
  return contingencyReserve === undefined ? plan : { ...plan, project: { ...plan.project, contingencyReserve } };
}

describe('reserveCover', () => {
  it('says a reserve of 1,000 covers 45% of an exposure of 2,200 and is short', () => {
    // 1,000 / 2,200 = 45.45...%, rounded down to 45.
    const cover = reserveCover(planWithThreats(1000));
    expect(cover).toEqual({ reserve: 1000, exposure: 2200, percent: 45, isShort: true });
    expect(reserveCoverWords(cover!, dollars)).toBe("Contingency reserve $1,000 covers 45% of the open threats' exposure ($2,200).");
  });

  it('never reads 100% while short, and counts no reserve as none', () => {
    expect(reserveCover(planWithThreats(2199))).toMatchObject({ percent: 99, isShort: true });
    expect(reserveCover(planWithThreats())).toMatchObject({ reserve: 0, percent: 0, isShort: true });
  });

  it('says a reserve at or above the exposure covers all of it', () => {
    const cover = reserveCover(planWithThreats(2200));
    expect(cover).toMatchObject({ percent: 100, isShort: false });
    expect(reserveCoverWords(cover!, dollars)).toBe("Contingency reserve $2,200 covers all of the open threats' exposure ($2,200).");
  });

  it('has nothing to say when no open threat has a cost', () => {
    expect(reserveCover({ ...basePlan(), project: { ...basePlan().project, contingencyReserve: 500 } })).toBeNull();
  });
});
