/**
 * Presentation mode's top bar is one line at 1024 x 768 and at 1440 x 900, every control inside
 * the window, from an EMPTY project built by keyboard: at 1024 px it took two lines, the keyboard
 * help on the first and Export and Exit on the second, a row of the chart the room lost. The help
 * is behind a "?" button at 1024 px (shown in full at 1440 px), Export's formats are PNG and SVG
 * after an Export caption, and every control is still reached by Tab and used by Enter.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshot, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { GanttPage } from './pages/gantt-page';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let gantt: GanttPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  gantt = new GanttPage(page);
});

/** What has focus: its accessible label, else its text. */
function focused(): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('aria-label') ?? (el instanceof HTMLSelectElement ? 'select' : el?.textContent ?? '');
  });
}

describe('presentation mode\'s bar', () => {
  it('is one line at 1024 and 1440 px, inside the window, every control reached by keyboard', async () => {
    await app.newEmptyProject('Quarterly platform migration');
    await app.typeTasks([['Discovery', '3d'], ['Vendor selection and contract signed by all parties', '0d'], ['Data migration rehearsal', '4d']]);
    await page.keyboard.press('Control+2');
    await gantt.grid.waitFor();
    await page.keyboard.press('F5');
    await gantt.presentation.waitFor();
    // A step shows the stop's name in the bar too: the milestone's, the longest name.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => gantt.presentation.locator('.gl-present-stop').textContent()).toBe('1/1: Vendor selection and contract signed by all parties');

    for (const [width, height] of [[1024, 768], [1440, 900]] as const) {
      await page.setViewportSize({ width, height });
      const controls = await gantt.presentationBarItems();
      const at = `at ${String(width)} px`;
      expect(controls.map((c) => c.name), at).toEqual(expect.arrayContaining(['Focus', 'Export PNG', 'Export SVG', 'Exit presentation']));
      const spread = (values: number[]): number => Math.max(...values) - Math.min(...values);
      const buttonsAndLists = controls.filter((c) => c.isControl);
      expect(spread(buttonsAndLists.map((c) => c.top)), `tops of ${JSON.stringify(buttonsAndLists)} ${at}`).toBeLessThanOrEqual(4);
      // The title and the help text are of other heights: on the same line, their middles meet the controls'.
      expect(spread(controls.map((c) => (c.top + c.bottom) / 2)), `middles of ${JSON.stringify(controls)} ${at}`).toBeLessThanOrEqual(4);
      expect(controls.filter((c) => c.left < 0 || c.right > width || c.bottom > height).map((c) => c.name), `outside the window ${at}`).toEqual([]);
      // The help is said in full where there is room for it, and behind "?" where there is not.
      const help = gantt.presentation.locator('.gl-present-help');
      const helpButton = gantt.presentation.getByRole('button', { name: 'Presentation keys' });
      expect(await help.isVisible(), `help shown in full ${at}`).toBe(width >= 1440);
      expect(await helpButton.isVisible(), `"?" shown ${at}`).toBe(width < 1440);
    }
    await screenshotsAtBothSizes(page, 'present-bar-one-line');

    // By keyboard at 1024 px: Tab from Focus reaches "?", the exports and Exit, and "?" opens the keys.
    await page.setViewportSize({ width: 1024, height: 768 });
    await gantt.presentation.getByLabel('Focus').focus();
    const reached: string[] = [];
    for (let i = 0; i < 6 && !reached.includes('Exit presentation'); i++) {
      await page.keyboard.press('Tab');
      reached.push(await focused());
    }
    expect(reached).toEqual(['Presentation keys', 'Export PNG', 'Export SVG', 'Exit presentation']);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('Presentation keys');
    await page.keyboard.press('Enter');
    const keys = page.getByRole('dialog', { name: 'Presentation keys' });
    await keys.waitFor();
    expect(await keys.innerText()).toMatch(/→[\s\S]*step[\s\S]*zoom[\s\S]*today[\s\S]*Esc[\s\S]*exit/);
    const box = await keys.boundingBox();
    expect(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 1024 && box.y + box.height <= 768, 'the keys inside the window').toBe(true);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await screenshot(page, `present-bar-keys-1024x768-${scheme}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    // Esc closes the keys, not the presentation; a second Esc leaves it.
    await page.keyboard.press('Escape');
    await expect.poll(() => keys.count()).toBe(0);
    expect(await gantt.presentation.count()).toBe(1);
    expect(await focused()).toBe('Presentation keys');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Exit presentation');
    await page.keyboard.press('Enter');
    await expect.poll(() => gantt.presentation.count()).toBe(0);
  }, 120_000);
});
