/**
 * The rest of the app on a 10,000-task plan, as a person waits for it (issue #18), in the BUILT
 * app (dist/renderer) in Chromium. Each sample is a fresh browser context (app-protocol.ts):
 * - first open of the session: File → Open… a `.plotline` file (and, in a context of its own,
 *   an MS Project XML file): the parse the app times between the picked file and its summary,
 *   plus the click on "Open as new project" to the first painted frame showing the plan's rows;
 * - Tasks → Gantt (the Gantt's first mount) and Gantt → Tasks, then both again: from the click
 *   on the sidebar to the first painted frame showing the view (Gantt: its bars);
 * - the task table scrolled 100 px per frame: main-thread work per frame from a trace
 *   (frame-work.ts), wall (busy) and CPU time, p50 and p95 over the frames of a sample.
 * Today is frozen at the plan's start (app-page.ts). Medians of the runs with min–max.
 * bench/files.bench.ts times opens after a warm-up round; here the open is the session's first.
 *
 * Run: npm run bench -- app. APP_BENCH_RUNS=n (default 5). APP_BENCH_BUILDS=label=dir,... compares
 * builds of the renderer in the same run, interleaved (e.g. before=/tmp/renderer-before,after=dist/renderer).
 * APP_BENCH_PROFILE=1 prints a CPU profile of the first sample's scroll and Tasks → Gantt.
 * APP_BENCH_ONLY=open times the two first opens alone (each still the first step of a fresh
 * context), for work on the open path; the view switches and the scroll are then left out.
 * APP_BENCH_ONLY=views runs the .plotline open and the four view switches alone (no XML import,
 * no scroll), for work on the views' mounts.
 */
import type * as Esbuild from 'esbuild';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type * as Playwright from 'playwright-core';
import type { Page } from 'playwright-core';
import { exportMspdi, serializePlotline } from '../renderer/domain/formats';
import { generatePlan } from '../test/support/generate-plan';
import { FilesPage } from '../test/e2e/pages/files-page';
import { coldSession, IMPORT_STEPS, interleaved, SCROLL, SESSION_STEPS, VIEW_STEPS, type SessionStep } from './app-protocol';
import type { ClickTiming } from './app-page';
import { profile, traceRendering } from './board-profile';
import { traceFrameWork } from './frame-work';
import { ms, percentile, printTable, summarise } from './stats';

const ROOT = process.cwd();
const requireFromRoot = createRequire(join(ROOT, 'package.json'));
const { build } = requireFromRoot('esbuild') as typeof Esbuild;
const { chromium } = requireFromRoot('playwright-core') as typeof Playwright;

const TASKS = 10_000;
const RUNS = Number(process.env['APP_BENCH_RUNS'] ?? 5);
const PROFILE = process.env['APP_BENCH_PROFILE'] === '1';
const ONLY_OPENS = process.env['APP_BENCH_ONLY'] === 'open';
const ONLY_VIEWS = process.env['APP_BENCH_ONLY'] === 'views';
/**
 * How long the second pair of opens takes in the file dialog before picking the file, and then
 * reads the summary before clicking (APP_BENCH_READ_MS, each; 0 leaves them out). The first pair
 * picks at once and clicks at once: the strict rows.
 */
const READ_MS = Number(process.env['APP_BENCH_READ_MS'] ?? 1000);
const BUILDS = (process.env['APP_BENCH_BUILDS'] ?? 'this tree=dist/renderer').split(',').map((entry) => {
  const [label = '', dir = ''] = entry.split('=');
  return { label, dir: resolve(ROOT, dir) };
});
const plan = generatePlan({ tasks: TASKS, seed: 42 });
/** The plan's start as the browser's local time (the browser runs in this machine's time zone). */
const TODAY_MS = new Date(plan.project.start).getTime();
const exported = '2026-01-05T09:00:00.000Z';

type Measures = Readonly<Record<string, number>>;

