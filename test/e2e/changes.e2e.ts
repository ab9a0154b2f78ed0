/**
 * Change control through the UI (issue 16, change requests half): from an EMPTY project built by
 * keyboard, raise a change request, propose lengthening a critical task in the sandbox, read the
 * finish-date impact, approve it (one undoable step) and see the live dates move; reject another
 * and see nothing change; reload and find it all. Screenshots of the change log, the proposal
 * banner over the Gantt and the impact panel, light and dark at two sizes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { freshAppPerTest, type AppHandle, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { ReportsPage } from './pages/reports-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let handle: AppHandle;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
});

/** Design → Build → Ship in a chain (critical), Docs after Design with slack. */
const PLAN: readonly [string, string, string][] = [
  ['Design', '2d', ''],
  ['Build', '3d', '1'],
  ['Ship', '1d', '2'],
  ['Docs', '1d', '1'],
];

async function emptyProject(page: Page): Promise<void> {
  await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).waitFor();
  await page.keyboard.press('Enter');
  await expect.poll(() => app.title.textContent()).toBe('Untitled project');
  await app.openView('Tasks');
  for (const [name] of PLAN) {
    await page.getByRole('toolbar', { name: 'Task actions' }).getByRole('button', { name: 'Add task' }).focus();
    await page.keyboard.press('Enter');
    await app.nameNewRow(name);
    await expect.poll(() => app.row(name).count()).toBe(1);
  }
  for (const [name, duration, predecessors] of PLAN) {
    await app.editCell(name, 'duration', duration);
    if (predecessors) await app.editCell(name, 'predecessors', predecessors);
  }
  await expect.poll(() => app.cell('Docs', 'predecessors').textContent()).toBe('1');
  await app.waitSaved();
}

const finishOf = async (name: string): Promise<string> => (await app.cell(name, 'finish').textContent()) ?? '';
const openChanges = (page: Page) => page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Changes/ }).click();

/** The view at 1024×768 and 1440×900, light and dark. */
const shots = (page: Page, name: string, subject?: string): Promise<string[]> =>
  screenshotsAtBothSizes(page, `changes-${name}`, subject ? () => page.getByRole('region', { name: subject }).scrollIntoViewIfNeeded() : undefined);

/** Raises a request by keyboard and starts its review; the detail panel opens on it. */
async function raise(page: Page, title: string, code: string): Promise<void> {
  await openChanges(page);
  const input = page.getByLabel('New change request title');
  await input.focus();
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('complementary', { name: `Change ${code}` }).count()).toBe(1);
  await page.getByRole('group', { name: `${code} status` }).getByRole('button', { name: 'Start review' }).click();
  await expect.poll(() => page.getByRole('table', { name: 'Change requests' }).innerText()).toContain('Under review');
}

