/**
 * Gantt at scale, in a real browser: Plotline's GanttView against raw frappe-gantt 1.2.2 on the
 * same generated plans (1,000 / 5,000 / 10,000 tasks). Measures first render, zoom change, a
 * one-task edit, scroll frames, a full reload and the DOM size. First render mounts a plan never
 * seen before; full reload remounts the same plan (switching back to the Gantt), which reuses
 * the view's row cache. Each number is the main
 * thread's synchronous work plus the layout it forces (React flushes and effects included).
 * A one-task edit is reported twice: the whole dispatch (command, scheduling engine, repaint)
 * and the repaint alone (from the store update to layout), which is the view's own cost.
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
import { ms, printTable, summarise, type Sample } from './stats';

// scripts/bench.mjs runs benches from the repository root, bundled into a temp folder: resolve
// packages from the root, not from the bundle's location.
const ROOT = process.cwd();
const load = createRequire(join(ROOT, 'package.json'));
const { build } = load('esbuild') as typeof Esbuild;
const { chromium } = load('playwright-core') as typeof Playwright;
/** PLOTLINE_GANTT_SIZES=1000,5000 runs fewer sizes. */
const SIZES = (process.env['PLOTLINE_GANTT_SIZES'] ?? '1000,5000,10000').split(',').map(Number);
const WITH_RAW = process.env['PLOTLINE_GANTT_RAW'] !== '0';

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

const host = document.getElementById('app');
let root = null, session = null, raw = null;
const layout = () => document.body.getBoundingClientRect().height;
const settle = () => new Promise((r) => setTimeout(r, 0));
const time = async (fn) => { const t0 = performance.now(); fn(); layout(); await settle(); layout(); return performance.now() - t0; };
let plan = null;
let n = 0;

window.bench = {
  async generate(tasks) { plan = generatePlan({ tasks, seed: 7 }); n = tasks; },
  async mountPlotline() {
    this.unmount();
    let ids = 0;
    session = createSessionStore({
      persistence: { loadPlan: async () => plan, applyChanges: async () => undefined },
      newId: () => 'b' + String(++ids), now: () => '2026-03-01T00:00:00.000Z', schedule: scheduleForDisplay, onWriteError: () => undefined,
    });
    await session.getState().openProject(plan.project.id);
    const stores = { session, ui: createUiStore({ view: 'gantt' }) };
    return time(() => { root = createRoot(host); flushSync(() => root.render(createElement(StoresProvider, { stores }, createElement(GanttView)))); });
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
  async editPlotline(k) {
    const s = session.getState();
    const task = Object.values(s.plan.tasks).find((t) => t.kind === 'task');
    // dispatch() runs the command and the engine synchronously and only schedules React's render.
    const t0 = performance.now();
    s.dispatch('updateTask', { id: task.id, changes: { percentComplete: (k * 7) % 100 } });
    const t1 = performance.now();
    layout(); await settle(); layout();
    const t2 = performance.now();
    return { total: t2 - t0, repaint: t2 - t1 };
  },
  async editRaw(k) {
    const t = raw.tasks[1];
    return time(() => raw.refresh(raw.tasks.map((x) => x === t ? { ...x, progress: (k * 7) % 100 } : x)));
  },
  async scroll(selector, k) {
    const el = document.querySelector(selector);
    return time(() => { el.scrollTop += 2000 + k * 37; el.scrollLeft += 300; el.dispatchEvent(new Event('scroll')); });
  },
  domCount() { return host.getElementsByTagName('*').length; },
};
`;

async function bundle(dir: string): Promise<string> {
  await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts', sourcefile: 'gantt-bench-entry.ts' },
    bundle: true, format: 'iife', platform: 'browser', target: 'chrome130', minify: true, jsx: 'automatic',
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

async function repeatEdits(page: Page, runs: number): Promise<{ total: Sample; repaint: Sample }> {
  const total: number[] = [];
  const repaint: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = await page.evaluate<{ total: number; repaint: number }>(`bench.editPlotline(${String(k)})`);
    total.push(t.total);
    repaint.push(t.repaint);
  }
  return { total: summarise(total), repaint: summarise(repaint) };
}

const NONE: Sample = { median: Number.NaN, min: Number.NaN, max: Number.NaN, runs: 0 };

async function measureSize(page: Page, size: number, shots: string | undefined): Promise<string[][]> {
  await page.evaluate(`bench.generate(${String(size)})`);
  const edits = await (async () => {
    await repeat(page, 'bench.mountPlotline()', 1);
    return repeatEdits(page, 7);
  })();
  const pl = {
    first: await repeat(page, 'bench.mountPlotlineFresh()', 3),
    zoom: await repeat(page, `bench.zoomPlotline(['Weeks','Days'][$k % 2])`, 6),
    scroll: await repeat(page, `bench.scroll('.gl-scroller', $k)`, 12),
    reload: await repeat(page, 'bench.mountPlotline()', 3),
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
    row('one-task edit: dispatch + engine + repaint', edits.total, rw.edit), row('one-task edit: repaint', edits.repaint, rw.edit),
    row('scroll frame', pl.scroll, rw.scroll), row('full reload', pl.reload, rw.reload),
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
