/**
 * Cut and paste moves rows, as in Excel: a cut row pasted elsewhere comes back with its links to
 * the rows it left, so the dates do not move, and the notices say Cut and Moved (a cut said
 * "Copied", and the links went without a word). Pasted a second time it is a copy. From an empty
 * project made through the UI, by keyboard; kept after a reload.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest } from './harness';
import { AppPage } from './pages/app-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let page: Page;
let app: AppPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
});

describe('cut and paste of whole rows', () => {
  it('moves a row with its links: dates unchanged, the notices say so, a second paste is a copy', async () => {
    await app.newEmptyProject('Office move');
    await app.typeTasks([['Pack', '2d'], ['Move', '1d'], ['Unpack', '2d'], ['Tidy up', '1d']]);
    await app.typeDown('Pack', 'predecessors', ['', '1', '2']);
    await expect.poll(() => app.cell('Unpack', 'predecessors').textContent()).toBe('2');
    const finishes = async (): Promise<string[]> => (await app.rowTexts(['name', 'finish'])).sort();
    const before = await finishes();

    await app.cell('Move', 'name').click();
    await page.keyboard.press('Control+x');
    await app.expectNotice('Cut 1 row: paste to move it with its 2 links.');
    await expect.poll(() => app.outline()).toEqual(['Pack@0', 'Unpack@0', 'Tidy up@0']);
    await app.cell('Tidy up', 'name').click();
    await page.keyboard.press('Control+v');
    await app.expectNotice('Moved 1 row with its 2 links.');
    await expect.poll(() => app.outline()).toEqual(['Pack@0', 'Unpack@0', 'Move@0', 'Tidy up@0']);
    // Move is row 3 now: it still follows Pack (row 1), and Unpack still follows it.
    expect(await app.rowTexts(['name', 'predecessors'])).toEqual(['Pack@0|', 'Unpack@0|3', 'Move@0|1', 'Tidy up@0|']);
    expect(await finishes()).toEqual(before);

    // Pasted again: a copy, without links to the rows outside it.
    await app.cell('Tidy up', 'name').click();
    await page.keyboard.press('Control+v');
    await app.expectNotice('Pasted 1 row.');
    await expect.poll(() => app.outline()).toEqual(['Pack@0', 'Unpack@0', 'Move@0', 'Move@0', 'Tidy up@0']);
    expect((await app.rowTexts(['name', 'predecessors']))[3]).toBe('Move@0|');

    await app.waitSaved();
    await fixture.handle.reload();
    await app.projects.getByRole('button', { name: 'Office move', exact: true }).click();
    await app.openView('Tasks');
    expect(await app.rowTexts(['name', 'predecessors'])).toEqual(['Pack@0|', 'Unpack@0|3', 'Move@0|1', 'Move@0|', 'Tidy up@0|']);
  });

  it('still moves a cut row when it is pasted after a reload: no task at the cursor is written over', async () => {
    await app.newEmptyProject('Office move');
    await app.typeTasks([['Pack', '2d'], ['Move', '3d'], ['Unpack', '2d'], ['Tidy up', '1d']]);
    await app.typeDown('Pack', 'predecessors', ['', '1', '2']);
    await expect.poll(() => app.cell('Unpack', 'predecessors').textContent()).toBe('2');
    await app.cell('Move', 'name').click();
    await page.keyboard.press('Control+x');
    await app.expectNotice('Cut 1 row: paste to move it with its 2 links.');
    await app.waitSaved();

    await fixture.handle.reload();
    await app.projects.getByRole('button', { name: 'Office move', exact: true }).click();
    await app.openView('Tasks');
    await expect.poll(() => app.outline()).toEqual(['Pack@0', 'Unpack@0', 'Tidy up@0']);
    await app.cell('Tidy up', 'name').click();
    await page.keyboard.press('Control+v');
    await app.expectNotice('Moved 1 row with its 2 links.');
    // Tidy up is still there, under its own name; Move is back with its duration and both links.
    expect(await app.rowTexts(['name', 'duration', 'predecessors'])).toEqual(['Pack@0|2d|', 'Unpack@0|2d|3', 'Move@0|3d|1', 'Tidy up@0|1d|']);
    await app.waitSaved();
    await fixture.handle.reload();
    await app.projects.getByRole('button', { name: 'Office move', exact: true }).click();
    await app.openView('Tasks');
    expect(await app.rowTexts(['name', 'duration', 'predecessors'])).toEqual(['Pack@0|2d|', 'Unpack@0|2d|3', 'Move@0|3d|1', 'Tidy up@0|1d|']);
  });
});
