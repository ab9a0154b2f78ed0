/**
 * A refused edit says so once: from an EMPTY project built by keyboard, clearing a change
 * request's title and a risk's title, saving a baseline of no tasks, a lag past 20 years in the
 * link editor and a link dragged on the chart that exists already each put up one notice, the
 * shell's, not a second from the view (the same words, or the same words without where it happened).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { freshAppPerTest, screenshot, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { GanttPage } from './pages/gantt-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let handle: AppHandle;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
});

async function clear(field: Locator, leave: 'Tab' | 'Enter'): Promise<void> {
  await field.focus();
  await handle.page.keyboard.press('ControlOrMeta+A');
  await handle.page.keyboard.press('Delete');
  await handle.page.keyboard.press(leave);
}

/**
 * Counts every notice put on screen from now on, by its text: a view that notifies a refusal the
 * shell also notifies puts up a second one, even where it replaces the first (the ui-store drops
 * a repeated message, so the screen alone shows one).
 */
async function watchNotices(): Promise<void> {
  await handle.page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { noticesPut: string[] }).noticesPut = seen;
    new MutationObserver((records) => {
      for (const r of records) for (const node of r.addedNodes) if (node instanceof HTMLElement && node.classList.contains('notice')) seen.push(node.innerText);
    }).observe(document.body, { childList: true, subtree: true });
  });
}

const noticesPut = (text: string): Promise<number> => handle.page.evaluate((t) => (window as unknown as { noticesPut: string[] }).noticesPut.filter((n) => n.includes(t)).length, text);

/** How many notices show `text`, once the first has appeared. */
async function shown(text: string): Promise<number> {
  await app.expectNotice(text);
  return (await handle.page.locator('.notice').allInnerTexts()).filter((n) => n.includes(text)).length;
}

describe('refusals in the registers', () => {
  it('shows one notice for a change request and a risk without a title', async () => {
    const page = handle.page;
    await app.newEmptyProject();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Changes/ }).click();
    await page.getByLabel('New change request title').focus();
    await page.keyboard.type('Single sign-on for partners');
    await page.keyboard.press('Enter');
    await clear(page.getByRole('complementary', { name: 'Change CR-001' }).getByLabel('Title', { exact: true }), 'Enter');
    expect(await shown('Change CR-001: A change request needs a title.')).toBe(1);
    await screenshot(page, 'register-notices-change');

    await app.openView('Risks');
    await page.getByRole('toolbar', { name: 'Risk register' }).getByRole('button', { name: 'Add risk' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Vendor API late');
    await page.keyboard.press('Tab');
    const editor = page.getByRole('dialog', { name: /^Risk R-001/ });
    await clear(editor.getByLabel('Title', { exact: true }), 'Tab');
    expect(await shown('Risk R-001: A risk needs a title.')).toBe(1);
    await screenshot(page, 'register-notices-risk');
  });

  it('puts up one notice when the Gantt refuses to save a baseline of no tasks', async () => {
    const page = handle.page;
    await app.newEmptyProject();
    await app.openView('Gantt');
    await watchNotices();
    await (await new GanttPage(page).control('button', 'Save baseline')).focus();
    await page.keyboard.press('Enter');
    const said = 'There are no tasks to save in a baseline yet.';
    await app.expectNotice(said);
    // The shell's notice follows the view's render by a frame or so: let it land before counting.
    await page.evaluate(() => new Promise((resolve) => { requestAnimationFrame(() => requestAnimationFrame(resolve)); }));
    expect(await noticesPut(said)).toBe(1);
  });

  it('puts up one notice when the link editor\'s lag is refused', async () => {
    const page = handle.page;
    await app.newEmptyProject();
    await app.typeTasks([['Design', '3d'], ['Build', '5d']]);
    await app.editCell('Build', 'predecessors', '1');
    await expect.poll(() => app.cell('Build', 'predecessors').textContent()).toBe('1');
    await app.openView('Gantt');
    const gantt = new GanttPage(page);
    await gantt.arrow('Design', 'Build').focus();
    await page.keyboard.press('Enter');
    const editor = page.getByRole('dialog', { name: 'Edit link' });
    await editor.getByLabel('Lag').focus();
    await page.keyboard.press('ControlOrMeta+A');
    await watchNotices();
    await page.keyboard.type('99999d');
    await page.keyboard.press('Enter');
    await app.expectNotice('A lag can be at most 20 years');
    await page.evaluate(() => new Promise((resolve) => { requestAnimationFrame(() => requestAnimationFrame(resolve)); }));
    expect(await noticesPut('A lag can be at most 20 years')).toBe(1);
  });

  it('puts up one notice when a link dragged on the chart is refused', async () => {
    const page = handle.page;
    await app.newEmptyProject();
    await app.typeTasks([['Design', '3d'], ['Build', '5d']]);
    await app.editCell('Build', 'predecessors', '1');
    await expect.poll(() => app.cell('Build', 'predecessors').textContent()).toBe('1');
    await app.openView('Gantt');
    await watchNotices();
    // Build already follows Design: the same link dragged again is refused.
    await new GanttPage(page).linkByDrag('Design', 'Build');
    await app.expectNotice('already depends on');
    await page.evaluate(() => new Promise((resolve) => { requestAnimationFrame(() => requestAnimationFrame(resolve)); }));
    expect(await noticesPut('already depends on')).toBe(1);
  });
});
