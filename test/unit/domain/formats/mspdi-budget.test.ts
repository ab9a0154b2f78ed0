/**
 * The project's approved budget in MS Project XML, kept as MS Project keeps it: budget cost
 * resources (IsBudget 1) assigned to the project summary task (UID 0), the amount on the
 * assignment's BudgetCost in hundredths. Written by the export, read back, and read from a file
 * shaped as MS Project 2016 writes one with two budget resources.
 */
import { describe, expect, it } from 'vitest';
import { exportMspdi, importMspdi } from '../../../../renderer/domain/formats/msproject';
import type { ImportedPlan } from '../../../../renderer/domain/formats/import-context';
import { sequentialIds, type Plan } from '../../../../renderer/domain/model';
import { samplePlan } from './sample-plan';

const NOW = '2026-03-01T12:00:00.000Z';

function load(text: string): ImportedPlan {
  const result = importMspdi(text, { newId: sequentialIds('b'), now: NOW });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The sample plan without its description (which writes the summary task too), with `budget`. */
const withBudget = (budget: number | undefined): Plan => {
  const plan = samplePlan();
  return { ...plan, project: { ...plan.project, description: '', budget } };
};

const resourceNames = (plan: Plan): string[] => Object.values(plan.resources).map((r) => r.name).sort();
const block = (xml: string, tag: string, containing: string): string =>
  [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1] ?? '').find((b) => b.includes(containing)) ?? '';

