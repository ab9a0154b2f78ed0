/**
 * Plotline's Gantt beside its peers (issue #18): SVAR React Gantt 2.7 and DHTMLX Gantt 10
 * Community (benchmark-only devDependencies, never bundled into the app) and raw frappe-gantt 1.2,
 * on the same plans (a flat generated plan and Plotline's own outlined plan), in Debian's
 * Chromium. What is measured and how is pinned in peers/protocol.ts (fresh context per sample,
 * today frozen at the plan start, painted-frame stops, interleaved runs, real data reloads).
 * A reload reads the data again: each peer parses its JSON, Plotline reads IndexedDB (as the app
 * does). Prints medians with min–max per library and Plotline ÷ the best rival per column.
 * Run: npm run bench -- gantt-peers
 *   PEERS_SIZES=1000,10000  PEERS_SHAPES=flat,outlined  PEERS_RUNS=5
 *   PEERS_FRAPPE_MAX=1000 (raw frappe takes minutes per sample above this; it then runs once)
 *   PEERS_LIBS=plotline,dhtmlx (a subset of the libraries, e.g. to compare two builds of Plotline)
 *   PEERS_PROFILE=first|zoom|edit|reload|warm: after the table, one more Plotline sample per case (not
 *   counted) from a readable (unminified) bundle, with a CPU profile of that step printed and saved
 *   under test-results/gantt-peers: where the step's time goes, rather than guessed.
 *   PEERS_PROFILE_RUNS=N: that many profiled samples per case, printed as their mean per function
 *   (one edit's ~25 ms holds too few samples to rank functions). PEERS_RUNS=0 skips the table.
 *   PEERS_TRACE=first|zoom|edit|reload|warm: one more sample with that step traced, printed as the
 *   main thread's tasks in order with the script, style, layout and paint in each (what a profile
 *   shows only as the script line that forced a layout).
 *   PEERS_HEAP=1: one more sample per library with a heap snapshot after the cold first render, of
 *   the page the heap column reads, summed by constructor or kind and saved whole under
 *   test-results/gantt-peers (DevTools' Memory panel opens it): what the heap column counts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism as cpuCount, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ReactPlugin from '@vitejs/plugin-react';
import type * as Playwright from 'playwright-core';
import type * as Vite from 'vite';
import { peerData, type PlanShape } from './peers/plan-shapes';
import { meanProfile, printProfile, profile, timeStampAnchor, traceTimeline, type ProfileSummary } from './board-profile';
import { call, freshSamplePage, interleavedRuns, measureCold, PEERS, RIVALS, type ColdSample, type HeapReader, type Peer, type PageLike, type PageMethod } from './peers/protocol';
import { ms, printTable, summarise, type Sample } from './stats';

const ROOT = process.cwd();
const load = createRequire(join(ROOT, 'package.json'));
const loadModule = async <T>(name: string): Promise<T> => (await import(pathToFileURL(load.resolve(name)).href)) as T;
const { build: viteBuild } = await loadModule<typeof Vite>('vite');
const { default: react } = await loadModule<typeof ReactPlugin>('@vitejs/plugin-react');
const { chromium } = load('playwright-core') as typeof Playwright;
const SIZES = (process.env['PEERS_SIZES'] ?? '1000,10000').split(',').map(Number);
const SHAPES = (process.env['PEERS_SHAPES'] ?? 'flat,outlined').split(',') as PlanShape[];
const RUNS = Number(process.env['PEERS_RUNS'] ?? 5);
const FRAPPE_MAX = Number(process.env['PEERS_FRAPPE_MAX'] ?? 1000);
const LIBS = (process.env['PEERS_LIBS'] ?? PEERS.join(',')).split(',') as Peer[];
const RUN_PEERS = PEERS.filter((p) => LIBS.includes(p));
const PROFILE_STEPS = ['first', 'zoom', 'edit', 'reload', 'warm'] as const;
type ProfileStep = (typeof PROFILE_STEPS)[number];
const PROFILE = PROFILE_STEPS.find((step) => step === process.env['PEERS_PROFILE']) ?? null;
const PROFILE_RUNS = Math.max(1, Number(process.env['PEERS_PROFILE_RUNS'] ?? 1));
const TRACE = PROFILE_STEPS.find((step) => step === process.env['PEERS_TRACE']) ?? null;
const HEAP = process.env['PEERS_HEAP'] === '1';

const ENTRIES: Record<Peer, string> = {
  plotline: 'bench/peers/pages/plotline.tsx', svar: 'bench/peers/pages/svar.tsx', dhtmlx: 'bench/peers/pages/dhtmlx.ts', frappe: 'bench/peers/pages/frappe.ts',
};

/** One page per library, each bundled alone so no library's code or CSS is in another's page. */
async function bundle(dir: string): Promise<Record<Peer, string>> {
  const urls = {} as Record<Peer, string>;
  for (const peer of RUN_PEERS) urls[peer] = await bundlePage(dir, peer, peer, true);
  return urls;
}

