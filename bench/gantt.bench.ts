/**
 * Gantt at scale, in a real browser: Plotline's GanttView against raw frappe-gantt 1.2.2 on the
 * same generated plans (1,000 / 5,000 / 10,000 tasks). Measures first render, zoom change, a
 * one-task edit, scroll frames, a full reload and the DOM size. First render mounts a plan never
 * seen before; full reload remounts the same plan (switching back to the Gantt), which reuses
 * the view's row cache. Each number is the main
 * thread's synchronous work plus the layout it forces (React flushes and effects included).
 * A one-task edit is timed to the frame that paints the edited bar (see editPlotline): the whole
 * edit (command, scheduling engine, repaint) and the repaint alone (from the store update), which
 * is the view's own cost, each as work on the main thread without the idle wait for the frame;
 * and, since wall time swells with the machine's load, as main-thread CPU time from a trace.
 * A bar drag is timed from the mouse release to the painted frame, the first drag after a mount
 * apart from later ones (dragTimes).
 * Run: npm run bench -- gantt   (PLOTLINE_GANTT_SHOTS=dir also saves screenshots there;
 * PLOTLINE_GANTT_RAW=0 skips raw frappe, which takes minutes at 10,000 tasks).
 */
import type * as Esbuild from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism as cpuCount, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Playwright from 'playwright-core';
import type { Page } from 'playwright-core';
import { profile, traceRendering } from './board-profile';
import { freezeTodayScript } from './peers/protocol';
import { ms, percentile, printTable, summarise, type Sample } from './stats';

// scripts/bench.mjs runs benches from the repository root, bundled into a temp folder: resolve
// packages from the root, not from the bundle's location.
const ROOT = process.cwd();
const load = createRequire(join(ROOT, 'package.json'));
const { build } = load('esbuild') as typeof Esbuild;
const { chromium } = load('playwright-core') as typeof Playwright;
/** PLOTLINE_GANTT_SIZES=1000,5000 runs fewer sizes. */
const SIZES = (process.env['PLOTLINE_GANTT_SIZES'] ?? '1000,5000,10000').split(',').map(Number);
const WITH_RAW = process.env['PLOTLINE_GANTT_RAW'] !== '0';
/** GANTT_PROFILE=1: an unminified build, a CPU profile and a rendering trace of one-task edits. */
const PROFILE = process.env['GANTT_PROFILE'] === '1';
/** PLOTLINE_GANTT_ONLY=drag measures only the bar drags (quick before/after comparisons). */
const ONLY_DRAG = process.env['PLOTLINE_GANTT_ONLY'] === 'drag';

