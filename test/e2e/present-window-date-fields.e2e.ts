/**
 * Presentation mode's date window (From, To) is typed in the app's own date field, as the dialogs'
 * and the registers' dates are (it was the browser's date input, which read typed keys as
 * month/day/year segments and wrote 01/11/2027): from an EMPTY project built by keyboard, a window
 * typed YYYY-MM-DD presents the tasks in it alone. An impossible date (Feb 30) is refused with a
 * message naming the field and the window presented stays. The calendar (Alt+Down) takes its own
 * arrow keys and Escape, which step and leave the presentation everywhere else.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { GanttPage } from './pages/gantt-page';
import { presentLinkedPlan } from './pages/shared-projects';

const fixture = freshAppPerTest();
let handle: AppHandle;
let page: Page;
let gantt: GanttPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  gantt = new GanttPage(page);
});

/** The task names the presentation's table shows, top to bottom. */
function presented(): Promise<string[]> {
  return gantt.presentation.getByRole('grid').locator('.gl-name-text').allInnerTexts();
}

describe('presentation mode\'s date window', () => {
  it('presents the tasks in a typed window, refuses an impossible date and keeps the window', async () => {
    // Discovery Mon 4 – Fri 8 Jan 2027, Design Mon 11 – Fri 15, Build Mon 18 – Fri 29, finish to start.
    await presentLinkedPlan(page, 'Window field');
    await gantt.presentation.getByLabel('Focus').selectOption({ label: 'Date window' });
    const from = gantt.presentation.getByLabel('From', { exact: true });
    const to = gantt.presentation.getByLabel('To', { exact: true });
    // The app's date field: text typed as YYYY-MM-DD and a calendar button, not the browser's date input.
    expect(await from.getAttribute('type')).toBe('text');
    expect(await to.getAttribute('placeholder')).toBe('YYYY-MM-DD');
    expect(await gantt.presentation.getByRole('button', { name: 'Open calendar' }).count()).toBe(2);
    await expect.poll(presented).toEqual(['Discovery']);

    // The week of 11 Jan, typed by keyboard: Design alone.
    await gantt.typeWindowDate('From', '2027-01-11', 'Tab');
    await gantt.typeWindowDate('To', '2027-01-15', 'Enter');
    await expect.poll(presented).toEqual(['Design']);
    await screenshotsAtBothSizes(page, 'present-window-date-field');

    // An impossible date: the field says why and the window presented stays.
    await gantt.typeWindowDate('To', '2027-02-30', 'Tab');
    const message = gantt.presentation.getByRole('alert');
    await expect.poll(() => message.innerText()).toBe('To: \'2027-02-30\' is not a real date: there is no such day in the calendar.');
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    expect(await to.inputValue(), 'what was typed stays to be corrected').toBe('2027-02-30');
    expect(await presented()).toEqual(['Design']);
    await screenshotsAtBothSizes(page, 'present-window-date-refused');

    // The calendar: arrows move its day and Enter picks, Escape closes it; none of them steps or leaves the presentation.
    await to.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2027-01-15');
    await page.keyboard.press('Alt+ArrowDown');
    const calendar = page.getByRole('dialog', { name: 'Calendar: To' });
    await calendar.waitFor();
    await screenshotsAtBothSizes(page, 'present-window-date-calendar');
    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'detached' });
    expect(await gantt.presentation.count(), 'Escape closed the calendar, not the presentation').toBe(1);
    await page.keyboard.press('Alt+ArrowDown');
    await calendar.waitFor();
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'Enter']) await page.keyboard.press(key);
    await calendar.waitFor({ state: 'detached' });
    await expect.poll(() => to.inputValue()).toBe('2027-01-18');
    await expect.poll(presented).toEqual(['Design', 'Build']);
    expect(await gantt.presentation.locator('.gl-present-stop').innerText(), 'the arrows did not step the presentation').toBe('');
  }, 120_000);
});
