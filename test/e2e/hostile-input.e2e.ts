/**
 * Hostile input (issue 19/20), from an empty project built through the UI: a CSV with 5,000
 * columns and a 200 MB file each get a message within seconds while the window stays responsive
 * (typing into a task name still works), and a CSV dated 1850 is refused with its row and column
 * and adds nothing, before and after a reload.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, openApp, screenshot, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';

const fixture = freshAppPerTest();
let handle: AppHandle;
let app: AppPage;
let files: FilesPage;
const dir = mkdtempSync(join(tmpdir(), 'plotline-hostile-'));

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
  files = new FilesPage(handle.page);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function emptyProjectWithTask(name: string): Promise<void> {
  await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
  await handle.page.keyboard.press('Enter');
  // The new-project dialog asks for a name, start and region once; Enter takes what it shows.
  await handle.page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).press('Enter');
  await expect.poll(() => app.title.textContent()).toBe('Untitled project');
  await handle.page.getByRole('toolbar', { name: 'Task actions' }).getByRole('button', { name: 'Add task' }).click();
  await app.nameNewRow(name);
  await expect.poll(() => app.row(name).count()).toBe(1);
}

/** The page's main thread answers within a frame budget or so: it is not frozen. */
async function expectResponsive(): Promise<void> {
  const started = Date.now();
  await handle.page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  expect(Date.now() - started).toBeLessThan(1500);
}

async function renameTask(from: string, to: string): Promise<void> {
  await app.editCell(from, 'name', to);
  await expect.poll(() => app.row(to).count()).toBe(1);
}

describe('hostile input', () => {
  it('a CSV with 5,000 columns and a 200 MB file each get a message within seconds; the window stays usable', async () => {
    await emptyProjectWithTask('Kick-off');

    const wide = join(dir, 'wide.csv');
    const header = Array.from({ length: 5000 }, (_, i) => (i === 0 ? 'Name' : `Extra ${String(i)}`)).join(',');
    const row = (n: number): string => [`Task ${String(n)}`, ...Array.from({ length: 4999 }, (_, i) => String(i))].join(',');
    writeFileSync(wide, [header, ...Array.from({ length: 20 }, (_, n) => row(n))].join('\n'));
    let started = Date.now();
    await files.openPath(wide, 'Import…');
    const mapping = files.dialog('Import “wide.csv”');
    await mapping.waitFor({ timeout: 15_000 });
    expect(Date.now() - started).toBeLessThan(15_000);
    await expect.poll(() => mapping.getByRole('note').textContent()).toMatch(/the first 40 of 5,000 columns \(only these can be mapped\)/);
    expect(await mapping.getByRole('combobox').count()).toBe(40);
    await expectResponsive();
    await screenshot(handle.page, 'hostile-wide-csv-1440-light');
    await handle.page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(handle.page, 'hostile-wide-csv-1024-light');
    await handle.page.setViewportSize({ width: 1440, height: 900 });
    await mapping.getByRole('button', { name: 'Cancel' }).click();
    await renameTask('Kick-off', 'Kick-off meeting');

    const huge = join(dir, 'huge.plotline');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024);
    closeSync(fd);
    started = Date.now();
    await files.openPath(huge);
    const error = files.dialog('Could not open “huge.plotline”');
    await error.waitFor({ timeout: 10_000 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await error.getByRole('alert').textContent()).toMatch(/larger than 50 MB, so Plotline did not open it/);
    await expectResponsive();
    await error.getByRole('button', { name: 'OK' }).click();
    await renameTask('Kick-off meeting', 'Kick-off with the team');
  });

  it('a CSV row dated 1850 is skipped with its row and column, the rest becomes a project, and the app still starts after a reload', async () => {
    await emptyProjectWithTask('Plan the plan');
    await app.waitSaved();
    const projects = await app.projects.getByRole('listitem').count();
    const old = join(dir, 'old.csv');
    writeFileSync(old, 'Name,Start\nAncient,1850-01-01\nModern,2026-03-02\n');
    await files.openPath(old, 'Import…');
    const mapping = files.dialog('Import “old.csv”');
    await mapping.waitFor();
    // As 30 February is: the row goes, named by row and column; the file's other rows come in.
    await expect.poll(() => mapping.getByRole('region', { name: 'Rows that will be skipped' }).textContent())
      .toContain("row 2, column 2 (Start): '1850-01-01' is outside the years Plotline plans: 1900 to 2200.");
    await screenshot(handle.page, 'hostile-csv-1850-1440-light');
    await mapping.getByRole('button', { name: 'Create project' }).click();
    await expect.poll(() => app.title.textContent()).toBe('old');
    await expect.poll(() => app.row('Modern').count()).toBe(1);
    expect(await app.row('Ancient').count()).toBe(0);
    await app.waitSaved();

    await handle.reload();
    await expect.poll(() => app.projects.getByRole('listitem').count()).toBe(projects + 1);
    await app.projects.getByRole('button', { name: 'old', exact: true }).click();
    await expect.poll(() => app.row('Modern').count()).toBe(1);
    expect(await app.row('Ancient').count()).toBe(0);
    await app.projects.getByRole('button', { name: 'Untitled project', exact: true }).click();
    await expect.poll(() => app.row('Plan the plan').count()).toBe(1);
  });

  it('the CSV dialog in dark mode at 1024x768 keeps its note and skipped rows on screen', async () => {
    const dark = await openApp({ colorScheme: 'dark', viewport: { width: 1024, height: 768 } });
    try {
      const darkFiles = new FilesPage(dark.page);
      await darkFiles.openPath(join(dir, 'old.csv'), 'Import…');
      const mapping = darkFiles.dialog('Import “old.csv”');
      await mapping.waitFor();
      const skipped = mapping.getByRole('region', { name: 'Rows that will be skipped' });
      await expect.poll(() => skipped.textContent()).toContain("row 2, column 2 (Start): '1850-01-01' is outside the years");
      const box = await skipped.boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= 768 && box.x + box.width <= 1024).toBe(true);
      expect(await mapping.getByText('1 task will be created.').count()).toBe(1);
      await screenshot(dark.page, 'hostile-csv-1850-1024-dark');
      await darkFiles.dialog('Import “old.csv”').getByRole('button', { name: 'Cancel' }).click();
      await darkFiles.openPath(join(dir, 'wide.csv'), 'Import…');
      await darkFiles.dialog('Import “wide.csv”').waitFor({ timeout: 15_000 });
      await screenshot(dark.page, 'hostile-wide-csv-1024-dark');
    } finally {
      await dark.close();
    }
  });
});
