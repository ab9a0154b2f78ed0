/**
 * What the report's money says, worked by hand on the tester's plan: approved budget 25,000,
 * baseline cost (BAC) 24,320, EV 3,520 and AC 3,920, so CPI = 3,520 / 3,920 = 0.898 and
 * EAC (CPI method) = 24,320 / 0.898 = 24,320 x 3,920 / 3,520 = 27,083.6 → 27,084; cost as scheduled
 * (bottom-up EAC) = 24,720.
 *   Against the approved budget: 27,084 - 25,000 = 2,084 over (8.3 %); 24,720 - 25,000 = 280 under.
 *   Against the baseline cost:   27,084 - 24,320 = 2,764 over (11.4 %); 24,720 - 24,320 = 400 over.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RAG_RULES } from '../../../../renderer/domain/model';
import { costReference, headlineForecast, overrunPercent, varianceWords, type ReportSection } from '../../../../renderer/domain/report';
import { costRag } from '../../../../renderer/domain/report/rag';
import { moneyLines } from '../../../../renderer/domain/report/section-text';

type MoneySection = Extract<ReportSection, { kind: 'earned-value' }>;

const EV = 3520;
const AC = 3920;
const BAC = 24320;
const EAC_CPI = (BAC * AC) / EV;

function section(budget: number | null): MoneySection {
  return {
    kind: 'earned-value', currency: 'USD', bac: BAC, pv: 3830, ev: EV, ac: AC, hasBaseline: true, spi: EV / 3830, cpi: EV / AC,
    eacCpi: EAC_CPI, eacBottomUp: 24720, budget,
  };
}

/** No baseline saved: the measures read 0 and no ratio, with 3,920 spent and 24,720 as scheduled. */
function unbaselined(budget: number | null): MoneySection {
  return {
    kind: 'earned-value', currency: 'USD', bac: 0, pv: 0, ev: 0, ac: AC, hasBaseline: false, spi: null, cpi: null,
    eacCpi: null, eacBottomUp: 24720, budget,
  };
}

function ragOf(budget: number | null): ReturnType<typeof costRag> {
  const forecast = headlineForecast(section(budget));
  const reference = costReference(budget, BAC);
  if (reference === null) throw new Error('setup: nothing to measure against');
  return costRag({
    finishSlipDays: null, spi: null, cpi: EV / AC, approvedChanges: 0, topRiskScore: null,
    overrun: { percent: overrunPercent(forecast.eac, reference), forecast: forecast.method, against: reference.against },
  }, DEFAULT_RAG_RULES.cost);
}

describe('the report’s cost figures', () => {
  it('measures "over budget" against the approved budget, and names the baseline cost where it is the measure', () => {
    expect(Math.round(EAC_CPI)).toBe(27084);
    expect(moneyLines(section(25000), 'executive')).toEqual([
      'Approved budget: $25,000.',
      'Baseline cost (BAC): $24,320.',
      'Spent so far: $3,920 for work worth $3,520.',
      'Forecast cost at completion, EAC (CPI method): $27,084, $2,084 over the approved budget ($2,764 over the baseline cost).',
      'Cost as scheduled (bottom-up EAC): $24,720, $280 under the approved budget ($400 over the baseline cost).',
    ]);
  });

  it('with no baseline, says earned value waits for one instead of "work worth $0" or "BAC $0"', () => {
    expect(moneyLines(unbaselined(25000), 'executive')).toEqual([
      'Approved budget: $25,000.',
      'Spent so far: $3,920. What the work done is worth (earned value) is measured once a baseline is saved.',
      'Forecast cost at completion, Cost as scheduled (bottom-up EAC): $24,720, $280 under the approved budget.',
    ]);
    const team = moneyLines(unbaselined(25000), 'team');
    expect(team[0]).toBe('BAC, PV and EV: not measured until a baseline is saved · AC $3,920');
    expect(team.join(' ')).not.toMatch(/(BAC|PV|EV) \$0/);
  });

  it('with no budget set, measures against the baseline cost and says so, never "budget"', () => {
    const lines = moneyLines(section(null), 'executive');
    expect(lines).toEqual([
      'Baseline cost (BAC): $24,320.',
      'Spent so far: $3,920 for work worth $3,520.',
      'Forecast cost at completion, EAC (CPI method): $27,084, $2,764 over the baseline cost.',
      'Cost as scheduled (bottom-up EAC): $24,720, $400 over the baseline cost.',
    ]);
    expect(lines.join(' ')).not.toMatch(/budget\b(?! at)/i);
  });

  it('names both forecasts in the team report, with VAC against BAC and each against the approved budget', () => {
    expect(moneyLines(section(25000), 'team')).toEqual([
      'BAC $24,320 · PV $3,830 · EV $3,520 · AC $3,920',
      'SPI 0.92 · CPI 0.90 · EAC (CPI method) $27,084 · VAC -$2,764',
      'Cost as scheduled (bottom-up EAC) $24,720 · VAC -$400',
      'Approved budget $25,000: EAC (CPI method) $2,084 over the approved budget · Cost as scheduled (bottom-up EAC) $280 under the approved budget',
    ]);
  });

  it('leads with the cost as scheduled until a CPI is measured', () => {
    const unstarted: MoneySection = { ...section(25000), ev: 0, ac: 0, cpi: null, eacCpi: null, eacBottomUp: 24320 };
    expect(headlineForecast(unstarted)).toEqual({ method: 'bottom-up', eac: 24320 });
    expect(moneyLines(unstarted, 'executive').at(-1)).toBe(
      'Forecast cost at completion, Cost as scheduled (bottom-up EAC): $24,320, $680 under the approved budget (on the baseline cost).',
    );
  });

  it('colours cost by the forecast over the approved budget (8.3 %), or over the baseline cost (11.4 %) with none set', () => {
    expect(overrunPercent(EAC_CPI, { against: 'approved budget', amount: 25000 })).toBeCloseTo(8.33, 2);
    const withBudget = ragOf(25000);
    expect(withBudget.reason).toBe('CPI 0.898, EAC (CPI method) 8.3% over the approved budget (amber below CPI 0.95 or over 5%; red below 0.90 or over 10%).');
    // CPI 0.898 is below the red 0.90, so red either way, and it is printed as 0.898 so the reason does not read "0.90 … red below 0.90"; the reason says what the percentage is against.
    expect(withBudget.rag).toBe('red');
    expect(ragOf(null).reason).toBe('CPI 0.898, EAC (CPI method) 11.4% over the baseline cost (amber below CPI 0.95 or over 5%; red below 0.90 or over 10%).');
  });

  it('measures against the budget even without a baseline, and against nothing when neither is there', () => {
    expect(costReference(25000, 0)).toEqual({ against: 'approved budget', amount: 25000 });
    expect(costReference(null, 24320)).toEqual({ against: 'baseline cost', amount: 24320 });
    expect(costReference(null, 0)).toBeNull();
    expect(varianceWords(25000.4, 'approved budget', 25000, 'USD')).toBe('on the approved budget');
  });
});