async function pageScript(): Promise<string> {
  const result = await build({
    stdin: { contents: `import { installAppBench } from './bench/app-page'; installAppBench(${String(TODAY_MS)});`, resolveDir: ROOT, loader: 'ts' },
    bundle: true, format: 'iife', target: 'chrome130', write: false, logLevel: 'warning',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('the app bench page script did not build');
  return output.text;
}

function serve(dir: string): Promise<{ url: string; close: () => void }> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no built renderer: run \`npx vite build\` first.`);
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.json': 'application/json' };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = normalize(join(dir, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
    if (!path.startsWith(dir + sep) || !existsSync(path) || !statSync(path).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    done({ url: `http://127.0.0.1:${String(typeof address === 'object' && address ? address.port : 0)}/`, close: () => server.close() });
  }));
}

/** The app is ready once its first run has seeded and opened the sample plan (the views show). */
async function whenReady(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).waitFor({ state: 'visible', timeout: 30_000 });
}

async function lastMeasure(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => performance.getEntriesByName(n, 'measure').at(-1)?.duration ?? Number.NaN, name);
}

/** Arms the page's click timer for `shown` (a key of app-page.ts SHOWN) and clicks `target`. */
async function timeClick(page: Page, shown: 'gantt' | 'tasks' | 'openedPlan', click: () => Promise<void>): Promise<ClickTiming> {
  await page.evaluate(({ shown: key, rows }) => {
    const bench = window.appBench;
    if (!bench) throw new Error('the app bench page script is not installed');
    bench.timing = bench.armClickTimer(key === 'openedPlan' ? bench.shown.openedPlan(rows) : bench.shown[key]);
  }, { shown, rows: TASKS - 1 });
  await click();
  return page.evaluate(() => {
    const timing = window.appBench?.timing;
    if (!timing) throw new Error('no click timer armed');
    return timing;
  });
}

/**
 * File → Open… with the file, then "Open as new project", timed to the plan's rows painted. The
 * file is picked as soon as the dialog opens and the click comes as soon as the button shows, or
 * (a person who takes a moment in each) the file is picked `readMs` after the dialog opened (the
 * app warms its parser meanwhile) and the click comes `readMs` after the summary showed (the plan
 * may arrive and be scheduled behind it). The parse is timed from the pick either way.
 */
async function firstOpen(page: Page, path: string, profileAs?: string, readMs = 0): Promise<Measures> {
  const files = new FilesPage(page);
  // A person in the file dialog: the app may start its parser meanwhile (warmUpParser).
  await files.openPath(path, 'Open…', readMs);
  const button = page.getByRole('dialog').getByRole('button', { name: 'Open as new project' });
  // Over 10 MB (the XML) the app asks first, as it would a person.
  const confirmLarge = page.getByRole('dialog', { name: 'Open a large file?' }).getByRole('button', { name: 'Open file' });
  await button.or(confirmLarge).waitFor();
  if (await confirmLarge.isVisible()) await confirmLarge.click();
  await button.waitFor();
  if (readMs > 0) await page.waitForTimeout(readMs);
  let timing: ClickTiming = { ms: Number.NaN, frames: 0 };
  const clickToPainted = async (): Promise<Measures> => { timing = await timeClick(page, 'openedPlan', () => button.click()); return {}; };
  await (profileAs === undefined ? clickToPainted() : profiled(page, profileAs, clickToPainted));
  const toPainted = timing.ms;
  // The plan is written behind the screen: its store timings are there once the top bar says "Saved".
  await page.waitForFunction(() => performance.getEntriesByName('plotline:file-store', 'measure').length > 0, undefined, { timeout: 120_000 });
  const parse = await lastMeasure(page, 'plotline:file-parse');
  // What a person waits, less their own reading of the summary: the parse before it, the open after it.
  return {
    waited: parse + toPainted, toPainted, parse,
    store: await lastMeasure(page, 'plotline:file-store'), write: await lastMeasure(page, 'plotline:plan-write'),
    // Scheduling done behind the summary (the page idle, the person reading): not in `waited`,
    // unless it was still running when the click came, and then inside `toPainted`.
    ahead: await lastMeasure(page, 'plotline:file-schedule-ahead'),
  };
}