/** Runs in the page: mounts the Gantt or raw frappe on a generated plan and times operations. */
const ENTRY = `
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createElement } from 'react';
import Gantt from 'frappe-gantt';
import 'frappe-gantt/style.css';
import './renderer/app/theme.css';
import { createSessionStore, createUiStore, StoresProvider } from './renderer/store';
import { GanttView } from './renderer/features/gantt';
import { scheduleForDisplay } from './renderer/features/shared/schedule';
import { generatePlan } from './test/support/generate-plan';
import { MemoryStorage } from './test/support/memory-persistence';
import { ServicesProvider } from './renderer/features/shared/services';
import { createBrowserPlatform } from './renderer/platform';
import { PlanRepository, PlotlineDb } from './renderer/db';

const host = document.getElementById('app');
let root = null, session = null, raw = null;
const layout = () => document.body.getBoundingClientRect().height;
const settle = () => new Promise((r) => setTimeout(r, 0));
/** The next task: after React's microtask render and commit, before any timer clamping. */
const nextTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
const time = async (fn) => { const t0 = performance.now(); fn(); layout(); await settle(); layout(); return performance.now() - t0; };
let plan = null;
let n = 0;
const services = {
  repository: new PlanRepository(new PlotlineDb('plotline-gantt-bench'), 'bench'), platform: createBrowserPlatform(),
  newId: () => crypto.randomUUID(), now: () => new Date().toISOString(), today: () => '2026-01-05', storage: { kind: 'persistent' },
};
let lastEdited = null;

window.bench = {
  async generate(tasks) { plan = generatePlan({ tasks, seed: 7 }); n = tasks; },
  async mountPlotline() {
    this.unmount();
    let ids = 0;
    const storage = new MemoryStorage();
    storage.put(plan);
    session = createSessionStore({
      persistence: storage.window('bench'),
      newId: () => 'b' + String(++ids), now: () => '2026-03-01T00:00:00.000Z', schedule: scheduleForDisplay, notify: () => undefined,
    });
    await session.getState().openProject(plan.project.id);
    const stores = { session, ui: createUiStore({ view: 'gantt' }) };
    const view = createElement(ServicesProvider, { services }, createElement(StoresProvider, { stores }, createElement(GanttView)));
    return time(() => { root = createRoot(host); flushSync(() => root.render(view)); });
  },
  async mountRaw() {
    this.unmount();
    const tasks = Object.values(plan.tasks).map((t) => ({ id: 'x' + t.id, name: t.name, start: t.start.replace('T', ' '), end: t.finish.replace('T', ' '), progress: t.percentComplete }));
    return time(() => { raw = new Gantt(host, tasks, { view_mode: 'Day', infinite_padding: false, popup: false }); });
  },
  /** A plan never seen before (new objects, same shape): nothing cached for it yet. */
  async mountPlotlineFresh() { plan = generatePlan({ tasks: n, seed: 7 }); return this.mountPlotline(); },
  unmount() { root?.unmount(); root = null; raw = null; host.innerHTML = ''; },
  async zoomPlotline(label) { return time(() => [...document.querySelectorAll('button')].find((b) => b.textContent === label).click()); },
  async zoomRaw(mode) { return time(() => raw.change_view_mode(mode)); },
  /**
   * One progress edit, timed to the frame that paints it: the synchronous work (command, engine,
   * React's render and commit, frappe) until the next task, plus that frame's own work from its
   * first animation-frame callback to the task after its paint (label placement, style, layout,
   * paint). The idle wait for the frame between the two is not work and is left out; the wall
   * clock including it is reported too.
   * The edited bar's progress width is read back from the painted DOM, so a repaint that did
   * not happen cannot be timed.
   */
  async editPlotline(k) {
    const s = session.getState();
    // A task whose frappe bar is on screen, so the edit has a bar to repaint.
    const shown = host.querySelector('.bar-wrapper.gl-task .bar-label');
    const name = shown?.textContent;
    const task = Object.values(s.plan.tasks).find((t) => t.name === name);
    if (!task) throw new Error('no task bar on screen to edit');
    lastEdited = task.id;
    const wanted = 10 + ((k * 7) % 80);
    const percent = task.percentComplete === wanted ? wanted + 1 : wanted;
    const progressWidth = () => {
      const label = [...host.querySelectorAll('.bar-wrapper .bar-label')].find((l) => l.textContent === name);
      return label ? Number(label.parentElement.querySelector('.bar-progress').getAttribute('width')) : NaN;
    };
    const before = progressWidth();
    // Asked for before the edit, so this callback opens the frame and frappe's own label
    // callbacks (queued by the repaint) count as that frame's work.
    const painted = new Promise((r) => requestAnimationFrame(() => { const start = performance.now(); nextTask().then(() => r([start, performance.now()])); }));
    const t0 = performance.now();
    s.dispatch('updateTask', { id: task.id, changes: { percentComplete: percent } });
    const t1 = performance.now();
    await nextTask();
    const t2 = performance.now();
    const [frameStart, t3] = await painted;
    const after = progressWidth();
    if (!Number.isFinite(before) || !Number.isFinite(after) || after === before) throw new Error('the edited bar was not repainted: progress width ' + before + ' -> ' + after);
    // Busy from t0 to t2 and from frameStart to t3; the gap between them (if any) is idle.
    const idle = Math.max(0, frameStart - t2);
    return { total: t3 - t0 - idle, repaint: t3 - t1 - idle, frame: t3 - frameStart, wall: t3 - t0 };
  },
  /** Unmounts the view but keeps the session, so dispatchOnly() times the command and engine alone. */
  detachView() { root?.unmount(); root = null; host.innerHTML = ''; },
  async dispatchOnly(k) {
    const s = session.getState();
    const wanted = 10 + ((k * 7) % 80);
    s.dispatch('updateTask', { id: lastEdited, changes: { percentComplete: s.plan.tasks[lastEdited].percentComplete === wanted ? wanted + 1 : wanted } });
    await nextTask();
  },
  /** Picks the first leaf task in the grid, which scrolls its bar into view (as a PM does before editing it). */
  async revealTask() {
    // The grid's rows appear once the view has measured its viewport (a frame or two after mount).
    for (let frame = 0; frame < 600 && !host.querySelector('.gl-grid-row.gl-kind-task'); frame++) await new Promise((r) => requestAnimationFrame(r));
    host.querySelector('.gl-grid-row.gl-kind-task').click();
    await settle();
    await new Promise((r) => requestAnimationFrame(r));
    await settle();
  },
  async editRaw(k) {
    const t = raw.tasks[1];
    return time(() => raw.refresh(raw.tasks.map((x) => x === t ? { ...x, progress: (k * 7) % 100 } : x)));
  },
  async scroll(selector, k) {
    const el = document.querySelector(selector);
    return time(() => { el.scrollTop += 2000 + k * 37; el.scrollLeft += 300; el.dispatchEvent(new Event('scroll')); });
  },
  /**
   * A steady scroll as a wheel or trackpad gives it: 100 px down per frame. Each time runs from the
   * scroll to the painted frame (React's render task, frame callbacks such as the pinned labels),
   * leaving out the idle wait for the frame, as the edit timing does.
   */
  async wheelScroll(selector, frames) {
    const el = document.querySelector(selector);
    const times = [];
    for (let i = 0; i < frames; i++) {
      const painted = new Promise((r) => requestAnimationFrame(() => { const start = performance.now(); nextTask().then(() => r([start, performance.now()])); }));
      const t0 = performance.now();
      el.scrollTop += 100;
      el.dispatchEvent(new Event('scroll'));
      await nextTask();
      const t1 = performance.now();
      const [frameStart, t2] = await painted;
      times.push(t2 - t0 - Math.max(0, frameStart - t1));
    }
    return times;
  },
  domCount() { return host.getElementsByTagName('*').length; },
  /**
   * Arms the timing of a bar drag's release for the task whose bar is on screen at row k of the
   * task bars: resolves, once the Node side has released the mouse, with the time from the
   * mouseup (a capturing listener, so before frappe's) to the first painted frame after the
   * session took the edit. Returns the bar's centre for the Node side to drag.
   */
  armDrag(k) {
    // Bars the mouse can reach: their centre is on screen and not under another element.
    const reachable = [...host.querySelectorAll('.bar-wrapper.gl-task .bar')].filter((bar) => {
      const r = bar.getBoundingClientRect();
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return r.width > 8 && hit !== null && bar.parentElement.contains(hit);
    });
    const bar = reachable[k % Math.max(1, reachable.length)];
    if (!bar) throw new Error('no task bar on screen to drag');
    const box = bar.getBoundingClientRect();
    const revision = session.getState().revision;
    window.dragDone = new Promise((resolve, reject) => {
      window.addEventListener('mouseup', async () => {
        const released = performance.now();
        for (let frame = 0; frame < 600; frame++) {
          const painted = await new Promise((r) => requestAnimationFrame(() => nextTask().then(() => r(performance.now()))));
          if (session.getState().revision !== revision) return resolve(painted - released);
        }
        reject(new Error('the drag was not applied within 600 frames'));
      }, { capture: true, once: true });
    });
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  },
};
`;

