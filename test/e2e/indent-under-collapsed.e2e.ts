/**
 * Indenting a row under a collapsed summary opens that summary: the row stays on screen with the
 * cursor on it. Before, the row vanished into the collapsed summary and the cursor fell back to
 * the first row, so the next key acted on a task the person was not looking at (found by a
 * helper). From an empty project typed by keyboard; the outline is read back after a reload.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 768 } });
let handle: AppHandle;
let app: AppPage;
beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
});

/** The name of the task table's row holding the cursor cell ('' on none). */
const cursorRow = (): Promise<string> => app.grid.evaluate((grid) =>
  grid.querySelector('.cell.active')?.closest('.grid-row')?.querySelector('.name-text')?.textContent ?? '');

/** Build (Design, Code) and Release, typed and indented by keyboard; the cursor ends on Code. */
async function buildWithTwoSubtasks(): Promise<void> {
  const { page } = handle;
  await app.newEmptyProject('Launch');
  await app.typeTasks([['Build', '3d'], ['Design', '2d'], ['Code', '3d'], ['Release', '1d']]);
  await app.cell('Design', 'name').click();
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect.poll(() => app.outline()).toEqual(['Build@0', 'Design@1', 'Code@1', 'Release@0']);
}

describe('indenting under a collapsed summary', () => {
  it('opens the summary and keeps the cursor on the indented row, by keyboard, and the outline survives a reload', async () => {
    const { page } = handle;
    await buildWithTwoSubtasks();

    // Up to the summary, Space collapses it; down to Release, the next row on screen.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(cursorRow).toBe('Build');
    await page.keyboard.press(' ');
    await expect.poll(() => app.outline()).toEqual(['Build@0', 'Release@0']);
    await page.keyboard.press('ArrowDown');
    await expect.poll(cursorRow).toBe('Release');

    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => app.outline()).toEqual(['Build@0', 'Design@1', 'Code@1', 'Release@1']);
    await expect.poll(cursorRow).toBe('Release');
    expect(await app.row('Build').getByRole('button', { name: 'Collapse Build' }).getAttribute('aria-expanded')).toBe('true');
    // The next key acts on the row the cursor is on: outdent puts Release back where it was.
    await page.keyboard.press('Alt+Shift+ArrowLeft');
    await expect.poll(() => app.outline()).toEqual(['Build@0', 'Design@1', 'Code@1', 'Release@0']);
    await expect.poll(cursorRow).toBe('Release');
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => app.outline()).toEqual(['Build@0', 'Design@1', 'Code@1', 'Release@1']);
    await screenshotsAtBothSizes(page, 'indent-under-collapsed');

    await app.waitSaved();
    await handle.reload();
    await app.openView('Tasks');
    await expect.poll(() => app.outline()).toEqual(['Build@0', 'Design@1', 'Code@1', 'Release@1']);
  });

  it('deleting a collapsed summary says it took its subtasks with it, and Ctrl+Z brings them back', async () => {
    const { page } = handle;
    await buildWithTwoSubtasks();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press(' ');
    await expect.poll(() => app.outline()).toEqual(['Build@0', 'Release@0']);
    await page.keyboard.press('Delete');
    await app.expectNotice('Deleted “Build” and its 2 subtasks. Undo (Ctrl+Z) brings them back.');
    await expect.poll(() => app.outline()).toEqual(['Release@0']);
    await expect.poll(() => app.topBarFacts()).toContain('1 task');
    await page.keyboard.press('Control+z');
    await expect.poll(() => app.topBarFacts()).toContain('4 tasks');
    await app.cell('Build', 'name').click();
    if ((await app.outline()).length === 2) await page.keyboard.press(' ');
    await expect.poll(() => app.outline()).toEqual(['Build@0', 'Design@1', 'Code@1', 'Release@0']);
  });
});
