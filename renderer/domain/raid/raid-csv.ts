/**
 * CSV export of each RAID register, through the task export's cell writer (formatCsv), so quoting
 * and formula neutralisation are the same everywhere. Dates stay ISO (YYYY-MM-DD): Excel and
 * LibreOffice read them as dates in any locale, and a spreadsheet sorts them.
 *
 * The risk register's columns are named as the risk editor names its fields (risk-field-names.ts),
 * with their units: a 1–5 level says so, the cost impact names the plan's currency, the schedule
 * impact is in working days (the project's minutesPerDay), as the editor shows it.
 */
import { formatCsv } from '../formats/csv/csv-parse';
import type { Plan, ResourceId } from '../model';
import { assumptionRisk, assumptionRiskText } from './assumption-risk';
import { costImpactAmountName, IMPACT_DIMENSIONS, impactLevelName, SCHEDULE_IMPACT_DAYS } from './risk-field-names';
import { PROBABILITY_BANDS, residualScore, riskCodes, riskImpacts, riskScore } from './scoring';

export type RaidRegister = 'risks' | 'issues' | 'assumptions' | 'decisions';

const BOM = '\uFEFF';

/** A register entry's owner by name: the team member it names, else the name as typed (`fallback`). */
export function personName(plan: Plan, id: ResourceId | null | undefined, fallback = ''): string {
  return (id ? plan.resources[id]?.name : undefined) ?? fallback;
}

function taskNames(plan: Plan, ids: readonly string[]): string {
  return ids.map((id) => plan.tasks[id]?.name ?? '').filter(Boolean).join('; ');
}

/** The risk register's header row, for a plan in `currency`. */
export function riskCsvHeader(currency: string): string[] {
  return ['ID', 'Title', 'Type', 'Category', 'Cause', 'Event', 'Effect', 'Probability level (1–5)', 'Probability band',
    ...IMPACT_DIMENSIONS.map(([, name]) => impactLevelName(name)), 'Score (1–25)', costImpactAmountName(currency), SCHEDULE_IMPACT_DAYS,
    'Owner', 'Trigger', 'Response', 'Mitigation', 'Mitigation tasks', 'Contingency', 'Residual score (1–25)', 'Status',
    'Raised on', 'Review on'];
}

function riskRows(plan: Plan): string[][] {
  const codes = riskCodes(plan);
  const { minutesPerDay } = plan.project;
  const rows = Object.values(plan.risks)
    .map((r) => ({ r, code: codes.get(r.id) ?? r.id }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map(({ r, code }) => {
      const impacts = riskImpacts(r);
      return [code, r.title, r.kind ?? 'threat', r.category, r.cause ?? '', r.event ?? '', r.effect ?? '',
        String(r.probability), PROBABILITY_BANDS[r.probability - 1]?.label ?? '', ...IMPACT_DIMENSIONS.map(([d]) => String(impacts[d])),
        String(riskScore(r)), String(r.costImpactAmount ?? ''),
        r.scheduleImpactMinutes === undefined ? '' : String(r.scheduleImpactMinutes / minutesPerDay),
        personName(plan, r.ownerId, r.owner), r.trigger, r.response ?? '',
        r.mitigation, taskNames(plan, r.mitigationTaskIds ?? []), r.contingency, String(residualScore(r) ?? ''),
        r.status, r.raisedOn, r.reviewOn ?? ''];
    });
  return [riskCsvHeader(plan.project.currency), ...rows];
}

function issueRows(plan: Plan): string[][] {
  const codes = riskCodes(plan);
  const header = ['ID', 'Title', 'Priority', 'Status', 'Owner', 'Raised', 'Due', 'Root cause', 'Resolution', 'Tasks', 'From risk'];
  const rows = Object.values(plan.issues).sort((a, b) => (a.code < b.code ? -1 : 1)).map((i) => [
    i.code, i.title, i.priority, i.status, personName(plan, i.ownerId), i.raisedOn, i.dueOn ?? '', i.rootCause, i.resolution,
    taskNames(plan, i.taskIds), i.riskId ? codes.get(i.riskId) ?? '' : '']);
  return [header, ...rows];
}

function assumptionRows(plan: Plan): string[][] {
  const codes = riskCodes(plan);
  // Named and written as the register shows the column, a deleted risk said so rather than left blank.
  const header = ['ID', 'Statement', 'Owner', 'Validate by', 'Status', 'Risk if false'];
  const rows = Object.values(plan.assumptions).sort((a, b) => (a.code < b.code ? -1 : 1)).map((a) => [
    a.code, a.statement, personName(plan, a.ownerId), a.validateBy ?? '', a.status, assumptionRiskText(assumptionRisk(plan, a, codes))]);
  return [header, ...rows];
}

function decisionRows(plan: Plan): string[][] {
  const codes = riskCodes(plan);
  const header = ['ID', 'Decision', 'Date', 'Decided by', 'Rationale', 'Alternatives considered', 'Risks', 'Issues', 'Changes'];
  const rows = Object.values(plan.decisions).sort((a, b) => (a.code < b.code ? -1 : 1)).map((d) => [
    d.code, d.decision, d.decidedOn, d.decidedBy, d.rationale, d.alternatives,
    d.riskIds.map((id) => codes.get(id) ?? '').join('; '), d.issueIds.map((id) => plan.issues[id]?.code ?? '').join('; '),
    d.changeIds.map((id) => plan.changes[id]?.title ?? '').join('; ')]);
  return [header, ...rows];
}

/** One register as CSV (UTF-8 with a BOM so Excel reads accents, CRLF rows). */
export function exportRaidCsv(plan: Plan, register: RaidRegister): string {
  const rows = register === 'risks' ? riskRows(plan)
    : register === 'issues' ? issueRows(plan)
      : register === 'assumptions' ? assumptionRows(plan)
        : decisionRows(plan);
  return `${BOM}${formatCsv(rows)}`;
}
