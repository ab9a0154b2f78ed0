/**
 * The Cost view's S-curve, first render in Chromium (issue #13: ≤ 100 ms for 10,000 tasks over
 * two years): the page (bench/scurve/page.tsx) times the S-curve model, its chart options and the
 * uPlot mount to the first painted frame with the chart's canvas; the plan, schedule, costs and
 * baseline are ready before, as in the Cost view. Each sample is a fresh page (cold: the chart's
 * code not yet compiled), then the same render again in that page (warm); medians of RUNS.
 * Three kinds of fresh page, interleaved: "first in a session" is the S-curve as a person first
 * sees it: the plan has been open a while (SETTLE_MS after it was built and scheduled, page.tsx
 * says why), then the Cost view opens, computes its money model (costs, earned value) and renders
 * React's table, and the S-curve follows at once, everything of the chart's own (the S-curve model,
 * options, UPlotChart, uPlot) still cold. The goal is read on it. "No pause after building the
 * plan" is the same page as this bench timed it until the fifteenth session, with the engine's
 * leftover work from building 10,000 tasks running under the timer; "fresh page" has React cold
 * too, which no person sees. Both are printed beside the goal's column so neither cost is hidden.
 * Under the table, the median of each phase (model, chart options, React's commit with uPlot's
 * constructor, on to the painted frame), cold and warm.
 * Run: npm run bench -- scurve   (SCURVE_SIZES=1000,10000, SCURVE_RUNS=7; SCURVE_PROFILE=1 builds
 * the page unminified and prints CPU profiles of one cold and one warm render, then a timeline of
 * the cold one, instead of timing; SCURVE_CPU=1 also prints the main thread's CPU time by phase of
 * each "first in a session" render, traced, for comparing changes on a busy machine;
 * SCURVE_AGAINST=/path/to/another/checkout builds that checkout's page too and times its "first in
 * a session" interleaved with this one's, in place of the fresh page, so old and new are compared
 * in the same sitting; a checkout older than the pause takes none)
 */
import type * as Esbuild from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Playwright from 'playwright-core';
import { profile } from './board-profile';
import { ms, printTable, summarise } from './stats';

const ROOT = process.cwd();
const load = createRequire(join(ROOT, 'package.json'));
const { build } = load('esbuild') as typeof Esbuild;
const { chromium } = load('playwright-core') as typeof Playwright;
const SIZES = (process.env['SCURVE_SIZES'] ?? '1000,10000').split(',').map(Number);
const RUNS = Number(process.env['SCURVE_RUNS'] ?? 7);
const GOAL_MS = 100;
/** How long the plan has been open before the Cost view is chosen (page.tsx, step 1). */
const SETTLE_MS = 1000;
const PROFILE = process.env['SCURVE_PROFILE'] === '1';
/** Also trace each "first in a session" render for its main thread's CPU time by phase, which a busy machine does not inflate. */
const CPU = process.env['SCURVE_CPU'] === '1';
/** Another checkout whose page is timed beside this one's (old vs new in the same sitting). */
const AGAINST = process.env['SCURVE_AGAINST'] ?? '';
const loadAverage = (): string => loadavg().map((v) => v.toFixed(2)).join(' / ');

function addPhases(into: Map<string, number[]>, phases: Record<string, number>): void {
  for (const [name, value] of Object.entries(phases)) into.set(name, [...(into.get(name) ?? []), value]);
}

const phaseMedians = (phases: Map<string, number[]>): string => [...phases].map(([name, values]) => `${name} ${ms(summarise(values).median)}`).join(', ');

interface TraceEvent {
  readonly name: string; readonly ph: string; readonly ts: number; readonly dur?: number; readonly pid: number; readonly tid: number;
  readonly tts?: number; readonly cat?: string; readonly args?: { readonly name?: string };
}

/**
 * The renderer main thread's tasks during `action`, each with the script, rendering and GC inside
 * it, then the CPU time (thread time, which other processes on a busy machine do not inflate) of
 * each phase between the page's scurve: marks.
 */
