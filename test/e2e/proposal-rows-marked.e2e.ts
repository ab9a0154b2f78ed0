/**
 * Editing a change request's proposal marks the rows it touches: from an EMPTY project built by
 * keyboard, a request raised and its proposal opened, one task's duration edited in the Tasks
 * table and a task added; those rows are marked (the impact panel names the dates that move), the
 * others are not, in the Tasks table and in the Gantt's grid; Done
 * takes the marks away with the proposal, and they come back when it is opened again after a
 * reload. Screenshots light and dark at 1024x768 and 1440x900.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 768 } });
let handle: AppHandle;
let page: Page;
let app: AppPage;
beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
});

/** The names of the Tasks rows marked as changed by the open proposal, as a screen reader hears them. */
const markedRows = (): Promise<string[]> => page.locator('.grid-body [role="row"][aria-description="changed by the open proposal"] [data-column="name"]').allInnerTexts();
/** The same in the Gantt's grid. */
const markedGanttRows = (): Promise<string[]> => page.locator('.gl-grid-row[aria-description="changed by the open proposal"] .gl-name-text').allInnerTexts();

async function openProposal(code: string, title: string): Promise<void> {
  await app.openView('Changes');
  const detail = page.getByRole('complementary', { name: `Change ${code}` });
  if (await detail.count() === 0) await page.getByRole('table', { name: 'Change requests' }).getByRole('button', { name: title }).click();
  await page.getByRole('complementary', { name: `Change ${code}` }).getByRole('button', { name: 'Propose edits' }).click();
  await expect.poll(() => page.getByRole('status', { name: 'Proposal' }).innerText()).toContain(`Editing proposal ${code}`);
  await app.openView('Tasks');
}

describe('a proposal in the Tasks table', () => {
  it('marks the rows it adds or changes, and only while it is open', async () => {
    await app.newEmptyProject('Checkout');
    await app.typeTasks([['Design', '2d'], ['Build', '3d'], ['Ship', '1d'], ['Launch', '0d']]);
    // Ship follows Build; the Launch milestone follows Ship.
    await app.editCell('Ship', 'predecessors', '2');
    await app.editCell('Launch', 'predecessors', '3');
    await expect.poll(() => app.cell('Launch', 'predecessors').textContent()).toBe('3');
    const launchBefore = (await app.cell('Launch', 'finish').textContent()) ?? '';
    await app.openView('Changes');
    const title = page.getByLabel('New change request title');
    await title.focus();
    await page.keyboard.type('Extend build for load tests');
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'CR-001 status' }).getByRole('button', { name: 'Start review' }).click();
    await openProposal('CR-001', 'Extend build for load tests');
    expect(await markedRows()).toEqual([]);

    await app.editCell('Build', 'duration', '5d');
    await expect.poll(() => app.cell('Build', 'duration').textContent()).toBe('5d');
    await expect.poll(markedRows).toEqual(expect.arrayContaining(['Build']) as unknown);
    expect(await markedRows()).not.toContain('Design');
    // A task added inside the proposal is marked too.
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    await page.keyboard.type('Load test');
    await page.keyboard.press('Enter');
    await expect.poll(markedRows).toEqual(expect.arrayContaining(['Build', 'Load test']) as unknown);
    await screenshotsAtBothSizes(page, 'proposal-rows-marked');
    // The Gantt's grid marks the same rows, and its bars show the proposal's dates.
    await app.openView('Gantt');
    await expect.poll(markedGanttRows).toEqual(expect.arrayContaining(['Build', 'Load test']) as unknown);
    expect(await markedGanttRows()).not.toContain('Design');
    await screenshotsAtBothSizes(page, 'proposal-rows-marked-gantt');

    await page.getByRole('status', { name: 'Proposal' }).getByRole('button', { name: 'Done' }).click();
    // The impact says how far the milestone moves, in the finish line's words, from its date to the new one.
    const moved = page.getByRole('complementary', { name: 'Change CR-001' }).locator('.impact-move');
    await expect.poll(() => moved.allInnerTexts()).toEqual([expect.stringMatching(/^Launch: 2 working days later, .+ → .+$/)]);
    expect((await moved.innerText()).split(', ').slice(1).join(', ').startsWith(launchBefore)).toBe(true);
    await screenshotsAtBothSizes(page, 'proposal-impact-milestone');
    await app.openView('Gantt');
    await expect.poll(markedGanttRows).toEqual([]);
    await expect.poll(() => page.locator('.gl-grid-row .gl-name-text').allInnerTexts()).toEqual(['Design', 'Build', 'Ship', 'Launch']);
    await app.openView('Tasks');
    await expect.poll(markedRows).toEqual([]);

    await app.waitSaved();
    await handle.reload();
    await openProposal('CR-001', 'Extend build for load tests');
    await expect.poll(markedRows).toEqual(expect.arrayContaining(['Build', 'Load test']) as unknown);
    expect(await markedRows()).not.toContain('Design');
  }, 120_000);
});
