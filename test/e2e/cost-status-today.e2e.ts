/**
 * The Cost view of a plan not yet started, with no status date set (the figures as of today), from
 * an EMPTY project typed by keyboard: two tasks priced by one person's rate and a baseline, the
 * project starting five weeks from today. The status date field shows today's date, marked
 * "(today)", and stores nothing until a date is chosen; a chosen date is cleared by keyboard (the
 * Clear button, or emptying the field) back to today's, after a reload too. The S-curve's time axis begins at the plan, not at today
 * weeks before it, and a note says the status date is before the plan begins. With eight-digit
 * amounts the project figures are one line at 1440 and even rows at 1024 (five and four, never
 * one box alone on a row), none cut off.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appNow, freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { GanttPage } from './pages/gantt-page';
import { SettingsPage } from './pages/settings-page';
import { newProjectStarting, staff } from './pages/shared-projects';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let costs: CostsPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  costs = new CostsPage(page);
});

const pad = (n: number): string => String(n).padStart(2, '0');
const dateText = (d: Date): string => `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
/** Today's date as the app reads it (YYYY-MM-DD): E2E_NOW's day when set. */
const today = (): string => dateText(appNow());
/** The first Monday at least five weeks after today. */
function mondayFiveWeeksOn(): string {
  const d = appNow();
  d.setDate(d.getDate() + 35);
  while (d.getDay() !== 1) d.setDate(d.getDate() + 1);
  return dateText(d);
}

/** A new project starting `start`: Design 2d and Build 3d of Ana at 100/h, with a baseline saved. */
async function pricedPlan(name: string, start: string): Promise<void> {
  await newProjectStarting(page, name, start);
  await app.typeTasks([['Design', '2d'], ['Build', '3d']]);
  await staff(page, 'Ana Lopez', 100, ['Design', 'Build']);
  await expect.poll(() => app.cell('Build', 'assignees').textContent()).toBe('Ana');
  await app.openView('Gantt');
  const gantt = new GanttPage(page);
  await gantt.toolbar.getByRole('button', { name: /^(More|Save baseline)$/ }).first().waitFor();
  await (await gantt.viewOptions()).getByRole('button', { name: 'Save baseline' }).click();
  await expect.poll(() => page.getByTestId('baseline-bar').count()).toBe(2);
  await page.locator('.notice').getByRole('button', { name: 'Dismiss' }).click();
  await app.openView('Costs');
}

