/**
 * The RAID registers' CSVs as a person opening them in Excel reads them: each column named as the
 * risk editor or the log's table names the field, with its unit (a 1–5 level, the plan's currency,
 * working days), every field the screen shows or edits (a risk's affected tasks, its residual
 * levels), a type, status or priority in the words the screen shows ("Threat", "In progress"),
 * people by name and dates as ISO days a spreadsheet reads as dates.
 */
import { describe, expect, it } from 'vitest';
import { addAssumption, addDecision, addResource, addRisk, raiseIssue, type CommandContext } from '../../../../renderer/domain/commands';
import { parseCsv } from '../../../../renderer/domain/formats/csv/csv-parse';
import { sequentialIds, type LocalDate, type Plan, type ResourceId, type RiskId, type TaskId } from '../../../../renderer/domain/model';
import { exportRaidCsv } from '../../../../renderer/domain/raid';
import { runOk } from '../../../support/plan-builder';
import { basePlan, chain } from '../schedule/plan-kit';

const ctx = (): CommandContext => ({ newId: sequentialIds('n'), now: '2026-03-02T08:00:00.000Z' });

/**
 * A plan in euros with 7.5-hour days, and one threat being mitigated: 5 working days and €12,500
 * if it happens, affecting Integrate, with a 2-day contingency task after it.
 */
function planWithRisk(): Plan {
  const tasks = chain(basePlan(), ['Integrate', 'Stub API', 'Ship'], 450);
  const plan = { ...tasks, project: { ...tasks.project, currency: 'EUR', minutesPerDay: 450 } };
  return runOk(addRisk, plan, {
    id: 'r1' as RiskId,
    fields: {
      title: 'Vendor API late', category: 'vendor', cause: 'One vendor engineer', event: 'API ships late', effect: 'Integration slips',
      probability: 3, impacts: { schedule: 4, cost: 2, scope: 1 }, costImpactAmount: 12500.5, scheduleImpactMinutes: 5 * 450,
      owner: 'Priya', trigger: 'No beta by March', response: 'mitigate', mitigation: 'Weekly call', contingency: 'Ship the stub',
      mitigationTaskIds: ['Stub API' as TaskId], taskIds: ['Integrate' as TaskId], residualProbability: 2, residualImpact: 3,
      reviewOn: '2026-03-16' as never, status: 'mitigating',
      contingencyTasks: [{ key: 'k1', name: 'Rework', durationMinutes: 2 * 450, predecessorIds: ['Integrate' as TaskId], successorIds: ['Ship' as TaskId] }],
    },
  }, ctx()).plan;
}

/** The file's rows as Excel splits them (BOM, quotes and CRLF read as a spreadsheet reads them). */
function rowsOf(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = parseCsv(csv.slice(1), ',');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.rows.map((row) => [...row]);
}

describe('the risk register CSV', () => {
  it('names each column as the risk editor does, with its unit', () => {
    const [header] = rowsOf(exportRaidCsv(planWithRisk(), 'risks'));
    expect(header).toEqual([
      'ID', 'Title', 'Type', 'Category', 'Cause', 'Event', 'Effect', 'Affected tasks', 'Probability level (1–5)', 'Probability band',
      'Schedule impact level (1–5)', 'Cost impact level (1–5)', 'Scope/quality impact level (1–5)', 'Score (1–25)', 'Score trend',
      'Cost impact amount (EUR)', 'Schedule impact (working days)', 'Owner', 'Trigger', 'Response', 'Mitigation',
      'Mitigation tasks', 'Contingency', 'Contingency tasks', 'Contingency activated', 'Residual probability level (1–5)',
      'Residual impact level (1–5)', 'Residual score (1–25)', 'Status', 'Raised on', 'Review on',
    ]);
  });

  it('writes every field the register and editor show, in their words: the amount in the plan currency, the delay in working days, dates as ISO days', () => {
    const [header = [], row = []] = rowsOf(exportRaidCsv(planWithRisk(), 'risks'));
    expect(Object.fromEntries(header.map((name, k) => [name, row[k]]))).toEqual({
      'ID': 'R-001', 'Title': 'Vendor API late', 'Type': 'Threat', 'Category': 'vendor', 'Cause': 'One vendor engineer',
      'Event': 'API ships late', 'Effect': 'Integration slips', 'Affected tasks': 'Integrate', 'Probability level (1–5)': '3',
      'Probability band': 'Possible (30–50%)', 'Schedule impact level (1–5)': '4', 'Cost impact level (1–5)': '2',
      'Scope/quality impact level (1–5)': '1', 'Score (1–25)': '12', 'Score trend': 'Unchanged',
      'Cost impact amount (EUR)': '12500.5', 'Schedule impact (working days)': '5', 'Owner': 'Priya', 'Trigger': 'No beta by March',
      'Response': 'Mitigate', 'Mitigation': 'Weekly call', 'Mitigation tasks': 'Stub API (0% complete)', 'Contingency': 'Ship the stub',
      'Contingency tasks': 'Rework (2 working days, after Integrate, before Ship)', 'Contingency activated': 'No',
      'Residual probability level (1–5)': '2', 'Residual impact level (1–5)': '3', 'Residual score (1–25)': '6',
      'Status': 'Mitigating', 'Raised on': '2026-03-02', 'Review on': '2026-03-16',
    });
  });

  it('writes an opportunity and its response as the editor names them, and leaves unassessed residual levels empty', () => {
    const plan = runOk(addRisk, basePlan(), {
      id: 'r1' as RiskId, fields: { title: 'Vendor ships early', kind: 'opportunity', response: 'exploit', status: 'closed' },
    }, ctx()).plan;
    const [header = [], row = []] = rowsOf(exportRaidCsv(plan, 'risks'));
    const cells = Object.fromEntries(header.map((name, k) => [name, row[k]]));
    expect(cells).toMatchObject({
      'Type': 'Opportunity', 'Response': 'Exploit', 'Status': 'Closed', 'Affected tasks': '', 'Contingency tasks': '', 'Contingency activated': '',
      'Residual probability level (1–5)': '', 'Residual impact level (1–5)': '', 'Residual score (1–25)': '',
    });
  });

  it('leaves the amount and the delay empty on a risk that has none', () => {
    const plan = runOk(addRisk, basePlan(), { id: 'r1' as RiskId, fields: { title: 'Key person leaves' } }, ctx()).plan;
    const [header = [], row = []] = rowsOf(exportRaidCsv(plan, 'risks'));
    expect(row[header.indexOf('Cost impact amount (USD)')]).toBe('');
    expect(row[header.indexOf('Schedule impact (working days)')]).toBe('');
  });
});

