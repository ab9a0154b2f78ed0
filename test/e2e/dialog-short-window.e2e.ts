/**
 * Dialogs in a window shorter than 768 px (a 1024x600 netbook, a laptop with the dock up): the
 * title and the OK / Cancel buttons stay in view and only the body between them scrolls, as every
 * desktop dialog does. The whole dialog scrolled, so the title went off the top with the first
 * fields. The risk editor and Project settings, opened by keyboard from an empty project.
 * Screenshots at 1024x600, 1024x768 and 1440x900, light and dark.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshAppPerTest, screenshot } from './harness';
import { AppPage } from './pages/app-page';
import { SettingsPage } from './pages/settings-page';

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 600 } });

interface Fit {
  readonly isTitleInView: boolean;
  readonly buttonsInView: string[];
  /** How far the body scrolls, and how far the dialog as a whole does (should be none). */
  readonly doesBodyScroll: boolean;
  readonly dialogScrollPx: number;
}

/** What a person sees of the dialog after scrolling its body to `to`: title, buttons, what scrolls. */
async function fitOf(dialog: Locator, to: 'top' | 'bottom'): Promise<Fit> {
  return dialog.evaluate((el, end) => {
    const body = el.querySelector('.dialog-body');
    if (body) body.scrollTop = end === 'top' ? 0 : body.scrollHeight;
    // In view = on screen and the topmost thing there: not scrolled off nor under anything.
    const isInView = (e: Element): boolean => {
      const r = e.getBoundingClientRect();
      if (r.height === 0 || r.top < 0 || r.bottom > window.innerHeight) return false;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit !== null && (hit === e || e.contains(hit));
    };
    const title = el.querySelector('h2');
    return {
      isTitleInView: title !== null && isInView(title),
      buttonsInView: [...el.querySelectorAll('footer button')].filter(isInView).map((b) => b.textContent ?? ''),
      doesBodyScroll: body !== null && body.scrollHeight > body.clientHeight,
      dialogScrollPx: el.scrollHeight - el.clientHeight,
    };
  }, to);
}

async function screenshots(page: Page, name: string): Promise<void> {
  for (const [width, height] of [[1024, 600], [1024, 768], [1440, 900]] as const) {
    await page.setViewportSize({ width, height });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await screenshot(page, `${name}-${String(width)}x${String(height)}-${scheme}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1024, height: 600 });
}

describe('a dialog taller than a 600 px window', () => {
  it('keeps the risk editor\'s title and buttons in view while its body scrolls', async () => {
    const { page } = fixture.handle;
    const app = new AppPage(page);
    await app.newEmptyProject('Clinic move');
    await app.typeTasks([['Survey the new site', '3d']]);
    await app.openView('Risks');
    await page.getByRole('button', { name: 'Add risk with probability 4 and impact 4' }).focus();
    await page.keyboard.press('Enter');
    const editor = page.getByRole('dialog', { name: /^Risk R-001/ });
    await editor.waitFor();
    await page.keyboard.type('Landlord hands over the keys late');
    const buttons = await editor.locator('footer button').allTextContents();
    expect(buttons).toEqual(['Discard', 'Done']);
    for (const to of ['top', 'bottom'] as const) {
      expect(await fitOf(editor, to)).toEqual({ isTitleInView: true, buttonsInView: buttons, doesBodyScroll: true, dialogScrollPx: 0 });
    }
    await screenshots(page, 'dialog-short-risk-editor');
    // The buttons work from where they are: Done closes it and keeps the risk.
    await editor.getByRole('button', { name: 'Done' }).click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('table', { name: 'Risks' }).innerText()).toContain('Landlord hands over the keys late');
  });

  it('keeps Project settings\' title and buttons in view while its body scrolls', async () => {
    const { page } = fixture.handle;
    const app = new AppPage(page);
    const settings = new SettingsPage(page);
    await app.newEmptyProject('Clinic move');
    const dialog = await settings.openSettingsByKeyboard();
    const buttons = await dialog.locator('footer button').allTextContents();
    expect(buttons.length).toBeGreaterThan(1);
    for (const to of ['top', 'bottom'] as const) {
      expect(await fitOf(dialog, to)).toEqual({ isTitleInView: true, buttonsInView: buttons, doesBodyScroll: true, dialogScrollPx: 0 });
    }
    await screenshots(page, 'dialog-short-project-settings');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});
