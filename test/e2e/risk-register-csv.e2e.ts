/**
 * The risk register's CSV as a person opening it in Excel reads it: from an EMPTY project built by
 * keyboard (in euros, with 7.5-hour days), a risk typed in the risk editor is exported after a
 * reload; each column is named as the editor names its field, with its unit ("Probability level
 * (1–5)", "Schedule impact level (1–5)", "Cost impact amount (EUR)", "Schedule impact (working
 * days)"), and holds what was typed: 5 working days (not 2250 minutes), 12000, the review day as
 * an ISO date. The file had "Probability", "Schedule impact", "Cost impact amount" and "Schedule
 * impact (working minutes)".
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { RisksPage } from './pages/risks-page';
import { SettingsPage } from './pages/settings-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let page: Page;
let app: AppPage;
let risks: RisksPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  risks = new RisksPage(app);
});

describe('the risk register CSV', () => {
  it('names its columns as the risk editor does, with units, and holds what was typed', async () => {
    await app.newEmptyProject('Vendor integration');
    const settings = new SettingsPage(page);
    const dialog = await settings.openSettingsByKeyboard();
    await dialog.getByLabel('Currency', { exact: true }).selectOption('EUR');
    await settings.fill('Hours per day', '7.5');
    await settings.saveSettings();
    await app.typeTasks([['Integrate vendor API', '5d']]);
    await app.openView('Risks');

    const editor = await risks.addRiskByKeyboard('Vendor API late');
    await editor.getByLabel('Probability', { exact: true }).selectOption('4');
    await editor.getByLabel('Schedule impact level (1–5)', { exact: true }).selectOption('4');
    await risks.typeField('Cost impact amount (EUR)', '12,000');
    await risks.typeField('Schedule impact (working days)', '5');
    await risks.typeField('Review on', '2027-01-15');
    expect(await editor.getByText('Cost impact amount (EUR)', { exact: true }).count()).toBe(1);
    await screenshotsAtBothSizes(page, 'risk-register-csv-editor');
    await editor.getByRole('button', { name: 'Done' }).press('Enter');
    await editor.waitFor({ state: 'detached' });
    await app.waitSaved();

    await fixture.handle.reload();
    await app.openView('Risks');
    await risks.register.getByRole('button', { name: 'Vendor API late', exact: true }).waitFor();
    await screenshotsAtBothSizes(page, 'risk-register-csv-register');
    const csv = await risks.exportRegisterCsv();
    expect(csv.name).toBe('Vendor integration risks.csv');
    expect(csv.header).toEqual([
      'ID', 'Title', 'Type', 'Category', 'Cause', 'Event', 'Effect', 'Affected tasks', 'Probability level (1–5)', 'Probability band',
      'Schedule impact level (1–5)', 'Cost impact level (1–5)', 'Scope/quality impact level (1–5)', 'Score (1–25)', 'Score trend',
      'Cost impact amount (EUR)', 'Schedule impact (working days)', 'Owner', 'Trigger', 'Response', 'Mitigation',
      'Mitigation tasks', 'Contingency', 'Contingency tasks', 'Contingency activated', 'Residual probability level (1–5)',
      'Residual impact level (1–5)', 'Residual score (1–25)', 'Status', 'Raised on', 'Review on',
    ]);
    expect(csv.rows).toHaveLength(1);
    const cells = csv.cellsOf(csv.rows[0]);
    expect(cells).toMatchObject({
      'ID': 'R-001', 'Title': 'Vendor API late', 'Probability level (1–5)': '4', 'Probability band': 'Likely (50–70%)',
      'Schedule impact level (1–5)': '4', 'Score (1–25)': '16', 'Cost impact amount (EUR)': '12000',
      'Schedule impact (working days)': '5', 'Status': 'Open', 'Review on': '2027-01-15',
    });
    expect(cells['Raised on']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
