/**
 * File → Export… with "CSV table" chosen, on a 1024x768 laptop screen, from an empty project typed
 * by keyboard: the whole dialog reads without scrolling, its last line ("Dates are the scheduled
 * dates…") above the buttons and the buttons on screen (the line was below the dialog's fold), and
 * Export writes the CSV. Screenshots light and dark at 1024x768 and 1440x900.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 768 } });

interface Fit {
  readonly isLineAboveButtons: boolean;
  readonly areButtonsOnScreen: boolean;
  readonly isDialogOnScreen: boolean;
  readonly dialogScrollPx: number;
  readonly pageScrollPx: number;
}

/** Where the dialog's last line and buttons are, as a person sees them without scrolling anything. */
async function fitOf(dialog: Locator): Promise<Fit> {
  return dialog.evaluate((el) => {
    const line = [...el.querySelectorAll('p')].find((p) => p.textContent?.startsWith('Dates are the scheduled dates'));
    const footer = el.querySelector('footer');
    const buttons = [...(footer?.querySelectorAll('button') ?? [])];
    const box = el.getBoundingClientRect();
    const lineBox = line?.getBoundingClientRect();
    const footerBox = footer?.getBoundingClientRect();
    const inWindow = (b: DOMRect): boolean => b.top >= 0 && b.left >= 0 && b.bottom <= window.innerHeight && b.right <= window.innerWidth;
    return {
      isLineAboveButtons: !!lineBox && !!footerBox && lineBox.height > 0 && lineBox.top >= box.top && lineBox.bottom <= footerBox.top,
      areButtonsOnScreen: buttons.length === 2 && buttons.every((b) => inWindow(b.getBoundingClientRect())),
      isDialogOnScreen: inWindow(box),
      // The body scrolls, between the title and the buttons (a dialog as a whole never does).
      dialogScrollPx: Math.max(el.scrollHeight - el.clientHeight, ...[...el.querySelectorAll('.dialog-body')].map((b) => b.scrollHeight - b.clientHeight)),
      pageScrollPx: document.scrollingElement ? document.scrollingElement.scrollHeight - window.innerHeight : 0,
    };
  });
}

describe('Export dialog at 1024x768', () => {
  it('shows the CSV choices, its last line and its buttons without scrolling, and exports the CSV', async () => {
    const { page } = fixture.handle;
    const app = new AppPage(page);
    const files = new FilesPage(page);
    await app.newEmptyProject('Payments launch');
    await app.typeTasks([['Vendor API integration', '3d'], ['Go-live', '0']]);

    await files.choose('Export…');
    const dialog = files.dialog('Export');
    await dialog.getByRole('radio', { name: /CSV table/ }).check();
    await dialog.getByRole('group', { name: 'Columns' }).waitFor();
    await screenshotsAtBothSizes(page, 'export-dialog-csv');
    // At 1440x900 (where the screenshots leave the window) and at 1024x768.
    const whole = { isLineAboveButtons: true, areButtonsOnScreen: true, isDialogOnScreen: true, dialogScrollPx: 0, pageScrollPx: 0 };
    expect(await fitOf(dialog)).toEqual(whole);
    await page.setViewportSize({ width: 1024, height: 768 });
    expect(await fitOf(dialog)).toEqual(whole);

    const { name, text } = await files.download(() => dialog.getByRole('button', { name: 'Export', exact: true }).click());
    expect(name).toMatch(/\.csv$/);
    expect(text).toContain('Vendor API integration');
    expect(text).toContain('Go-live');
  });
});
