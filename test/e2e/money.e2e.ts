/**
 * Money from an EMPTY project built through the UI (issue 13): four linked tasks typed by keyboard,
 * two people with hourly rates assigned, a budget and reserves, a baseline, progress and an actual
 * cost, a status date, then forecast, CPI and SPI read off the Cost view and checked against
 * figures worked out by hand below; a rate change in Team → Rates… moves the forecast by the
 * hand-worked amount; a reload keeps every figure; the status report measures the forecasts against
 * the approved budget and names each by its method; the MS Project XML export carries the costs and
 * the budget (as MS Project keeps it: a budget resource on the project summary task), its notice
 * names the reserves it cannot hold, and the file opens back with the budget.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, type AppHandle, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { FilesPage } from './pages/files-page';
import { GanttPage } from './pages/gantt-page';
import { PhasesPage } from './pages/phases-page';
import { ReportsPage } from './pages/reports-page';
import { SettingsPage } from './pages/settings-page';
import { TeamPage } from './pages/team-page';
import { staff, typeChain } from './pages/shared-projects';

const fixture = freshAppPerTest();
let handle: AppHandle;
let page: Page;
let app: AppPage;
let costs: CostsPage;
let files: FilesPage;
let gantt: GanttPage;
let reports: ReportsPage;
let settings: SettingsPage;
let team: TeamPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
  costs = new CostsPage(page);
  files = new FilesPage(page);
  gantt = new GanttPage(page);
  reports = new ReportsPage(page);
  settings = new SettingsPage(page);
  team = new TeamPage(page);
});

/**
 * [name, duration, predecessors]; the project starts Monday 2027-01-04 on the standard calendar
 * (8 h a day, Monday to Friday), so, finish to start:
 *   Design  Mon 4 – Tue 5 Jan  (16 h)   Ana at 100/h → 1,600
 *   Build   Wed 6 – Fri 8 Jan  (24 h)   Ana at 100/h → 2,400
 *   Test    Mon 11 – Tue 12 Jan (16 h)  Raj at  50/h →   800
 *   Launch  Wed 13 Jan          (8 h)   Raj at  50/h →   400
 * Baseline cost (BAC) = 1,600 + 2,400 + 800 + 400 = 5,200.
 */
const PLAN: readonly (readonly [string, string, string])[] = [
  ['Design', '2d', ''], ['Build', '3d', '1'], ['Test', '2d', '2'], ['Launch', '1d', '3'],
];
const ASSIGN: readonly (readonly [string, string])[] = [['Design', 'Ana Lopez'], ['Build', 'Ana Lopez'], ['Test', 'Raj Patel'], ['Launch', 'Raj Patel']];

/** The Cost summary's name for actual + remaining, the report's and the exports' too (report/cost-forecast.ts). */
const AS_SCHEDULED = 'Cost as scheduled (bottom-up EAC)';

/** Digits of a money figure as shown ("$5,700" → 5700), so the test does not depend on the locale's grouping. */
const amount = (text: string): number => Number(text.replace(/[^\d.-]/g, ''));

/** The view at 1024×768 and 1440×900, light and dark. */
const shots = (name: string): Promise<string[]> => screenshotsAtBothSizes(page, `money-${name}`);

async function figures(): Promise<{ forecast: number; cpi: string; spi: string; bac: number; actual: number }> {
  return {
    forecast: amount(await costs.figure(AS_SCHEDULED)),
    cpi: await costs.figure('CPI'),
    spi: await costs.figure('SPI'),
    bac: amount(await costs.figure('Baseline cost (BAC)')),
    actual: amount(await costs.figure('Actual cost (AC)')),
  };
}

