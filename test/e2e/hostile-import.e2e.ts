/**
 * Hostile imports (issue 19), from an empty project built through the UI, through File → Import…
 * and the browser's file picker: a CSV with 5,000 columns gets its mapping preview (a bounded
 * sample, said in words) within seconds; a 200 MB file gets a message within seconds; an 11 MB CSV
 * asks first, then reads and checks in the import worker with progress and a Cancel that stops it.
 * Throughout, the window keeps painting frames (a requestAnimationFrame counter advances while the
 * worker runs) and the task grid still takes typing afterwards. The big files are generated in a
 * temporary folder and never committed.
 */
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, openApp, screenshot, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';

const fixture = freshAppPerTest();
let handle: AppHandle;
let app: AppPage;
let files: FilesPage;
const dir = mkdtempSync(join(tmpdir(), 'plotline-hostile-import-'));

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
  files = new FilesPage(handle.page);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function wideCsv(): string {
  const path = join(dir, 'wide.csv');
  if (existsSync(path)) return path;
  const header = Array.from({ length: 5000 }, (_, i) => (i === 0 ? 'Name' : `Extra ${String(i)}`)).join(',');
  const row = (n: number): string => [`Task ${String(n)}`, ...Array.from({ length: 4999 }, (_, i) => String(i))].join(',');
  writeFileSync(path, [header, ...Array.from({ length: 20 }, (_, n) => row(n + 1))].join('\n'));
  return path;
}

/** 20,000 rows of 27 columns, about 11 MB: over the 10 MB that asks first, under the row limit, so every row is read and checked. */
function bigCsv(): string {
  const path = join(dir, 'big.csv');
  if (existsSync(path)) return path;
  const filler = Array.from({ length: 26 }, () => 'abcdefghijklmnopqrst').join(',');
  const header = ['Name', ...Array.from({ length: 26 }, (_, i) => `Extra ${String(i + 1)}`)].join(',');
  const rows = Array.from({ length: 20_000 }, (_, n) => `Task ${String(n + 1)},${filler}`);
  writeFileSync(path, `${header}\n${rows.join('\n')}\n`);
  return path;
}

function hugeFile(): string {
  const path = join(dir, 'huge.csv');
  if (existsSync(path)) return path;
  const fd = openSync(path, 'w');
  ftruncateSync(fd, 200 * 1024 * 1024);
  closeSync(fd);
  return path;
}

async function emptyProjectWithTask(name: string): Promise<void> {
  await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
  await handle.page.keyboard.press('Enter');
  await handle.page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).press('Enter');
  await expect.poll(() => app.title.textContent()).toBe('Untitled project');
  await handle.page.getByRole('toolbar', { name: 'Task actions' }).getByRole('button', { name: 'Add task' }).click();
  await app.nameNewRow(name);
  await expect.poll(() => app.row(name).count()).toBe(1);
}

/** Counts painted frames on the page's own thread: it only advances while the window is not frozen. */
async function startFrameCounter(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { plotlineFrames: number };
    w.plotlineFrames = 0;
    const tick = (): void => {
      w.plotlineFrames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

const frames = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { plotlineFrames: number }).plotlineFrames);

async function renameTask(from: string, to: string): Promise<void> {
  await app.editCell(from, 'name', to);
  await expect.poll(() => app.row(to).count()).toBe(1);
}

