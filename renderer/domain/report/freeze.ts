/** An issued report: the model's figures frozen, so later reports compare with what was said. */
import type { Plan, ReportFigures, ReportId, StatusReport } from '../model';
import { isLiveRisk, riskScore } from '../raid';
import type { StatusReportModel } from './types';
import { gatherFacts } from './facts';
import { findBaseline } from './build-report';

/**
 * The figures to keep with an issued report. Reads the plan again at the report's status date so
 * the frozen lists are complete (the model's lists are trimmed for reading).
 */
export function freezeFigures(plan: Plan, model: StatusReportModel, baselineNumber: number | null | undefined): ReportFigures {
  const facts = gatherFacts(plan, model.statusDate, findBaseline(plan, baselineNumber), null);
  const critical = facts.schedule.criticalTaskIds;
  return {
    projectFinish: facts.projectFinish,
    baselineFinish: facts.baselineFinish,
    finishSlipDays: facts.finishSlipDays,
    percentComplete: facts.percentComplete,
    criticalTaskIds: [...critical],
    criticalTaskNames: critical.map((id) => plan.tasks[id]?.name ?? ''),
    milestones: facts.tasks.filter((f) => f.row.isMilestone).map((f) => ({ taskId: f.task.id, name: f.task.name, finish: f.finish, isDone: f.isDone })),
    riskScores: Object.fromEntries(Object.values(plan.risks).filter(isLiveRisk).map((r) => [r.id, riskScore(r)])),
    spi: facts.evm?.spi ?? null,
    cpi: facts.evm?.cpi ?? null,
    completedTaskIds: facts.tasks.filter((f) => f.isDone && !f.row.isSummary).map((f) => f.task.id),
  };
}

export function issuedReport(plan: Plan, model: StatusReportModel, id: ReportId, issuedAt: string, baselineNumber: number | null | undefined): StatusReport {
  const rag = Object.fromEntries(model.dimensions.map((d) => [d.dimension, d.rag]));
  return {
    id, statusDate: model.statusDate, issuedAt, audience: model.audience,
    baselineNumber: findBaseline(plan, baselineNumber)?.number ?? null,
    headline: model.headline, narrative: model.narrative,
    rag: { overall: model.overall, schedule: rag.schedule ?? 'none', cost: rag.cost ?? 'none', scope: rag.scope ?? 'none', risk: rag.risk ?? 'none' },
    figures: freezeFigures(plan, model, baselineNumber),
  };
}
