/**
 * CSV export of each RAID register, through the task export's cell writer (formatCsv), so quoting
 * and formula neutralisation are the same everywhere. Dates stay ISO (YYYY-MM-DD) so a spreadsheet
 * sorts them.
 */
import { formatCsv } from '../formats/csv/csv-parse';
import type { Plan, ResourceId } from '../model';
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

function riskRows(plan: Plan): string[][] {
  const codes = riskCodes(plan);
  const header = ['ID', 'Title', 'Type', 'Category', 'Cause', 'Event', 'Effect', 'Probability', 'Probability band',
    'Schedule impact', 'Cost impact', 'Scope impact', 'Score', 'Cost impact amount', 'Schedule impact (working minutes)',
    'Owner', 'Trigger', 'Response', 'Mitigation', 'Mitigation tasks', 'Contingency', 'Residual score', 'Status',
    'Raised', 'Review'];
  const rows = Object.values(plan.risks)
    .map((r) => ({ r, code: codes.get(r.id) ?? r.id }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map(({ r, code }) => {
      const impacts = riskImpacts(r);
      return [code, r.title, r.kind ?? 'threat', r.category, r.cause ?? '', r.event ?? '', r.effect ?? '',
        String(r.probability), PROBABILITY_BANDS[r.probability - 1]?.label ?? '', String(impacts.schedule),
        String(impacts.cost), String(impacts.scope), String(riskScore(r)), String(r.costImpactAmount ?? ''),
        String(r.scheduleImpactMinutes ?? ''), personName(plan, r.ownerId, r.owner), r.trigger, r.response ?? '',
        r.mitigation, taskNames(plan, r.mitigationTaskIds ?? []), r.contingency, String(residualScore(r) ?? ''),
        r.status, r.raisedOn, r.reviewOn ?? ''];
    });
  return [header, ...rows];
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
  const header = ['ID', 'Statement', 'Owner', 'Validate by', 'Status', 'Raised risk'];
  const rows = Object.values(plan.assumptions).sort((a, b) => (a.code < b.code ? -1 : 1)).map((a) => [
    a.code, a.statement, personName(plan, a.ownerId), a.validateBy ?? '', a.status, a.riskId ? codes.get(a.riskId) ?? '' : '']);
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
