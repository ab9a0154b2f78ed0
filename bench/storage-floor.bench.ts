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
const VARIANTS = [
  'compound key + projectId index (Plotline v1)',
  'string key, no index',
  '64 bucket rows of objects',
  '64 bucket rows of JSON text',
] as const;
type Variant = (typeof VARIANTS)[number];

async function main(): Promise<void> {
  const server = createServer((_req, res) => res.end('<!doctype html><title>floor</title>')).listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  const browser = await chromium.launch({ executablePath: process.env['PLOTLINE_CHROMIUM'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const page = await (await browser.newContext()).newPage();
  await page.goto(`http://127.0.0.1:${String((server.address() as AddressInfo).port)}/`);
  const rows: string[][] = [];
  for (const variant of VARIANTS) {
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

/** Runs in the page (so it may not call anything outside itself). */
async function writeAndRead({ run, variant, count }: { run: number; variant: Variant; count: number }): Promise<[number, number]> {
  const buckets = variant.startsWith('64 bucket');
  const open = indexedDB.open(`floor-${variant}-${String(run)}`, 1);
  open.onupgradeneeded = () => {
    const store = open.result.createObjectStore('tasks', { keyPath: variant.startsWith('string') ? 'key' : buckets ? ['projectId', 'bucket'] : ['projectId', 'id'] });
    if (variant.startsWith('compound')) store.createIndex('projectId', 'projectId');
  };
  const db = await new Promise<IDBDatabase>((done) => { open.onsuccess = () => done(open.result); });
  const records = Array.from({ length: count }, (_, i) => ({
    key: `p/t${String(i)}`, projectId: 'p', id: `t${String(i)}`, name: `Task ${String(i)}`, notes: '', durationMinutes: 480,
    start: '2026-01-05T09:00', finish: '2026-01-05T17:00', constraint: { type: 'ASAP', date: null }, tags: ['api'], rank: 'V',
  }));
  const t0 = performance.now();
  const tx = db.transaction('tasks', 'readwrite', { durability: 'relaxed' });
  if (buckets) {
    // The grouping is part of the write: a plan arrives as records keyed by id.
    const groups: Record<string, unknown>[] = Array.from({ length: 64 }, () => ({}));
    records.forEach((r, i) => { (groups[i % 64] as Record<string, unknown>)[r.id] = r; });
    groups.forEach((entities, bucket) => {
      tx.objectStore('tasks').put({ projectId: 'p', bucket, entities: variant.endsWith('JSON text') ? JSON.stringify(entities) : entities });
    });
  } else {
    for (const record of records) tx.objectStore('tasks').put(record);
  }
  await new Promise((done) => { tx.oncomplete = done; });
  const write = performance.now() - t0;
  const t1 = performance.now();
  const request = db.transaction('tasks', 'readonly').objectStore('tasks').getAll();
  await new Promise((done) => { request.onsuccess = done; });
  if (variant.endsWith('JSON text')) for (const row of request.result as { entities: string }[]) JSON.parse(row.entities);
  db.close();
  return [write, performance.now() - t1];
}

await main();