async function bundle(dir: string): Promise<string> {
  await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts', sourcefile: 'gantt-bench-entry.ts' },
    bundle: true, format: 'iife', platform: 'browser', target: 'chrome130', minify: !PROFILE, jsx: 'automatic',
    outfile: join(dir, 'bench.js'), logLevel: 'warning',
    alias: { 'frappe-gantt/style.css': join(ROOT, 'node_modules/frappe-gantt/dist/frappe-gantt.css') },
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const html = join(dir, 'index.html');
  writeFileSync(html, '<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="bench.css"></head><body style="margin:0;height:100vh"><div id="app" style="height:100vh;display:flex;flex-direction:column"></div><script src="bench.js"></script></body></html>');
  return `file://${html}`;
}

async function repeat(page: Page, expr: string, runs: number): Promise<Sample> {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) times.push(await page.evaluate<number>(expr.replace('$k', String(k))));
  return summarise(times);
}

interface EditTimes { readonly total: number; readonly repaint: number; readonly frame: number; readonly wall: number }

async function repeatEdits(page: Page, runs: number): Promise<Record<keyof EditTimes, Sample>> {
  const times: EditTimes[] = [];
  for (let k = 0; k < runs; k++) times.push(await page.evaluate<EditTimes>(`bench.editPlotline(${String(k)})`));
  return {
    total: summarise(times.map((t) => t.total)), repaint: summarise(times.map((t) => t.repaint)),
    frame: summarise(times.map((t) => t.frame)), wall: summarise(times.map((t) => t.wall)),
  };
}

