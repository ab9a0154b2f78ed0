/**
 * The schedule risk analysis's Target date is the app's own date field, as the Cost view's status
 * date and the registers' dates are (it was the browser's date input, which read typed keys as
 * month/day/year segments and wrote 12/06/2026): from an EMPTY project built by keyboard, a target
 * typed YYYY-MM-DD is the one the run reports the chance of finishing by, and is kept with the
 * result after a reload. An impossible target (Feb 30) is refused with a message naming the field,
 * no run goes ahead on it, and the last result and its target stay.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { dateMessagePlace } from './pages/bar-geometry';
import { ScheduleRiskPage } from './pages/schedule-risk-page';

const fixture = freshAppPerTest();
let handle: AppHandle;
let page: Page;
let app: AppPage;
let risk: ScheduleRiskPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
  risk = new ScheduleRiskPage(app);
});

/** A date as every date in the app reads ("Fri, Jan 5, 35"). */
function shown(date: string): Promise<string> {
  return page.evaluate((d) => new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' })
    .format(new Date(`${d}T00:00:00Z`)), date);
}

describe('the schedule risk Target date field', () => {
  it('runs with a typed target, refuses an impossible one and keeps the last result, after a reload too', async () => {
    await app.newEmptyProject('Target field');
    await app.typeTasks([['Build', '4d'], ['Test', '2d']]);
    await risk.open();
    const build = page.getByLabel('Pessimistic days for Build', { exact: true });
    await build.fill('9');
    await build.press('Enter');
    const settings = page.getByRole('form', { name: 'Simulation settings' });
    const field = settings.getByLabel('Target date', { exact: true });
    // The app's date field: text typed as YYYY-MM-DD and a calendar button, not the browser's date input.
    expect(await field.getAttribute('type')).toBe('text');
    expect(await field.getAttribute('placeholder')).toBe('YYYY-MM-DD');
    expect(await settings.getByRole('button', { name: 'Open calendar' }).count()).toBe(1);

    // A target years before the plan starts: typed by keyboard, Enter runs the simulation on it.
    await settings.getByLabel('Seed', { exact: true }).fill('7');
    await app.typeOver(field, '2020-01-06', 'Enter');
    const chance = page.locator('.simulation-results .chance');
    await expect.poll(() => chance.innerText(), { timeout: 30_000 }).toContain(`Finishing by ${await shown('2020-01-06')}: 0%.`);

    // A target years after it finishes: every run meets it.
    await app.typeOver(field, '2035-01-05', 'Tab');
    await settings.getByRole('button', { name: 'Run simulation' }).click();
    await expect.poll(() => chance.innerText(), { timeout: 30_000 }).toContain(`Finishing by ${await shown('2035-01-05')}: 100%.`);
    const ran = await page.getByText(/^Ran .* · \d[\d,]* iterations · seed 7$/).innerText();
    await app.waitSaved();

    // An impossible target: refused with a message naming the field; neither Enter nor Run runs on it.
    await app.typeOver(field, '2027-02-30', 'Enter');
    const message = settings.getByRole('alert');
    await expect.poll(() => message.innerText()).toBe('Target date: \'2027-02-30\' is not a real date: there is no such day in the calendar.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.inputValue(), 'what was typed stays to be corrected').toBe('2027-02-30');
    await settings.getByRole('button', { name: 'Run simulation' }).click();
    expect(await settings.getByRole('button', { name: 'Cancel' }).count(), 'no run started').toBe(0);
    expect(await chance.innerText()).toContain(`Finishing by ${await shown('2035-01-05')}: 100%.`);
    expect(await page.getByText(/^Ran /).innerText()).toBe(ran);
    expect(await message.innerText()).toContain('Target date:');
    // Said under its field in the settings bar's own room, whole in the window, over none of its controls or the results.
    for (const [width, height] of [[1024, 768], [1440, 900]] as const) {
      await page.setViewportSize({ width, height });
      const at = `at ${String(width)} px`;
      const place = await dateMessagePlace(settings, 'Target date');
      const box = place.message ?? place.field;
      expect(box.top, `the message below its field ${at}`).toBeGreaterThanOrEqual(place.field.bottom);
      expect(box.left <= place.field.right && box.right >= place.field.left, `the message under its field ${at}`).toBe(true);
      expect(box.bottom, `the message inside the settings bar ${at}`).toBeLessThanOrEqual(place.bar.bottom);
      expect(place.covers, `controls the message covers ${at}`).toEqual([]);
      expect(place.isInWindow, `the message whole in the window ${at}`).toBe(true);
    }
    await screenshotsAtBothSizes(page, 'risk-target-date-refused');

    // The calendar opens by Alt+Down beside the field, on screen.
    await field.focus();
    await page.keyboard.press('Alt+ArrowDown');
    const calendar = page.getByRole('dialog', { name: 'Calendar: Target date' });
    await calendar.waitFor();
    await screenshotsAtBothSizes(page, 'risk-target-date-calendar');
    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'detached' });

    await handle.reload();
    await risk.open();
    await expect.poll(() => field.inputValue()).toBe('2035-01-05');
    await expect.poll(() => chance.innerText()).toContain(`Finishing by ${await shown('2035-01-05')}: 100%.`);
    expect(await page.getByText(/^Ran /).innerText()).toBe(ran);
    await screenshotsAtBothSizes(page, 'risk-target-date-field');
  }, 120_000);
});
