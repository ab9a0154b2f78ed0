/**
 * A board card's people read at the card's scale: 20 px circles that overlap a little, while the
 * Team view keeps its 28 px avatar beside each name. The app's shared .avatar (app.css, bundled
 * after the board's stylesheet, of equal specificity) drew the cards' at 28 px, taller than the
 * footer's date and flags. From an empty project built by keyboard.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { BoardPage } from './pages/board-page';
import { TeamPage } from './pages/team-page';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let board: BoardPage;
let team: TeamPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  board = new BoardPage(page);
  team = new TeamPage(page);
});

const size = async (avatar: Locator): Promise<{ width: number; height: number }> => {
  const box = await avatar.boundingBox();
  return { width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0) };
};

describe('board card avatars', () => {
  it('are 20 px on a card, and the Team view\'s stay 28 px', async () => {
    await app.newEmptyProject('Avatars');
    await app.typeTasks([['Build API', '3d']]);
    await app.openView('Team');
    await team.addPerson('Ana Lopez', 90);
    await team.addPerson('Raj Patel', 75);
    await expect.poll(() => team.initials('Raj Patel').textContent()).toBe('RP');
    await app.openView('Tasks');
    for (const person of ['Ana Lopez', 'Raj Patel']) await app.assign('Build API', person);
    await expect.poll(() => app.cell('Build API', 'assignees').textContent()).toBe('Ana, Raj');

    await app.openView('Board');
    const avatars = board.card('Build API').locator('.avatar');
    await expect.poll(() => avatars.allTextContents()).toEqual(['AL', 'RP']);
    for (const avatar of await avatars.all()) expect(await size(avatar)).toEqual({ width: 20, height: 20 });
    // Whole in their circle: the initials are not cut at 20 px.
    expect(await avatars.evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth).map((el) => el.textContent))).toEqual([]);
    await screenshotsAtBothSizes(page, 'board-avatars', async () => { await board.card('Build API').scrollIntoViewIfNeeded(); });

    await app.openView('Team');
    expect(await size(team.initials('Ana Lopez'))).toEqual({ width: 28, height: 28 });
  }, 120_000);
});