interface TraceEvent { readonly name: string; readonly ph: string; readonly tid: number; readonly tdur?: number; readonly args?: { readonly name?: string } }

/**
 * Main-thread CPU time (trace thread time of every task) of `expr`, per run. Thread time does
 * not grow when other processes take the cores, so unlike wall time it compares across loads.
 * It includes the tracing itself and page.evaluate's own protocol work: an upper bound.
 */
async function threadTime(page: Page, expr: string, runs: number): Promise<Sample> {
  const browser = page.context().browser();
  if (!browser) return NONE;
  const perRun: number[] = [];
  for (let k = 0; k < runs; k++) {
    await browser.startTracing(page, { categories: ['toplevel'] });
    await page.evaluate(expr.replace('$k', String(k + 50)));
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
    let cpu = 0;
    for (const e of traceEvents) if (e.tid === main && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask') cpu += (e.tdur ?? 0) / 1000;
    perRun.push(cpu);
  }
  return summarise(perRun);
}

const NONE: Sample = { median: Number.NaN, min: Number.NaN, max: Number.NaN, runs: 0 };

/**
 * Bar drags as a person makes them (the real mouse: down on a bar, five moves two days right,
 * up), each timed in the page from the release to the first painted frame after the edit was
 * applied (command, engine, repaint). The first drag after a mount is reported apart: it also
 * compiles the drag and edit path.
 */
async function dragTimes(page: Page, runs: number): Promise<{ first: number; later: Sample }> {
  const times: number[] = [];
  for (let k = 0; k < runs + 1; k++) {
    const { x, y } = await page.evaluate<{ x: number; y: number }>(`bench.armDrag(${String(k)})`);
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(x + 12 * i, y);
    await page.mouse.up();
    times.push(await page.evaluate<number>('window.dragDone'));
  }
  return { first: times[0] ?? Number.NaN, later: summarise(times.slice(1)) };
}

async function measureSize(page: Page, size: number, shots: string | undefined): Promise<string[][]> {
  await page.evaluate(`bench.generate(${String(size)})`);
  const drags = await (async () => {
    await repeat(page, 'bench.mountPlotline()', 1);
    await page.evaluate('bench.revealTask()');
    return dragTimes(page, 6);
  })();
  const dragRows = [
    [String(size), 'bar drag, first after a mount: release to the painted frame', ms(drags.first), '–', '–'],
    [String(size), 'bar drag, later drags: release to the painted frame', `${ms(drags.later.median)} (${ms(drags.later.min)}–${ms(drags.later.max)})`, '–', '–'],
  ];
  if (ONLY_DRAG) {
    await page.evaluate('bench.unmount()');
    return dragRows;
  }
  const edits = await (async () => {
    await repeat(page, 'bench.mountPlotline()', 1);
    await page.evaluate('bench.revealTask()');
    if (PROFILE) {
      const out = join(ROOT, 'test-results/profiles');
      await repeatEdits(page, 3);
      await profile(page, `gantt-edit-${String(size)}`, out, async () => { await repeatEdits(page, 5); });
      await traceRendering(page, `gantt edit ×5 at ${String(size)}`, async () => { await repeatEdits(page, 5); });
    }
    // Steady state: the first edits after a mount also compile the edit path (JIT).
    await repeatEdits(page, 5);
    const wall = await repeatEdits(page, 15);
    const cpu = await threadTime(page, 'bench.editPlotline($k)', 9);
    // The same edit with no view subscribed: the command and the engine alone.
    await page.evaluate('bench.detachView()');
    const engine = await threadTime(page, 'bench.dispatchOnly($k)', 9);
    return { ...wall, cpu, engine };
  })();
  const pl = {
    first: await repeat(page, 'bench.mountPlotlineFresh()', 7),
    zoom: await repeat(page, `bench.zoomPlotline(['Weeks','Days'][$k % 2])`, 6),
    scroll: await repeat(page, `bench.scroll('.gl-scroller', $k)`, 12),
    wheel: await page.evaluate<number[]>(`bench.wheelScroll('.gl-scroller', 120)`),
    reload: await repeat(page, 'bench.mountPlotline()', 7),
    dom: await page.evaluate<number>('bench.domCount()'),
  };
  if (shots) await page.screenshot({ path: join(shots, `bench-${String(size)}.png`) });
  const rw = WITH_RAW ? await measureRaw(page, size) : { first: NONE, zoom: NONE, edit: NONE, scroll: NONE, reload: NONE, dom: Number.NaN };
  await page.evaluate('bench.unmount()');
  const ratio = (a: number, b: number): string => (Number.isNaN(b) ? '–' : `${(b / Math.max(a, 0.01)).toFixed(1)}×`);
  const row = (name: string, a: Sample, b: Sample): string[] =>
    [String(size), name, `${ms(a.median)} (${ms(a.min)}–${ms(a.max)})`, Number.isNaN(b.median) ? '–' : ms(b.median), ratio(a.median, b.median)];
  return [
    row('first render', pl.first, rw.first), row('zoom change', pl.zoom, rw.zoom),
    row('one-task edit: dispatch + engine + repaint, to the painted frame', edits.total, rw.edit),
    row('one-task edit: repaint (render, commit, painted frame)', edits.repaint, rw.edit),
    row('one-task edit: of which the painted frame (style, layout, paint)', edits.frame, NONE),
    row('one-task edit: wall clock to the painted frame (idle wait included)', edits.wall, NONE),
    row('one-task edit: main-thread CPU time, whole edit (traced: an upper bound)', edits.cpu, NONE),
    row('one-task edit: main-thread CPU time, command + engine without a view', edits.engine, NONE),
    [String(size), 'one-task edit: main-thread CPU time, repaint (difference of medians)', ms(edits.cpu.median - edits.engine.median), '–', '–'],
    ...dragRows,
    row('scroll jump (2,000 px down, 300 px right in one frame)', pl.scroll, rw.scroll),
    row('scroll frame, steady 100 px per frame (120 frames)', summarise(pl.wheel), NONE),
    [String(size), 'scroll frame, steady: 95th percentile', ms(percentile(pl.wheel, 95)), '–', '–'],
    row('full reload', pl.reload, rw.reload),
    [String(size), 'DOM elements', String(pl.dom), Number.isNaN(rw.dom) ? '–' : String(rw.dom), ratio(pl.dom, rw.dom)],
  ];
}

async function measureRaw(page: Page, size: number): Promise<Record<'first' | 'zoom' | 'edit' | 'scroll' | 'reload', Sample> & { dom: number }> {
  const runs = size >= 5000 ? 1 : 3;
  return {
    first: await repeat(page, 'bench.mountRaw()', runs),
    zoom: await repeat(page, `bench.zoomRaw(['Week','Day'][$k % 2])`, runs),
    edit: await repeat(page, 'bench.editRaw($k)', runs),
    scroll: await repeat(page, `bench.scroll('.gantt-container', $k)`, runs * 3),
    reload: await repeat(page, 'bench.mountRaw()', runs),
    dom: await page.evaluate<number>('bench.domCount()'),
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'plotline-gantt-bench-'));
  const browser = await chromium.launch({ executablePath: process.env['PLOTLINE_CHROMIUM'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const url = await bundle(dir);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (e) => console.error(`[page] ${e.message}`));
    // Today frozen at the generated plans' start, so the chart opens on their bars (as the peer bench
    // does): Date alone, so animation frames and performance.now() stay real (peers/protocol.ts).
    await page.addInitScript({ content: freezeTodayScript('2026-01-05T09:00:00') });
    await page.goto(url);
    console.log(`Load average at the start (1 / 5 / 15 min): ${loadavg().map((l) => l.toFixed(2)).join(' / ')}`);
    const rows: string[][] = [];
    for (const size of SIZES) rows.push(...await measureSize(page, size, process.env['PLOTLINE_GANTT_SHOTS']));
    const load = loadavg().map((l) => l.toFixed(2)).join(' / ');
    printTable(['tasks', 'operation', 'Plotline ms (min–max)', 'raw frappe ms', 'raw / Plotline'], rows);
    console.log(`\nLoad average at the end (1 / 5 / 15 min): ${load} on ${String(cpuCount())} cores. Raw frappe edits refresh() the whole chart.`);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
