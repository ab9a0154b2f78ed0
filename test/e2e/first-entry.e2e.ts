/**
 * The first minutes of typing a plan lose nothing: from an EMPTY project, the Tasks toolbar's Add
 * task and Milestone open the new row's name editor (typing names the row, Enter commits: one row
 * each, no "New task" rows from Spaces pressing the button again); the risk editor's Esc cancels a
 * risk just added and not yet edited, reverts the field being typed in on one that exists, and
 * undo/redo and a reload agree; the issues log keeps every column readable at 1024 px; Esc in a
 * log's or the stakeholder register's field puts back what is stored; the stakeholder count says
 * "1 stakeholder"; a name begun with a dead key ("¨" + "U") or an input method (Japanese) on a
 * selected cell keeps its first character, in the task table and the Gantt's grid, and an IME's
 * Enter picks its word without committing the cell.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshot, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { GanttPage } from './pages/gantt-page';
import { tableText } from './pages/risks-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let handle: AppHandle;
let page: Page;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
});

async function emptyProject(): Promise<void> {
  await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).waitFor();
  await page.keyboard.press('Enter');
  await expect.poll(() => app.title.textContent()).toBe('Untitled project');
}

const openRisks = async (): Promise<void> => app.openView('Risks');
const undoLabel = async (): Promise<string | null> => page.getByRole('banner').getByRole('button', { name: /^Undo/ }).getAttribute('aria-label');
const riskTitles = async (): Promise<string[]> => page.getByRole('table', { name: 'Risks' }).locator('tbody tr td:nth-child(2)').allInnerTexts();

/**
 * What a dead key or an input method does, through DevTools' IME events (the only composition a
 * test can raise): the composition goes to the focused element, as a keyboard's does.
 */
async function compose(steps: readonly string[], committed: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (const text of steps) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await cdp.send('Input.insertText', { text: committed });
  await cdp.detach();
}

