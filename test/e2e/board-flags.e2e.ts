/**
 * A card's flags read as whole words in the board's narrowest columns (a 1024×768 window), built
 * from an empty project by keyboard. Plan (start Mon 4 Jan 2027), finish to start:
 *   Build 5 d, then the milestone Launch, then the milestone Go live with a deadline of Tue 5 Jan.
 * With nothing done, Launch is critical and blocked (Build is unfinished); Go live is critical,
 * blocked (by Launch) and late (its Fri 8 Jan finish is after its deadline): all four flags.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { BoardPage } from './pages/board-page';
import { typeChain } from './pages/shared-projects';

let handle: AppHandle;
let app: AppPage;
let board: BoardPage;

beforeEach(async () => {
  handle = await openApp({ viewport: { width: 1024, height: 768 } });
  app = new AppPage(handle.page);
  board = new BoardPage(handle.page);
});
afterEach(async () => { await handle.close(); });
afterAll(async () => { await closeBrowser(); });

/** Each flag a card shows, as "card: text", with whether all of its text fits in its box. */
async function flagsOf(card: string): Promise<{ text: string; isWhole: boolean }[]> {
  return board.card(card).locator('.board-card__flags > *').evaluateAll((flags) => flags.map((flag) => ({
    text: (flag as HTMLElement).innerText, isWhole: flag.scrollWidth <= flag.clientWidth,
  })));
}

describe('board card flags', () => {
  it('shows Critical, Late and Blocked whole on a milestone\'s card in a 1024 px window, and the taller card still drags', async () => {
    const { page } = handle;
    await typeChain(page, 'Flags', '2027-01-04', [['Build', '5d'], ['Launch', '0d'], ['Go live', '0d']]);
    await app.showColumns(['Deadline']);
    await app.editCell('Go live', 'deadline', '2027-01-05');
    await expect.poll(() => app.cell('Go live', 'deadline').textContent()).toMatch(/Jan 5|5 Jan/);
    await app.openView('Board');

    await expect.poll(() => board.card('Launch').getAttribute('aria-label')).toMatch(/milestone, critical, blocked$/);
    await expect.poll(() => board.card('Go live').getAttribute('aria-label')).toMatch(/milestone, critical, late, blocked$/);
    // The columns are at their narrowest here: a card about 180 px wide.
    expect((await board.card('Go live').boundingBox())?.width).toBeLessThanOrEqual(200);
    const words = [{ text: '◆', isWhole: true }, { text: 'Critical', isWhole: true }];
    expect(await flagsOf('Launch')).toEqual([...words, { text: 'Blocked', isWhole: true }]);
    expect(await flagsOf('Go live')).toEqual([...words, { text: 'Late', isWhole: true }, { text: 'Blocked', isWhole: true }]);
    expect(await board.clippedFooterItems()).toEqual([]);
    // Nobody is assigned: each card's date starts its footer row, with no room kept for people.
    for (const name of ['Build', 'Launch', 'Go live']) {
      const edges = await board.card(name).evaluate((card) => ({
        date: card.querySelector('.board-card__due')?.getBoundingClientRect().left ?? Number.NaN,
        row: card.querySelector('.board-card__meta')?.getBoundingClientRect().left ?? Number.NaN,
      }));
      expect(edges.date, name).toBe(edges.row);
    }
    await screenshotsAtBothSizes(page, 'board-flags');
    await page.setViewportSize({ width: 1024, height: 768 });

    // The tallest card (its flags on lines of their own) picks up and drops as the others do.
    await board.drag(board.card('Go live'), board.card('Build'));
    await expect.poll(() => board.names('Backlog')).toEqual(['Go live', 'Build', 'Launch']);
    await app.undo();
    await expect.poll(() => board.names('Backlog')).toEqual(['Build', 'Launch', 'Go live']);
  }, 120_000);
});
