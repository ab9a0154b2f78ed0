/**
 * In this browser a read-write transaction not yet told to commit holds up every later one, and a
 * page that goes before it finishes loses them all: a setting written the usual way beside a new
 * project lost the project (db/revision-claims.ts). So every write the app makes as a person works
 * that needs no read first (a plan edit, a new project, the last project opened, the theme, the
 * Gantt's zoom) asks IndexedDB to commit before any of its requests calls back. Writes that must
 * read first (trash, a portfolio digest) are named by their first request and left out. Starts
 * from an empty project made through the UI, by keyboard.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { COMMIT_WATCH_SCRIPT, readWrites, type ReadWriteLog } from './pages/storage-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let handle: AppHandle;
let app: AppPage;

beforeEach(async () => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
  await handle.page.context().addInitScript(COMMIT_WATCH_SCRIPT);
  await handle.reload();
});

/** Focuses a control and presses Enter on it, as a keyboard user does. */
async function press(name: string, within = handle.page.locator('body')): Promise<void> {
  await within.getByRole('button', { name, exact: true }).first().focus();
  await handle.page.keyboard.press('Enter');
}

/** A transaction whose first request wrote, and which called back before it asked to commit. */
function committedLate(log: ReadWriteLog): boolean {
  const first = log.events.find((e) => e === 'read' || e === 'write');
  if (first !== 'write') return false;
  const commit = log.events.indexOf('commit');
  return commit === -1 || log.events.indexOf('success') < commit;
}

describe('writes that need no read first', () => {
  it('ask to commit before any request calls back: new project, typed tasks, theme, zoom, switching projects', async () => {
    await app.newEmptyProject('Badge readers');
    await app.typeTasks([['Survey doors', '3'], ['Order readers', '5'], ['Fit readers', '4']]);
    await app.waitSaved();
    await press('Switch to dark theme');
    await expect.poll(() => handle.page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await app.openView('Gantt');
    await press('Months', handle.page.getByRole('group', { name: 'Zoom' }));
    await expect.poll(() => handle.page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: 'Months' }).getAttribute('aria-pressed')).toBe('true');
    await app.newEmptyProject('Wiki migration');
    await app.projects.getByRole('button', { name: 'Badge readers', exact: true }).focus();
    await handle.page.keyboard.press('Enter');
    await expect.poll(() => app.title.textContent()).toBe('Badge readers');
    await app.waitSaved();

    const logs = await readWrites(handle.page);
    // Settings and plans were both written, or this proves nothing.
    expect(logs.filter((l) => l.stores === 'meta' && l.events.includes('write')).length).toBeGreaterThanOrEqual(3);
    expect(logs.filter((l) => l.stores.includes('projects') && l.stores.includes('buckets')).length).toBeGreaterThanOrEqual(4);
    expect(logs.filter(committedLate).map((l) => `${l.stores}: ${l.events.join(' ')}`)).toEqual([]);
  });
});
