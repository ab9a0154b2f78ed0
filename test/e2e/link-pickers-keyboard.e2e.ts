/**
 * The lists that link something (a risk's "Link affected task" and "Link an existing task…", an
 * issue's "+ task", a decision's "+ risk", an assumption's risk) by keyboard, as a person steps
 * through them. From an EMPTY project built by keyboard: Design, Build, Test (listed by name:
 * Build, Design, Test). Arrow steps only show an option; Enter links the one shown; Esc drops it.
 * Before, a closed list acted at every arrow step: stepping to Design linked Build on the way, and
 * the list, back at its prompt, could never be stepped past its first option without linking it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { RisksPage } from './pages/risks-page';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let risks: RisksPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  risks = new RisksPage(app);
});

describe('a list that links what is chosen in it', () => {
  it('links by Enter the option the arrow keys stepped to, and only that one', async () => {
    await app.newEmptyProject('Checkout rebuild');
    await app.typeTasks([['Design', '2d'], ['Build', '3d'], ['Test', '2d']]);
    await risks.open();
    const editor = await risks.addRiskByKeyboard('Vendor API late');
    const affected = (): Promise<string[]> => risks.linkedIn(editor, /^Affected tasks/);
    const picker = editor.getByLabel('Link affected task', { exact: true });

    // Two steps down show Design and link nothing yet.
    await picker.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => risks.shownOption(picker)).toBe('Design');
    expect(await affected()).toEqual([]);
    await screenshotsAtBothSizes(page, 'link-pickers-keyboard-stepped');
    await page.keyboard.press('Enter');
    await expect.poll(affected).toEqual(['Design']);
    // The list shows its prompt again, and the dialog is still open (Enter linked, it did not close).
    await expect.poll(() => risks.shownOption(picker)).toBe('Link an affected task…');
    expect(await editor.isVisible()).toBe(true);

    // A step then Esc drops the option shown, and the editor stays open on the list.
    await picker.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => risks.shownOption(picker)).toBe('Build');
    await page.keyboard.press('Escape');
    await expect.poll(() => risks.shownOption(picker)).toBe('Link an affected task…');
    expect(await editor.isVisible()).toBe(true);
    expect(await affected()).toEqual(['Design']);
    await risks.closeEditorByKeyboard();

    // An issue's "+ task": the third task, stepped past the first two.
    await risks.showTab('Issues');
    await risks.addLine('New issue title', 'Payment sandbox down');
    const issueTasks = page.getByLabel('I-001 link task', { exact: true });
    await risks.linkByKeyboard(issueTasks, 'Test');
    await expect.poll(() => page.getByRole('button', { name: /^Unlink .* from I-001$/ }).allTextContents()).toHaveLength(1);
    expect(await page.getByRole('button', { name: 'Unlink Test from I-001' }).count()).toBe(1);

    await app.waitSaved();
    await fixture.handle.reload();
    await risks.open();
    const reopened = await risks.openRisk('Vendor API late');
    expect(await risks.linkedIn(reopened, /^Affected tasks/)).toEqual(['Design']);
  });
});
