/**
 * Time from navigation to an interactive sample plan in Chromium: the task grid is rendered and a
 * click on a row selects it. First run (empty IndexedDB: the sample is parsed, scheduled and
 * stored) and warm start (reload) are measured separately.
 */
import { closeBrowser, openApp } from '../test/e2e/harness';
import type { Page } from 'playwright-core';
import { printTable, summarise, ms } from './stats';

const RUNS = 7;

async function interactiveMs(page: Page, before: () => Promise<void>): Promise<number> {
  await before();
  const t0 = performance.now();
  await page.reload();
  await page.getByRole('grid', { name: 'Tasks' }).locator('.grid-row').first().click();
  await page.locator('.grid-row[aria-selected="true"]').first().waitFor();
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const first: number[] = [];
  const warm: number[] = [];
  const handle = await openApp();
  const { page } = handle;
  for (let i = 0; i < RUNS; i++) {
    // Empty database = first run: Dexie closes on versionchange, so the delete goes through.
    first.push(await interactiveMs(page, () => page.evaluate(() => new Promise<void>((done) => {
      const request = indexedDB.deleteDatabase('plotline');
      request.onsuccess = () => done();
      request.onerror = () => done();
    }))));
    warm.push(await interactiveMs(page, async () => undefined));
  }
  await handle.close();
  await closeBrowser();
  const rows = [['first run (seeds the sample plan)', summarise(first)], ['warm start (reload)', summarise(warm)]] as const;
  printTable(['Chromium, sample plan (49 tasks)', 'median ms', 'min', 'max', 'runs'],
    rows.map(([label, s]) => [label, ms(s.median), ms(s.min), ms(s.max), String(s.runs)]));
  console.log('\nMeasured from navigation (reload) to a click on a task row being handled: page load, IndexedDB, scheduling, first paint.');
}

await main();
