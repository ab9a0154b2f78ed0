/**
 * The Cost view's S-curve, first render in Chromium (issue #13: ≤ 100 ms for 10,000 tasks over
 * two years): the page (bench/scurve/page.tsx) times the S-curve model, its chart options and the
 * uPlot mount to the first painted frame with the chart's canvas; the plan, schedule, costs and
 * baseline are ready before, as in the Cost view. Each sample is a fresh page (cold: the chart's
 * code not yet compiled), then the same render again in that page (warm); medians of RUNS. The goal
 * is read on the cold figure.
 * Run: npm run bench -- scurve   (SCURVE_SIZES=1000,10000, SCURVE_RUNS=7)
 */
import type * as Esbuild from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Playwright from 'playwright-core';
import { ms, printTable, summarise } from './stats';

const ROOT = process.cwd();
const load = createRequire(join(ROOT, 'package.json'));
const { build } = load('esbuild') as typeof Esbuild;
const { chromium } = load('playwright-core') as typeof Playwright;
const SIZES = (process.env['SCURVE_SIZES'] ?? '1000,10000').split(',').map(Number);
const RUNS = Number(process.env['SCURVE_RUNS'] ?? 7);
const GOAL_MS = 100;
const loadAverage = (): string => loadavg().map((v) => v.toFixed(2)).join(' / ');

const dir = mkdtempSync(join(tmpdir(), 'plotline-scurve-'));
try {
  await build({
    entryPoints: [join(ROOT, 'bench/scurve/page.tsx')], bundle: true, format: 'iife', platform: 'browser', target: 'chrome130', minify: true,
    jsx: 'automatic', outfile: join(dir, 'page.js'), logLevel: 'error', define: { 'process.env.NODE_ENV': '"production"' },
  });
  writeFileSync(join(dir, 'page.html'), '<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="page.css"></head><body style="margin:0"><div id="app" style="width:1100px"></div><script src="page.js"></script></body></html>');
  console.log(`load average before (1/5/15 min): ${loadAverage()}`);
  const browser = await chromium.launch({ executablePath: process.env['PLOTLINE_CHROMIUM'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const rows: string[][] = [];
  try {
    for (const size of SIZES) {
      const samples: number[] = [];
      const warm: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        try {
          const page = await context.newPage();
          await page.goto(`file://${join(dir, 'page.html')}`);
          await page.evaluate((n) => { (window as unknown as { scurve: { prepare(n: number): void } }).scurve.prepare(n); }, size);
          const render = (): Promise<number> => page.evaluate(() => (window as unknown as { scurve: { firstRender(): Promise<number> } }).scurve.firstRender());
          samples.push(await render());
          // Again in the same page: the chart's code and the engine's are compiled (the view shown a second time).
          warm.push(await render());
        } finally {
          await context.close();
        }
      }
      const s = summarise(samples);
      const w = summarise(warm);
      rows.push([
        size.toLocaleString('en-US'), `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`, `${ms(w.median)} (${ms(w.min)}–${ms(w.max)})`, String(RUNS), `≤ ${String(GOAL_MS)}`,
        size === 10_000 ? (s.median <= GOAL_MS ? 'met' : 'MISSED') : '',
      ]);
    }
  } finally {
    await browser.close();
  }
  printTable(['tasks', 'first render, cold page: median (min–max) ms', 'again, warm page', 'runs', 'goal ms', 'goal (cold)'], rows);
  console.log(`load average after (1/5/15 min): ${loadAverage()}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
