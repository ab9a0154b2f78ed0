/**
 * The floor under any import: raw IndexedDB (no Dexie) writing 25,000 small records in ONE
 * transaction in this Chromium — about the rows a 10,000-task plan makes (tasks, links,
 * assignments). Plotline's import cannot store faster than this with one record per entity.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { loadavg } from 'node:os';
import { ms, printTable, summarise } from './stats';

const ROWS = 25_000;
const RUNS = 5;
type Variant = 'compound key + projectId index (Plotline v1)' | 'string key, no index';

async function main(): Promise<void> {
  const server = createServer((_req, res) => res.end('<!doctype html><title>floor</title>')).listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  const browser = await chromium.launch({ executablePath: process.env['PLOTLINE_CHROMIUM'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const page = await (await browser.newContext()).newPage();
  await page.goto(`http://127.0.0.1:${String((server.address() as AddressInfo).port)}/`);
  const rows: string[][] = [];
  for (const variant of ['compound key + projectId index (Plotline v1)', 'string key, no index'] as const satisfies readonly Variant[]) {
    const writes: number[] = [];
    const reads: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const [write, read] = await page.evaluate(writeAndRead, { run, variant, count: ROWS });
      writes.push(write);
      reads.push(read);
    }
    const w = summarise(writes);
    const r = summarise(reads);
    rows.push([variant, 'write', ms(w.median), ms(w.min), ms(w.max)], [variant, 'read back', ms(r.median), ms(r.min), ms(r.max)]);
  }
  await browser.close();
  server.close();
  console.log(`${String(ROWS)} records, ${String(RUNS)} runs each; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  printTable(['raw IndexedDB in Chromium', 'step', 'median ms', 'min', 'max'], rows);
}

/** Runs in the page. */
async function writeAndRead({ run, variant, count }: { run: number; variant: Variant; count: number }): Promise<[number, number]> {
  const open = indexedDB.open(`floor-${variant}-${String(run)}`, 1);
  open.onupgradeneeded = () => {
    const store = open.result.createObjectStore('tasks', { keyPath: variant.startsWith('string') ? 'key' : ['projectId', 'id'] });
    if (!variant.startsWith('string')) store.createIndex('projectId', 'projectId');
  };
  const db = await new Promise<IDBDatabase>((done) => { open.onsuccess = () => done(open.result); });
  const records = Array.from({ length: count }, (_, i) => ({
    key: `p/t${String(i)}`, projectId: 'p', id: `t${String(i)}`, name: `Task ${String(i)}`, notes: '', durationMinutes: 480,
    start: '2026-01-05T09:00', finish: '2026-01-05T17:00', constraint: { type: 'ASAP', date: null }, tags: ['api'], rank: 'V',
  }));
  const t0 = performance.now();
  const tx = db.transaction('tasks', 'readwrite', { durability: 'relaxed' });
  for (const record of records) tx.objectStore('tasks').put(record);
  await new Promise((done) => { tx.oncomplete = done; });
  const write = performance.now() - t0;
  const t1 = performance.now();
  const request = db.transaction('tasks', 'readonly').objectStore('tasks').getAll();
  await new Promise((done) => { request.onsuccess = done; });
  db.close();
  return [write, performance.now() - t1];
}

await main();
