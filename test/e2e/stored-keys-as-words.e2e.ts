/**
 * Where a TPM reads a register's stored values, they read words: an empty project by keyboard
 * (Vendor onboarding, from Mon 4 Jan 2027, one task), an issue raised in the Issues log and the
 * plan saved; then the issue made High priority and In progress by keyboard. File → Compare with…
 * the saved copy lists the changes as "priority: High / Medium" and "status: In progress / Open"
 * (they were 'high', 'medium', 'in-progress', 'open', the plan file's keys). The status report's
 * open-issue line reads "(High priority)" and an issued report's dots are named "Schedule: …".
 * Screenshots light and dark at 1024×768 and 1440×900.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';
import { MergePage } from './pages/merge-page';
import { ReportsPage } from './pages/reports-page';
import { RisksPage, tableText } from './pages/risks-page';
import { newProjectStarting } from './pages/shared-projects';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let page: Page;
let app: AppPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
});

describe('stored keys read as words', () => {
  it('in the compare table, the status report’s issue line and the issued reports’ dots', async () => {
    const risks = new RisksPage(app);
    const files = new FilesPage(page);
    const merge = new MergePage(page);
    await newProjectStarting(page, 'Vendor onboarding', '2027-01-04');
    await app.typeTasks([['Design', '5d']]);
    await risks.open('Issues');
    await risks.addLine('New issue title', 'Vendor contract unsigned');
    await expect.poll(() => tableText(page.getByRole('table', { name: 'Issues' }))).toContain('Vendor contract unsigned');
    await app.waitSaved();
    const saved = await files.download(() => files.choose('Save as .plotline…'));

    await risks.pickByKeyboard(page.getByLabel('I-001 priority'), 'High');
    await risks.pickByKeyboard(page.getByLabel('I-001 status'), 'In progress');
    await expect.poll(() => risks.shownOption(page.getByLabel('I-001 status'))).toBe('In progress');
    await app.waitSaved();

    await merge.pick('Compare with…', 'before.plotline', saved.text);
    const compare = merge.dialog('Compare with “before.plotline”');
    const table = compare.getByRole('table', { name: 'Changes' });
    const rowOf = async (field: string): Promise<string[]> =>
      table.getByRole('row').filter({ has: page.getByRole('cell', { name: field, exact: true }) }).getByRole('cell').allInnerTexts();
    await expect.poll(() => rowOf('priority')).toEqual(['registers', "issue I-001 'Vendor contract unsigned'", 'priority', 'High', 'Medium', 'id']);
    expect(await rowOf('status')).toEqual(['registers', "issue I-001 'Vendor contract unsigned'", 'status', 'In progress', 'Open', 'id']);
    expect(await table.innerText()).not.toMatch(/in-progress|\bhigh\b|\bmedium\b/);
    await screenshotsAtBothSizes(page, 'stored-keys-compare-table');
    await compare.getByRole('button', { name: 'Close comparison' }).click();

    const reports = new ReportsPage(page);
    await reports.open();
    await reports.setStatusDate('2027-01-06');
    await reports.setAudience('Team report');
    await expect.poll(() => reports.text()).toContain('I-001 Vendor contract unsigned (High priority)');
    await reports.issue();
    const dot = reports.history.getByLabel(/^Schedule: /);
    await expect.poll(() => dot.count()).toBe(1);
    expect(await dot.getAttribute('title')).toMatch(/^Schedule: (Green|Amber|Red|Not measured)$/);
    expect(await reports.history.locator('[title^="schedule"]').count()).toBe(0);
    await screenshotsAtBothSizes(page, 'stored-keys-report-history');
  }, 90_000);
});