/** A plan with tasks, a team member, a risk, and one issue, assumption and decision naming them. */
function planWithLogs(): Plan {
  let plan = runOk(addResource, chain(basePlan(), ['Integrate', 'Certify'], 480), { id: 'p1' as ResourceId, fields: { name: 'Priya Shah' } }, ctx()).plan;
  plan = runOk(addRisk, plan, { id: 'r1' as RiskId, fields: { title: 'Vendor API late', status: 'occurred' } }, ctx()).plan;
  plan = runOk(raiseIssue, plan, {
    fields: {
      title: 'Sandbox down', priority: 'high', status: 'in-progress', ownerId: 'p1' as ResourceId, dueOn: '2026-03-20' as LocalDate,
      rootCause: 'Expired certificate', resolution: 'Renew it', taskIds: ['Integrate' as TaskId, 'Certify' as TaskId], riskId: 'r1' as RiskId,
    },
  }, ctx()).plan;
  plan = runOk(addAssumption, plan, {
    fields: { statement: 'The vendor keeps its dates', ownerId: 'p1' as ResourceId, validateBy: '2026-04-01' as LocalDate, status: 'valid', riskId: 'r1' as RiskId },
  }, ctx()).plan;
  return runOk(addDecision, plan, {
    fields: { decision: 'Build against the stub', decidedBy: 'Steering group', rationale: 'Keeps the team busy', alternatives: 'Wait', riskIds: ['r1' as RiskId] },
  }, ctx()).plan;
}

const cellsOf = (csv: string): Record<string, string | undefined> => {
  const [header = [], row = []] = rowsOf(csv);
  return Object.fromEntries(header.map((name, k) => [name, row[k]]));
};

describe('the issues log CSV', () => {
  it('names its columns as the log does and writes priority and status as its pickers show them, the owner by name', () => {
    expect(rowsOf(exportRaidCsv(planWithLogs(), 'issues'))[0]).toEqual([
      'ID', 'Title', 'Priority', 'Status', 'Owner', 'Raised', 'Due', 'Root cause', 'Resolution', 'Tasks', 'From risk',
    ]);
    expect(cellsOf(exportRaidCsv(planWithLogs(), 'issues'))).toEqual({
      'ID': 'I-001', 'Title': 'Sandbox down', 'Priority': 'High', 'Status': 'In progress', 'Owner': 'Priya Shah', 'Raised': '2026-03-02',
      'Due': '2026-03-20', 'Root cause': 'Expired certificate', 'Resolution': 'Renew it', 'Tasks': 'Integrate; Certify', 'From risk': 'R-001',
    });
  });
});

describe('the assumptions CSV', () => {
  it('names its columns as the register does and writes the status as its picker shows it, the owner by name', () => {
    expect(rowsOf(exportRaidCsv(planWithLogs(), 'assumptions'))[0]).toEqual(['ID', 'Statement', 'Owner', 'Validate by', 'Status', 'Risk if false']);
    expect(cellsOf(exportRaidCsv(planWithLogs(), 'assumptions'))).toEqual({
      'ID': 'A-001', 'Statement': 'The vendor keeps its dates', 'Owner': 'Priya Shah', 'Validate by': '2026-04-01', 'Status': 'Valid',
      'Risk if false': 'R-001 Vendor API late',
    });
  });
});

describe('the decisions CSV', () => {
  it('names its columns as the register does, the date as an ISO day and its risks by code', () => {
    expect(rowsOf(exportRaidCsv(planWithLogs(), 'decisions'))[0]).toEqual([
      'ID', 'Decision', 'Date', 'Decided by', 'Rationale', 'Alternatives considered', 'Risks', 'Issues', 'Changes',
    ]);
    expect(cellsOf(exportRaidCsv(planWithLogs(), 'decisions'))).toEqual({
      'ID': 'D-001', 'Decision': 'Build against the stub', 'Date': '2026-03-02', 'Decided by': 'Steering group',
      'Rationale': 'Keeps the team busy', 'Alternatives considered': 'Wait', 'Risks': 'R-001', 'Issues': '', 'Changes': '',
    });
  });
});
