/**
 * A merge speaks of durations as the Duration column writes them. From an empty project built by
 * keyboard (Design 1d, Build 2d), saved as .plotline; a colleague's copy makes Design 2d and Build
 * 4d, while here Build becomes 3d. The merge's conflict reads "the duration of task 'Build'" with
 * 3d against 4d (it was 2d), their change to Design reads "duration 1d → 2d", and taking their
 * side leaves Build at 4d on screen and after a reload. Until 7 Dec 2026 the preview wrote the
 * stored field and minutes: "durationMinutes 480 → 960", "Keep yours 1440".
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, type AppHandle, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';
import { MergePage } from './pages/merge-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let handle: AppHandle;
let app: AppPage;
let merge: MergePage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
  merge = new MergePage(handle.page);
});

const shots = (page: Page, name: string): Promise<string[]> => screenshotsAtBothSizes(page, `merge-durations-${name}`);

interface PlanFile {
  project: { tasks: Record<string, { name: string; durationMinutes: number }> };
}

/** Their copy of the saved file: Design two days, Build four (working days of 8 hours). */
function colleagueCopy(saved: string): string {
  const file = JSON.parse(saved) as PlanFile;
  for (const task of Object.values(file.project.tasks)) {
    if (task.name === 'Design') task.durationMinutes = 2 * 480;
    if (task.name === 'Build') task.durationMinutes = 4 * 480;
  }
  return JSON.stringify(file, null, 2);
}

describe('merge: durations in words', () => {
  it('names the duration conflict and their change in days, and takes their side', async () => {
    const page = handle.page;
    const files = new FilesPage(page);
    await app.newEmptyProject();
    await app.typeTasks([['Design', '1d'], ['Build', '2d']]);
    await expect.poll(() => app.cell('Build', 'duration').textContent()).toBe('2d');
    await app.waitSaved();
    const saved = await files.download(() => files.choose('Save as .plotline…'));

    await app.editCell('Build', 'duration', '3d');
    await expect.poll(() => app.cell('Build', 'duration').textContent()).toBe('3d');
    await app.waitSaved();

    await merge.pick("Merge a colleague's copy…", 'maya.plotline', colleagueCopy(saved.text));
    const preview = merge.dialog('Merge “maya.plotline”');
    const conflicts = preview.getByRole('region', { name: 'Conflicts' });
    await expect.poll(() => conflicts.innerText()).toContain("Both copies changed the duration of task 'Build'. It was 2d.");
    expect(await conflicts.getByRole('radio', { name: /Keep yours/ }).locator('..').innerText()).toMatch(/Keep yours\s*3d/);
    expect(await conflicts.getByRole('radio', { name: /Take theirs/ }).locator('..').innerText()).toMatch(/Take theirs\s*4d/);
    const incoming = preview.getByRole('region', { name: 'Their changes' });
    expect(await incoming.innerText()).toContain("Changed task 'Design': duration 1d → 2d");
    expect(await preview.innerText()).not.toMatch(/durationMinutes|\b(480|960|1440|1920)\b/);
    await shots(page, 'preview');

    await conflicts.getByRole('radio', { name: /Take theirs/ }).check();
    await preview.getByRole('button', { name: 'Apply merge' }).click();
    await app.expectNotice(/Merged 1 change from maya; 1 conflict resolved/);
    await expect.poll(() => app.cell('Build', 'duration').textContent()).toBe('4d');
    expect(await app.cell('Design', 'duration').textContent()).toBe('2d');
    await app.waitSaved();

    await page.reload();
    await app.openView('Tasks');
    await expect.poll(() => app.cell('Build', 'duration').textContent()).toBe('4d');
    expect(await app.cell('Design', 'duration').textContent()).toBe('2d');
  });
});
