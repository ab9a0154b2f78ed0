/**
 * CSV export of each RAID register, through the task export's cell writer (formatCsv), so quoting
 * and formula neutralisation are the same everywhere. Dates stay ISO (YYYY-MM-DD): Excel and
 * LibreOffice read them as dates in any locale, and a spreadsheet sorts them.
 *
 * The risk register's columns are named as the risk editor names its fields (risk-field-names.ts),
 * with their units: a 1–5 level says so, the cost impact names the plan's currency, the schedule
 * impact is in working days (the project's minutesPerDay), as the editor shows it. Every field a
 * register shows or its editor edits has a column, and a type, status or priority is written in
 * the words the screen shows it in (raid-labels.ts), not as stored; people by name.
 */
import { formatCsv } from '../formats/csv/csv-parse';
import { percentText, type Plan, type ResourceId, type Risk } from '../model';
import { assumptionRisk, assumptionRiskText } from './assumption-risk';
import {
  ASSUMPTION_STATUS_LABELS, ISSUE_PRIORITY_LABELS, ISSUE_STATUS_LABELS, RISK_KIND_LABELS, RISK_RESPONSE_LABELS, RISK_STATUS_LABELS,
  SCORE_TREND_LABELS,
} from './raid-labels';
import {
  costImpactAmountName, IMPACT_DIMENSIONS, impactLevelName, PROBABILITY_LEVEL, RESIDUAL_PROBABILITY_LEVEL, SCHEDULE_IMPACT_DAYS,
} from './risk-field-names';
import { PROBABILITY_BANDS, residualScore, riskCodes, riskImpacts, riskScore, scoreTrend } from './scoring';

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
  return ['ID', 'Title', 'Type', 'Category', 'Cause', 'Event', 'Effect', 'Affected tasks', PROBABILITY_LEVEL, 'Probability band',
    ...IMPACT_DIMENSIONS.map(([, name]) => impactLevelName(name)), 'Score (1–25)', 'Score trend', costImpactAmountName(currency),
    SCHEDULE_IMPACT_DAYS, 'Owner', 'Trigger', 'Response', 'Mitigation', 'Mitigation tasks', 'Contingency', 'Contingency tasks',
    'Contingency activated', RESIDUAL_PROBABILITY_LEVEL, impactLevelName('Residual'), 'Residual score (1–25)', 'Status',
    'Raised on', 'Review on'];
}

/** Working days as the editor writes them, with the unit: "1 working day", "2.5 working days". */
function workingDays(minutes: number, minutesPerDay: number): string {
  const days = minutes / minutesPerDay;
  return `${String(days)} working day${days === 1 ? '' : 's'}`;
}

/** Each mitigation task with its % complete, as the editor lists them: "Stub API (40% complete)". */
function mitigationTasks(plan: Plan, risk: Risk): string {
  return (risk.mitigationTaskIds ?? []).flatMap((id) => {
    const task = plan.tasks[id];
    return task ? [`${task.name} (${percentText(task.percentComplete, 0)} complete)`] : [];
  }).join('; ');
}

/** Each contingency task with its days and the live tasks it would follow and precede: "Rework (2 working days, after Build, before Ship)". */
function contingencyTasks(plan: Plan, risk: Risk): string {
  const { minutesPerDay } = plan.project;
  return (risk.contingencyTasks ?? []).map((c) => {
    const after = c.predecessorIds.map((id) => plan.tasks[id]?.name).filter(Boolean).map((name) => `after ${name ?? ''}`);
    const before = c.successorIds.map((id) => plan.tasks[id]?.name).filter(Boolean).map((name) => `before ${name ?? ''}`);
    return `${c.name} (${[workingDays(c.durationMinutes, minutesPerDay), ...after, ...before].join(', ')})`;
  }).join('; ');
}

/** "Yes" once the contingency tasks are in the schedule, "No" while they wait, empty for a risk with none. */
function contingencyActivated(risk: Risk): string {
  if (risk.activatedTaskIds) return 'Yes';
  return (risk.contingencyTasks ?? []).length > 0 ? 'No' : '';
}

function riskRow(plan: Plan, r: Risk, code: string): string[] {
  const impacts = riskImpacts(r);
  const { minutesPerDay } = plan.project;
  return [code, r.title, RISK_KIND_LABELS[r.kind ?? 'threat'], r.category, r.cause ?? '', r.event ?? '', r.effect ?? '',
    taskNames(plan, r.taskIds), String(r.probability), PROBABILITY_BANDS[r.probability - 1]?.label ?? '',
    ...IMPACT_DIMENSIONS.map(([d]) => String(impacts[d])), String(riskScore(r)), SCORE_TREND_LABELS[scoreTrend(r)],
    String(r.costImpactAmount ?? ''), r.scheduleImpactMinutes === undefined ? '' : String(r.scheduleImpactMinutes / minutesPerDay),
    personName(plan, r.ownerId, r.owner), r.trigger, r.response ? RISK_RESPONSE_LABELS[r.response] : '',
    r.mitigation, mitigationTasks(plan, r), r.contingency, contingencyTasks(plan, r), contingencyActivated(r),
    String(r.residualProbability ?? ''), String(r.residualImpact ?? ''), String(residualScore(r) ?? ''),
    RISK_STATUS_LABELS[r.status], r.raisedOn, r.reviewOn ?? ''];
}

function riskRows(plan: Plan): string[][] {
  const codes = riskCodes(plan);
  const rows = Object.values(plan.risks)
    .map((r) => ({ r, code: codes.get(r.id) ?? r.id }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map(({ r, code }) => riskRow(plan, r, code));
  return [riskCsvHeader(plan.project.currency), ...rows];
}

function issueRows(plan: Plan): string[][] {
  const codes = riskCodes(plan);
  const header = ['ID', 'Title', 'Priority', 'Status', 'Owner', 'Raised', 'Due', 'Root cause', 'Resolution', 'Tasks', 'From risk'];
  const rows = Object.values(plan.issues).sort((a, b) => (a.code < b.code ? -1 : 1)).map((i) => [
    i.code, i.title, ISSUE_PRIORITY_LABELS[i.priority], ISSUE_STATUS_LABELS[i.status], personName(plan, i.ownerId), i.raisedOn, i.dueOn ?? '', i.rootCause, i.resolution,
    taskNames(plan, i.taskIds), i.riskId ? codes.get(i.riskId) ?? '' : '']);
  return [header, ...rows];
}

function assumptionRows(plan: Plan): string[][] {
  const codes = riskCodes(plan);
  // Named and written as the register shows the column, a deleted risk said so rather than left blank.
  const header = ['ID', 'Statement', 'Owner', 'Validate by', 'Status', 'Risk if false'];
  const rows = Object.values(plan.assumptions).sort((a, b) => (a.code < b.code ? -1 : 1)).map((a) => [
    a.code, a.statement, personName(plan, a.ownerId), a.validateBy ?? '', ASSUMPTION_STATUS_LABELS[a.status], assumptionRiskText(assumptionRisk(plan, a, codes))]);
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