describe('money: budget, baseline, actuals and earned value from an empty project', () => {
  it('prices a keyboard-built plan, measures it at a status date, follows a rate change, and keeps it through reload and MS Project XML', async () => {
    await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
    await page.keyboard.press('Enter');
    await settings.answerNewProject({ name: 'Money run', start: '2027-01-04' });
    await expect.poll(() => app.title.textContent()).toBe('Money run');

    // Names typed down the empty entry row, then durations and predecessors straight onto the cells.
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    for (const [name] of PLAN) { await page.keyboard.type(name); await page.keyboard.press('Enter'); }
    await expect.poll(() => app.rowTexts(['name'])).toEqual(PLAN.map(([n]) => `${n}@0`));
    for (const [name, duration, predecessors] of PLAN) {
      await app.editCell(name, 'duration', duration);
      if (predecessors !== '') await app.editCell(name, 'predecessors', predecessors);
    }
    await expect.poll(() => app.cell('Launch', 'predecessors').textContent()).toBe('3');

    // Two people with hourly rates; Ana is a work resource (the Team view's type select says so).
    await app.openView('Team');
    await team.addPerson('Ana Lopez', 100);
    await team.addPerson('Raj Patel', 50);
    expect(await page.getByLabel('Type of Ana Lopez', { exact: true }).inputValue()).toBe('work');
    await app.openView('Tasks');
    for (const [task, person] of ASSIGN) {
      await app.assign(task, person);
    }
    await expect.poll(() => app.cell('Launch', 'assignees').textContent()).toBe('Raj');

    // Budget and reserves in the Cost toolbar. Before any progress the forecast is the plan: 5,200.
    await app.openView('Costs');
    await costs.setProjectMoney('Project budget', 6000);
    await costs.setProjectMoney('Contingency reserve', 500);
    await costs.setProjectMoney('Management reserve', 300);
    await expect.poll(() => costs.figure('Budget')).toMatch(/6,?000/);
    expect(amount(await costs.figure(AS_SCHEDULED))).toBe(5200);
    expect(await costs.figure('Reserves')).toMatch(/500.*\+.*300/);

    // Baseline from the Gantt toolbar (or its More popover when narrow).
    await app.openView('Gantt');
    // The toolbar decides after its first layout whether Save baseline fits or goes into More.
    await gantt.toolbar.getByRole('button', { name: /^(More|Save baseline)$/ }).first().waitFor();
    await (await gantt.viewOptions()).getByRole('button', { name: 'Save baseline' }).click();
    await expect.poll(() => page.getByTestId('baseline-bar').count()).toBeGreaterThan(0);

    // Progress: Design done, Build half done; Design actually cost 2,100 (typed in the Cost table).
    await app.openView('Tasks');
    await app.editCell('Design', 'percent', '100');
    await app.editCell('Build', 'percent', '50');
    await app.openView('Costs');
    await costs.setActualCost('Design', 2100);
    await costs.setStatusDate('2027-01-06');

    // At the end of Wed 6 Jan, by hand:
    //   PV  = Design's 1,600 (all due) + Build's 2,400 x 1/3 (day 1 of 3)           = 1,600 + 800   = 2,400
    //   EV  = 1,600 x 100 % + 2,400 x 50 %                                            = 1,600 + 1,200 = 2,800
    //   AC  = 2,100 (typed) + Build's actual work 12 h x 100 (follows work x rate)    = 2,100 + 1,200 = 3,300
    //   CPI = EV / AC = 2,800 / 3,300 = 0.848… → 0.85;  SPI = EV / PV = 2,800 / 2,400 = 1.166… → 1.17
    //   Forecast = actual + remaining = 2,100 + (1,200 + 1,200) + 800 + 400 = 5,700 (under the 6,000 budget)
    //   EAC (CPI method) = BAC / CPI = 5,200 x 3,300 / 2,800 = 6,128.6 (over the 6,000 budget)
    await expect.poll(() => costs.figure('CPI')).toBe('0.85');
    const measured = await figures();
    expect(measured).toEqual({ forecast: 5700, cpi: '0.85', spi: '1.17', bac: 5200, actual: 3300 });
    // One flag, on the forecast that is over: the CPI method's, not the plan as scheduled.
    expect(await costs.summary.getByText('over budget', { exact: true }).count()).toBe(1);
    expect(await costs.figure('EAC (CPI method)')).toMatch(/^\D*6,?129 over budget$/);
    expect(await costs.figure(AS_SCHEDULED)).not.toMatch(/over budget/);

    // The S-curve is drawn, and the cash-flow tabs switch.
    await costs.showChart('S-curve');
    await expect.poll(async () => (await costs.canvasSize()).width).toBeGreaterThan(0);
    expect((await costs.canvasSize()).height).toBeGreaterThan(0);
    // At both sizes the chart takes the room the four-task table leaves, with its legend in view.
    const heights: number[] = [];
    await screenshotsAtBothSizes(page, 'money-s-curve', async () => {
      await expect.poll(() => costs.legendFits()).toBe(true);
      heights.push((await costs.canvasSize()).height);
    });
    expect(Math.min(...heights)).toBeGreaterThan(200);
    for (const tab of ['Cash flow by phase', 'Cash flow by person'] as const) {
      await costs.showChart(tab);
      await expect.poll(() => costs.chart.getByRole('tab', { name: tab }).getAttribute('aria-selected')).toBe('true');
      await expect.poll(() => costs.chart.getByRole('img', { name: new RegExp(`^${tab} of Money run$`) }).count()).toBe(1);
    }
    await shots('cash-flow');

    // Raj's rate rises to 80/h from Tue 12 Jan (Team → Rates…). By hand:
    //   Test  = Mon 11 at 50 (8 h = 400) + Tue 12 at 80 (8 h = 640) = 1,040 (was 800, +240)
    //   Launch = Wed 13 at 80 (8 h)                                  =   640 (was 400, +240)
    //   Forecast = 5,700 + 480 = 6,180: now over the 6,000 budget. BAC, CPI and SPI do not move
    //   (the baseline and the work done so far are unchanged).
    await app.openView('Team');
    await page.getByRole('button', { name: 'Rates of Raj Patel', exact: true }).click();
    await costs.ratesDialog.waitFor();
    await costs.ratesDialog.getByRole('button', { name: 'Add rate change' }).click();
    await costs.ratesDialog.getByLabel('Rate 1 from', { exact: true }).fill('2027-01-12');
    await costs.ratesDialog.getByLabel('Rate 1', { exact: true }).fill('80');
    await shots('rates-dialog');
    await costs.ratesDialog.getByRole('button', { name: 'OK', exact: true }).click();
    await costs.ratesDialog.waitFor({ state: 'detached' });
    await app.openView('Costs');
    await expect.poll(() => costs.figure(AS_SCHEDULED).then(amount)).toBe(6180);
    const afterRate = await figures();
    expect(afterRate.forecast - measured.forecast).toBe(480);
    expect(afterRate).toEqual({ forecast: 6180, cpi: '0.85', spi: '1.17', bac: 5200, actual: 3300 });
    expect(await costs.figure(AS_SCHEDULED)).toMatch(/over budget/);

    // Reload: the same figures, the same status date and budget.
    await app.waitSaved();
    await handle.reload();
    await app.openView('Costs');
    await expect.poll(() => costs.figure('CPI')).toBe('0.85');
    expect(await figures()).toEqual(afterRate);
    expect(await costs.toolbar.getByLabel('Status date', { exact: true }).inputValue()).toBe('2027-01-06');
    expect(await costs.toolbar.getByLabel('Project budget', { exact: true }).inputValue()).toBe('6000');

    // The task table's Work and Cost columns (hidden by default, when the rows are not priced),
    // shown: the same hand-worked prices, Test 1,040 and Launch 640 (8 h at Raj's new 80/h).
    await app.openView('Tasks');
    await app.showColumns(['Work', 'Cost']);
    await expect.poll(() => app.cell('Launch', 'cost').textContent()).toMatch(/^\D*640(\.00)?$/);
    expect(await app.cell('Test', 'cost').textContent()).toMatch(/^\D*1,040(\.00)?$/);
    expect(await app.cell('Launch', 'work').textContent()).toBe('8h');

    // The status report at the same status date, by hand (EV 2,800, AC 3,300, BAC 5,200, budget 6,000):
    //   EAC (CPI method) = BAC / CPI = 5,200 x 3,300 / 2,800 = 6,128.6 → 6,129:
    //     129 over the approved budget (2.1 % of 6,000), 929 over the baseline cost;
    //   cost as scheduled = 6,180: 180 over the approved budget, 980 over the baseline cost.
    // "Over budget" is against the approved budget; the baseline cost is named when it is the measure.
    await app.openView('Costs');
    await expect.poll(() => costs.figure('EAC (CPI method)')).toMatch(/6,?129/);
    await reports.open();
    await reports.setStatusDate('2027-01-06');
    await expect.poll(() => reports.text()).toContain('Approved budget: $6,000.');
    const report = await reports.text();
    expect(report).toContain('Baseline cost (BAC): $5,200.');
    expect(report).toContain('Forecast cost at completion, EAC (CPI method): $6,129, $129 over the approved budget ($929 over the baseline cost).');
    expect(report).toContain('Cost as scheduled (bottom-up EAC): $6,180, $180 over the approved budget ($980 over the baseline cost).');
    expect(report).toMatch(/CPI 0\.85, EAC \(CPI method\) 2\.1% over the approved budget/);
    // The new project's five default phases hold no task, so there is no "Progress by phase" at 0 %.
    expect(report).not.toContain('Progress by phase');
    await screenshotsAtBothSizes(page, 'money-report-rag');
    await screenshotsAtBothSizes(page, 'money-report-budget', () => reports.page.frameLocator('iframe[title="Status report"]').getByText('Spent so far:').scrollIntoViewIfNeeded());
    // The RAG rules say what the cost percentages are measured against.
    await reports.toolbar.getByRole('button', { name: 'RAG rules…' }).click();
    const rules = page.getByRole('dialog', { name: 'RAG rules' });
    await expect.poll(() => rules.innerText()).toContain('With no approved budget set, it is measured against the baseline cost (BAC).');
    expect(await rules.getByLabel('Cost amber: forecast over the approved budget by more than (%)').inputValue()).toBe('5');
    await screenshotsAtBothSizes(page, 'money-rag-rules');
    await rules.getByRole('button', { name: 'Cancel', exact: true }).click();
    await rules.waitFor({ state: 'detached' });
    await app.openView('Costs');
    await shots('summary-names');

    // MS Project XML: every task carries its baseline <Cost> (the hand-worked prices above).
    const xml = await files.exportAs(/Microsoft Project XML/);
    // MSPDI has no reserves: the notice names them with their amounts. The budget is written.
    await app.expectNotice(/Not written \(MS Project XML has no place for them\): the contingency reserve \(\$500\), the management reserve \(\$300\)\./);
    // As MS Project keeps a budget: a budget cost resource on the project summary task, in hundredths.
    const budgetResource = /<Resource>\s*<UID>(\d+)<\/UID>(?:(?!<\/Resource>)[\s\S])*<IsBudget>1<\/IsBudget>/.exec(xml.text);
    expect(budgetResource).not.toBeNull();
    expect(xml.text).toMatch(new RegExp(`<TaskUID>0</TaskUID>\\s*<ResourceUID>${budgetResource?.[1] ?? ''}</ResourceUID>[\\s\\S]*?<BudgetCost>600000</BudgetCost>`));
    const taskBlocks = [...xml.text.matchAll(/<Task>([\s\S]*?)<\/Task>/g)].map((m) => m[1] ?? '');
    const baselineCost = (name: string): number | null => {
      const block = taskBlocks.find((b) => b.includes(`<Name>${name}</Name>`));
      const cost = block?.match(/<Baseline>[\s\S]*?<Cost>([\d.]+)<\/Cost>[\s\S]*?<\/Baseline>/);
      // MSPDI stores currency in hundredths (MS Project: <Cost>160000</Cost> is 1,600.00).
      return cost ? Number(cost[1]) / 100 : null;
    };
    expect(PLAN.map(([name]) => baselineCost(name))).toEqual([1600, 2400, 800, 400]);

    // Opened as a person opens a colleague's MS Project file: the budget is there, and no one named "Project budget" joined the team.
    await files.open(xml.name, xml.text);
    const summary = files.dialog(`Open “${xml.name}”`);
    await summary.waitFor();
    await summary.getByRole('button', { name: 'Open as new project' }).click();
    await summary.waitFor({ state: 'detached' });
    await app.openView('Costs');
    await expect.poll(() => costs.toolbar.getByLabel('Project budget', { exact: true }).inputValue()).toBe('6000');
    await app.openView('Team');
    await expect.poll(() => team.names()).toEqual(['Ana Lopez', 'Raj Patel']);
  });
});

