/**
 * The MS Project XML export notice names what the file has no place for, the board included: an
 * empty project's tasks typed by keyboard, left where the board puts them, lose nothing; a card
 * moved to To do is named ("the board column of 1 task"), as the file is read back with each card
 * in the first column its progress puts it in.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let files: FilesPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  files = new FilesPage(page);
});

describe('the MS Project XML export notice', () => {
  it('names the board columns of cards the file cannot keep where they are, and nothing for a board as its reader rebuilds it', async () => {
    await app.newEmptyProject('Board export');
    await app.typeTasks([['Survey', '2d'], ['Design', '3d'], ['Build', '1d']]);
    const plain = await files.exportAs(/Microsoft Project XML/);
    expect(plain.text).toContain('<Name>Design</Name>');
    await app.expectNotice(/^Exported/);
    expect((await page.locator('.notice').allInnerTexts()).join(' ')).not.toMatch(/Not written/);
    await page.locator('.notice').filter({ hasText: 'Exported' }).getByRole('button', { name: 'Dismiss' }).click();

    const info = await app.taskInformation('Design');
    await info.getByLabel('Status').selectOption({ label: 'To do' });
    await info.getByRole('button', { name: 'OK' }).click();
    await info.waitFor({ state: 'detached' });
    await files.exportAs(/Microsoft Project XML/);
    await app.expectNotice('Not written (MS Project XML has no place for them): the board column of 1 task (read back, a card is in the first column its progress puts it in).');
    await screenshotsAtBothSizes(page, 'export-board-notice');
  });
});