describe('hostile imports stay in the import worker', () => {
  // The big files are written once, outside any test's time.
  beforeAll(() => {
    wideCsv();
    bigCsv();
    hugeFile();
  }, 120_000);

  it('a 5,000-column CSV shows its bounded sample within seconds while the window keeps painting', async () => {
    const { page } = handle;
    await emptyProjectWithTask('Kick-off');
    await startFrameCounter(page);
    const started = Date.now();
    const before = await frames(page);
    await files.openPath(wideCsv(), 'Import…');
    const mapping = files.dialog('Import “wide.csv”');
    await mapping.waitFor({ timeout: 15_000 });
    expect(Date.now() - started).toBeLessThan(15_000);
    await expect.poll(() => mapping.getByRole('note').textContent())
      .toBe('The preview shows the first 5 of 20 rows and the first 40 of 5,000 columns (only these can be mapped); every row is checked in the background.');
    expect(await mapping.getByRole('combobox').count()).toBe(40);
    await expect.poll(() => mapping.getByText('20 tasks will be created.').count(), { timeout: 15_000 }).toBe(1);
    expect(await frames(page)).toBeGreaterThan(before);
    await screenshot(page, 'files-wide-csv-1440-light');
    await mapping.getByRole('button', { name: 'Cancel' }).click();
    await renameTask('Kick-off', 'Kick-off meeting');
  });

  it('a 200 MB file is refused within seconds, before anything is read', async () => {
    const { page } = handle;
    await emptyProjectWithTask('Kick-off');
    const started = Date.now();
    await files.openPath(hugeFile(), 'Import…');
    const refused = files.dialog('Could not open “huge.csv”');
    await refused.waitFor({ timeout: 10_000 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await refused.getByRole('alert').textContent()).toBe('"huge.csv" is larger than 50 MB, so Plotline did not open it.');
    await screenshot(page, 'files-huge-refused-1440-light');
    await refused.getByRole('button', { name: 'OK' }).click();
    await renameTask('Kick-off', 'Kick-off meeting');
  });

  // Reading and checking 20,000 rows on a shared machine takes longer than the default test time.
  it('an 11 MB CSV asks first, then reads and checks in the worker with progress, the window painting, and Cancel stops it', async () => {
    const { page } = handle;
    await emptyProjectWithTask('Kick-off');
    await startFrameCounter(page);
    const projects = await app.projects.getByRole('listitem').count();
    await files.openPath(bigCsv(), 'Import…');
    const ask = files.dialog('Open a large file?');
    await ask.waitFor({ timeout: 15_000 });
    expect(await ask.textContent()).toMatch(/“big\.csv” is 1[01](\.\d)? MB, more than the 10 MB Plotline opens without asking\. .*reads up to 50,000 rows of a table and stops any read that takes over 20 s, with a message\./);
    await screenshot(page, 'files-ask-large-1440-light');
    const before = await frames(page);
    await ask.getByRole('button', { name: 'Open file' }).click();
    await screenshot(page, 'files-reading-1440-light');
    const big = files.dialog('Import “big.csv”');
    await big.waitFor({ timeout: 30_000 });
    const checking = big.getByRole('progressbar', { name: 'Checking all 20,000 rows…' });
    await checking.waitFor({ timeout: 5_000 });
    // The page paints while the worker checks: the counter moves on with the check still running.
    const during = await frames(page);
    await expect.poll(async () => (await frames(page)) - during, { timeout: 5_000 }).toBeGreaterThan(10);
    expect(await checking.count()).toBe(1);
    expect(during).toBeGreaterThan(before);
    await screenshot(page, 'files-checking-1440-light');
    await page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(page, 'files-checking-1024-light');
    await page.setViewportSize({ width: 1440, height: 900 });
    await big.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await app.projects.getByRole('listitem').count()).toBe(projects);
    await renameTask('Kick-off', 'Kick-off with the team');
  }, 150_000);

  it('in dark mode at 1024x768 and 1440x900 the progress, the sample note and the refusal stay on screen', async () => {
    const dark = await openApp({ colorScheme: 'dark', viewport: { width: 1024, height: 768 } });
    try {
      const darkFiles = new FilesPage(dark.page);
      await darkFiles.openPath(wideCsv(), 'Import…');
      const mapping = darkFiles.dialog('Import “wide.csv”');
      await mapping.waitFor({ timeout: 15_000 });
      await screenshot(dark.page, 'files-wide-csv-1024-dark');
      await mapping.getByRole('button', { name: 'Cancel' }).click();
      await darkFiles.openPath(bigCsv(), 'Import…');
      await darkFiles.dialog('Open a large file?').getByRole('button', { name: 'Open file' }).click();
      const big = darkFiles.dialog('Import “big.csv”');
      await big.getByRole('progressbar', { name: 'Checking all 20,000 rows…' }).waitFor({ timeout: 30_000 });
      await screenshot(dark.page, 'files-checking-1024-dark');
      await dark.page.setViewportSize({ width: 1440, height: 900 });
      await screenshot(dark.page, 'files-checking-1440-dark');
      await big.getByRole('button', { name: 'Cancel' }).click();
      await darkFiles.openPath(hugeFile(), 'Import…');
      await darkFiles.dialog('Could not open “huge.csv”').waitFor({ timeout: 10_000 });
      await screenshot(dark.page, 'files-huge-refused-1440-dark');
    } finally {
      await dark.close();
    }
  }, 150_000);
});