/**
 * The page's main-thread CPU time (Chromium's TaskDuration on the thread clock): less sensitive
 * to a loaded machine than the wall time. Spans Playwright's own work for the click too (the same
 * for every build), so it is a comparison between builds, not a figure a person waits.
 */
async function mainThreadCpuMs(page: Page, action: () => Promise<void>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const taskSeconds = async (): Promise<number> => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN;
    const before = await taskSeconds();
    await action();
    return ((await taskSeconds()) - before) * 1000;
  } finally {
    await cdp.detach();
  }
}

async function switchView(page: Page, to: 'Gantt' | 'Tasks'): Promise<Measures> {
  const button = page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: new RegExp(`^${to}`) });
  let timing: ClickTiming = { ms: Number.NaN, frames: 0 };
  const cpu = await mainThreadCpuMs(page, async () => { timing = await timeClick(page, to === 'Gantt' ? 'gantt' : 'tasks', () => button.click()); });
  return { toPainted: timing.ms, frames: timing.frames, cpu };
}

/** The table scrolled SCROLL.frames × SCROLL.pxPerFrame: main-thread work per frame. */
const TABLE = '[role="grid"][aria-label="Tasks"]';

async function scrollOnce(page: Page): Promise<void> {
  await page.evaluate(({ selector, px, frames }) => window.appBench?.scrollBy(selector, px, frames), { selector: TABLE, px: SCROLL.pxPerFrame, frames: SCROLL.frames });
  await page.evaluate((selector) => { const el = document.querySelector(selector); if (el) el.scrollTop = 0; }, TABLE);
}

async function scrollTable(page: Page): Promise<Measures> {
  const grid = TABLE;
  const run = async (): Promise<void> => {
    await page.evaluate(({ selector, px, frames }) => window.appBench?.scrollBy(selector, px, frames), { selector: grid, px: SCROLL.pxPerFrame, frames: SCROLL.frames });
  };
  const work = await traceFrameWork(page, run);
  // The rows where the table was scrolled to are on screen: the work measured drew them.
  const shown = await page.evaluate((selector) => {
    const el = document.querySelector(selector);
    const row = Math.floor((el?.scrollTop ?? 0) / 32) + 2;
    return el?.querySelector(`[aria-rowindex="${String(row)}"]`) !== null;
  }, grid);
  if (!shown) throw new Error('the task table did not draw the rows it was scrolled to');
  await page.evaluate((selector) => { const el = document.querySelector(selector); if (el) el.scrollTop = 0; }, grid);
  return {
    busyP50: percentile(work.busyMs, 50), busyP95: percentile(work.busyMs, 95),
    cpuP50: work.cpuMs.length ? percentile(work.cpuMs, 50) : Number.NaN, cpuP95: work.cpuMs.length ? percentile(work.cpuMs, 95) : Number.NaN,
    frames: work.busyMs.length,
  };
}

async function profiled(page: Page, name: string, action: () => Promise<Measures>): Promise<Measures> {
  if (!PROFILE) return action();
  let result: Measures = {};
  await profile(page, name, join(ROOT, 'test-results/app-bench'), async () => { result = await action(); });
  // The profile shows style, layout and paint as "(program)": a trace of the scroll, repeated, says which.
  if (name.endsWith('-scroll')) await traceRendering(page, name, () => scrollOnce(page));
  return result;
}

type Samples = Map<string, number[]>;
const add = (samples: Samples, key: string, value: number | undefined): void => {
  if (value === undefined || Number.isNaN(value)) return;
  samples.set(key, [...(samples.get(key) ?? []), value]);
};

