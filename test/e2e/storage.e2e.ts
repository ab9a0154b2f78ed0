/**
 * Upgrading a user's database in the real browser engine: a profile written by schema v1 (one row
 * per entity) opens in today's app with every project there. The unit tests run the same upgrade
 * on fake-indexeddb; this proves Chromium's IndexedDB and Dexie agree on it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshAppPerTest } from './harness';
import { AppPage } from './pages/app-page';

interface Fixture {
  readonly stores: Record<string, string>;
  readonly rows: Record<string, unknown[]>;
}
const V1 = JSON.parse(readFileSync('test/fixtures/db/v1-database.json', 'utf8')) as Fixture;

const fixture = freshAppPerTest();

/**
 * Runs in a page of the app's origin with no app loaded: replaces the database with the v1
 * fixture, written with raw IndexedDB as Dexie's version(1) laid it out (IDB version 10).
 */
async function writeV1Database({ stores, rows }: Fixture): Promise<void> {
  await new Promise<void>((done, fail) => {
    const request = indexedDB.deleteDatabase('plotline');
    request.onsuccess = () => done();
    request.onerror = () => fail(new Error('could not delete the database'));
  });
  const open = indexedDB.open('plotline', 10);
  open.onupgradeneeded = () => {
    for (const [name, spec] of Object.entries(stores)) {
      const [primary = '', ...indexes] = spec.split(',').map((s) => s.trim());
      const keyPath = primary.startsWith('[') ? primary.slice(1, -1).split('+') : primary;
      const store = open.result.createObjectStore(name, { keyPath });
      for (const index of indexes) store.createIndex(index, index);
    }
  };
  const db = await new Promise<IDBDatabase>((done, fail) => {
    open.onsuccess = () => done(open.result);
    open.onerror = () => fail(new Error('could not open the v1 database'));
  });
  const tx = db.transaction(Object.keys(rows), 'readwrite');
  for (const [name, list] of Object.entries(rows)) for (const row of list) tx.objectStore(name).put(row);
  await new Promise<void>((done, fail) => {
    tx.oncomplete = () => done();
    tx.onerror = () => fail(new Error('could not write the v1 rows'));
  });
  db.close();
}

describe('database upgrade', () => {
  it('opens a profile written by schema v1 with its projects and tasks, and keeps edits after a reload', async () => {
    const { page } = fixture.handle;
    const appUrl = page.url();
    // A document of the same origin without the app (its stylesheet), so no connection holds the database open.
    const stylesheet = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')?.href ?? '');
    expect(stylesheet).not.toBe('');
    await page.goto(stylesheet);
    await page.evaluate(writeV1Database, V1);
    await page.goto(appUrl);
    await page.getByRole('navigation', { name: 'Projects' }).waitFor();

    const app = new AppPage(page);
    await app.projects.getByRole('button', { name: 'Billing migration', exact: true }).click();
    await expect.poll(() => app.title.textContent()).toBe('Billing migration');
    await app.openView('Tasks');
    await expect.poll(() => app.row('Export invoices').count()).toBe(1);
    expect(await app.projects.getByRole('button', { name: 'Old idea', exact: true }).count()).toBe(0);

    await app.editCell('Export invoices', 'name', 'Export invoices (v3)');
    await app.waitSaved();
    await fixture.handle.reload();
    await app.projects.getByRole('button', { name: 'Billing migration', exact: true }).click();
    await app.openView('Tasks');
    await expect.poll(() => app.row('Export invoices (v3)').count()).toBe(1);
  });
});
