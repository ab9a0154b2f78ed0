/**
 * GanttProject export in the app: a plan built by keyboard in an empty project (three tasks, a
 * link) goes out through Export… as .gan; the downloaded file holds the tasks in whole days with
 * the dependency on its predecessor, and opening it again shows the same durations, dates and
 * predecessors on screen. Also screenshots of the Export dialog with GanttProject chosen.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, screenshot, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';

const TASKS = ['Design', 'Build', 'Launch'] as const;

afterAll(async () => { await closeBrowser(); });

async function newProject(app: AppPage): Promise<void> {
  await app.projects.getByRole('button', { name: 'New project', exact: true }).click();
  await app.page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).press('Enter');
  await expect.poll(() => app.title.textContent()).toBe('Untitled project');
}

/** The toolbar's Add task by keyboard, then the name typed into the new row. */
async function addTask(handle: AppHandle, app: AppPage, name: string): Promise<void> {
  await handle.page.getByRole('toolbar', { name: 'Task actions' }).getByRole('button', { name: 'Add task' }).focus();
  await handle.page.keyboard.press('Enter');
  await app.nameNewRow(name);
  await expect.poll(() => app.row(name).count()).toBe(1);
}

const cellsOf = (app: AppPage, name: string): Promise<string[]> =>
  Promise.all(['duration', 'start', 'finish', 'predecessors'].map(async (c) => (await app.cell(name, c).textContent()) ?? ''));

describe('GanttProject export', () => {
  it('exports a hand-built plan to .gan with its tasks, durations and link, and opens it back with the same dates', { timeout: 180_000 }, async () => {
    const handle = await openApp();
    const app = new AppPage(handle.page);
    const files = new FilesPage(handle.page);
    await newProject(app);
    for (const name of TASKS) await addTask(handle, app, name);
    await app.editCell('Design', 'duration', '3d');
    await app.editCell('Build', 'duration', '5d');
    await app.editCell('Build', 'predecessors', '1');
    await app.editCell('Launch', 'duration', '0d');
    await app.editCell('Launch', 'predecessors', '2');
    const before = await Promise.all(TASKS.map((t) => cellsOf(app, t)));

    const { name, text } = await files.exportAs(/^GanttProject \(\.gan\)/);
    expect(name).toBe('Untitled project.gan');
    expect(text).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<project name="Untitled project"/);
    const task = (n: string): string => new RegExp(`<task id="(\\d+)" name="${n}"[^>]*>`).exec(text)?.[0] ?? '';
    const idOf = (n: string): string => /id="(\d+)"/.exec(task(n))?.[1] ?? '?';
    expect(task('Design')).toMatch(/meeting="false" start="\d{4}-\d{2}-\d{2}" duration="3"/);
    expect(task('Build')).toMatch(/meeting="false" start="\d{4}-\d{2}-\d{2}" duration="5"/);
    expect(task('Launch')).toMatch(/meeting="true" start="\d{4}-\d{2}-\d{2}" duration="0"/);
    // Dependencies sit on the predecessor: Design -> Build and Build -> Launch, finish-to-start (type 2), no lag.
    const designBlock = text.slice(text.indexOf(task('Design')), text.indexOf(task('Build')));
    expect(designBlock).toContain(`<depend id="${idOf('Build')}" type="2" difference="0" hardness="Strong"/>`);
    expect(text).toContain(`<depend id="${idOf('Launch')}" type="2" difference="0" hardness="Strong"/>`);
    await expect.poll(() => handle.page.getByRole('status').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/Exported “Untitled project\.gan”/)]));

    // The opened plan carries this plan's name and task names; renaming this one first tells the two
    // apart, so the rows read below are the opened plan's (CI once read this plan's rows too early).
    await app.renameProject('Built by hand');
    await files.open('Untitled project.gan', text, 'Open…');
    const summary = files.dialog('Open “Untitled project.gan”');
    await summary.waitFor();
    await summary.getByRole('button', { name: 'Open as new project' }).click();
    await expect.poll(() => app.title.textContent()).toBe('Untitled project');
    await expect.poll(() => app.row('Launch').count()).toBe(1);
    // Launch falls at Build's finish (17:00); GanttProject shows such a milestone on the next working
    // day, and that is the date the file keeps: the same working instant, shown as GanttProject shows it.
    const launchDate = /start="(\d{4}-\d{2}-\d{2})"/.exec(task('Launch'))?.[1] ?? '';
    const shown = new Date(`${launchDate}T00:00:00Z`).toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: '2-digit', timeZone: 'UTC' });
    expect(launchDate > (/start="(\d{4}-\d{2}-\d{2})"/.exec(task('Build'))?.[1] ?? '')).toBe(true);
    await expect.poll(() => Promise.all(TASKS.map((t) => cellsOf(app, t)))).toEqual([...before.slice(0, 2), ['0d', shown, shown, '2']]);
    await handle.close();
  });

  it('screenshots the Export dialog with GanttProject chosen, at two sizes, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const viewport of [{ width: 1024, height: 768 }, { width: 1440, height: 900 }]) {
        const handle = await openApp({ colorScheme, viewport });
        const app = new AppPage(handle.page);
        const files = new FilesPage(handle.page);
        await newProject(app);
        await addTask(handle, app, 'Kick-off');
        await files.choose('Export…');
        const dialog = files.dialog('Export');
        await dialog.getByRole('radio', { name: /^GanttProject \(\.gan\)/ }).check();
        const size = `${String(viewport.width)}x${String(viewport.height)}`;
        await screenshot(handle.page, `gan-export-${colorScheme}-${size}`);
        await handle.close();
      }
    }
  }, 300_000);
});
