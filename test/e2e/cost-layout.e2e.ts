/**
 * The Cost view fits the windows a PM works in. From an EMPTY project typed by keyboard (four tasks,
 * their budgets and fixed costs in the thousands typed into the Cost table, a baseline saved, one
 * task's actual cost): at 1024x768 all twelve figures and the task are in view without scrolling
 * sideways (larger amounts still scroll, the Task column staying put), and at 1440x900 the Cost
 * settings toolbar is one line, its currency beside the amounts it names, before and after a baseline.
 * With every figure in the millions (reserves of 1,250,000 + 2,500,000), the project figures are
 * one line at 1440 and whole boxes on two at 1024, none cut off. With the status date today's
 * ("(today)" beside it), eight-digit amounts typed into the toolbar and an eight-digit risk
 * exposure, the toolbar is still one line at 1440 and wraps whole items at 1024, none cut off.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { lineTops } from './pages/bar-geometry';
import { CostsPage } from './pages/costs-page';
import { GanttPage } from './pages/gantt-page';
import { SettingsPage } from './pages/settings-page';
import { newProjectStarting } from './pages/shared-projects';

const fixture = freshAppPerTest();
let handle: AppHandle;
let page: Page;
let app: AppPage;
let costs: CostsPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
  costs = new CostsPage(page);
});

/** Task, duration, budget and fixed cost as a PM types them. */
const PLAN = [
  ['Discovery workshops', '5d', '1,800', '1,250'],
  ['Payment service build', '15d', '9,600', '8,425'],
  ['Security review', '4d', '1,400', '1,180'],
  ['Go-live', '1d', '650', '540'],
] as const;

