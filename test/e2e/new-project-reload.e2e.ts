/**
 * A project made in the app exists nowhere else, so its write is sent before it is shown
 * (plan-store addProject): a window reloaded as soon as a new project's name shows, or as soon as
 * its first task row shows, still has the project, and the task, after the reload. Every test
 * starts from an empty project made through the UI, by keyboard (File → New project, the name
 * typed, Enter). A reload sent from here lands some milliseconds after the frame that shows the
 * name, so these guard what a person sees rather than the order of write and render, which
 * test/unit/store/add-project-write.test.ts proves.
 *
 * The page can also go in the very task that draws the change (a renderer crash, or a reload the
 * page itself starts): the last describe reloads from inside the page the moment React puts the
 * name, or the typed task, in the DOM. That is kept only because the write's requests and its
 * commit were made before the render (db/revision-claims.ts): a write that read the project row
 * first lost the new project there in most tries.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let handle: AppHandle;
let page: Page;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
});

/** File → New project by keyboard: the menu's first item, the name typed over the dialog's own, Enter. */
async function createByKeyboard(name: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'File', exact: true }).focus();
  await page.keyboard.press('Enter');
  const newProject = page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: 'New project', exact: true });
  await expect.poll(() => newProject.evaluate((item) => item === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  const nameField = page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true });
  await expect.poll(() => nameField.evaluate((field) => field === document.activeElement)).toBe(true);
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
}

const projectNames = (): Promise<string[]> => app.projects.locator('.project-name').allInnerTexts();
/** The project list once it has loaded (it fills in after the app is ready: read before, it was empty). */
async function loadedProjectNames(): Promise<string[]> {
  await app.projects.locator('.project-name').first().waitFor();
  return projectNames();
}

/**
 * Reloads the page from inside it as soon as `selector` matches an element whose text is `text`,
 * in the mutation observer's microtask after React's commit, before anything is painted, and keeps
 * that task busy a moment longer, as a long render would: what the page had not sent to IndexedDB
 * by then is never sent. Resolves once the reloaded app is ready.
 */
async function reloadItselfWhenShown(selector: string, text: string, act: () => Promise<void>): Promise<void> {
  await page.evaluate(([sel, wanted]) => {
    const observer = new MutationObserver(() => {
      if (![...document.querySelectorAll(sel)].some((el) => el.textContent === wanted)) return;
      observer.disconnect();
      location.reload();
      // The rest of a long render: until the page goes, nothing queued behind this task runs.
      const busyUntil = performance.now() + 250;
      while (performance.now() < busyUntil) { /* busy */ }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, [selector, text] as const);
  const reloaded = page.waitForEvent('load');
  await act();
  await reloaded;
  await app.projects.waitFor();
}

describe('a project made in the app and a reload right after', () => {
  it('keeps a new project reloaded as soon as its name is on screen', async () => {
    const before = await loadedProjectNames();
    await createByKeyboard('Warehouse move');
    // The moment the top bar shows the name: no wait for "Saved".
    await page.getByRole('banner').getByRole('heading', { level: 1, name: 'Warehouse move' }).waitFor();
    await handle.reload();

    await expect.poll(async () => (await projectNames()).sort()).toEqual([...before, 'Warehouse move'].sort());
    await app.projects.getByRole('button', { name: 'Warehouse move', exact: true }).click();
    await expect.poll(() => app.title.textContent()).toBe('Warehouse move');
  });

  it('keeps the first task typed into a new project, reloaded as soon as its row shows', async () => {
    await createByKeyboard('Office fit-out');
    await app.openView('Tasks');
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    await page.keyboard.type('Order desks');
    await page.keyboard.press('Enter');
    await app.row('Order desks').waitFor();
    await handle.reload();

    await expect.poll(() => projectNames()).toContain('Office fit-out');
    await app.projects.getByRole('button', { name: 'Office fit-out', exact: true }).click();
    await expect.poll(() => app.title.textContent()).toBe('Office fit-out');
    await app.openView('Tasks');
    await expect.poll(() => app.outline()).toEqual(['Order desks@0']);
  });
});

describe('a project made in the app and the page going in the same task that shows it', () => {
  it('keeps each of four new projects when the page reloads itself the moment the name is in the DOM', async () => {
    const made = ['Data centre exit', 'Badge readers', 'Payroll cut-over', 'Wiki migration'];
    for (const name of made) await reloadItselfWhenShown('header h1', name, () => createByKeyboard(name));
    await expect.poll(() => projectNames()).toEqual(expect.arrayContaining(made));
    await app.projects.getByRole('button', { name: 'Wiki migration', exact: true }).click();
    await expect.poll(() => app.title.textContent()).toBe('Wiki migration');
  });

  it('keeps the first task typed into a new project when the page reloads itself the moment its row is in the DOM', async () => {
    await createByKeyboard('Printer fleet');
    await app.title.filter({ hasText: 'Printer fleet' }).waitFor();
    // The project itself has landed ("Saved"): this test is about the task's own write.
    await app.waitSaved();
    await app.openView('Tasks');
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    await page.keyboard.type('Count printers');
    await reloadItselfWhenShown('[role="row"] [data-column="name"]', 'Count printers', () => page.keyboard.press('Enter'));

    await app.projects.getByRole('button', { name: 'Printer fleet', exact: true }).click();
    await expect.poll(() => app.title.textContent()).toBe('Printer fleet');
    await app.openView('Tasks');
    await expect.poll(() => app.outline()).toEqual(['Count printers@0']);
  });
});
