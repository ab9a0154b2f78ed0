/**
 * Esc in the risk editor follows the task table's rule: Esc in a field with typed text puts back
 * only that field's stored value and keeps the editor open on it; Esc with nothing being typed
 * closes it; what was committed by Tab stays, in the editor and after a reload. Before, the first
 * Esc closed the editor and dropped the field being typed in while the fields left by Tab kept
 * theirs (the date field put its date back and closed too). From an EMPTY project by keyboard;
 * screenshots of the editor after Esc, light and dark at 1024x768 and 1440x900.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { RisksPage } from './pages/risks-page';

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 768 } });
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

const valueOf = (label: string): Promise<string> => risks.editor.getByLabel(label, { exact: true }).inputValue();

/** Focus on the field, the text typed by keyboard. */
async function typeInto(label: string, text: string): Promise<void> {
  await risks.editor.getByLabel(label, { exact: true }).focus();
  await page.keyboard.type(text);
}

describe('Esc in the risk editor', () => {
  it('puts back only the field being typed in, keeps what Tab committed, and closes when nothing is being typed', async () => {
    await app.newEmptyProject('Payments');
    await risks.open();
    await risks.addRiskByKeyboard('Vendor API late');
    await typeInto('Cause', 'A small vendor with one API team');
    await page.keyboard.press('Tab');
    await typeInto('Mitigation', 'Weekly calls with the vendor');
    await page.keyboard.press('Escape');

    // Only Mitigation went back (to empty); the editor stays open on it, Title and Cause kept.
    expect(await risks.editor.count(), 'the editor is open after Esc in a typed field').toBe(1);
    expect(await valueOf('Mitigation')).toBe('');
    expect(await risks.focusedLabel()).toBe('Mitigation');
    expect(await valueOf('Cause')).toBe('A small vendor with one API team');
    expect(await valueOf('Title')).toBe('Vendor API late');
    await screenshotsAtBothSizes(page, 'risk-editor-escape');

    // Typed again and left by Tab, it is kept; a date typed and Esc'd goes back the same way.
    await page.keyboard.type('Weekly calls with the vendor');
    await page.keyboard.press('Tab');
    await typeInto('Review on', '2031-01-06');
    await page.keyboard.press('Escape');
    expect(await risks.editor.count(), 'the editor is open after Esc in a typed date').toBe(1);
    expect(await valueOf('Review on')).toBe('');
    await typeInto('Trigger', 'Sandbox down for two days');
    await page.keyboard.press('Escape');
    expect(await valueOf('Trigger')).toBe('');
    // Nothing being typed now: Esc closes.
    await page.keyboard.press('Escape');
    await risks.editor.waitFor({ state: 'detached' });

    await app.waitSaved();
    await handle.reload();
    await risks.open();
    await risks.openRisk('Vendor API late');
    expect(await valueOf('Cause')).toBe('A small vendor with one API team');
    expect(await valueOf('Mitigation')).toBe('Weekly calls with the vendor');
    expect(await valueOf('Trigger')).toBe('');
    expect(await valueOf('Review on')).toBe('');
    await page.keyboard.press('Escape');
    await risks.editor.waitFor({ state: 'detached' });
  }, 120_000);
});
