/**
 * The risk register's CSV as a person opening it in Excel reads it: each column named as the risk
 * editor names the field, with its unit (a 1–5 level, the plan's currency, working days), and
 * dates as ISO days a spreadsheet reads as dates.
 */
import { describe, expect, it } from 'vitest';
import { addRisk, type CommandContext } from '../../../../renderer/domain/commands';
import { parseCsv } from '../../../../renderer/domain/formats/csv/csv-parse';
import { sequentialIds, type Plan, type RiskId, type TaskId } from '../../../../renderer/domain/model';
import { exportRaidCsv } from '../../../../renderer/domain/raid';
import { runOk } from '../../../support/plan-builder';
import { basePlan, chain } from '../schedule/plan-kit';

const ctx = (): CommandContext => ({ newId: sequentialIds('n'), now: '2026-03-02T08:00:00.000Z' });

/** A plan in euros with 7.5-hour days, and one threat: 5 working days and €12,500 if it happens. */
function planWithRisk(): Plan {
  const tasks = chain(basePlan(), ['Integrate', 'Stub API'], 450);
  const plan = { ...tasks, project: { ...tasks.project, currency: 'EUR', minutesPerDay: 450 } };
  return runOk(addRisk, plan, {
    id: 'r1' as RiskId,
    fields: {
      title: 'Vendor API late', category: 'vendor', cause: 'One vendor engineer', event: 'API ships late', effect: 'Integration slips',
      probability: 3, impacts: { schedule: 4, cost: 2, scope: 1 }, costImpactAmount: 12500.5, scheduleImpactMinutes: 5 * 450,
      owner: 'Priya', trigger: 'No beta by March', response: 'mitigate', mitigation: 'Weekly call', contingency: 'Ship the stub',
      mitigationTaskIds: ['Stub API' as TaskId], taskIds: ['Integrate' as TaskId], residualProbability: 2, residualImpact: 3,
      reviewOn: '2026-03-16' as never,
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
      'ID', 'Title', 'Type', 'Category', 'Cause', 'Event', 'Effect', 'Probability level (1–5)', 'Probability band',
      'Schedule impact level (1–5)', 'Cost impact level (1–5)', 'Scope/quality impact level (1–5)', 'Score (1–25)',
      'Cost impact amount (EUR)', 'Schedule impact (working days)', 'Owner', 'Trigger', 'Response', 'Mitigation',
      'Mitigation tasks', 'Contingency', 'Residual score (1–25)', 'Status', 'Raised on', 'Review on',
    ]);
  });

  it('writes the amount in the plan currency, the delay in the plan\'s working days and the dates as ISO days', () => {
    const [header = [], row = []] = rowsOf(exportRaidCsv(planWithRisk(), 'risks'));
    expect(Object.fromEntries(header.map((name, k) => [name, row[k]]))).toEqual({
      'ID': 'R-001', 'Title': 'Vendor API late', 'Type': 'threat', 'Category': 'vendor', 'Cause': 'One vendor engineer',
      'Event': 'API ships late', 'Effect': 'Integration slips', 'Probability level (1–5)': '3', 'Probability band': 'Possible (30–50%)',
      'Schedule impact level (1–5)': '4', 'Cost impact level (1–5)': '2', 'Scope/quality impact level (1–5)': '1', 'Score (1–25)': '12',
      'Cost impact amount (EUR)': '12500.5', 'Schedule impact (working days)': '5', 'Owner': 'Priya', 'Trigger': 'No beta by March',
      'Response': 'mitigate', 'Mitigation': 'Weekly call', 'Mitigation tasks': 'Stub API', 'Contingency': 'Ship the stub',
      'Residual score (1–25)': '6', 'Status': 'open', 'Raised on': '2026-03-02', 'Review on': '2026-03-16',
    });
  });

  it('leaves the amount and the delay empty on a risk that has none', () => {
    const plan = runOk(addRisk, basePlan(), { id: 'r1' as RiskId, fields: { title: 'Key person leaves' } }, ctx()).plan;
    const [header = [], row = []] = rowsOf(exportRaidCsv(plan, 'risks'));
    expect(row[header.indexOf('Cost impact amount (USD)')]).toBe('');
    expect(row[header.indexOf('Schedule impact (working days)')]).toBe('');
  });
});