describe('monthly cash flow', () => {
  it('draws each month\'s bar as tall as its amount, from zero, under its month and year, in phases named as the project names them', async () => {
    // Design Thu 28 - Fri 29 Jan 2027 (16 h) and Build Mon 1 - Wed 3 Feb (24 h), Ana at 100/h:
    // January 1,600 and February 2,400, so January's bar is 2/3 as tall as February's.
    await typeChain(page, 'Two months', '2027-01-28', [['Design', '2d'], ['Build', '3d']]);
    await staff(page, 'Ana Lopez', 100, ['Design', 'Build']);
    await app.openView('Costs');
    await expect.poll(() => costs.figure(AS_SCHEDULED)).toMatch(/^\$4,?000(\.00)?$/);

    await costs.showChart('Cash flow by phase');
    // Neither task is in a phase yet: one series, its bars in its legend colour.
    await expect.poll(() => costs.legendLabels()).toEqual(['(no phase)']);
    await expect.poll(async () => (await costs.barHeights('(no phase)')).length).toBe(2);
    const [january = 0, february = 1] = await costs.barHeights('(no phase)');
    expect(january / february).toBeCloseTo(1600 / 2400, 1);
    // Its months name their year in full ("Jan 2027", "Feb"), as the chart's axis does: "Jan 27" read as a day.
    const svg = (await files.download(() => costs.chart.getByRole('button', { name: 'Export SVG' }).click())).text;
    const months = [...svg.matchAll(/class="x-label"[^>]*>([^<]*)</g)].map((m) => m[1] ?? '');
    expect(months).toEqual([expect.stringContaining('2027'), expect.not.stringMatching(/\d/)]);

    // Design in Planning and Build in a phase the project added (Hypercare): the legend names each
    // phase as the Phases view does, not by its stored key ('planning') or as '(no phase)'.
    const phases = new PhasesPage(page);
    await phases.open();
    await page.getByLabel('New phase').fill('Hypercare');
    await page.getByLabel('New phase').press('Enter');
    await phases.phase('Hypercare').waitFor();
    await app.openView('Tasks');
    await app.showColumns(['Phase']);
    for (const [task, phase] of [['Design', 'Planning'], ['Build', 'Hypercare']] as const) {
      await app.cell(task, 'phase').click();
      await page.keyboard.press('Enter');
      const select = app.grid.locator('select.cell-input');
      await select.selectOption({ label: phase });
      await select.press('Enter');
    }
    await expect.poll(() => app.cell('Build', 'phase').textContent()).toBe('Hypercare');
    await app.openView('Costs');
    await costs.showChart('Cash flow by phase');
    const legend = (): Promise<string[]> => costs.chart.locator('.u-legend .u-series .u-label').allTextContents();
    await expect.poll(legend).toEqual(expect.arrayContaining(['Planning', 'Hypercare']));
    expect(await legend()).not.toContain('(no phase)');
    const phaseSvg = (await files.download(() => costs.chart.getByRole('button', { name: 'Export SVG' }).click())).text;
    expect([...phaseSvg.matchAll(/class="legend"[^>]*>([^<]*)</g)].map((m) => m[1]).sort()).toEqual(['Hypercare', 'Planning']);
    await shots('cash-flow-from-zero');
  }, 120_000);

  it('stacks the phases in the order the Phases view lists them, each in its colour there, and draws nothing of a phase in a month it spends nothing', async () => {
    // Specify Thu 28 - Fri 29 Jan 2027 and Construct Mon 1 - Wed 3 Feb, Ana at 100/h: 1,600 in
    // January, 2,400 in February. Analysis comes before Build in the lifecycle (and the alphabet).
    await typeChain(page, 'Two phases', '2027-01-28', [['Specify', '2d'], ['Construct', '3d']]);
    await staff(page, 'Ana Lopez', 100, ['Specify', 'Construct']);
    const phases = new PhasesPage(page);
    await phases.open();
    for (const name of ['Analysis', 'Build']) {
      await page.getByLabel('New phase').focus();
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
      await phases.phase(name).waitFor();
    }
    // After the five standard phases a new project has; those have no tasks, so no money.
    expect(await phases.names()).toEqual(['Initiation', 'Planning', 'Execution', 'Monitoring & control', 'Closure', 'Analysis', 'Build']);
    const cardColour = (name: string): Promise<string> => phases.phase(name).evaluate((el) => getComputedStyle(el).borderLeftColor);
    const colours = { Analysis: await cardColour('Analysis'), Build: await cardColour('Build') };

    await app.openView('Tasks');
    await app.showColumns(['Phase']);
    for (const [task, phase] of [['Specify', 'Analysis'], ['Construct', 'Build']] as const) {
      await app.cell(task, 'phase').click();
      await page.keyboard.press('Enter');
      const select = app.grid.locator('select.cell-input');
      await select.selectOption({ label: phase });
      await select.press('Enter');
    }
    await expect.poll(() => app.cell('Construct', 'phase').textContent()).toBe('Build');

    await app.openView('Costs');
    await costs.showChart('Cash flow by phase');
    await expect.poll(() => costs.legendLabels()).toEqual(['Analysis', 'Build']);
    expect(await costs.legendColour('Analysis')).toBe(colours.Analysis);
    expect(await costs.legendColour('Build')).toBe(colours.Build);
    // Analysis spends only in January and Build only in February: one bar each, nothing in the other month.
    await expect.poll(async () => (await costs.barHeights('Analysis')).length).toBe(1);
    expect(await costs.barHeights('Build')).toHaveLength(1);
    const svg = (await files.download(() => costs.chart.getByRole('button', { name: 'Export SVG' }).click())).text;
    expect([...svg.matchAll(/class="legend"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['Analysis', 'Build']);
    await shots('cash-flow-phase-order');
  }, 120_000);
});

describe('the S-curve before a baseline is saved', () => {
  it('draws no BAC at $0 and no planned or earned value, says they come with a baseline, and draws the budget', async () => {
    const NOTE = 'Planned value (PV), earned value (EV) and the BAC line appear once a baseline is saved (Save baseline in the Gantt, or Baselines…).';
    const legend = (): Promise<string> => costs.chart.locator('.u-legend').innerText();
    const exportedSvg = async (): Promise<string> => (await files.download(() => costs.chart.getByRole('button', { name: 'Export SVG' }).click())).text;
    await app.newEmptyProject('Budget only');
    await app.typeTasks([['Design', '2d'], ['Build', '3d']]);
    await staff(page, 'Ana Lopez', 100, ['Design', 'Build']);
    await expect.poll(() => app.cell('Build', 'assignees').textContent()).toBe('Ana');

    // Design 16 h + Build 24 h at 100/h: 4,000 as scheduled, against a 9,000 budget.
    await app.openView('Costs');
    await costs.setProjectMoney('Project budget', 9000);
    await costs.showChart('S-curve');
    await expect.poll(legend).toContain('Actual cost (AC)');
    expect(await legend()).not.toMatch(/Planned value|Earned value/);
    // The legend's first entry names the day pointed at, as the app writes dates; uPlot's own read "Time: --".
    expect(await legend()).toMatch(/^Day\s*–/);
    const plot = costs.chart.locator('.u-over');
    const box = await plot.boundingBox();
    if (!box) throw new Error('no S-curve plot to point at');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // The day as the app writes it, with the time of day for a point off midnight (the plan starts at 9:00).
    await expect.poll(legend).toMatch(/^Day\s*\w{3}, \w{3} \d{1,2}, \d{2}(, \d{1,2}:\d{2}\s?[AP]M)?\s*Actual cost/);
    expect(await costs.chart.getByRole('note').innerText()).toBe(NOTE);
    const before = await exportedSvg();
    expect(before).toMatch(/Budget \$9,?000/);
    expect(before).toMatch(/EAC \(bottom-up\) \$4,?000/);
    expect(before).not.toMatch(/BAC|Planned value/);
    await shots('s-curve-no-baseline');

    await app.openView('Gantt');
    await (await gantt.viewOptions()).getByRole('button', { name: 'Save baseline' }).click();
    await expect.poll(() => page.getByTestId('baseline-bar').count()).toBe(2);
    await page.locator('.notice').getByRole('button', { name: 'Dismiss' }).click();
    await app.openView('Costs');
    await expect.poll(legend).toContain('Planned value (PV)');
    expect(await costs.chart.getByRole('note').count()).toBe(0);
    const after = await exportedSvg();
    expect(after).toMatch(/BAC \$4,?000/);
    expect(after).toMatch(/Budget \$9,?000/);
    await shots('s-curve-baselined-budget');
  }, 120_000);
});