/**
 * One library's page, built by Vite as the app's renderer is (vite.config.ts: the same bundler,
 * minifier and target), so the heap column counts what the app ships. esbuild, used before,
 * called its CommonJS interop once per importing module: every module that imports React got its
 * own copy of React's exports as getters, about 0.3 MB of closures, contexts and property arrays
 * on the Plotline and SVAR pages (heap column 5.4 against 5.1 MB, flat 1,000, December 2026) that
 * the app's build does not have. `minify: false` keeps function names for a readable profile.
 */
async function bundlePage(dir: string, peer: Peer, name: string, minify: boolean): Promise<string> {
  await viteBuild({
    configFile: false, logLevel: 'warn', publicDir: false, plugins: [react()],
    resolve: { alias: { 'frappe-gantt/style.css': join(ROOT, 'node_modules/frappe-gantt/dist/frappe-gantt.css') } },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: dir, emptyOutDir: false, target: 'chrome130', minify, sourcemap: false,
      // One classic script per page, as the html below loads it from a file: URL.
      lib: { entry: join(ROOT, ENTRIES[peer]), formats: ['iife'], name: 'peerPage', fileName: () => `${name}.js`, cssFileName: name },
    },
  });
  const html = join(dir, `${name}.html`);
  writeFileSync(html, `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="${name}.css"></head><body style="margin:0;height:100vh"><div id="app" style="height:100vh;display:flex;flex-direction:column"></div><script src="${name}.js"></script></body></html>`);
  return `file://${html}`;
}

/** One uncounted Plotline sample, as measureCold runs it, with `step` watched by `observe`. */
async function watchStep<T>(browser: Playwright.Browser, url: string, json: string, today: string, step: ProfileStep, observe: (page: Playwright.Page, run: () => Promise<void>) => Promise<T>): Promise<T> {
  const { context, page } = await freshSamplePage(browser, url, json, today);
  try {
    const methods: Record<ProfileStep, PageMethod> = { first: 'firstRender', zoom: 'zoomToWeek', edit: 'editOne', reload: 'reload', warm: 'firstRender' };
    let watched: { readonly result: T } | null = null;
    for (const each of PROFILE_STEPS) {
      // As measureCold runs it: the warm first render follows the view's unmount.
      if (each === 'warm') await call(page, 'reset');
      if (each === step) watched = { result: await observe(page as unknown as Playwright.Page, async () => { await call(page, methods[each]); }) };
      else await call(page, methods[each]);
    }
    if (!watched) throw new Error(`the watched step ${step} never ran`);
    return watched.result;
  } finally {
    await context.close();
  }
}

/** One uncounted Plotline sample with `step` profiled. */
function profileStep(browser: Playwright.Browser, url: string, json: string, today: string, step: ProfileStep, name: string, quiet: boolean): Promise<ProfileSummary> {
  return watchStep(browser, url, json, today, step, (page, run) => profile(page, name, join(ROOT, 'test-results/gantt-peers'), run, quiet));
}

/** One uncounted Plotline sample with `step` traced: its main-thread tasks in order, with the rendering in each. */
function traceStep(browser: Playwright.Browser, url: string, json: string, today: string, step: ProfileStep, name: string): Promise<void> {
  const mark = 'plotline-step';
  return watchStep(browser, url, json, today, step, (page, run) => traceTimeline(page, name, async () => {
    await page.evaluate((message) => { console.timeStamp(message); }, mark);
    await run();
  }, timeStampAnchor(mark)));
}

