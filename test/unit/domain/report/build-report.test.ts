/** The report model worked by hand on the plans of report-plans.ts. */
import { describe, expect, it } from 'vitest';
import { issueReport, raiseIssue, setTaskPhase } from '../../../../renderer/domain/commands';
import { DEFAULT_RAG_RULES, orderedPhases, sequentialIds, withDefaultPhases, type Plan, type StatusReport } from '../../../../renderer/domain/model';
import { buildStatusReport, reportBodyHtml, writeReportMarkdown, type ReportSection, type StatusReportModel } from '../../../../renderer/domain/report';
import { runOk, taskByName, testContext } from '../../../support/plan-builder';
import { agreedPlan, day, edit, onTrackAt10March, onTrackAt4March, withChange, withRisk } from './report-plans';

const section = <K extends ReportSection['kind']>(m: StatusReportModel, kind: K): Extract<ReportSection, { kind: K }> | undefined =>
  m.sections.find((s): s is Extract<ReportSection, { kind: K }> => s.kind === kind);

function issue(plan: Plan, statusDate: string): { plan: Plan; report: StatusReport } {
  const next = runOk(issueReport, plan, { statusDate, audience: 'team', headline: 'On track', narrative: 'Week one.' }, testContext(`rep-${statusDate}-`)).plan;
  const report = Object.values(next.reports).find((r) => r.statusDate === statusDate);
  if (!report) throw new Error('not issued');
  return { plan: next, report };
}

