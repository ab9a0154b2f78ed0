/**
 * The status report's money section says whether the contingency reserve covers the open threats,
 * worked by hand: one open threat, Possible (mid-point 0.4) x $5,000 = $2,000 exposure; a
 * $1,000 reserve covers 1,000 / 2,000 = 50% of it.
 */
import { describe, expect, it } from 'vitest';
import type { Plan, ReportAudience, RiskId } from '../../../../renderer/domain/model';
import { buildStatusReport, reportBodyHtml, writeReportMarkdown } from '../../../../renderer/domain/report';
import { agreedPlan, day, edit, withRisk } from './report-plans';

const SENTENCE = "Contingency reserve $1,000 covers 50% of the open threats' exposure ($2,000).";

function pricedPlan(contingencyReserve: number, costImpactAmount: number): Plan {
  const plan = withRisk(edit(agreedPlan(), 'Docs', { fixedCost: 800 }), 'r1', 3, 3);
  const risk = plan.risks['r1' as RiskId]!;
  return { ...plan, project: { ...plan.project, contingencyReserve }, risks: { ...plan.risks, [risk.id]: { ...risk, costImpactAmount } } };
}

const report = (plan: Plan, audience: ReportAudience) => buildStatusReport(plan, { statusDate: day('2026-03-04'), audience });

describe("the report's contingency reserve line", () => {
  it('says what share of the exposure a short reserve covers, for both audiences, in markdown and HTML', () => {
    for (const audience of ['executive', 'team'] as const) {
      const model = report(pricedPlan(1000, 5000), audience);
      expect(writeReportMarkdown(model), audience).toContain(SENTENCE);
      expect(reportBodyHtml(model), audience).toContain('Contingency reserve $1,000 covers 50% of the open threats&#39; exposure ($2,000).');
    }
  });

  it('says nothing when no open threat has a cost', () => {
    expect(writeReportMarkdown(report(pricedPlan(1000, 0), 'team'))).not.toContain('Contingency reserve');
  });
});