describe('the approved budget in MS Project XML', () => {
  it('is written as a budget cost resource on the project summary task, in XSD order, the amount in hundredths', () => {
    const xml = exportMspdi(withBudget(25_000.5), { now: NOW });
    // The summary task exists for the budget alone (the sample plan has no description), with no Notes.
    const summary = block(xml, 'Task', '<UID>0</UID>');
    expect(summary).toContain('<OutlineLevel>0</OutlineLevel>');
    expect(summary).not.toContain('<Notes>');
    const resource = block(xml, 'Resource', '<IsBudget>1</IsBudget>');
    expect(resource).toMatch(/<Name>Project budget<\/Name>\s*<Type>2<\/Type>[\s\S]*<IsCostResource>1<\/IsCostResource>\s*<IsBudget>1<\/IsBudget>/);
    const uid = /<UID>(\d+)<\/UID>/.exec(resource)?.[1];
    // After the people: their UIDs are those of an export without a budget.
    expect(Number(uid)).toBe(Object.keys(samplePlan().resources).length + 1);
    const assignment = block(xml, 'Assignment', `<ResourceUID>${String(uid)}</ResourceUID>`);
    expect(assignment).toMatch(/<TaskUID>0<\/TaskUID>[\s\S]*<BudgetCost>2500050<\/BudgetCost>/);
    // Every assignment UID is different.
    const uids = [...xml.matchAll(/<Assignment>\s*<UID>(\d+)<\/UID>/g)].map((m) => m[1]);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('reads back as the project budget, with the same team and assignments and no new warning', () => {
    const plan = withBudget(25_000.5);
    const back = load(exportMspdi(plan, { now: NOW }));
    expect(back.plan.project.budget).toBe(25_000.5);
    expect(resourceNames(back.plan)).toEqual(resourceNames(plan));
    expect(Object.keys(back.plan.assignments)).toHaveLength(Object.keys(plan.assignments).length);
    expect(back.warnings).toEqual(load(exportMspdi(withBudget(undefined), { now: NOW })).warnings);
    // A budget of nothing approved is a budget too (the Cost view shows USD 0, not "Not set").
    expect(load(exportMspdi(withBudget(0), { now: NOW })).plan.project.budget).toBe(0);
  });

  it('is absent from a plan without one: no budget resource and no summary task', () => {
    const xml = exportMspdi(withBudget(undefined), { now: NOW });
    expect(xml).not.toContain('<IsBudget>');
    expect(xml).not.toContain('<UID>0</UID>');
    expect(load(xml).plan.project.budget).toBeUndefined();
  });

  it('is the sum of an MS Project file\'s budget cost resources on the summary task; no budget resource joins the team', () => {
    const { plan, warnings } = load(MS_PROJECT_BUDGETS);
    // Capex 15,000.00 + Opex 5,000.00; the assignment of Capex to a task is not the project's budget.
    expect(plan.project.budget).toBe(20_000);
    expect(resourceNames(plan)).toEqual(['Ana Lopez', 'Cloud spend']);
    expect(Object.values(plan.assignments).map((a) => plan.resources[a.resourceId]?.name)).toEqual(['Ana Lopez']);
    expect(warnings).toContain("Budget resource 'Hours budget' holds a budget of work or units, not money: Plotline keeps the project's budget as an amount, so it was not imported.");
  });

  it('is not set by a budget resource with no budget cost on the summary task', () => {
    const text = MS_PROJECT_BUDGETS.replace(/<BudgetCost>\d+<\/BudgetCost>/g, '');
    expect(load(text).plan.project.budget).toBeUndefined();
  });
});

/** Shaped as MS Project 2016 writes budget resources (trimmed to the elements read). */
const MS_PROJECT_BUDGETS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <SaveVersion>14</SaveVersion><Name>Budgets.xml</Name><Title>Budgets</Title>
  <StartDate>2027-01-04T08:00:00</StartDate><CalendarUID>1</CalendarUID>
  <Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar></Calendar></Calendars>
  <Tasks>
    <Task><UID>0</UID><ID>0</ID><Name>Budgets</Name><OutlineLevel>0</OutlineLevel><Summary>1</Summary></Task>
    <Task><UID>1</UID><ID>1</ID><Name>Build</Name><OutlineLevel>1</OutlineLevel><Start>2027-01-04T08:00:00</Start><Duration>PT16H0M0S</Duration></Task>
  </Tasks>
  <Resources>
    <Resource><UID>0</UID><ID>0</ID><Type>1</Type><IsNull>0</IsNull></Resource>
    <Resource><UID>1</UID><ID>1</ID><Name>Ana Lopez</Name><Type>1</Type><IsNull>0</IsNull><MaxUnits>1.00</MaxUnits><StandardRate>100</StandardRate><IsBudget>0</IsBudget></Resource>
    <Resource><UID>2</UID><ID>2</ID><Name>Capex</Name><Type>2</Type><IsNull>0</IsNull><IsCostResource>1</IsCostResource><IsBudget>1</IsBudget></Resource>
    <Resource><UID>3</UID><ID>3</ID><Name>Opex</Name><Type>2</Type><IsNull>0</IsNull><IsCostResource>1</IsCostResource><IsBudget>1</IsBudget></Resource>
    <Resource><UID>4</UID><ID>4</ID><Name>Hours budget</Name><Type>1</Type><IsNull>0</IsNull><IsBudget>1</IsBudget></Resource>
    <Resource><UID>5</UID><ID>5</ID><Name>Cloud spend</Name><Type>2</Type><IsNull>0</IsNull><IsCostResource>1</IsCostResource><IsBudget>0</IsBudget></Resource>
  </Resources>
  <Assignments>
    <Assignment><UID>1</UID><TaskUID>1</TaskUID><ResourceUID>1</ResourceUID><Units>1</Units><Work>PT16H0M0S</Work><BudgetCost>0</BudgetCost></Assignment>
    <Assignment><UID>2</UID><TaskUID>0</TaskUID><ResourceUID>2</ResourceUID><Cost>0</Cost><Units>1</Units><BudgetCost>1500000</BudgetCost></Assignment>
    <Assignment><UID>3</UID><TaskUID>0</TaskUID><ResourceUID>3</ResourceUID><Cost>0</Cost><Units>1</Units><BudgetCost>500000</BudgetCost></Assignment>
    <Assignment><UID>4</UID><TaskUID>0</TaskUID><ResourceUID>4</ResourceUID><Units>1</Units><BudgetWork>PT80H0M0S</BudgetWork></Assignment>
    <Assignment><UID>5</UID><TaskUID>1</TaskUID><ResourceUID>2</ResourceUID><Units>1</Units><BudgetCost>900000</BudgetCost></Assignment>
  </Assignments>
</Project>
`;
