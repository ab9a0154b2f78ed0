/**
 * Presentation mode's bar with a date window set is one line at 1024x768 and 1440x900, from an
 * EMPTY project built by keyboard: with From and To beside the rest it took two lines at 1024 px,
 * Export and Exit alone on the second, a row of the chart the room lost. Every control is still
 * reached by Tab, and the project's name, cut short to make room, is whole in its tooltip and its text.
 * An impossible date (Feb 30) typed in From or To is said under its own field, in the bar's own
 * room: it hung below the bar over the chart, from the bar's left edge under the project's name,
 * away from the field it names. The bar's controls stay on their one line while it shows, both
 * messages show whole when both dates are refused, and a good date takes them (and their room) away.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { dateMessagePlace } from './pages/bar-geometry';
import { GanttPage } from './pages/gantt-page';
import { presentLinkedPlan } from './pages/shared-projects';

const fixture = freshAppPerTest();
let page: Page;
let gantt: GanttPage;

beforeEach(() => {
  page = fixture.handle.page;
  gantt = new GanttPage(page);
});

const SIZES = [[1024, 768], [1440, 900]] as const;
const NAME = 'Quarterly platform migration';

/** What has focus: its accessible label, else its text. */
function focused(): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('aria-label') ?? (el instanceof HTMLInputElement ? el.labels?.[0]?.textContent ?? '' : el?.textContent ?? '');
  });
}

/** Checks that the bar's items share one line, inside the window, a cut text whole in its tooltip. */
async function expectOneLine(at: string, width: number, height: number): Promise<void> {
  const items = await gantt.presentationBarItems();
  expect(items.map((c) => c.name), at).toEqual(expect.arrayContaining(['Focus', 'From', 'To', 'Presentation keys', 'Export PNG', 'Export SVG', 'Exit presentation']));
  const spread = (values: number[]): number => Math.max(...values) - Math.min(...values);
  const controls = items.filter((c) => c.isControl);
  expect(spread(controls.map((c) => c.top)), `tops of ${JSON.stringify(controls)} ${at}`).toBeLessThanOrEqual(4);
  expect(spread(items.map((c) => (c.top + c.bottom) / 2)), `middles of ${JSON.stringify(items)} ${at}`).toBeLessThanOrEqual(4);
  expect(items.filter((c) => c.left < 0 || c.right > width || c.bottom > height).map((c) => c.name), `outside the window ${at}`).toEqual([]);
  expect(items.filter((c) => c.isCut && c.title !== c.name).map((c) => c.name), `cut short without its full text as tooltip ${at}`).toEqual([]);
}