async function traceTasks(page: Playwright.Page, name: string, action: () => Promise<void>, quiet = false): Promise<Record<string, number>> {
  const browser = page.context().browser();
  if (!browser) return {};
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'] });
  await action();
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const mains = traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busiest = (m: TraceEvent): number => traceEvents.filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask').reduce((sum, e) => sum + (e.dur ?? 0), 0);
  const main = mains.sort((a, b) => busiest(b) - busiest(a))[0];
  if (!main) return {};
  const events = traceEvents.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const tasks = events.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 300).sort((a, b) => a.ts - b.ts);
  const first = tasks[0]?.ts ?? 0;
  const inner = ['FunctionCall', 'EvaluateScript', 'v8.compile', 'V8.CompileCode', 'RunMicrotasks', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'MajorGC', 'MinorGC', 'ResizeObserver'];
  if (!quiet) console.log(`\n### tasks: ${name} (ms from the first)`);
  for (const task of quiet ? [] : tasks) {
    const end = task.ts + (task.dur ?? 0);
    const parts = new Map<string, number>();
    for (const e of events) {
      if (e === task || e.ts < task.ts || e.ts > end || !inner.includes(e.name)) continue;
      parts.set(e.name, (parts.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const detail = [...parts].filter(([, v]) => v >= 0.2).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
    console.log(`  ${((task.ts - first) / 1000).toFixed(1).padStart(7)}  ${((task.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms  ${detail}`);
  }
  const marks = traceEvents.filter((e) => e.cat === 'blink.user_timing' && e.name.startsWith('scurve:')).sort((a, b) => a.ts - b.ts);
  const cpu = Object.fromEntries(marks.slice(1).map((mark, i) => [mark.name.slice('scurve:'.length), ((mark.tts ?? 0) - (marks[i]?.tts ?? 0)) / 1000]));
  if (!quiet) console.log(`  CPU ms by phase: ${Object.entries(cpu).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
  return cpu;
}

const dir = mkdtempSync(join(tmpdir(), 'plotline-scurve-'));
try {
  await build({
    entryPoints: [join(ROOT, 'bench/scurve/page.tsx')], bundle: true, format: 'iife', platform: 'browser', target: 'chrome130', minify: !PROFILE,
    jsx: 'automatic', outfile: join(dir, 'page.js'), logLevel: 'error', define: { 'process.env.NODE_ENV': '"production"' },
  });
  if (AGAINST) {
    await build({
      entryPoints: [join(AGAINST, 'bench/scurve/page.tsx')], bundle: true, format: 'iife', platform: 'browser', target: 'chrome130', minify: !PROFILE, absWorkingDir: AGAINST,
      jsx: 'automatic', outfile: join(dir, 'against/page.js'), logLevel: 'error', define: { 'process.env.NODE_ENV': '"production"' },
    });
  }
  for (const page of ['page.html', ...(AGAINST ? ['against/page.html'] : [])]) writeFileSync(join(dir, page), '<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="page.css"></head><body style="margin:0"><div id="shell" style="height:120px;overflow:auto"></div><div id="app" style="width:1100px;height:260px;display:flex;flex-direction:column"></div><script src="page.js"></script></body></html>');
  console.log(`load average before (1/5/15 min): ${loadAverage()}`);
  const browser = await chromium.launch({ executablePath: process.env['PLOTLINE_CHROMIUM'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const rows: string[][] = [];
  const phaseLines: string[] = [];
  try {
    for (const size of SIZES) {
      const samples: number[] = [];
      const unsettled: number[] = [];
      const freshPage: number[] = [];
      const warm: number[] = [];
      const coldPhases = new Map<string, number[]>();
      const coldCpu = new Map<string, number[]>();
      const freshPhases = new Map<string, number[]>();
      const warmPhases = new Map<string, number[]>();
      for (let run = 0; run < RUNS; run++) {
        // Each run: a "first in a session" page, the same with no pause, then a fresh page with React cold too (interleaved).
        for (const kind of PROFILE ? ['session'] as const : ['session', 'unsettled', 'fresh'] as const) {
          const session = kind !== 'fresh';
          const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
          try {
            const page = await context.newPage();

            // With AGAINST, the last page of each run is the other checkout's, also first in a session.
            await page.goto(`file://${join(dir, !session && AGAINST ? 'against/page.html' : 'page.html')}`);
            await page.evaluate(
              ([n, s, settle]) => (window as unknown as { scurve: { prepare(n: number, s: boolean, settle: number): Promise<void> } }).scurve.prepare(n, s, settle),
              [size, session || AGAINST !== '', kind === 'unsettled' ? 0 : SETTLE_MS] as const,
            );
            const render = (): Promise<number> => page.evaluate(() => (window as unknown as { scurve: { firstRender(): Promise<number> } }).scurve.firstRender());
            const phases = (): Promise<Record<string, number>> => page.evaluate(() => (window as unknown as { scurve: { phases(): Record<string, number> } }).scurve.phases());
            if (kind === 'unsettled') {
              unsettled.push(await render());
              continue;
            }
            if (!session) {
              if (!PROFILE) {
                freshPage.push(await render());
                addPhases(freshPhases, await phases());
              }
              continue;
            }
            if (PROFILE && run === 0) {
              await profile(page, `scurve-${String(size)}-cold`, join(ROOT, 'test-results/profiles'), async () => { samples.push(await render()); });
              await profile(page, `scurve-${String(size)}-warm`, join(ROOT, 'test-results/profiles'), async () => { warm.push(await render()); });
              continue;
            }
            if (PROFILE) {
              await traceTasks(page, `scurve-${String(size)}-cold`, async () => { samples.push(await render()); });
              continue;
            }
            if (CPU) {
              const cpu = await traceTasks(page, '', async () => { samples.push(await render()); }, true);
              addPhases(coldCpu, { ...cpu, total: Object.values(cpu).reduce((a, b) => a + b, 0) });
            } else samples.push(await render());
            addPhases(coldPhases, await phases());
            // Again in the same page: the chart's code and the engine's are compiled (the view shown a second time).
            warm.push(await render());
            addPhases(warmPhases, await phases());
          } finally {
            await context.close();
          }
        }
        if (PROFILE && run > 0) break;
      }
      const s = summarise(samples);
      const w = summarise(warm);
      const f = freshPage.length > 0 ? summarise(freshPage) : null;
      const u = unsettled.length > 0 ? summarise(unsettled) : null;
      rows.push([
        size.toLocaleString('en-US'), `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`, u ? `${ms(u.median)} (${ms(u.min)}–${ms(u.max)})` : '',
        f ? `${ms(f.median)} (${ms(f.min)}–${ms(f.max)})` : '',
        `${ms(w.median)} (${ms(w.min)}–${ms(w.max)})`, String(RUNS), `≤ ${String(GOAL_MS)}`,
        size === 10_000 ? (s.median <= GOAL_MS ? 'met' : 'MISSED') : '',
      ]);
      phaseLines.push(`${size.toLocaleString('en-US')} tasks, median ms: first in a session ${phaseMedians(coldPhases)}; ${AGAINST ? AGAINST : 'fresh page'} ${phaseMedians(freshPhases)}; warm ${phaseMedians(warmPhases)}`);
      if (CPU) phaseLines.push(`${size.toLocaleString('en-US')} tasks, first in a session, main-thread CPU median ms: ${phaseMedians(coldCpu)}`);
    }
  } finally {
    await browser.close();
  }
  printTable(['tasks', 'first in a session: median (min–max) ms', 'no pause after building the plan', AGAINST ? `first in a session, ${AGAINST}` : 'fresh page, React cold too', 'again, warm page', 'runs', 'goal ms', 'goal (first in a session)'], rows);
  for (const line of phaseLines) console.log(line);
  console.log(`load average after (1/5/15 min): ${loadAverage()}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
