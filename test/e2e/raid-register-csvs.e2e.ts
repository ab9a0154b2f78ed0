/**
 * The four RAID registers' CSVs as a steering group reads them in Excel. From an EMPTY project built
 * by keyboard, with one team member: a risk typed in the risk editor (being mitigated, avoid, an
 * affected task, residual levels 2 and 3), an issue, an assumption and a decision typed into their
 * logs, each with an owner or a picker stepped to by keyboard; after a reload each register's
 * Export CSV holds what the screen shows. Before, Type, Status and Priority were written as stored
 * ("threat", "mitigating", "in-progress", "valid", "avoid") where the screen says "Threat",
 * "Mitigating"…, and the risk CSV had no affected tasks and no residual levels, only their score.
 * Screenshots of each register light and dark at 1024x768 and 1440x900.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { RisksPage } from './pages/risks-page';
import { TeamPage } from './pages/team-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let handle: AppHandle;
let page: Page;
let app: AppPage;
let risks: RisksPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
  risks = new RisksPage(app);
});

const OWNER = 'Priya Shah';

/** The risk, by keyboard in its editor: mitigating, avoided, affecting Certify card scheme, residual 2 x 3. */
async function typeRisk(): Promise<void> {
  await risks.open();
  const editor = await risks.addRiskByKeyboard('Vendor API late');
  await risks.pickByKeyboard(editor.getByLabel('Status', { exact: true }), 'Mitigating');
  await risks.pickByKeyboard(editor.getByLabel('Response', { exact: true }), 'Avoid');
  await risks.linkByKeyboard(editor.getByLabel('Link affected task', { exact: true }), 'Certify card scheme');
  await expect.poll(() => editor.getByRole('group', { name: /^Affected tasks/ }).innerText()).toContain('Certify card scheme');
  await risks.pickByKeyboard(editor.getByLabel('Residual probability', { exact: true }), '2');
  await risks.pickByKeyboard(editor.getByLabel('Residual impact level (1–5)', { exact: true }), '3');
  await expect.poll(() => editor.getByLabel('Residual impact level (1–5)', { exact: true }).inputValue()).toBe('3');
  await risks.closeEditorByKeyboard();
}

async function typeIssue(): Promise<void> {
  await risks.showTab('Issues');
  await risks.addLine('New issue title', 'Payment sandbox down');
  await page.getByLabel('I-001 priority', { exact: true }).waitFor();
  await risks.pickByKeyboard(page.getByLabel('I-001 priority', { exact: true }), 'High');
  await risks.pickByKeyboard(page.getByLabel('I-001 status', { exact: true }), 'In progress');
  await risks.pickByKeyboard(page.getByLabel('I-001 owner', { exact: true }), OWNER);
  await risks.linkByKeyboard(page.getByLabel('I-001 link task', { exact: true }), 'Certify card scheme');
  await page.getByLabel('I-001 due', { exact: true }).focus();
  await page.keyboard.type('2031-06-30');
  await page.keyboard.press('Tab');
}

async function typeAssumption(): Promise<void> {
  await risks.showTab('Assumptions');
  await risks.addLine('New assumption', 'The vendor keeps its published dates');
  await page.getByLabel('A-001 status', { exact: true }).waitFor();
  await risks.pickByKeyboard(page.getByLabel('A-001 owner', { exact: true }), OWNER);
  await risks.pickByKeyboard(page.getByLabel('A-001 status', { exact: true }), 'Valid');
  await page.getByLabel('A-001 validate by', { exact: true }).focus();
  await page.keyboard.type('2031-05-01');
  await page.keyboard.press('Tab');
}

async function typeDecision(): Promise<void> {
  await risks.showTab('Decisions');
  await risks.addLine('New decision', 'Build against the vendor stub');
  await page.getByLabel('D-001 decided by', { exact: true }).focus();
  await page.keyboard.type('Steering group');
  await page.keyboard.press('Tab');
  await risks.linkByKeyboard(page.getByLabel('D-001 link risk', { exact: true }), 'R-001 Vendor API late');
  await expect.poll(() => page.getByRole('table', { name: 'Decisions' }).innerText()).toContain('R-001');
}

