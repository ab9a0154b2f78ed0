/**
 * Words and days the app shows read as the rest of the app writes them, never as they are stored.
 * From an empty project by keyboard: the Charter's assumptions and top risks name their statuses
 * as the RAID log does ("Unvalidated", "Open"; they showed "· unvalidated", "· open"), and the CSV
 * export notice writes the status date as the task table writes a day ("the status date
 * 2027-01-06" before), and issuing a status report says its date as the Issued reports list does
 * ("Status report of 2027-01-06 issued." before).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { CharterPage } from './pages/charter-page';
import { FilesPage } from './pages/files-page';
import { ReportsPage } from './pages/reports-page';
import { RisksPage } from './pages/risks-page';
import { SettingsPage } from './pages/settings-page';
import { newProjectStarting } from './pages/shared-projects';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
});

describe('words and days on screen', () => {
  it('the Charter names the RAID log’s statuses in the log’s words, also after a reload', async () => {
    await app.newEmptyProject('Payments platform migration');
    const risks = new RisksPage(app);
    await risks.open('Assumptions');
    await risks.addLine('New assumption', 'The card processor keeps its API until March');
    await risks.showTab('Risk register');
    await risks.addRiskByKeyboard('Processor contract renewal slips');
    await risks.closeEditorByKeyboard();
    await app.waitSaved();

    const charter = new CharterPage(page);
    const section = charter.section('Assumptions and top risks');
    const check = async (): Promise<void> => {
      await charter.open();
      await section.scrollIntoViewIfNeeded();
      const assumptions = await section.getByRole('group', { name: 'Assumptions' }).innerText();
      const topRisks = await section.getByRole('group', { name: 'Top risks' }).innerText();
      expect(assumptions).toMatch(/The card processor keeps its API until March · Unvalidated$/m);
      expect(topRisks).toMatch(/Processor contract renewal slips · score \d+ · Open$/m);
    };
    await check();
    await screenshotsAtBothSizes(page, 'charter-raid-words', async () => { await section.scrollIntoViewIfNeeded(); });
    await page.reload();
    await check();
  });

  it('the CSV export notice writes the status date as the task table writes a day', async () => {
    await newProjectStarting(page, 'Payments platform migration', '2027-01-04');
    await app.typeTasks([['Design', '5d']]);
    await app.showColumns(['Deadline']);
    await app.typeDown('Design', 'deadline', ['2027-01-06']);
    const settings = new SettingsPage(page);
    await settings.openSettingsByKeyboard();
    await settings.fill('Status date', '2027-01-06');
    await settings.saveSettings();
    const written = await app.cell('Design', 'deadline').innerText();
    expect(written).not.toBe('');

    await new FilesPage(page).exportAs(/CSV/);
    await app.expectNotice(`Not written (a CSV table has no place for them): the status date ${written} (the file is read back without one`);
    expect((await page.locator('.notice').allInnerTexts()).join(' ')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await screenshotsAtBothSizes(page, 'export-csv-status-date-notice');
  });

  it('issuing a status report names its date as the Issued reports list does', async () => {
    await newProjectStarting(page, 'Payments platform migration', '2027-01-04');
    await app.typeTasks([['Design', '5d']]);
    const reports = new ReportsPage(page);
    await reports.open();
    await reports.setStatusDate('2027-01-06');
    await reports.issueButton.focus();
    await page.keyboard.press('Enter');
    const listed = await reports.history.getByRole('listitem').first().locator('strong').innerText();
    expect(listed).toMatch(/Jan/);
    await app.expectNotice(`Status report of ${listed} issued.`);
    expect((await page.locator('.notice').allInnerTexts()).join(' ')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
