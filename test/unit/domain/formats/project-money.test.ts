/** Exports name the project's budget and reserves they leave behind, with their amounts (a .plotline holds all three, MS Project XML the budget). */
import { describe, expect, it } from 'vitest';
import { notCarried } from '../../../../cli/plan-files';
import { notCarriedSentence, projectMoneyParts } from '../../../../renderer/domain/formats';
import type { Plan } from '../../../../renderer/domain/model';
import { blankPlan } from '../../../support/plan-builder';

function withMoney(plan: Plan, money: { budget?: number; contingencyReserve?: number; managementReserve?: number }): Plan {
  return { ...plan, project: { ...plan.project, ...money } };
}

describe('the project money an export leaves behind', () => {
  it('names the approved budget and each reserve set, with amounts, and nothing when none is set', () => {
    const plan = withMoney(blankPlan('Billing revamp'), { budget: 25000, contingencyReserve: 2000, managementReserve: 0 });
    expect(projectMoneyParts(plan, '.csv')).toEqual(['the approved budget ($25,000)', 'the contingency reserve ($2,000)']);
    expect(projectMoneyParts(blankPlan('Empty'), '.csv')).toEqual([]);
  });

  it('leaves the budget out of what MS Project XML leaves behind: it is written as MS Project keeps it (mspdi-budget.test.ts)', () => {
    const plan = withMoney(blankPlan('Billing revamp'), { budget: 25000, contingencyReserve: 2000 });
    expect(projectMoneyParts(plan, '.xml')).toEqual(['the contingency reserve ($2,000)']);
    expect(projectMoneyParts(withMoney(blankPlan('Billing revamp'), { budget: 25000 }), '.xml')).toEqual([]);
  });

  it('joins the RAID log and the money in one sentence of the export notice', () => {
    const plan = withMoney(blankPlan('Billing revamp'), { budget: 25000, managementReserve: 1500 });
    expect(notCarriedSentence(plan, '.xml', 'MS Project XML')).toBe(
      'Not written (MS Project XML has no place for them): the management reserve ($1,500).',
    );
    expect(notCarriedSentence(plan, '.gan', 'GanttProject')).toBe(
      'Not written (GanttProject has no place for them): the approved budget ($25,000), the management reserve ($1,500).',
    );
    expect(notCarriedSentence(blankPlan('Empty'), '.csv', 'a CSV table')).toBeNull();
  });

  it('is named by the command line for every format but .plotline', () => {
    const plan = withMoney(blankPlan('Billing revamp'), { budget: 25000 });
    for (const format of ['.gan', '.csv', '.xlsx', '.ics'] as const) {
      expect(notCarried(plan, format)).toContain(`not written to ${format}: the approved budget ($25,000).`);
    }
    expect(notCarried(plan, '.xml')).toEqual([]);
    expect(notCarried(plan, '.plotline')).toEqual([]);
  });
});