describe('the RAID registers as CSV', () => {
  it('writes each register as its screen shows it: labels, affected tasks, residual levels, people by name, ISO dates', async () => {
    await app.newEmptyProject('Payments');
    await app.typeTasks([['Integrate payment API', '5d'], ['Certify card scheme', '3d']]);
    await app.openView('Team');
    await new TeamPage(page).addPersonWithRole(OWNER, 'Vendor manager');
    await typeRisk();
    await typeIssue();
    await typeAssumption();
    await typeDecision();
    await app.waitSaved();

    await handle.reload();
    await risks.open();
    await risks.register.getByRole('button', { name: 'Vendor API late', exact: true }).waitFor();
    expect(await risks.registerRow('Vendor API late')).toMatchObject({ ID: 'R-001', Type: 'Threat', Status: 'Mitigating' });
    await screenshotsAtBothSizes(page, 'raid-register-csvs-risks');
    const riskCsv = await risks.exportRegisterCsv();
    expect(riskCsv.name).toBe('Payments risks.csv');
    expect(riskCsv.rows).toHaveLength(1);
    const risk = riskCsv.cellsOf(riskCsv.rows[0]);
    expect(risk).toMatchObject({
      'ID': 'R-001', 'Title': 'Vendor API late', 'Type': 'Threat', 'Status': 'Mitigating', 'Response': 'Avoid',
      'Affected tasks': 'Certify card scheme', 'Probability level (1–5)': '3', 'Score (1–25)': '9',
      'Residual probability level (1–5)': '2', 'Residual impact level (1–5)': '3', 'Residual score (1–25)': '6',
    });
    expect(risk['Raised on']).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await risks.showTab('Issues');
    const priority = page.getByLabel('I-001 priority', { exact: true });
    await priority.waitFor();
    expect([await risks.shownOption(priority), await risks.shownOption(page.getByLabel('I-001 status', { exact: true }))]).toEqual(['High', 'In progress']);
    await screenshotsAtBothSizes(page, 'raid-register-csvs-issues');
    const issueCsv = await risks.exportLogCsv();
    expect(issueCsv.name).toBe('Payments issues.csv');
    expect(issueCsv.cellsOf(issueCsv.rows[0])).toMatchObject({
      ID: 'I-001', Title: 'Payment sandbox down', Priority: 'High', Status: 'In progress', Owner: OWNER, Due: '2031-06-30',
      Tasks: 'Certify card scheme',
    });

    await risks.showTab('Assumptions');
    const assumptionStatus = page.getByLabel('A-001 status', { exact: true });
    await assumptionStatus.waitFor();
    expect(await risks.shownOption(assumptionStatus)).toBe('Valid');
    await screenshotsAtBothSizes(page, 'raid-register-csvs-assumptions');
    const assumptionCsv = await risks.exportLogCsv();
    expect(assumptionCsv.cellsOf(assumptionCsv.rows[0])).toMatchObject({
      'ID': 'A-001', 'Statement': 'The vendor keeps its published dates', 'Owner': OWNER, 'Validate by': '2031-05-01', 'Status': 'Valid',
    });

    await risks.showTab('Decisions');
    await expect.poll(() => page.getByRole('table', { name: 'Decisions' }).innerText()).toContain('Build against the vendor stub');
    await screenshotsAtBothSizes(page, 'raid-register-csvs-decisions');
    const decisionCsv = await risks.exportLogCsv();
    const decision = decisionCsv.cellsOf(decisionCsv.rows[0]);
    expect(decision).toMatchObject({ 'ID': 'D-001', 'Decision': 'Build against the vendor stub', 'Decided by': 'Steering group', 'Risks': 'R-001' });
    expect(decision['Date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