describe('change control', () => {
  it('proposes, measures, approves, undoes, rejects and keeps it all after reload', async () => {
    const page = handle.page;
    await emptyProject(page);
    const shipBefore = await finishOf('Ship');
    const docsBefore = await finishOf('Docs');

    await raise(page, 'Extend build for load tests', 'CR-001');
    const detail = page.getByRole('complementary', { name: 'Change CR-001' });
    await detail.getByLabel('Requested by').fill('Maya (QA lead)');
    await detail.getByLabel('Requested by').press('Enter');
    await detail.getByLabel('Category').selectOption('schedule');
    await detail.getByRole('button', { name: 'Propose edits' }).click();

    // The sandbox: the banner over the Gantt, then the same edit path in the Tasks table.
    const banner = page.getByRole('status', { name: 'Proposal' });
    await expect.poll(() => banner.innerText()).toContain('Editing proposal CR-001 — changes do not affect the live plan');
    await page.getByRole('region', { name: 'Gantt view' }).waitFor();
    await app.openView('Tasks');
    await app.editCell('Build', 'duration', '8d');
    await expect.poll(() => app.cell('Build', 'duration').textContent()).toBe('8d');
    const shipProposed = await finishOf('Ship');
    expect(shipProposed).not.toBe(shipBefore);
    await app.openView('Gantt');
    await page.getByRole('region', { name: 'Gantt view' }).waitFor();
    await shots(page, 'proposal-banner-gantt');
    await banner.getByRole('button', { name: 'Done' }).click();

    // Back in the change log: the impact against the live plan, which is untouched.
    await expect.poll(() => detail.getByTestId('impact-finish').innerText()).toMatch(/^Finish moves 5 working days later: .* → /);
    // The edit says what it changes and to what, not only its kind.
    expect(await detail.getByRole('region', { name: 'Proposed edits' }).innerText()).toContain("Change duration — task 'Build': duration 8d");
    await shots(page, 'impact-panel', 'Impact');
    await app.openView('Tasks');
    expect(await finishOf('Ship')).toBe(shipBefore);
    expect(await app.cell('Build', 'duration').textContent()).toBe('3d');

    // Approve: one command applies the proposal and logs the decision.
    await openChanges(page);
    await detail.getByLabel('Decision by').fill('Steering group');
    await detail.getByLabel('Decision by').press('Enter');
    await detail.getByLabel('Rationale').fill('Load tests are a launch condition');
    await detail.getByLabel('Rationale').press('Tab');
    await detail.getByRole('button', { name: 'Approve and apply' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Change requests' }).innerText()).toContain('Implemented');
    expect(await detail.getByTestId('impact-finish').innerText()).toBe('Finish moved 5 working days later');
    await app.openView('Tasks');
    await expect.poll(() => finishOf('Ship')).toBe(shipProposed);
    expect(await app.cell('Build', 'duration').textContent()).toBe('8d');
    await app.openView('Gantt');
    await shots(page, 'gantt-after-approve');

    // One undo takes the whole change back; redo applies it again.
    await app.undo();
    await app.openView('Tasks');
    await expect.poll(() => finishOf('Ship')).toBe(shipBefore);
    await openChanges(page);
    await expect.poll(() => page.getByRole('table', { name: 'Change requests' }).innerText()).toContain('Under review');
    await app.redo();
    await expect.poll(() => page.getByRole('table', { name: 'Change requests' }).innerText()).toContain('Implemented');

    // A second request, rejected: its edits are discarded and the live plan stays as it is.
    await raise(page, 'Rewrite the docs', 'CR-002');
    await page.getByRole('complementary', { name: 'Change CR-002' }).getByRole('button', { name: 'Propose edits' }).click();
    await app.openView('Tasks');
    await app.editCell('Docs', 'duration', '4d');
    await expect.poll(() => app.cell('Docs', 'duration').textContent()).toBe('4d');
    await banner.getByRole('button', { name: 'Done' }).click();
    const second = page.getByRole('complementary', { name: 'Change CR-002' });
    await expect.poll(() => second.getByTestId('impact-finish').innerText()).toMatch(/^Finish unchanged/);
    // A rejection names who decided, as an approval does: refused without, the keyboard goes to Decision by.
    await second.getByRole('group', { name: 'CR-002 status' }).getByRole('button', { name: 'Reject' }).click();
    await app.expectNotice('Reject needs who decided: type the name in Decision by');
    await expect.poll(() => second.getByLabel('Decision by').evaluate((field) => field === document.activeElement)).toBe(true);
    await page.keyboard.type('Steering group');
    await page.keyboard.press('Enter');
    await second.getByRole('group', { name: 'CR-002 status' }).getByRole('button', { name: 'Reject' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Change requests' }).innerText()).toContain('Rejected');
    expect(await second.getByRole('region', { name: 'Proposed edits' }).innerText()).toContain('Proposed edits (0)');
    await app.openView('Tasks');
    expect(await app.cell('Docs', 'duration').textContent()).toBe('1d');
    expect(await finishOf('Docs')).toBe(docsBefore);
    await app.waitSaved();

    // After a reload: the live dates, and both requests in the log with their outcome.
    await handle.reload();
    await app.openView('Tasks');
    await expect.poll(() => finishOf('Ship')).toBe(shipProposed);
    await openChanges(page);
    const log = page.getByRole('table', { name: 'Change requests' });
    await expect.poll(() => log.innerText()).toMatch(/CR-001\s+Extend build for load tests[\s\S]*Implemented/);
    expect(await log.innerText()).toMatch(/CR-002\s+Rewrite the docs[\s\S]*Rejected/);
    await page.getByLabel('Filter by status').selectOption('implemented');
    await expect.poll(() => log.innerText()).not.toContain('CR-002');
    await page.getByLabel('Filter by status').selectOption('all');
    await log.getByRole('button', { name: 'Extend build for load tests' }).click();
    // Read after approval and a reload, the request still says what it did.
    await expect.poll(() => detail.getByRole('region', { name: 'Proposed edits' }).innerText()).toContain("Change duration — task 'Build': duration 8d");
    await shots(page, 'change-log');

    // The status report tells the executive: the approved (and applied) change, and scope amber by the rule.
    const reports = new ReportsPage(page);
    await reports.open();
    await expect.poll(() => reports.text()).toMatch(/Changes approved since the last report[\s\S]*Extend build for load tests: approved .* by Steering group/);
    expect(await reports.text()).toContain('1 approved change since the last report');
    expect(await reports.text()).not.toContain('Rewrite the docs');
    // No baseline was saved: the report says so, and its Baseline list offers no "Cost baseline" to contradict it.
    expect(await reports.text()).toContain('No baseline is saved');
    const baselineList = reports.toolbar.getByLabel('Report baseline', { exact: true });
    expect(await baselineList.locator('option').allTextContents()).toEqual(['None saved']);
    expect(await baselineList.isDisabled()).toBe(true);
  }, 180_000); // one journey through six views plus sixteen screenshots; the 60 s default is for one view's spec

  it('keeps the risk, issue and decision pickers inside the request\'s panel however long a risk\'s title, at 1024 and 1440 px', async () => {
    const page = handle.page;
    await app.newEmptyProject();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Risks/ }).click();
    await page.getByRole('button', { name: 'Add risk with probability 2 and impact 5' }).click();
    const editor = page.getByRole('dialog', { name: /^Risk R-001/ });
    await editor.getByLabel('Title', { exact: true }).fill('Legacy database migration corrupts historical transaction records');
    await editor.getByLabel('Title', { exact: true }).press('Tab');
    await editor.getByRole('button', { name: 'Done' }).click();
    await openChanges(page);
    await page.getByLabel('New change request title').focus();
    await page.keyboard.type('Add PCI DSS scan before go-live');
    await page.keyboard.press('Enter');
    const detail = page.getByRole('complementary', { name: 'Change CR-001' });
    const picker = detail.getByLabel('CR-001 link risk');
    await expect.poll(() => picker.locator('option').allTextContents()).toEqual(['+ risk', expect.stringContaining('Legacy database migration corrupts historical transaction records')]);
    // How far an element's right edge reaches past the panel's (the panel's own edge is the window's at 1440 px).
    const overhang = (element: Locator): Promise<number> => element.evaluate((el) => {
      const panel = el.closest('aside, [role="complementary"]')?.getBoundingClientRect();
      return panel ? el.getBoundingClientRect().right - panel.right : Infinity;
    });
    for (const viewport of [{ width: 1024, height: 768 }, { width: 1440, height: 900 }]) {
      await page.setViewportSize(viewport);
      expect(await overhang(picker), `the risk picker at ${String(viewport.width)} px`).toBeLessThanOrEqual(0);
    }
    await picker.selectOption({ label: 'R-001 Legacy database migration corrupts historical transaction records' });
    const unlink = detail.getByRole('button', { name: /^Unlink R-001/ });
    await expect.poll(() => unlink.count()).toBe(1);
    expect(await overhang(unlink), 'the linked risk\'s chip at 1440 px').toBeLessThanOrEqual(0);
    await shots(page, 'long-risk-link', 'Impact');
  });
});