describe('presentation mode\'s bar with a date window', () => {
  it('is one line at 1024 and 1440 px, every control reached by Tab, and says a refused date under its field', async () => {
    // Discovery Mon 4 – Fri 8 Jan 2027, Design Mon 11 – Fri 15, Build Mon 18 – Fri 29, finish to start.
    await presentLinkedPlan(page, NAME);
    const focus = gantt.presentation.getByLabel('Focus');
    await focus.focus();
    await focus.selectOption({ label: 'Date window' });
    await gantt.typeWindowDate('From', '2027-01-04', 'Tab');
    await gantt.typeWindowDate('To', '2027-01-08', 'Enter');
    await expect.poll(() => gantt.presentation.getByRole('grid').locator('.gl-name-text').allInnerTexts()).toEqual(['Discovery']);
    const bar = gantt.presentationBar;

    const barHeights: number[] = [];
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await expectOneLine(`at ${String(width)} px`, width, height);
      barHeights.push((await bar.boundingBox())?.height ?? 0);
    }
    // The name is the title's text for a screen reader, however much of it is shown.
    expect(await bar.getByRole('heading', { level: 1 }).textContent()).toBe(NAME);
    await screenshotsAtBothSizes(page, 'present-window-bar');

    // By keyboard at 1024 px: Tab from Focus reaches every control of the bar, in its order.
    await page.setViewportSize({ width: 1024, height: 768 });
    await focus.focus();
    const reached: string[] = [];
    for (let i = 0; i < 10 && !reached.includes('Exit presentation'); i++) {
      await page.keyboard.press('Tab');
      reached.push(await focused());
    }
    expect(reached).toEqual(['From', 'Open calendar', 'To', 'Open calendar', 'Presentation keys', 'Export PNG', 'Export SVG', 'Exit presentation']);

    // An impossible To: said under To, inside the bar, covering none of its controls; the controls keep their line.
    await gantt.typeWindowDate('To', '2027-02-30', 'Tab');
    await expect.poll(async () => (await dateMessagePlace(bar, 'To')).text).toBe('To: \'2027-02-30\' is not a real date: there is no such day in the calendar.');
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      const at = `at ${String(width)} px`;
      const place = await dateMessagePlace(bar, 'To');
      expect(place.message, `the message ${at}`).not.toBeNull();
      const message = place.message ?? place.field;
      expect(message.top, `the message below its field ${at}`).toBeGreaterThanOrEqual(place.field.bottom);
      expect(Math.abs(message.left - place.field.left), `the message starts under its field ${at}`).toBeLessThanOrEqual(2);
      expect(message.bottom, `the message inside the bar, above the chart ${at}`).toBeLessThanOrEqual(place.bar.bottom);
      expect(place.covers, `bar controls the message covers ${at}`).toEqual([]);
      expect(place.isInWindow, `the message whole in the window ${at}`).toBe(true);
      await expectOneLine(at, width, height);
    }
    await screenshotsAtBothSizes(page, 'present-window-bar-refused');

    // Both dates refused: both messages whole, one above the other, each under its own field.
    await gantt.typeWindowDate('From', '2027-04-31', 'Tab');
    await expect.poll(async () => (await dateMessagePlace(bar, 'From')).text).toContain('2027-04-31');
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      const at = `at ${String(width)} px`;
      const from = await dateMessagePlace(bar, 'From');
      const to = await dateMessagePlace(bar, 'To');
      const [a, b] = [from.message ?? from.field, to.message ?? to.field];
      const isApart = a.bottom <= b.top || b.bottom <= a.top || a.right <= b.left || b.right <= a.left;
      expect(isApart, `the two messages apart ${at}: ${JSON.stringify([a, b])}`).toBe(true);
      for (const place of [from, to]) {
        expect(place.message?.top ?? 0, `${place.text} below its field ${at}`).toBeGreaterThanOrEqual(place.field.bottom);
        expect(Math.abs((place.message?.left ?? 0) - place.field.left), `${place.text} under its field ${at}`).toBeLessThanOrEqual(2);
        expect(place.message?.bottom ?? Infinity, `${place.text} inside the bar ${at}`).toBeLessThanOrEqual(place.bar.bottom);
        expect(place.covers, `bar controls covered ${at}`).toEqual([]);
        expect(place.isInWindow, `${place.text} whole in the window ${at}`).toBe(true);
      }
      await expectOneLine(at, width, height);
    }
    await screenshotsAtBothSizes(page, 'present-window-bar-two-refused');

    // Good dates: the messages and their room go; the window is the one typed.
    await gantt.typeWindowDate('From', '2027-01-11', 'Tab');
    await gantt.typeWindowDate('To', '2027-01-22', 'Tab');
    await expect.poll(() => bar.getByRole('alert').count()).toBe(0);
    await expect.poll(() => gantt.presentation.getByRole('grid').locator('.gl-name-text').allInnerTexts()).toEqual(['Design', 'Build']);
    for (const [index, [width, height]] of SIZES.entries()) {
      await page.setViewportSize({ width, height });
      expect((await bar.boundingBox())?.height, `the bar's height again at ${String(width)} px`).toBe(barHeights[index]);
    }
  }, 120_000);
});
