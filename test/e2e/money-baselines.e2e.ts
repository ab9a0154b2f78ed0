/**
 * Baselines 0..10 from an EMPTY project built through the UI: the Baselines dialog opened from the
 * Cost view and from the Gantt toolbar saves the whole plan or the selected task (rolled up to its
 * summary), renames, clears, undoes, and all of it is there after a reload. Costs worked by hand:
 * Ana at 100/h; Design 2 days (16 h) = 1,600, Build 3 days (24 h) = 2,400, plan = 4,000; Build
 * stretched to 4 days (32 h) = 3,200, plan = 4,800.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, type AppHandle, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { GanttPage } from './pages/gantt-page';
import { staff, typeChain } from './pages/shared-projects';

const fixture = freshAppPerTest();
let handle: AppHandle;
let page: Page;
let app: AppPage;
let costs: CostsPage;
let gantt: GanttPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
  costs = new CostsPage(page);
  gantt = new GanttPage(page);
});

const amount = (text: string): number => Number(text.replace(/[^\d.-]/g, ''));

/** The view at 1024×768 and 1440×900, light and dark. */
const shots = (name: string): Promise<string[]> => screenshotsAtBothSizes(page, `money-${name}`);

describe('baselines 0..10 from an empty project', () => {
  it('saves, renames, saves the selected task with roll-up, clears, undoes, and keeps it all after reload', async () => {
    await typeChain(page, 'Baseline run', '2027-01-04', [['Design', '2d'], ['Build', '3d']]);
    await staff(page, 'Ana Lopez', 100, ['Design', 'Build']);
    for (const task of ['Design', 'Build']) await expect.poll(() => app.cell(task, 'assignees').textContent()).toBe('Ana');
    expect(await app.rowTexts(['name', 'duration'])).toEqual(['Design@0|2d', 'Build@0|3d']);

    // Cost view → Baselines…: nothing saved yet; save Baseline and Baseline 3 for the entire project.
    await app.openView('Costs');
    await costs.toolbar.getByRole('button', { name: 'Baselines…' }).click();
    const dialog = costs.baselinesDialog;
    await dialog.waitFor();
    expect(await costs.baselineRow('Baseline')).toEqual({ saved: '', tasks: '', cost: '' });
    await dialog.getByRole('button', { name: 'Save Baseline', exact: true }).click();
    await expect.poll(() => costs.baselineRow('Baseline').then((r) => amount(r.cost))).toBe(4000);
    expect((await costs.baselineRow('Baseline')).tasks).toBe('2');
    expect((await costs.baselineRow('Baseline')).saved).not.toBe('');
    const name = dialog.getByLabel('Name of Baseline', { exact: true });
    await name.fill('Signed off');
    await name.press('Enter');
    await dialog.getByRole('button', { name: 'Save Baseline 3', exact: true }).click();
    await expect.poll(() => costs.baselineRow('Baseline 3').then((r) => amount(r.cost))).toBe(4000);
    await shots('baselines-dialog');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => costs.toolbar.getByLabel('Cost baseline', { exact: true }).locator('option').allTextContents()).toEqual(['Signed off', 'Baseline 3']);

    // Build grows to 4 days (3,200); it is selected, and from the Gantt only it is saved into Baseline 3.
    await app.openView('Tasks');
    await app.editCell('Build', 'duration', '4d');
    await app.cell('Build', 'name').click();
    await app.openView('Gantt');
    await (await gantt.viewOptions()).getByRole('button', { name: 'Baselines…' }).click();
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: 'Selected tasks (1)' }).check();
    await dialog.getByRole('button', { name: 'Save Baseline 3', exact: true }).click();
    // Design 1,600 (kept) + Build 3,200 (saved again) = 4,800; Baseline is untouched at 4,000.
    await expect.poll(() => costs.baselineRow('Baseline 3').then((r) => amount(r.cost))).toBe(4800);
    expect(amount((await costs.baselineRow('Baseline')).cost)).toBe(4000);

    // Clear Build from Baseline 3: one task and 1,600 left; undo brings it back.
    await dialog.getByRole('button', { name: 'Clear Baseline 3', exact: true }).click();
    await expect.poll(() => costs.baselineRow('Baseline 3')).toMatchObject({ tasks: '1' });
    expect(amount((await costs.baselineRow('Baseline 3')).cost)).toBe(1600);
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await app.undo();
    await app.openView('Costs');
    await costs.toolbar.getByRole('button', { name: 'Baselines…' }).click();
    await expect.poll(() => costs.baselineRow('Baseline 3').then((r) => amount(r.cost))).toBe(4800);

    // Reload: names, costs and both baselines are still there.
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await app.waitSaved();
    await handle.reload();
    await app.openView('Costs');
    await costs.toolbar.getByRole('button', { name: 'Baselines…' }).click();
    await dialog.waitFor();
    expect(await dialog.getByLabel('Name of Baseline', { exact: true }).inputValue()).toBe('Signed off');
    expect(amount((await costs.baselineRow('Baseline')).cost)).toBe(4000);
    expect(amount((await costs.baselineRow('Baseline 3')).cost)).toBe(4800);
    expect(await costs.baselineRow('Baseline 10')).toEqual({ saved: '', tasks: '', cost: '' });
  });
});
