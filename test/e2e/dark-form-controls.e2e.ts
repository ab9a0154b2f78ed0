/**
 * In a dark window every form control sits on the theme's own surface. Controls without a rule of
 * their own (the change log's inline Category and Priority, its "+ risk" pickers, the risk editor's
 * fields, the Reports toolbar's selects) were drawn by Chromium's dark form theme: #6b6b6b select
 * boxes and grey text wells, the only grey blocks in the window. Built from an EMPTY project by
 * keyboard; the person's check is what the controls look like, so the spec reads each control's
 * painted background and border against the theme's surface and strong border, and takes
 * screenshots of the risk editor and the change log in both schemes at both sizes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { themeColour } from './theme-colours';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 }, colorScheme: 'dark' });
let handle: AppHandle;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
});

const openView = (page: Page, name: string): Promise<void> =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();

/** Each visible select, text box and text area inside `scope`: its label and painted fill and border. */
const controlsIn = (scope: Locator) => scope.evaluate((root) =>
  [...root.querySelectorAll<HTMLElement>('select, textarea, input:not([type="checkbox"]):not([type="radio"])')]
    .filter((el) => el.getClientRects().length > 0)
    .map((el) => ({
      label: el.getAttribute('aria-label') ?? el.getAttribute('placeholder') ?? el.id ?? el.tagName,
      fill: getComputedStyle(el).backgroundColor,
      border: getComputedStyle(el).borderTopColor,
    })));

describe('form controls in a dark window', () => {
  it('the change log, the risk editor and the Reports toolbar draw their controls on the theme surface', async () => {
    const page = handle.page;
    await app.newEmptyProject('Payments API');
    await app.typeTasks([['Discovery', '3d'], ['Build service', '5d']]);
    const surface = await themeColour(page, '--surface');
    const strongBorder = await themeColour(page, '--border-strong');
    expect(surface).not.toBe('rgba(0, 0, 0, 0)');

    // A change request raised by keyboard: its row's inline pickers and the detail's link pickers.
    await openView(page, 'Changes');
    await page.getByLabel('New change request title').focus();
    await page.keyboard.type('Add a PCI scan before launch');
    await page.keyboard.press('Enter');
    const changeLog = page.getByRole('table', { name: 'Change requests' });
    await expect.poll(() => changeLog.innerText()).toContain('CR-001');
    const detail = page.getByRole('complementary', { name: 'Change CR-001' });
    const changeControls = [...await controlsIn(changeLog), ...await controlsIn(detail)];
    const byLabel = new Map(changeControls.map((c) => [c.label, c]));
    for (const label of ['CR-001 category', 'CR-001 priority', 'CR-001 link risk', 'CR-001 link issue', 'CR-001 link decision']) {
      expect(byLabel.get(label), label).toEqual({ label, fill: surface, border: strongBorder });
    }
    await screenshotsAtBothSizes(page, 'dark-form-controls-change-log');
    await page.emulateMedia({ colorScheme: 'dark' }); // the screenshots leave the window light

    // The risk editor, opened by keyboard: every field of the form.
    await openView(page, 'Risks');
    await page.getByRole('button', { name: 'Add risk', exact: true }).focus();
    await page.keyboard.press('Enter');
    const editor = page.getByRole('dialog', { name: /^Risk R-001/ });
    await editor.waitFor();
    const riskControls = await controlsIn(editor);
    expect(riskControls.length).toBeGreaterThan(10);
    const odd = riskControls.filter((c) => c.fill !== surface);
    expect(odd, 'controls not on the surface').toEqual([]);
    expect(riskControls.find((c) => c.label === 'Probability')).toEqual({ label: 'Probability', fill: surface, border: strongBorder });
    await screenshotsAtBothSizes(page, 'dark-form-controls-risk-editor');
    await page.emulateMedia({ colorScheme: 'dark' });
    await editor.getByRole('button', { name: 'Done' }).click();

    // The Reports toolbar's Audience and Paper.
    await openView(page, 'Reports');
    for (const label of ['Audience', 'Paper']) {
      const select = page.getByLabel(label, { exact: true });
      await select.waitFor();
      expect(await select.evaluate((el) => getComputedStyle(el).backgroundColor), label).toBe(surface);
    }

    // The light theme keeps its white surface under the same rule.
    await page.emulateMedia({ colorScheme: 'light' });
    await openView(page, 'Changes');
    const lightSurface = await themeColour(page, '--surface');
    expect(lightSurface).toBe('rgb(255, 255, 255)');
    expect(await page.getByLabel('CR-001 priority').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(lightSurface);
  }, 120_000);
});