describe('the Cost view of a plan starting weeks after today, no status date set', () => {
  it('shows today\'s date as the status date, marked (today), until one is set, and again once it is cleared by keyboard', async () => {
    await pricedPlan('Status today', mondayFiveWeeksOn());
    const field = costs.toolbar.getByLabel('Status date', { exact: true });
    const todayMark = costs.toolbar.getByText('(today)', { exact: true });
    const settings = new SettingsPage(page);
    /** The status date Project settings holds: empty when none is stored. */
    const storedStatusDate = async (): Promise<string> => {
      const dialog = await settings.openSettingsByKeyboard();
      const value = await dialog.getByLabel('Status date', { exact: true }).inputValue();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      return value;
    };
    expect(await field.inputValue()).toBe(today());
    expect(await todayMark.isVisible()).toBe(true);
    // Tabbing through the field leaves nothing stored: today's date is shown, not chosen.
    await field.focus();
    const focusedLabel = (): Promise<string | null | undefined> => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    /** Tabs out of the field and past its calendar button (the app's date field, as the dialogs' dates). */
    const tabOutOfField = async (): Promise<void> => {
      await page.keyboard.press('Tab');
      expect(await focusedLabel()).toBe('Open calendar');
      await page.keyboard.press('Tab');
    };
    await tabOutOfField();
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(false);
    expect(await storedStatusDate()).toBe('');
    expect(await field.inputValue()).toBe(today());

    // A chosen date replaces it; the Clear button beside it (the next Tab stop) goes back to today.
    await costs.setStatusDate('2027-01-05');
    await expect.poll(() => field.inputValue()).toBe('2027-01-05');
    expect(await todayMark.count()).toBe(0);
    await field.focus();
    await tabOutOfField();
    expect(await focusedLabel()).toBe('Clear status date');
    await page.keyboard.press('Enter');
    await expect.poll(() => field.inputValue()).toBe(today());
    expect(await todayMark.isVisible()).toBe(true);
    expect(await storedStatusDate()).toBe('');

    // Emptying the field clears a chosen date too, and an emptied field shows today's date again.
    await costs.setStatusDate('2027-01-05');
    await expect.poll(() => field.inputValue()).toBe('2027-01-05');
    await screenshotsAtBothSizes(page, 'cost-status-date-set');
    await field.fill('');
    await tabOutOfField();
    await expect.poll(() => field.inputValue()).toBe(today());
    await field.fill('');
    await tabOutOfField();
    expect(await field.inputValue()).toBe(today());
    expect(await todayMark.isVisible()).toBe(true);

    await page.reload();
    await app.openView('Costs');
    await expect.poll(() => field.inputValue()).toBe(today());
    expect(await storedStatusDate()).toBe('');
    await screenshotsAtBothSizes(page, 'cost-status-date-today');
  }, 120_000);

  it('draws the S-curve from the plan\'s start, not from today, and says the status date is before the plan', async () => {
    const start = mondayFiveWeeksOn();
    await pricedPlan('Later start', start);
    await costs.showChart('S-curve');
    const plot = costs.chart.locator('.uplot');
    await expect.poll(async () => (await plot.getAttribute('data-axis-from')) ?? '').not.toBe('');
    // The axis begins on the start's day (its first label is the start's date), not at today.
    const axisFrom = (await plot.getAttribute('data-axis-from')) ?? '';
    expect(axisFrom.slice(0, 10), `the axis's first day (today is ${today()})`).toBe(start);
    // Today's status line is off the chart, and the chart says why.
    expect(await plot.getAttribute('data-status-x')).toBe('');
    expect(await costs.chart.getByRole('note').filter({ hasText: 'is before the plan begins' }).innerText()).toMatch(/\(today\), is before the plan begins on .*: the chart starts at the plan\.$/);
    // The forecast still ends at the bottom-up EAC: 16 h + 24 h of Ana at 100/h.
    expect((await costs.valuesAtEnd())['Forecast']).toMatch(/^\$4,?000(\.00)?$/);
    await screenshotsAtBothSizes(page, 'cost-s-curve-today-before-start', async () => {
      await expect.poll(() => costs.legendFits()).toBe(true);
    });
  }, 120_000);

  it('lays the project figures out in even rows at 1024 and one line at 1440, eight-digit amounts whole', async () => {
    await pricedPlan('Data centre move', mondayFiveWeeksOn());
    const layout = (): Promise<{ rows: number[]; cut: string[] }> => costs.summaryLayout();
    // Four-digit amounts first: content-sized boxes left the last two (or CPI) on a row of their own.
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(async () => (await layout()).rows, { message: 'figures per row at 1024 px, four-digit amounts' }).toEqual([5, 4]);
    expect((await layout()).cut, 'figures cut off at 1024 px, four-digit amounts').toEqual([]);
    await page.setViewportSize({ width: 1440, height: 900 });

    await costs.typeAmount('Fixed cost of Build', '14,925,000');
    await costs.setProjectMoney('Project budget', 12500000);
    await costs.setProjectMoney('Contingency reserve', 10500000);
    await costs.setProjectMoney('Management reserve', 12500000);
    await expect.poll(() => costs.figure('Reserves')).toBe('$10,500,000 + $12,500,000');
    expect(await costs.figure('Cost as scheduled (bottom-up EAC)')).toBe('$14,929,000 over budget');

    await page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(async () => (await layout()).rows, { message: 'figures per row at 1024 px' }).toEqual([5, 4]);
    expect((await layout()).cut, 'figures cut off at 1024 px').toEqual([]);
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(async () => (await layout()).rows, { message: 'figures per row at 1440 px' }).toEqual([9]);
    expect((await layout()).cut, 'figures cut off at 1440 px').toEqual([]);
    await screenshotsAtBothSizes(page, 'cost-summary-eight-digits');
  }, 120_000);
});