describe('the Cost view at 1024 and 1440 px', () => {
  it('shows every column of a typed plan without sideways scrolling at 1024, and its toolbar on one line at 1440', async () => {
    await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
    await page.keyboard.press('Enter');
    await new SettingsPage(page).answerNewProject({ name: 'Payments portal', start: '2027-01-04' });
    await expect.poll(() => app.title.textContent()).toBe('Payments portal');
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    for (const [name] of PLAN) { await page.keyboard.type(name); await page.keyboard.press('Enter'); }
    await expect.poll(() => app.rowTexts(['name'])).toEqual(PLAN.map(([n]) => `${n}@0`));
    for (const [name, duration] of PLAN) await app.editCell(name, 'duration', duration);

    await app.openView('Costs');
    for (const [name, , budget, fixed] of PLAN) {
      await costs.typeAmount(`Budget of ${name}`, budget);
      await costs.typeAmount(`Fixed cost of ${name}`, fixed);
    }
    await costs.setProjectMoney('Project budget', 15000);
    await costs.setProjectMoney('Contingency reserve', 1200);
    await costs.setProjectMoney('Management reserve', 800);
    await expect.poll(() => costs.figure('Budget')).toMatch(/15,000/);
    // A new project's toolbar at 1440: the status date is today's (said beside it), no baseline yet.
    await expect.poll(() => lineTops(costs.toolbar), { message: 'toolbar lines at 1440 px' }).toHaveLength(1);
    expect(await costs.toolbar.getByText('(today)', { exact: true }).isVisible()).toBe(true);
    expect(await costs.toolbar.getByText('USD', { exact: true }).isVisible()).toBe(true);

    await app.openView('Gantt');
    const gantt = new GanttPage(page);
    await gantt.toolbar.getByRole('button', { name: /^(More|Save baseline)$/ }).first().waitFor();
    await (await gantt.viewOptions()).getByRole('button', { name: 'Save baseline' }).click();
    await expect.poll(() => page.getByTestId('baseline-bar').count()).toBeGreaterThan(0);
    // Discovery is done, the build a fifth through; Discovery cost a little more than its fixed cost.
    await app.openView('Tasks');
    await app.editCell('Discovery workshops', 'percent', '100');
    await app.editCell('Payment service build', 'percent', '20');
    await app.openView('Costs');
    await costs.setStatusDate('2027-01-13');
    await costs.typeAmount('Actual cost of Discovery workshops', '1,310');
    await expect.poll(() => costs.table.getByRole('row').filter({ hasText: 'Discovery workshops' }).innerText()).toMatch(/1,310/);

    // At 1024 every column is in view: nothing to scroll to, the last column (EAC) inside the frame.
    const scroller = page.locator('.cost-table-scroll');
    await page.setViewportSize({ width: 1024, height: 768 });
    const frame = await scroller.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, right: el.getBoundingClientRect().right }));
    expect(frame.scrollWidth, 'the Cost table\'s width at 1024 px').toBeLessThanOrEqual(frame.clientWidth);
    const eac = await costs.table.getByRole('columnheader', { name: 'EAC' }).boundingBox();
    expect((eac?.x ?? Infinity) + (eac?.width ?? 0)).toBeLessThanOrEqual(frame.right);
    expect(await costs.table.getByRole('row').filter({ hasText: 'Payment service build' }).innerText()).toMatch(/8,425/);
    // At 1440, with a baseline to measure against and a status date of its own, still one line.
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(await lineTops(costs.toolbar), 'toolbar lines at 1440 px').toHaveLength(1);
    expect(await scroller.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await screenshotsAtBothSizes(page, 'cost-layout');
  });

  it('keeps the project figures on one line at 1440 with seven-digit reserves, and wraps whole figures at 1024', async () => {
    await newProjectStarting(page, 'Data centre move', '2027-01-04');
    await app.typeTasks([['Site survey', '10d'], ['Migration', '40d']]);
    await app.openView('Costs');
    await costs.typeAmount('Fixed cost of Site survey', '1,480,000');
    await costs.typeAmount('Fixed cost of Migration', '7,925,000');
    // Every figure in the millions: a baseline to measure against and an actual cost.
    await app.openView('Gantt');
    const gantt = new GanttPage(page);
    await (await gantt.viewOptions()).getByRole('button', { name: 'Save baseline' }).click();
    await expect.poll(() => page.getByTestId('baseline-bar').count()).toBe(2);
    await page.locator('.notice').getByRole('button', { name: 'Dismiss' }).click();
    // The survey done by the status date: its fixed cost is spent.
    await app.openView('Tasks');
    await app.editCell('Site survey', 'percent', '100');
    await app.openView('Costs');
    await costs.setStatusDate('2027-01-29');
    await costs.setProjectMoney('Project budget', 12500000);
    await costs.setProjectMoney('Contingency reserve', 1250000);
    await costs.setProjectMoney('Management reserve', 2500000);
    await expect.poll(() => costs.figure('Reserves')).toMatch(/^\$1,250,000 \+ \$2,500,000$/);
    expect(await costs.figure('Baseline cost (BAC)')).toBe('$9,405,000');
    expect(await costs.figure('Actual cost (AC)')).toBe('$1,480,000');

    // Every figure whole: nothing cut off inside its box, and no box past the strip's right edge.
    const figureBoxes = (): Promise<{ name: string; top: number; right: number; isClipped: boolean }[]> => costs.summary.evaluate((dl) => {
      const edge = dl.getBoundingClientRect().right;
      return [...dl.children].map((item) => {
        const box = item.getBoundingClientRect();
        return { name: item.querySelector('dt')?.textContent ?? '', top: Math.round(box.top), right: box.right - edge, isClipped: item.scrollWidth > item.clientWidth };
      });
    });
    await expect.poll(async () => new Set((await figureBoxes()).map((f) => f.top)).size, { message: 'summary lines at 1440 px' }).toBe(1);
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(async () => new Set((await figureBoxes()).map((f) => f.top)).size, { message: 'summary lines at 1024 px' }).toBe(2);
    for (const figure of await figureBoxes()) {
      expect(figure.isClipped, `${figure.name} cut off at 1024 px`).toBe(false);
      expect(figure.right, `${figure.name} past the strip at 1024 px`).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshotsAtBothSizes(page, 'cost-layout-large-reserves');
  });

  it('keeps the Cost settings toolbar on one line at 1440 with "(today)", eight-digit amounts and the open threats\' exposure', async () => {
    await newProjectStarting(page, 'Data centre move', '2027-01-04');
    await app.typeTasks([['Site survey', '10d'], ['Migration', '40d']]);
    // An open threat likely to happen (probability 4) that would cost 20,000,000: an eight-digit exposure.
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Risks/ }).click();
    await page.getByRole('button', { name: 'Add risk with probability 4 and impact 5' }).click();
    const editor = page.getByRole('dialog', { name: /^Risk R-001/ });
    const impact = editor.getByLabel('Cost impact amount (USD)', { exact: true });
    await impact.focus();
    await page.keyboard.type('20,000,000');
    await page.keyboard.press('Tab');
    await expect.poll(() => impact.inputValue()).toBe('20000000');
    await editor.getByRole('button', { name: 'Done' }).click();
    await editor.waitFor({ state: 'detached' });
    await app.openView('Costs');
    await costs.typeAmount('Fixed cost of Migration', '9,925,000');
    await costs.setProjectMoney('Project budget', 12500000);
    await costs.setProjectMoney('Contingency reserve', 10500000);
    await costs.setProjectMoney('Management reserve', 12500000);
    await expect.poll(() => costs.figure('Reserves')).toMatch(/^\$10,500,000 \+ \$12,500,000$/);
    await expect.poll(() => costs.toolbar.locator('.cost-exposure').innerText().then((t) => t.replace(/\s+/g, ' '))).toMatch(/^Open threats' exposure \$\d{2},\d{3},\d{3}$/);
    expect(await costs.toolbar.getByText('(today)', { exact: true }).isVisible()).toBe(true);

    await expect.poll(() => lineTops(costs.toolbar), { message: 'toolbar lines at 1440 px' }).toHaveLength(1);
    // At 1024 whole items wrap: none cut off inside, none past the toolbar's right edge.
    await page.setViewportSize({ width: 1024, height: 768 });
    const items = await costs.toolbar.evaluate((bar) => {
      const edge = bar.getBoundingClientRect().right;
      return [...bar.children].filter((c) => c.getBoundingClientRect().width > 0)
        .map((c) => ({ text: (c.textContent ?? '').trim() || c.tagName, isClipped: c.scrollWidth > c.clientWidth + 1, right: c.getBoundingClientRect().right - edge }));
    });
    for (const item of items) {
      expect(item.isClipped, `${item.text} cut off at 1024 px`).toBe(false);
      expect(item.right, `${item.text} past the toolbar at 1024 px`).toBeLessThanOrEqual(0);
    }
    expect((await lineTops(costs.toolbar)).length, 'toolbar lines at 1024 px').toBeLessThanOrEqual(2);
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshotsAtBothSizes(page, 'cost-layout-toolbar-today-eight-digits');
  });
});