const ROWS: readonly { readonly key: string; readonly label: string; readonly target: number | null }[] = [
  { key: 'open.waited', label: '.plotline first open: parse + (click → rows painted)', target: 500 },
  { key: 'open.parse', label: '  parse in worker, file picked → summary (in-app timing)', target: null },
  { key: 'open.toPainted', label: '  "Open as new project" click → rows painted', target: null },
  { key: 'open.store', label: '  click → stored, "Saved" (in-app timing; the rows were painted before)', target: null },
  { key: 'open.write', label: '    of which shown → stored: the first frame, then the database write', target: null },
  { key: 'open.ahead', label: '  behind the summary, while it is read: the plan scheduled ahead (not waited)', target: null },
  { key: 'openRead.waited', label: '.plotline first open, READ_MS in the file dialog and READ_MS reading the summary: parse + (click → rows painted)', target: 500 },
  { key: 'openRead.toPainted', label: '  "Open as new project" click → rows painted', target: null },
  { key: 'import.waited', label: 'MS Project XML first import: parse + (click → rows painted)', target: 1500 },
  { key: 'import.parse', label: '  parse in worker, file picked → summary (in-app timing)', target: null },
  { key: 'import.toPainted', label: '  "Open as new project" click → rows painted', target: null },
  { key: 'import.store', label: '  click → stored, "Saved" (in-app timing; the rows were painted before)', target: null },
  { key: 'import.write', label: '    of which shown → stored: the first frame, then the database write', target: null },
  { key: 'import.ahead', label: '  behind the summary, while it is read: the plan scheduled ahead (not waited)', target: null },
  { key: 'importRead.waited', label: 'MS Project XML first import, READ_MS in the file dialog and READ_MS reading the summary: parse + (click → rows painted)', target: 1500 },
  { key: 'importRead.toPainted', label: '  "Open as new project" click → rows painted', target: null },
  { key: 'tasksToGantt.toPainted', label: 'Tasks → Gantt, first (click → bars painted)', target: 150 },
  { key: 'tasksToGantt.cpu', label: '  main-thread CPU over the same (with the click\'s own work)', target: null },
  { key: 'ganttToTasks.toPainted', label: 'Gantt → Tasks (click → rows painted)', target: 150 },
  { key: 'ganttToTasks.cpu', label: '  main-thread CPU', target: null },
  { key: 'tasksToGanttAgain.toPainted', label: 'Tasks → Gantt, again', target: 150 },
  { key: 'tasksToGanttAgain.cpu', label: '  main-thread CPU', target: null },
  { key: 'ganttToTasksAgain.toPainted', label: 'Gantt → Tasks, again', target: 150 },
  { key: 'ganttToTasksAgain.cpu', label: '  main-thread CPU', target: null },
  { key: 'scroll.busyP50', label: `table scroll ${String(SCROLL.pxPerFrame)} px/frame: p50 frame work (wall)`, target: null },
  { key: 'scroll.busyP95', label: '  p95 frame work (wall)', target: 16.7 },
  { key: 'scroll.cpuP50', label: '  p50 frame work (main-thread CPU)', target: null },
  { key: 'scroll.cpuP95', label: '  p95 frame work (main-thread CPU)', target: 16.7 },
];

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'plotline-app-bench-'));
  const plotlinePath = join(dir, 'generated.plotline');
  const xmlPath = join(dir, 'generated.xml');
  writeFileSync(plotlinePath, serializePlotline(plan, { app: 'Plotline bench', exported }));
  writeFileSync(xmlPath, exportMspdi(plan, { now: exported }));
  const script = await pageScript();
  const servers = await Promise.all(BUILDS.map(async (b) => ({ ...b, ...(await serve(b.dir)) })));
  const browser = await chromium.launch({
    executablePath: process.env['PLOTLINE_CHROMIUM'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const samples = new Map<string, Samples>(BUILDS.map((b) => [b.label, new Map()]));
  const loadBefore = loadavg();
  try {
    for (const { run, build: server } of interleaved(servers, RUNS)) {
      const into = samples.get(server.label) ?? new Map<string, number[]>();
      const isFirst = run === 0;
      // With APP_BENCH_ONLY=open only the open step runs: the other steps' results are absent.
      const steps: readonly SessionStep[] = ONLY_OPENS ? IMPORT_STEPS : ONLY_VIEWS ? VIEW_STEPS : SESSION_STEPS;
      const session: Partial<Record<SessionStep, Measures>> & { readonly open: Measures } = await coldSession(browser, server.url, script, whenReady, steps, {
        open: (page) => firstOpen(page, plotlinePath, isFirst && !ONLY_VIEWS ? `${server.label}-open` : undefined),
        tasksToGantt: (page) => (isFirst ? profiled(page, `${server.label}-tasks-to-gantt`, () => switchView(page, 'Gantt')) : switchView(page, 'Gantt')),
        ganttToTasks: (page) => switchView(page, 'Tasks'),
        tasksToGanttAgain: (page) => switchView(page, 'Gantt'),
        ganttToTasksAgain: (page) => switchView(page, 'Tasks'),
        scroll: (page) => (isFirst ? profiled(page, `${server.label}-scroll`, () => scrollTable(page)) : scrollTable(page)),
      });
      const imported = ONLY_VIEWS ? null : await coldSession(browser, server.url, script, whenReady, IMPORT_STEPS, { open: (page) => firstOpen(page, xmlPath, isFirst ? `${server.label}-import` : undefined) });
      // The same two opens by a person who reads the summary first.
      const read = ONLY_VIEWS || READ_MS <= 0 ? null : {
        open: await coldSession(browser, server.url, script, whenReady, IMPORT_STEPS, { open: (page) => firstOpen(page, plotlinePath, undefined, READ_MS) }),
        import: await coldSession(browser, server.url, script, whenReady, IMPORT_STEPS, { open: (page) => firstOpen(page, xmlPath, undefined, READ_MS) }),
      };
      for (const step of steps) for (const [k, v] of Object.entries(session[step] ?? {})) add(into, `${step}.${k}`, v);
      for (const [k, v] of Object.entries(imported?.open ?? {})) add(into, `import.${k}`, v);
      for (const [k, v] of Object.entries(read?.open.open ?? {})) add(into, `openRead.${k}`, v);
      for (const [k, v] of Object.entries(read?.import.open ?? {})) add(into, `importRead.${k}`, v);
      const opens = `.plotline open ${ms(session.open['waited'] ?? Number.NaN)} ms, XML import ${ms(imported?.open['waited'] ?? Number.NaN)} ms`;
      const views = ONLY_OPENS ? '' : `, Tasks → Gantt ${ms(session.tasksToGantt?.['toPainted'] ?? Number.NaN)} ms, scroll p95 ${ms(session.scroll?.['busyP95'] ?? Number.NaN)} ms`;
      console.log(`run ${String(run + 1)}/${String(RUNS)} ${server.label}: ${opens}${views}, load ${loadavg()[0]?.toFixed(2) ?? ''}`);
    }
  } finally {
    await browser.close();
    for (const s of servers) s.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const cell = (values: readonly number[] | undefined): string => {
    if (!values?.length) return '-';
    const s = summarise(values);
    return `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
  };
  const verdict = (key: string, target: number | null): string => {
    if (target === null) return '-';
    // A step this run left out (APP_BENCH_ONLY) is not measured, so it is neither OK nor OVER.
    if (BUILDS.some((b) => !samples.get(b.label)?.get(key)?.length)) return `≤ ${String(target)}: not measured`;
    const medians = BUILDS.map((b) => summarise(samples.get(b.label)?.get(key) ?? []).median);
    return `≤ ${String(target)}: ${medians.map((m) => (m <= target ? 'OK' : 'OVER')).join(' / ')}`;
  };
  console.log(`\n${String(TASKS)} tasks (generatePlan seed 42), ${String(RUNS)} cold sessions per build, interleaved; today frozen at ${plan.project.start}; ${String(cpus().length)} cores`);
  console.log(`load average before: ${loadBefore.map((l) => l.toFixed(2)).join(' / ')}; after: ${loadavg().map((l) => l.toFixed(2)).join(' / ')}\n`);
  printTable(['ms, median (min–max)', ...BUILDS.map((b) => b.label), 'target'], ROWS.filter(({ key }) => !ONLY_OPENS || /^(open|import)(Read)?\./.test(key)).map(({ key, label, target }) => [
    label.replace('READ_MS', `${String(READ_MS)} ms`), ...BUILDS.map((b) => cell(samples.get(b.label)?.get(key))), verdict(key, target),
  ]));
  console.log(`\nScroll: ${String(SCROLL.frames)} frames per sample; a frame's work is the main thread's busy time between two animation frames (frame-work.ts).`);
}

await main();

