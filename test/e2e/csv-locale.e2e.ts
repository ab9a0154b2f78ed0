/**
 * CSV with dates in the person's locale, from an empty project: a plan typed by keyboard goes out
 * with "Dates in my locale's format" ticked and comes back through the column-mapping preview with
 * the same tasks, dates (to the minute: its own export again is the same file), durations and
 * % done, in a Korean and an Arabic (Egypt) browser, whose short dates are the hardest to read back
 * ("2027. 3. 1. 오전 9:00", "1‏/3‏/2027، 9:00 ص").
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';

/** [name, duration, predecessors]: a 4-hour task finishing after noon, a 10-day one past the 12th, a milestone. */
const ROWS = [['Workshop', '1d', ''], ['Build', '10d', '1'], ['Review', '4h', '2'], ['Sign-off', '0d', '3']] as const;
const NAMES = ROWS.map(([name]) => name);

let handle: AppHandle | null = null;
afterEach(async () => { await handle?.close(); handle = null; });
afterAll(async () => { await closeBrowser(); });

async function typePlan(app: AppPage): Promise<void> {
  const { page } = app;
  const typeCell = async (text: string): Promise<void> => { await page.keyboard.type(text); await page.keyboard.press('Enter'); };
  await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await dialog.getByLabel('Name', { exact: true }).waitFor();
  await page.keyboard.type('Locale trip');
  await dialog.getByLabel('Start date', { exact: true }).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2027-03-01');
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => app.title.textContent()).toBe('Locale trip');
  await app.openView('Tasks');
  await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
  for (const [name] of ROWS) await typeCell(name);
  await app.cell('Workshop', 'duration').click();
  for (const [, duration] of ROWS) await typeCell(duration);
  await app.cell('Build', 'predecessors').click();
  for (const [, , predecessors] of ROWS.slice(1)) await typeCell(predecessors);
  await app.editCell('Workshop', 'percent', '50');
  await expect.poll(() => app.cell('Workshop', 'percent').textContent()).toMatch(/50/);
}

const cellsOf = (app: AppPage) => Promise.all(NAMES.map((name) =>
  Promise.all(['duration', 'start', 'finish', 'predecessors', 'percent'].map(async (c) => (await app.cell(name, c).textContent()) ?? ''))));

async function exportLocaleCsv(files: FilesPage): Promise<{ name: string; text: string }> {
  return files.exportAs(/CSV table/, async (dialog) => {
    await dialog.getByRole('checkbox', { name: /Dates in my locale/ }).check();
  });
}

describe("CSV with the locale's dates", () => {
  it.each([
    ['ko-KR', '2027. 3. 1. 오전 9:00', '2027. 3. 16. 오후 1:00'],
    ['ar-EG', '1\u200f/3\u200f/2027\u060c 9:00 ص', '16\u200f/3\u200f/2027\u060c 1:00 م'],
  ])('%s: a plan typed in an empty project exports and imports back with the same dates and durations', async (locale, firstStart, reviewFinish) => {
    handle = await openApp({ locale });
    const app = new AppPage(handle.page);
    const files = new FilesPage(handle.page);
    await typePlan(app);
    const before = await cellsOf(app);

    const { name, text } = await exportLocaleCsv(files);
    expect(name).toBe('Locale trip.csv');
    expect(text).toContain(firstStart);
    expect(text).toContain(reviewFinish);

    await files.open('Locale trip.csv', text, 'Import…');
    const mapping = files.dialog('Import “Locale trip.csv”');
    await mapping.waitFor();
    // The count in the person's digits: "٤ tasks" in Arabic (Egypt).
    await expect.poll(() => mapping.textContent()).toMatch(/(4|٤) tasks will be created/);
    expect(await mapping.getByRole('region', { name: 'Rows that will be skipped' }).count()).toBe(0);
    // The preview shows an Arabic date right to left, as a spreadsheet does, not scrambled into "1ص 9:00 ،2027/3/".
    const startCell = mapping.locator('tbody tr').first().locator('td').nth(4);
    expect(await startCell.textContent()).toBe(firstStart);
    expect(await startCell.evaluate((cell) => getComputedStyle(cell).direction)).toBe(locale === 'ar-EG' ? 'rtl' : 'ltr');
    await screenshotsAtBothSizes(handle.page, `csv-locale-import-${locale}`);
    await mapping.getByRole('button', { name: 'Create project' }).click();
    await expect.poll(() => app.title.textContent()).toBe('Locale trip (2)');
    await expect.poll(() => app.outline()).toEqual(NAMES.map((name) => `${name}@0`));
    expect(await cellsOf(app)).toEqual(before);
    // Every start and finish to the minute: the copy's own export is the same file.
    expect((await exportLocaleCsv(files)).text).toBe(text);
  });
});
