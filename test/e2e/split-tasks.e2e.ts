/**
 * Split tasks through the UI, from an empty project: two tasks typed in the table, the first
 * split by dragging its bar apart in the Gantt (Split task), its successor moving with the gap,
 * the split drawn as pieces joined by a dotted line, kept through an MSPDI export and re-import
 * and a reload.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, screenshot, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';
import { GanttPage } from './pages/gantt-page';

const fixture = freshAppPerTest();
let handle: AppHandle;
let app: AppPage;
let gantt: GanttPage;
let files: FilesPage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
  gantt = new GanttPage(handle.page);
  files = new FilesPage(handle.page);
});

const splitBar = (): ReturnType<AppHandle['page']['getByTestId']> => handle.page.getByTestId('split-bar');

/** Screenshots of the split bar at both window sizes, light and dark. */
async function screenshots(): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await handle.page.emulateMedia({ colorScheme: scheme });
    for (const [width, height] of [[1024, 768], [1440, 900]] as const) {
      await handle.page.setViewportSize({ width, height });
      await expect.poll(() => splitBar().isVisible()).toBe(true);
      await screenshot(handle.page, `gantt-split-task-${String(width)}x${String(height)}-${scheme}`);
    }
  }
  await handle.page.emulateMedia({ colorScheme: 'light' });
  await handle.page.setViewportSize({ width: 1440, height: 900 });
}

describe('split tasks', () => {
  it('splits a bar by dragging it apart; the successor moves; MSPDI export, re-import and reload keep the split', async () => {
    await app.projects.getByRole('button', { name: 'New project', exact: true }).click();
    // The new-project dialog asks for a name, start and region once; Enter takes what it shows.
    await app.page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).press('Enter');
    await expect.poll(() => app.title.textContent()).toBe('Untitled project');
    await handle.page.getByRole('toolbar', { name: 'Task actions' }).getByRole('button', { name: 'Add task' }).click();
    await app.nameNewRow('Pour foundations');
    // The second task below it (Insert would add it above, as in MS Project).
    await handle.page.getByRole('toolbar', { name: 'Task actions' }).getByRole('button', { name: 'Add task' }).click();
    await app.nameNewRow('Frame walls');
    await expect.poll(() => app.row('Frame walls').count()).toBe(1);
    await app.editCell('Pour foundations', 'duration', '5d');
    await app.editCell('Frame walls', 'predecessors', '1');
    await expect.poll(() => app.cell('Frame walls', 'predecessors').textContent()).toBe('1');
    const finishBefore = await app.cell('Pour foundations', 'finish').textContent();
    const successorBefore = await app.cell('Frame walls', 'start').textContent();

    await app.openView('Gantt');
    await gantt.grid.waitFor();
    await gantt.zoom('Days');
    const bar = await gantt.bar('Pour foundations');
    const box = await bar.boundingBox();
    if (!box) throw new Error('the bar is not visible');
    await gantt.toolbar.getByRole('button', { name: 'Split task' }).click();
    expect(await gantt.toolbar.getByRole('button', { name: 'Split task' }).getAttribute('aria-pressed')).toBe('true');
    // Press 40 % into the work and drag right by half the bar: at least a day of gap.
    const y = box.y + box.height / 2;
    await handle.page.mouse.move(box.x + box.width * 0.4, y);
    await handle.page.mouse.down();
    for (let i = 1; i <= 5; i++) await handle.page.mouse.move(box.x + box.width * (0.4 + 0.1 * i), y);
    await handle.page.mouse.up();

    await expect.poll(() => splitBar().count()).toBe(1);
    expect(await splitBar().locator('.gl-split-piece').count()).toBe(2);
    expect(await splitBar().locator('.gl-split-gap').count()).toBe(1);
    expect(await gantt.toolbar.getByRole('button', { name: 'Split task' }).getAttribute('aria-pressed')).toBe('false');
    await screenshots();

    await app.openView('Tasks');
    // The work is still 5 days; the finish and the successor move by the gap.
    expect(await app.cell('Pour foundations', 'duration').textContent()).toBe('5d');
    await expect.poll(() => app.cell('Pour foundations', 'finish').textContent()).not.toBe(finishBefore);
    await expect.poll(() => app.cell('Frame walls', 'start').textContent()).not.toBe(successorBefore);
    const finishSplit = await app.cell('Pour foundations', 'finish').textContent();
    const successorSplit = await app.cell('Frame walls', 'start').textContent();

    await app.waitSaved();
    const xml = await files.exportAs(/Microsoft Project XML/);
    // MS Project's own form: a period of zero work in the assignment's timephased data.
    expect(xml.text).toMatch(/<TimephasedData>[\s\S]*?<Value>PT0H0M0S<\/Value>/);
    expect(xml.text).toContain('<ResourceUID>-65535</ResourceUID>');

    // The file brings this plan's name and task names back; renamed, this plan cannot pass for it.
    await app.renameProject('Built by hand');
    await files.open('split.xml', xml.text, 'Import…');
    await files.dialog('Open “split.xml”').getByRole('button', { name: 'Open as new project' }).click();
    await expect.poll(() => app.title.textContent()).toBe('Untitled project');
    await expect.poll(() => app.cell('Frame walls', 'start').textContent()).toBe(successorSplit);
    expect(await app.cell('Pour foundations', 'finish').textContent()).toBe(finishSplit);
    await app.openView('Gantt');
    await expect.poll(() => splitBar().count()).toBe(1);

    await app.waitSaved();
    await handle.reload();
    await app.openView('Gantt');
    await expect.poll(() => splitBar().count()).toBe(1);
    await app.openView('Tasks');
    await expect.poll(() => app.cell('Frame walls', 'start').textContent()).toBe(successorSplit);
  });
});