/**
 * What the JS heap holds after the cold first render, where the heap column reads it: a heap
 * snapshot's objects summed by constructor (or kind) and their self size, largest first.
 */
function heapAfterFirstRender(browser: Playwright.Browser, url: string, json: string, today: string, name: string): Promise<void> {
  return watchStep(browser, url, json, today, 'first', async (page, run) => {
    await run();
    const cdp = await page.context().newCDPSession(page);
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => { chunks.push(chunk); });
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    await cdp.detach();
    const text = chunks.join('');
    // Saved whole for DevTools (Memory → Load) or a script, beside the profiles.
    mkdirSync(join(ROOT, 'test-results/gantt-peers'), { recursive: true });
    writeFileSync(join(ROOT, 'test-results/gantt-peers', `${name}.heapsnapshot`), text);
    printHeapSummary(name, JSON.parse(text) as HeapSnapshot);
  });
}

interface HeapSnapshot {
  readonly snapshot: { readonly meta: { readonly node_fields: string[]; readonly node_types: [string[], ...unknown[]] } };
  readonly nodes: number[];
  readonly strings: string[];
}

/** "system / SharedFunctionInfo / render" -> "system / SharedFunctionInfo". */
const codeKind = (name: string): string => (name.startsWith('system / ') ? name.split(' / ').slice(0, 2).join(' / ') : name.startsWith('(') ? name : '(other)');

function printHeapSummary(name: string, heap: HeapSnapshot): void {
  const fields = heap.snapshot.meta.node_fields;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const types = heap.snapshot.meta.node_types[0];
  const groups = new Map<string, { count: number; bytes: number }>();
  let total = 0;
  for (let i = 0; i < heap.nodes.length; i += fields.length) {
    const type = types[heap.nodes[i + typeAt] ?? 0] ?? '?';
    const bytes = heap.nodes[i + sizeAt] ?? 0;
    // Objects by constructor; code by V8's kind (bytecode, machine code, function infos); strings
    // and arrays by kind alone (their names are their contents).
    const name = heap.strings[heap.nodes[i + nameAt] ?? 0] ?? '?';
    const key = type === 'object' || type === 'closure' ? `${type} ${name}` : type === 'code' ? `code ${codeKind(name)}` : type;
    const group = groups.get(key) ?? { count: 0, bytes: 0 };
    group.count++;
    group.bytes += bytes;
    groups.set(key, group);
    total += bytes;
  }
  console.log(`\n### heap after the cold first render: ${name}, ${(total / 1e6).toFixed(2)} MB in the snapshot`);
  for (const [key, { count, bytes }] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 30)) {
    console.log(`  ${(bytes / 1e3).toFixed(0).padStart(7)} kB  ${String(count).padStart(7)}  ${key}`);
  }
}

