/**
 * The change log as CSV, through the same cell writer as every other export (formula-neutralised,
 * RFC 4180 quoting; see formats/escape.ts). Dates stay ISO so a spreadsheet sorts them.
 */
import { formatCsv } from '../formats/csv/csv-parse';
import { csvList } from '../formats/escape';
import type { ChangeRequest } from '../model/changes';
import type { Plan } from '../model/plan';
import { riskCodes } from '../raid/scoring';
import { categoryOf, changeCodes, editsOf, priorityOf } from './records';
import { CHANGE_STATUS_LABELS } from './transitions';

const BOM = '\uFEFF';

const HEADER = ['ID', 'Title', 'Description', 'Requested by', 'Requested on', 'Category', 'Priority', 'Status',
  'Decided by', 'Decided on', 'Rationale', 'Schedule impact (working days)', 'Cost impact', 'Proposed edits',
  'Risks', 'Issues', 'Decisions', 'Implemented on'];

function requester(plan: Plan, c: ChangeRequest): string {
  return (c.requestedById ? plan.stakeholders[c.requestedById]?.name : undefined) ?? c.requestedBy;
}

function row(plan: Plan, c: ChangeRequest, code: string, risks: ReadonlyMap<string, string>): string[] {
  const days = c.scheduleImpactMinutes / plan.project.minutesPerDay;
  return [code, c.title, c.description, requester(plan, c), c.requestedOn, categoryOf(c), priorityOf(c), CHANGE_STATUS_LABELS[c.status],
    c.decidedBy, c.decidedOn ?? '', c.rationale ?? '', String(Math.round(days * 100) / 100), String(c.costImpact),
    csvList(editsOf(c).map((e) => e.label)), csvList((c.riskIds ?? []).map((id) => risks.get(id) ?? id)),
    csvList((c.issueIds ?? []).map((id) => plan.issues[id]?.code ?? id)),
    csvList((c.decisionIds ?? []).map((id) => plan.decisions[id]?.code ?? id)), c.implementedOn ?? ''];
}

/** Every change request, in code order, with a BOM so Excel reads UTF-8. */
export function exportChangeLogCsv(plan: Plan, only?: ReadonlySet<string>): string {
  const codes = changeCodes(plan);
  const risks = riskCodes(plan);
  const rows = Object.values(plan.changes)
    .filter((c) => !only || only.has(c.id))
    .map((c) => ({ c, code: codes.get(c.id) ?? c.id }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map(({ c, code }) => row(plan, c, code, risks));
  return BOM + formatCsv([HEADER, ...rows]);
}
