/**
 * The status report draft: what a person types in the Reports view (headline, narrative, status
 * date) is kept on the project through editReportDraft, one undoable step per field left.
 */
import { describe, expect, it } from 'vitest';
import { editReportDraft, issueReport, runCommand } from '../../../../renderer/domain/commands';
import { blankPlan, runOk, testContext } from '../../../support/plan-builder';

describe('editReportDraft', () => {
  it('keeps a new project\'s headline, narrative and status date on the project, each field its own Undo step named after it', () => {
    const headline = runOk(editReportDraft, blankPlan(), { changes: { headline: 'Launch slips four days' } });
    expect(headline.label).toBe('Edit report headline');
    expect(headline.plan.project.reportDraft).toEqual({ headline: 'Launch slips four days', narrative: '' });
    const narrative = runOk(editReportDraft, headline.plan, { changes: { narrative: 'Build needs four more days.\nQA starts Monday.' } });
    expect(narrative.label).toBe('Edit report narrative');
    const dated = runOk(editReportDraft, narrative.plan, { changes: { statusDate: '2026-03-06' } });
    expect(dated.label).toBe('Set report status date');
    expect(dated.plan.project.reportDraft).toEqual({ statusDate: '2026-03-06', headline: 'Launch slips four days', narrative: 'Build needs four more days.\nQA starts Monday.' });
    expect(runOk(editReportDraft, dated.plan, { changes: { statusDate: null } }).plan.project.reportDraft).toEqual({
      headline: 'Launch slips four days', narrative: 'Build needs four more days.\nQA starts Monday.',
    });
    expect(runOk(editReportDraft, blankPlan(), { changes: { headline: 'A', narrative: 'B' } }).label).toBe('Edit report draft');
  });

  it('removes the draft when its words are deleted and no date is set, leaving the project as before anything was typed', () => {
    const typed = runOk(editReportDraft, blankPlan(), { changes: { headline: 'On track' } });
    const cleared = runOk(editReportDraft, typed.plan, { changes: { headline: '' } });
    expect(cleared.plan.project).not.toHaveProperty('reportDraft');
    expect(cleared.plan.project).toEqual({ ...blankPlan().project, updatedAt: cleared.plan.project.updatedAt });
  });

  it('takes no Undo step when the field is left with the text it had', () => {
    const typed = runOk(editReportDraft, blankPlan(), { changes: { headline: 'On track' } });
    expect(runOk(editReportDraft, typed.plan, { changes: { headline: 'On track' } }).patches).toEqual([]);
    expect(runOk(editReportDraft, blankPlan(), { changes: { narrative: '' } }).patches).toEqual([]);
  });

  it('refuses a status date that is not one, and text that is not text (a replayed proposal\'s JSON)', () => {
    expect(runCommand(editReportDraft, blankPlan(), { changes: { statusDate: '2026-02-30' } }, testContext())).toEqual({
      ok: false, error: { message: '"2026-02-30" is not a date (YYYY-MM-DD).', where: 'Report, Status date' },
    });
    const notText = JSON.parse('{ "changes": { "headline": 42 } }') as { changes: { headline: string } };
    expect(runCommand(editReportDraft, blankPlan(), notText, testContext()).ok).toBe(false);
  });

  it('stays after the report is issued: the issued report can still be exported, and the next one starts from its words', () => {
    const typed = runOk(editReportDraft, blankPlan(), { changes: { statusDate: '2026-03-06', headline: 'On track', narrative: 'Week one.' } }).plan;
    const issued = runOk(issueReport, typed, { statusDate: '2026-03-06', audience: 'team', headline: 'On track', narrative: 'Week one.' }).plan;
    expect(Object.values(issued.reports).map((r) => [r.statusDate, r.headline, r.narrative])).toEqual([['2026-03-06', 'On track', 'Week one.']]);
    expect(issued.project.reportDraft).toEqual(typed.project.reportDraft);
  });
});