describe('buildStatusReport', () => {
  it('reports a milestone that slipped 4 working days, and colours the schedule amber by the rule', () => {
    // Build grows from 5 to 9 days: Launch moves from Fri 13 to Thu 19 March, 4 working days.
    const plan = edit(onTrackAt4March(agreedPlan()), 'Build', { durationMinutes: 9 * 480 });
    const model = buildStatusReport(plan, { statusDate: day('2026-03-04'), audience: 'team' });
    const slipped = section(model, 'milestones-slipped');
    expect(slipped?.items).toEqual([expect.objectContaining({ name: 'Launch', finish: '2026-03-19', baselineFinish: '2026-03-13', slipDays: 4 })]);
    const schedule = model.dimensions.find((d) => d.dimension === 'schedule');
    expect(schedule?.rag).toBe('amber');
    expect(schedule?.reason).toContain('4 working days late');
    expect(schedule?.reason).toContain('amber above 2 days');
    expect(section(model, 'critical-path')).toMatchObject({ finish: '2026-03-19', baselineFinish: '2026-03-13', slipDays: 4 });
    // 16 days: Mon 9 - Mon 30 March, 11 working days late, past the red rule (10).
    const later = buildStatusReport(edit(onTrackAt4March(agreedPlan()), 'Build', { durationMinutes: 16 * 480 }), { statusDate: day('2026-03-04'), audience: 'team' });
    expect(later.dimensions.find((d) => d.dimension === 'schedule')?.rag).toBe('red');
    expect(later.overall).toBe('red');
  });

  it('says what changed on the critical path since the last report, and how far the finish moved', () => {
    const first = issue(onTrackAt4March(agreedPlan()), '2026-03-04');
    expect(first.report.figures.criticalTaskNames).toEqual(['Design', 'Build', 'Launch']);
    // Docs is reopened at 15 days, 6 done: the 9 left run Wed 11 - Mon 23 March and drive the finish alone.
    const plan = edit(onTrackAt10March(first.plan), 'Docs', { durationMinutes: 15 * 480, percentComplete: 40, actualFinish: null });
    const model = buildStatusReport(plan, { statusDate: day('2026-03-10'), audience: 'team' });
    expect(model.previousStatusDate).toBe('2026-03-04');
    expect(section(model, 'critical-path')).toMatchObject({
      finish: '2026-03-23', previousFinish: '2026-03-13', movedSinceLastDays: 6, taskNames: ['Docs'], joined: ['Docs'], left: ['Design', 'Build', 'Launch'],
    });
    // The executive summary keeps the finish dates and drops the task lists.
    const exec = buildStatusReport(plan, { statusDate: day('2026-03-10'), audience: 'executive' });
    expect(section(exec, 'critical-path')).toMatchObject({ finish: '2026-03-23', taskNames: [], joined: [], left: [] });
  });

  it('shows a risk whose score rose since the last report, with its trend, and the risk RAG', () => {
    const first = issue(withRisk(agreedPlan(), 'k1', 2, 3), '2026-03-04');
    expect(first.report.figures.riskScores).toEqual({ k1: 6 });
    const plan = withRisk(first.plan, 'k1', 4, 3);
    const model = buildStatusReport(plan, { statusDate: day('2026-03-10'), audience: 'team' });
    expect(section(model, 'risks')?.items).toEqual([expect.objectContaining({ code: 'R-001', score: 12, previousScore: 6, trend: 'up' })]);
    expect(model.dimensions.find((d) => d.dimension === 'risk')).toMatchObject({ rag: 'amber', trend: [{ statusDate: '2026-03-04', rag: 'green' }, { statusDate: '2026-03-10', rag: 'amber' }] });
  });

  it('lists only the changes approved since the last report', () => {
    let plan = withChange(agreedPlan(), 'c1', 'Add SSO', 'approved', '2026-03-03');
    const first = issue(plan, '2026-03-04');
    plan = withChange(first.plan, 'c2', 'Extra locale', 'approved', '2026-03-06');
    plan = withChange(plan, 'c3', 'Dark mode', 'proposed', null);
    plan = withChange(plan, 'c4', 'After the date', 'approved', '2026-03-12');
    const model = buildStatusReport(plan, { statusDate: day('2026-03-10'), audience: 'team' });
    expect(section(model, 'changes-approved')?.items).toEqual([expect.objectContaining({ title: 'Extra locale', decidedOn: '2026-03-06', scheduleImpactDays: 2 })]);
    const scope = model.dimensions.find((d) => d.dimension === 'scope');
    expect(scope?.rag).toBe('amber');
    expect(scope?.reason).toContain('1 approved change since the last report');
  });

  it('counts a change approved and applied (implemented) as approved, and a merge of another file not', () => {
    // Approve applies a request's proposed edits and leaves it implemented; a merge is recorded implemented with no decider.
    let plan = withChange(agreedPlan(), 'c1', 'Longer build', 'implemented', '2026-03-03');
    plan = withChange(plan, 'c2', 'Merged from Dana’s copy', 'implemented', '2026-03-03');
    const merge = plan.changes['c2' as keyof Plan['changes']];
    if (!merge) throw new Error('no merge record');
    plan = { ...plan, changes: { ...plan.changes, [merge.id]: { ...merge, decidedBy: '' } } };
    const model = buildStatusReport(plan, { statusDate: day('2026-03-04'), audience: 'executive' });
    expect(section(model, 'changes-approved')?.items.map((c) => c.title)).toEqual(['Longer build']);
    expect(model.dimensions.find((d) => d.dimension === 'scope')?.reason).toContain('1 approved change since the last report');
  });

  it('says why the slip section is absent when no baseline is saved', () => {
    const model = buildStatusReport(agreedPlan(false), { statusDate: day('2026-03-04'), audience: 'team' });
    expect(section(model, 'milestones-slipped')).toBeUndefined();
    expect(section(model, 'slip-absent')?.reason).toMatch(/No baseline is saved/);
    expect(model.dimensions.find((d) => d.dimension === 'schedule')?.rag).toBe('none');
    expect(section(model, 'earned-value')).toBeUndefined();
  });

  it('reports the plan before the project starts: not started, when it starts, what comes first, and it can be issued', () => {
    const model = buildStatusReport(agreedPlan(), { statusDate: day('2026-02-27'), audience: 'team' });
    expect(model.startsOn).toBe('2026-03-02');
    expect(model.percentComplete).toBe(0);
    expect(model.periodStart).toBe('2026-02-27');
    expect(model.dimensions.map((d) => d.dimension)).toEqual(['schedule', 'cost', 'scope', 'risk']);
    expect(section(model, 'work-completed')).toBeUndefined();
    expect(section(model, 'work-planned')?.items.map((w) => w.name)).toContain('Design');
    const md = writeReportMarkdown(model);
    expect(md).toContain('· not started: starts Mon 2 Mar 2026 · forecast finish Fri 13 Mar 2026');
    expect(md).not.toContain('0% complete');
    expect(reportBodyHtml(model)).toContain('not started: starts Mon 2 Mar 2026 · forecast finish Fri 13 Mar 2026');
    const issued = runOk(issueReport, agreedPlan(), { statusDate: '2026-02-27', audience: 'team', headline: 'Kick-off Monday', narrative: '' });
    expect(Object.values(issued.plan.reports).map((r) => r.statusDate)).toEqual(['2026-02-27']);
    // From the start on, the report measures progress.
    expect(buildStatusReport(agreedPlan(), { statusDate: day('2026-03-02'), audience: 'team' }).startsOn).toBeNull();
  });

  it('counts work and milestones done since the last report from the frozen figures, not by date alone', () => {
    let plan = onTrackAt4March(agreedPlan());
    const first = issue(plan, '2026-03-04');
    expect(section(buildStatusReport(plan, { statusDate: day('2026-03-04'), audience: 'team', previousReport: null }), 'work-completed')?.items.map((w) => w.name)).toEqual(['Docs']);
    plan = onTrackAt10March(first.plan);
    const model = buildStatusReport(plan, { statusDate: day('2026-03-10'), audience: 'team' });
    expect(section(model, 'work-completed')?.items.map((w) => w.name)).toEqual(['Design']);
    expect(section(model, 'work-planned')?.items.map((w) => w.name)).toEqual(['Build']);
    expect(section(model, 'milestones-due')?.items.map((m) => m.name)).toEqual(['Launch']);
    expect(section(model, 'work-planned')?.items[0]?.wbs).toBe('2');
    expect(section(buildStatusReport(plan, { statusDate: day('2026-03-10'), audience: 'executive' }), 'work-planned')?.items[0]?.wbs).toBeUndefined();
  });

  it('uses the rules stored with the project', () => {
    const plan = edit(onTrackAt4March(agreedPlan()), 'Build', { durationMinutes: 9 * 480 });
    const strict = { ...plan, project: { ...plan.project, ragRules: { ...DEFAULT_RAG_RULES, schedule: { ...DEFAULT_RAG_RULES.schedule, redSlipDays: 3 } } } };
    expect(buildStatusReport(strict, { statusDate: day('2026-03-04'), audience: 'team' }).dimensions[0]?.rag).toBe('red');
  });

  it('leaves progress by phase out while no task is in one of the five default phases, and lists them once one is', () => {
    const phased = withDefaultPhases(onTrackAt4March(agreedPlan()), sequentialIds('phase-'));
    expect(orderedPhases(phased.phases)).toHaveLength(5);
    expect(section(buildStatusReport(phased, { statusDate: day('2026-03-04'), audience: 'team' }), 'phase-progress')).toBeUndefined();
    const execution = orderedPhases(phased.phases)[2];
    if (!execution) throw new Error('setup: no Execution phase');
    const used = runOk(setTaskPhase, phased, { taskIds: [taskByName(phased, 'Design').id], phaseId: execution.id }).plan;
    const rows = section(buildStatusReport(used, { statusDate: day('2026-03-04'), audience: 'team' }), 'phase-progress')?.rows ?? [];
    // Design is 60 % done; the other four phases are listed too, as "no tasks yet" (no dates).
    expect(rows.map((r) => [r.phase, r.percentComplete, r.start ?? null])).toEqual([
      ['Initiation', 0, null], ['Planning', 0, null], ['Execution', 60, '2026-03-02'], ['Monitoring & control', 0, null], ['Closure', 0, null],
    ]);
  });

  it('says an open issue due before the status date is overdue, as the issue log marks it', () => {
    let plan = runOk(raiseIssue, onTrackAt4March(agreedPlan()), { fields: { title: 'Staging DB slow', priority: 'critical', dueOn: day('2026-03-03') } }, testContext('i')).plan;
    plan = runOk(raiseIssue, plan, { fields: { title: 'Vendor contract', priority: 'high', dueOn: day('2026-03-09') } }, testContext('j')).plan;
    const model = buildStatusReport(plan, { statusDate: day('2026-03-04'), audience: 'team' });
    expect(section(model, 'decisions-needed')?.items.map((i) => [i.title, i.isOverdue])).toEqual([['Staging DB slow', true], ['Vendor contract', false]]);
    const markdown = writeReportMarkdown(model);
    expect(markdown).toMatch(/Staging DB slow \(Critical priority, overdue, was to be decided by [^)]+\)/);
    expect(markdown).toMatch(/Vendor contract \(High priority, decide by [^)]+\)/);
  });
});
