/**
 * A status report says what the Gantt warns about, so it is never all Green in silence while a
 * person is booked twice over. The plan (report-plans.ts): Design (5 d) and Docs (2 d) run side by
 * side; Ana Lopez on both is over-allocated on Docs' 2 days.
 */
import { describe, expect, it } from 'vitest';
import { buildStatusReport, reportBodyHtml, writeReportMarkdown, type ReportSection, type StatusReportModel } from '../../../../renderer/domain/report';
import { assign, withPerson } from '../../../support/cost-plan';
import { agreedPlan, day, edit } from './report-plans';

const warnings = (m: StatusReportModel): Extract<ReportSection, { kind: 'schedule-warnings' }> | undefined =>
  m.sections.find((s): s is Extract<ReportSection, { kind: 'schedule-warnings' }> => s.kind === 'schedule-warnings');

function overbookedPlan() {
  const plan = assign(assign(withPerson(agreedPlan(), 'ana', { name: 'Ana Lopez' }), 'Design', 'ana'), 'Docs', 'ana');
  // A deadline Build cannot meet (it finishes Fri 13 March): a warning for every reader.
  return edit(plan, 'Build', { deadline: '2026-03-11T17:00' as never });
}

describe('schedule warnings in a status report', () => {
  it('lists the over-allocation and the missed deadline for the team, the deadline first, with the advice to level', () => {
    const model = buildStatusReport(overbookedPlan(), { statusDate: day('2026-03-02'), audience: 'team' });
    const lines = warnings(model)?.items.map((w) => w.kind);
    expect(lines).toEqual(['missed-deadline', 'over-allocation']);
    const md = writeReportMarkdown(model);
    expect(md).toContain('## Schedule warnings');
    expect(md).toMatch(/- 'Ana Lopez' is over-allocated on 2 days from .*2026 \('Design', 'Docs'\)\. Level resources, or change the assignments\./);
    expect(md).toMatch(/- Task 'Build' misses its deadline/);
  });

  it('tells executives who is over-allocated without the planner\'s instruction, in the HTML too', () => {
    const model = buildStatusReport(overbookedPlan(), { statusDate: day('2026-03-02'), audience: 'executive' });
    const html = reportBodyHtml(model);
    expect(html).toContain('Schedule warnings');
    expect(html).toMatch(/&#39;Ana Lopez&#39; is over-allocated on 2 days from [^<]*\(&#39;Design&#39;, &#39;Docs&#39;\)\.</);
    expect(html).not.toContain('Level resources');
  });

  it('leaves the section out when the schedule has nothing to warn about', () => {
    const model = buildStatusReport(agreedPlan(), { statusDate: day('2026-03-02'), audience: 'team' });
    expect(warnings(model)).toBeUndefined();
    expect(writeReportMarkdown(model)).not.toContain('Schedule warnings');
  });
});