/** Used JS heap after a forced collection, through the page's DevTools session. */
function heapReader(context: () => Playwright.BrowserContext | null): HeapReader {
  return async (page: PageLike) => {
    const ctx = context();
    if (!ctx) return Number.NaN;
    const cdp = await ctx.newCDPSession(page as unknown as Playwright.Page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return usedSize;
  };
}

type Column = keyof ColdSample;
const COLUMNS: readonly [Column, string, (v: number) => string][] = [
  ['firstRender', 'first render, cold (ms)', ms], ['warmFirstRender', 'first render, warm (ms)', ms], ['zoom', 'zoom Day→Week (ms)', ms],
  ['edit', 'one-task edit to paint (ms)', ms], ['reload', 'reload, data read again (ms)', ms],
  ['domElements', 'DOM elements', (v) => String(Math.round(v))], ['heapBytes', 'JS heap (MB)', (v) => (v / 1e6).toFixed(1)],
];

async function measureCase(browser: Playwright.Browser, urls: Record<Peer, string>, shape: PlanShape, size: number): Promise<string[][]> {
  const data = peerData(shape, size);
  const plotlineJson = JSON.stringify({ shape, start: data.start, plan: data.plan });
  const peerJson = JSON.stringify({ shape, start: data.start, rows: data.rows, links: data.links });
  const samples = new Map<Peer, ColdSample[]>(PEERS.map((p) => [p, []]));
  for (const slot of interleavedRuns(RUN_PEERS, RUNS)) {
    if (slot.peer === 'frappe' && size > FRAPPE_MAX && slot.run > 0) continue;
    let current: Playwright.BrowserContext | null = null;
    const tracking = { newContext: async (o: Parameters<Playwright.Browser['newContext']>[0]) => (current = await browser.newContext(o)) };
    const sample = await measureCold(tracking, urls[slot.peer], slot.peer === 'plotline' ? plotlineJson : peerJson, data.start, heapReader(() => current));
    samples.get(slot.peer)?.push(sample);
    process.stderr.write(`  ${shape} ${String(size)} run ${String(slot.run + 1)} ${slot.peer}: first ${ms(sample.firstRender)} ms\n`);
  }
  const rows: string[][] = [];
  for (const [column, label, format] of COLUMNS) {
    const stats = new Map<Peer, Sample>(PEERS.map((p) => [p, summarise((samples.get(p) ?? []).map((s) => s[column]))]));
    const cell = (s: Sample | undefined): string => (!s || s.runs === 0 ? '–' : s.runs === 1 ? `${format(s.median)} (1 run)` : `${format(s.median)} (${format(s.min)}–${format(s.max)})`);
    const best = Math.min(...RIVALS.map((p) => stats.get(p)?.median ?? Number.POSITIVE_INFINITY));
    const ratio = (stats.get('plotline')?.median ?? Number.NaN) / best;
    rows.push([`${shape} ${size.toLocaleString('en-US')}`, label, ...PEERS.map((p) => cell(stats.get(p))), Number.isFinite(ratio) ? ratio.toFixed(2) : '–']);
  }
  return rows;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'plotline-peers-'));
  const browser = await chromium.launch({ executablePath: process.env['PLOTLINE_CHROMIUM'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const urls = await bundle(dir);
    const loadStart = loadavg().map((l) => l.toFixed(2)).join(' / ');
    if (RUNS > 0) {
      const rows: string[][] = [];
      for (const shape of SHAPES) for (const size of SIZES) rows.push(...await measureCase(browser, urls, shape, size));
      console.log(`${String(RUNS)} interleaved runs per library, each in a fresh browser context, today frozen at the plan start; medians (min–max).`);
      printTable(['plan', 'column', 'Plotline', 'SVAR', 'DHTMLX', 'raw frappe', 'Plotline ÷ best of SVAR/DHTMLX'], rows);
      console.log(`\nLoad average (1 / 5 / 15 min): ${loadStart} at the start, ${loadavg().map((l) => l.toFixed(2)).join(' / ')} at the end, on ${String(cpuCount())} cores.`);
    }
    if (PROFILE ?? TRACE ?? (HEAP || null)) {
      const readable = PROFILE ?? TRACE ? await bundlePage(dir, 'plotline', 'plotline-readable', false) : '';
      for (const shape of SHAPES) {
        for (const size of SIZES) {
          const data = peerData(shape, size);
          const json = JSON.stringify({ shape, start: data.start, plan: data.plan });
          if (HEAP) {
            for (const peer of RUN_PEERS) {
              const peerJson = peer === 'plotline' ? json : JSON.stringify({ shape, start: data.start, rows: data.rows, links: data.links });
              await heapAfterFirstRender(browser, urls[peer], peerJson, data.start, `${peer}-${shape}-${String(size)}`);
            }
          }
          if (TRACE) await traceStep(browser, readable, json, data.start, TRACE, `plotline-${shape}-${String(size)}-${TRACE}`);
          if (!PROFILE) continue;
          const name = `plotline-${shape}-${String(size)}-${PROFILE}`;
          const runs: ProfileSummary[] = [];
          for (let run = 0; run < PROFILE_RUNS; run++) runs.push(await profileStep(browser, readable, json, data.start, PROFILE, name, PROFILE_RUNS > 1));
          if (PROFILE_RUNS > 1) printProfile(`profile: ${name}, mean of ${String(PROFILE_RUNS)} samples`, meanProfile(runs));
        }
      }
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