describe('first entry', () => {
  it('keeps the first character of a name begun with a dead key or an input method, in the table and the Gantt grid', async () => {
    await emptyProject();
    await app.openView('Tasks');
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    // German keyboard: the dead key "¨" then "U" gives "Ü", which starts the name.
    await compose(['¨'], 'Ü');
    await page.keyboard.type('berprüfung');
    await page.keyboard.press('Enter');
    await expect.poll(() => app.outline()).toEqual(['Überprüfung@0']);

    // Japanese IME on the next (empty) row: "nihon" composes in place, over the cell.
    const cdp = await page.context().newCDPSession(page);
    for (const text of ['に', 'にほ', 'にほん']) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    const field = app.grid.locator('.grid-type-ahead.is-composing');
    await expect.poll(() => field.inputValue()).toBe('にほん');
    // Over the cell it will go into, at both sizes, light and dark (each composed key places it).
    await screenshotsAtBothSizes(page, 'first-entry-ime-composing', async () => {
      await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
      const cellBox = await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').boundingBox();
      await expect.poll(async () => {
        const fieldBox = await field.boundingBox();
        return [fieldBox?.x, fieldBox?.y, fieldBox?.width].map((n) => Math.round(n ?? -1));
      }).toEqual([cellBox?.x, cellBox?.y, cellBox?.width].map((n) => Math.round(n ?? 0)));
    });
    // The IME's Enter converts the word; it must not commit the cell or move the cursor.
    await page.keyboard.press('Enter');
    await cdp.send('Input.insertText', { text: '日本' });
    const editor = app.grid.locator('.cell-input');
    await expect.poll(() => editor.inputValue()).toBe('日本');
    // Composing again inside the open editor: Enter picks "チーム", a second Enter commits the name.
    await cdp.send('Input.imeSetComposition', { text: 'ちーむ', selectionStart: 3, selectionEnd: 3 });
    await page.keyboard.press('Enter');
    await cdp.send('Input.insertText', { text: 'チーム' });
    await cdp.detach();
    await expect.poll(() => editor.inputValue()).toBe('日本チーム');
    await page.keyboard.press('Enter');
    await expect.poll(() => app.outline()).toEqual(['Überprüfung@0', '日本チーム@0']);

    // The Gantt's grid: a selected name cell renamed from a French dead key ("´" + "E").
    await app.openView('Gantt');
    const gantt = new GanttPage(page);
    await gantt.row('Überprüfung').locator('[data-column="name"]').click();
    await compose(['´'], 'É');
    await page.keyboard.type('tude');
    await page.keyboard.press('Enter');
    await expect.poll(() => gantt.row('Étude').locator('[data-column="name"]').textContent()).toBe('Étude');

    await page.reload();
    await app.openView('Tasks');
    await expect.poll(() => app.outline()).toEqual(['Étude@0', '日本チーム@0']);
  });

  it('Add task and Milestone open the name editor: typed names are kept, one row each, after reload too', async () => {
    await emptyProject();
    await app.openView('Tasks');
    const toolbar = page.getByRole('toolbar', { name: 'Task actions' });
    // By keyboard, as the tester did: the button's Enter adds the row, the name is typed at once.
    await toolbar.getByRole('button', { name: 'Add task' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Write the spec');
    await page.keyboard.press('Enter');
    await expect.poll(() => app.outline()).toEqual(['Write the spec@0']);
    // By mouse: the name has spaces, which once pressed the still-focused button again.
    await toolbar.getByRole('button', { name: 'Milestone' }).click();
    await page.keyboard.type('Docs signed off');
    await page.keyboard.press('Enter');
    await expect.poll(() => app.outline()).toEqual(['Write the spec@0', 'Docs signed off@0']);
    expect(await app.cell('Docs signed off', 'duration').innerText()).toMatch(/^0/);
    // What the person sees on clicking Add task: the new row's name, selected, in its editor.
    await toolbar.getByRole('button', { name: 'Add task' }).click();
    await screenshot(page, 'first-entry-add-task-editor-1440x900-light');
    await page.keyboard.press('Escape');
    await app.undo();
    await expect.poll(() => app.outline()).toEqual(['Write the spec@0', 'Docs signed off@0']);
    await app.waitSaved();

    await page.reload();
    await app.openView('Tasks');
    await expect.poll(() => app.outline()).toEqual(['Write the spec@0', 'Docs signed off@0']);
    expect(await app.cell('Docs signed off', 'duration').innerText()).toMatch(/^0/);
    await app.cell('Docs signed off', 'name').click();
    await screenshotsAtBothSizes(page, 'first-entry-tasks');
  });

  it('Esc cancels a risk just added, reverts the field on an existing one; undo and reload agree', async () => {
    await emptyProject();
    await openRisks();
    // The project's creation is the first entry of its timeline, recorded once it is stored.
    await expect.poll(() => undoLabel()).toBe('Undo New project');
    const before = await undoLabel();
    const addRisk = page.getByRole('toolbar', { name: 'Risk register' }).getByRole('button', { name: 'Add risk' });
    const editor = page.getByRole('dialog', { name: /^Risk R-\d+/ });
    const title = editor.getByLabel('Title', { exact: true });

    // Typed, never committed, Esc: the add is cancelled whole and leaves nothing to undo.
    await addRisk.click();
    await screenshot(page, 'first-entry-risk-added-1440x900-light');
    await page.keyboard.type('Vendor API late');
    await expect.poll(() => title.inputValue()).toBe('Vendor API late');
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('table', { name: 'Risks' }).innerText()).toContain('No risks yet.');
    await expect.poll(() => undoLabel()).toBe(before);

    // Typed and Enter: added with its title, one undo step that takes the risk back whole.
    await addRisk.click();
    await page.keyboard.type('Vendor API late');
    await page.keyboard.press('Enter');
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => riskTitles()).toEqual(['Vendor API late']);
    await expect.poll(() => undoLabel()).toBe('Undo Add risk');
    await app.undo();
    await expect.poll(() => page.getByRole('table', { name: 'Risks' }).innerText()).toContain('No risks yet.');
    await expect.poll(() => undoLabel()).toBe(before);
    await app.redo();
    await expect.poll(() => riskTitles()).toEqual(['Vendor API late']);

    // Added and Done without a change: the risk is added as shown.
    await addRisk.click();
    await editor.getByRole('button', { name: 'Done' }).click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(async () => (await riskTitles()).sort()).toEqual(['New risk', 'Vendor API late']);
    await app.undo();
    await expect.poll(() => riskTitles()).toEqual(['Vendor API late']);

    // A mitigation task typed as the first action adds the risk with it: one step, one undo.
    await addRisk.click();
    await editor.getByLabel('New mitigation task').fill('Second vendor');
    await editor.getByLabel('New mitigation task').press('Enter');
    await expect.poll(() => editor.innerText()).toContain('Second vendor');
    await expect.poll(() => undoLabel()).toBe('Undo Add risk');
    await editor.getByRole('button', { name: 'Done' }).click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(async () => (await riskTitles()).sort()).toEqual(['New risk', 'Vendor API late']);
    await app.openView('Tasks');
    await expect.poll(() => app.outline()).toEqual(['Second vendor@0']);
    await app.undo();
    await expect.poll(() => app.outline()).toEqual([]);
    await openRisks();
    await expect.poll(() => riskTitles()).toEqual(['Vendor API late']);

    // Discard on a risk being added adds nothing, also with a title typed and not yet committed;
    // Delete risk on a stored one removes it, undo brings it back.
    await addRisk.click();
    await editor.getByRole('button', { name: 'Discard' }).click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => riskTitles()).toEqual(['Vendor API late']);
    const lastStep = await undoLabel();
    await addRisk.click();
    await page.keyboard.type('Strike');
    await editor.getByRole('button', { name: 'Discard' }).click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => riskTitles()).toEqual(['Vendor API late']);
    expect(await undoLabel()).toBe(lastStep);
    // A refused first change adds nothing: the editor stays open with the message until it is corrected.
    await addRisk.click();
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    await app.expectNotice(/A risk needs a title\./);
    expect(await editor.count()).toBe(1);
    await expect.poll(() => riskTitles()).toEqual(['Vendor API late']);
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => riskTitles()).toEqual(['Vendor API late']);
    expect(await undoLabel()).toBe(lastStep);
    await page.getByRole('table', { name: 'Risks' }).getByRole('button', { name: 'Vendor API late' }).click();
    await editor.getByRole('button', { name: 'Delete risk' }).click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('table', { name: 'Risks' }).innerText()).toContain('No risks yet.');
    await expect.poll(() => undoLabel()).toBe('Undo Delete risk');
    await app.undo();
    await expect.poll(() => riskTitles()).toEqual(['Vendor API late']);

    // An existing risk: Esc reverts the field being typed in, keeps the rest.
    await page.getByRole('table', { name: 'Risks' }).getByRole('button', { name: 'Vendor API late' }).click();
    await editor.getByLabel('Cause', { exact: true }).fill('Single supplier');
    await editor.getByLabel('Cause', { exact: true }).press('Tab');
    await title.fill('Something else');
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => riskTitles()).toEqual(['Vendor API late']);
    await page.getByRole('table', { name: 'Risks' }).getByRole('button', { name: 'Vendor API late' }).click();
    expect(await editor.getByLabel('Cause', { exact: true }).inputValue()).toBe('Single supplier');
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });

    // A just-added risk whose title was committed (Tab) is no longer "never named": Esc keeps it.
    await addRisk.click();
    await page.keyboard.type('Supplier strike');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    await expect.poll(async () => (await riskTitles()).sort()).toEqual(['Supplier strike', 'Vendor API late']);

    // Undo steps back through what was committed: the add with its title is one step; redo replays it.
    await app.undo();
    await expect.poll(() => riskTitles()).toEqual(['Vendor API late']);
    await app.redo();
    await expect.poll(async () => (await riskTitles()).sort()).toEqual(['Supplier strike', 'Vendor API late']);
    await app.waitSaved();

    await page.reload();
    await openRisks();
    await expect.poll(async () => (await riskTitles()).sort()).toEqual(['Supplier strike', 'Vendor API late']);
    await screenshotsAtBothSizes(page, 'first-entry-risks');
  });

  it('the issues log shows every column at 1024 px, Esc reverts a field, one stakeholder is "1 stakeholder"', async () => {
    await emptyProject();
    await openRisks();
    await page.getByRole('tab', { name: 'Issues' }).click();
    await page.getByLabel('New issue title').fill('Sandbox environment down');
    await page.getByLabel('New issue title').press('Enter');
    await expect.poll(() => tableText(page.getByRole('table', { name: 'Issues' }))).toContain('Sandbox environment down');
    await page.setViewportSize({ width: 1024, height: 768 });
    for (const control of ['I-001 status', 'I-001 resolution', 'I-001 due', 'I-001 owner', 'I-001 priority', 'I-001 link task']) {
      const box = await page.getByLabel(control, { exact: true }).boundingBox();
      expect(box, control).not.toBeNull();
      expect((box?.x ?? 0) + (box?.width ?? 0), control).toBeLessThanOrEqual(1024);
    }
    await screenshotsAtBothSizes(page, 'first-entry-issues');
    // A log's field: Esc puts back what is stored, leaving commits what was typed.
    const rootCause = page.getByLabel('I-001 root cause', { exact: true });
    await rootCause.fill('Expired certificate');
    await rootCause.press('Tab');
    await rootCause.fill('Typo');
    await rootCause.press('Escape');
    await expect.poll(() => rootCause.inputValue()).toBe('Expired certificate');

    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Stakeholders/ }).click();
    await page.getByLabel('New stakeholder name').fill('Dana Whitfield');
    await page.getByLabel('New stakeholder name').press('Enter');
    await expect.poll(() => page.getByRole('toolbar', { name: 'Stakeholder register' }).innerText()).toContain('1 stakeholder ·');
    const notes = page.getByLabel('Notes of Dana Whitfield', { exact: true });
    await notes.fill('Prefers email');
    await notes.press('Tab');
    await notes.fill('Typo');
    await notes.press('Escape');
    await expect.poll(() => notes.inputValue()).toBe('Prefers email');
    await app.waitSaved();

    await page.reload();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Stakeholders/ }).click();
    await expect.poll(() => page.getByLabel('Notes of Dana Whitfield', { exact: true }).inputValue()).toBe('Prefers email');
    await openRisks();
    await page.getByRole('tab', { name: 'Issues' }).click();
    await expect.poll(() => page.getByLabel('I-001 root cause', { exact: true }).inputValue()).toBe('Expired certificate');
  });
});
