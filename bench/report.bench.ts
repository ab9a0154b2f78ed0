/**
 * Report bench (issue #15). Goals: the status report model for a 1,000-task plan ≤ 200 ms and a
 * 10,000-task plan ≤ 1 s; the team report's PDF for 1,000 tasks ≤ 3 s; the Gantt's PDF for 1,000
 * tasks ≤ 5 s. The plans are priced (one assignment per leaf, rate changes) so the earned-value
 * section is built, carry a baseline that every 20th leaf has slipped from, and a report issued a
 * week before the status date, so every "since last report" delta is computed.
 *
 * The model is timed as the Reports view asks for it (scheduling included) and with the engine's
 * schedule handed in. The PDFs are printed the way the e2e harness and `plotline report` print:
 * the print layout (writeReportHtml, ganttPrintHtml) set into a Chromium page with JavaScript off
 * and every request refused, then page.pdf() (Chromium's print engine, as Electron's printToPDF).
 * Each PDF time is the whole export: building the layout, loading it and printing it.
 * Run: npm run bench -- report   (PLOTLINE_CHROMIUM names the browser; REPORT_PDF_DIR=dir keeps the PDFs;
 * REPORT_GANTT_ZOOMS picks the Gantt's zoom levels)
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type * as Playwright from 'playwright-core';
import type { Browser } from 'playwright-core';
import { compileCalendars } from '../renderer/domain/calendar';
import type { Baseline, BaselineId, LocalDate, LocalDateTime, Plan, ReportId } from '../renderer/domain/model';
import { baselineEntries, costPlan } from '../renderer/domain/money';
import { buildStatusReport, issuedReport, writeReportHtml } from '../renderer/domain/report';
import { scheduleProject } from '../renderer/domain/schedule';
import { buildRows, projectSpan } from '../renderer/features/gantt/gantt-rows';
import { makeScale, ZOOM_SPECS, type Zoom } from '../renderer/features/gantt/time-scale';
import type { SvgExportInput } from '../renderer/features/present/export-svg';
import { DEFAULT_PDF_OPTIONS } from '../renderer/features/present/pdf-pages';
import { ganttPrintHtml } from '../renderer/features/present/print-layout';
import { generatePlan } from '../test/support/generate-plan';
import { riskBandPaint } from '../renderer/features/present/export-risk-marker';
import { themeReader } from '../test/support/theme-tokens';
import { measure, measureAsync, ms, printTable, type Sample } from './stats';

/** The risk markers' band colours of the light theme (theme.css). */
const LIGHT_BANDS = riskBandPaint(themeReader('light'));

const ROOT = process.cwd();
const { chromium } = createRequire(join(ROOT, 'package.json'))('playwright-core') as typeof Playwright;
const CHROMIUM = [process.env['PLOTLINE_CHROMIUM'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const KEEP = process.env['REPORT_PDF_DIR'];
/**
 * REPORT_GANTT_ZOOMS=day,week,month. Months and weeks by default: at Days (40 px a day) the 15-month
 * generated plan tiles into 561 A4 pages, which is a print nobody asks for and minutes of a loaded
 * machine per run; its page count is printed all the same.
 */
const ZOOMS = (process.env['REPORT_GANTT_ZOOMS'] ?? 'month,week').split(',').filter((z): z is Zoom => z in ZOOM_SPECS);
const STATUS_DATE = '2026-06-30' as LocalDate;
const PREVIOUS_DATE = '2026-06-23' as LocalDate;

const load = (): string => loadavg().map((v) => v.toFixed(2)).join(' / ');

/**
 * Progress as of a date on the plan's own schedule: leaves finished by then done (actual dates
 * as scheduled), leaves started by then half done. The plan stays on its schedule, so the
 * figures differ from the unprogressed plan only in what is done and spent.
 */
function progressedTo(plan: Plan, date: LocalDate): Plan {
  const schedule = scheduleProject(plan);
  const tasks = Object.fromEntries(Object.values(plan.tasks).map((t) => {
    const row = schedule.tasks.get(t.id);
    if (!row || row.isSummary) return [t, t] as const;
    if (row.finish.slice(0, 10) <= date) return [t, { ...t, percentComplete: 100, actualStart: row.start, actualFinish: row.finish }] as const;
    if (row.start.slice(0, 10) <= date) return [t, { ...t, percentComplete: 50, actualStart: row.start }] as const;
    return [t, t] as const;
  }).map(([t, next]) => [t.id, next]));
  return { ...plan, tasks };
}

/**
 * A priced plan with a baseline, a slip on every 20th leaf since, and a report issued a week ago.
 * With progress, the previous report is issued on the plan as it stood then and the plan is
 * progressed to the status date, so "done since the last report" lists real work (the reports
 * of a running project); without, nothing is done yet and those sections are empty.
 */
function reportPlan(size: number, withProgress = false): Plan {
  const generated = generatePlan({ tasks: size, seed: 42, assignmentsPerLeaf: 1 });
  const resources = Object.fromEntries(Object.values(generated.resources).map((r, i) => [r.id, {
    ...r, costPerHour: 80 + (i % 5) * 10,
    rateChanges: [{ from: '2026-07-01T00:00' as LocalDateTime, costPerHour: 95 + (i % 5) * 10, overtimeCostPerHour: 0, costPerUse: 0 }],
  }]));
  const priced: Plan = { ...generated, resources };
  const schedule = scheduleProject(priced);
  const costs = costPlan(priced, schedule, compileCalendars(priced));
  const baseline: Baseline = { id: 'b0' as BaselineId, number: 0, name: 'Baseline', savedAt: '2026-01-02T09:00:00.000Z', tasks: baselineEntries(schedule, costs) };
  let leaf = 0;
  const tasks = Object.fromEntries(Object.values(priced.tasks).map((t) => {
    const slipped = t.kind === 'task' && ++leaf % 20 === 0;
    return [t.id, slipped ? { ...t, durationMinutes: t.durationMinutes + 2 * 480 } : t];
  }));
  const withBaseline: Plan = { ...priced, tasks, baselines: { [baseline.id]: baseline } };
  const then = withProgress ? progressedTo(withBaseline, PREVIOUS_DATE) : withBaseline;
  const previous = issuedReport(then, buildStatusReport(then, { statusDate: PREVIOUS_DATE, audience: 'team' }), 'r1' as ReportId, '2026-06-23T17:00:00.000Z', 0);
  const now = withProgress ? progressedTo(withBaseline, STATUS_DATE) : withBaseline;
  return { ...now, reports: { [previous.id]: previous } };
}

/** The Gantt view's export input (exportInput in features/present/export.ts) with the light theme's colours. */
function ganttInput(plan: Plan, zoom: Zoom): SvgExportInput {
  const rows = buildRows(plan, scheduleProject(plan), { isCollapsed: () => false, baseline: null });
  const [start, finish] = projectSpan(rows, 0);
  const pad = 3 * 1440;
  return {
    title: plan.project.name, rows, links: Object.values(plan.links), scale: makeScale(zoom, start, finish), from: start - pad, to: finish + pad,
    colourOf: (row) => (row.isCritical ? '#dc2626' : '#3b82f6'), showBaseline: false,
    theme: { background: '#ffffff', text: '#111827', muted: '#5b6475', border: '#dfe3ea', summary: '#111827', arrow: '#5b6475', baseline: '#9aa4b2', font: 'system-ui, sans-serif', riskBands: LIGHT_BANDS },
  };
}

/** Prints a layout as the e2e harness does (test/e2e/harness.ts, exposePrintHost). */
async function printLayout(browser: Browser, html: string, landscape: boolean): Promise<Uint8Array> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    // Generous timeouts: on a shared 2-core machine a long layout can take minutes to load.
    await page.setContent(html, { waitUntil: 'load', timeout: 300_000 });
    return await page.pdf({ format: 'A4', landscape, printBackground: true, preferCSSPageSize: true });
  } finally {
    await context.close();
  }
}

const rows: string[][] = [];
const row = (what: string, tasks: number, s: Sample, goalMs: number, note = ''): void => {
  rows.push([what, tasks.toLocaleString('en-US'), ms(s.median), `${ms(s.min)}–${ms(s.max)}`, String(s.runs), `≤ ${goalMs.toLocaleString('en-US')}`, s.median <= goalMs ? 'met' : 'MISSED', note]);
};

console.log(`load average before (1/5/15 min): ${load()}`);
const plans = new Map([1_000, 10_000].map((size) => [size, reportPlan(size)]));
/** Times the model with the process's CPU time beside it: on a loaded machine wall time swings, CPU time much less. */
const modelRow = (what: string, size: number, goal: number, fn: () => void): void => {
  const c0 = process.cpuUsage();
  const s = measure(fn, 7, 2);
  const cpu = process.cpuUsage(c0);
  row(what, size, s, goal, `cpu ${ms((cpu.user + cpu.system) / 1000 / 9)} ms per run`);
};
for (const [size, plan] of plans) {
  const goal = size <= 1_000 ? 200 : 1_000;
  modelRow('report model, team (scheduling included, as the view)', size, goal, () => { buildStatusReport(plan, { statusDate: STATUS_DATE, audience: 'team' }); });
  const schedule = scheduleProject(plan);
  modelRow('report model, team (schedule handed in)', size, goal, () => { buildStatusReport(plan, { statusDate: STATUS_DATE, audience: 'team', schedule }); });
}
const running = reportPlan(10_000, true);
const runningSchedule = scheduleProject(running);
modelRow('report model, team, with progress to the status date (schedule handed in)', 10_000, 1_000, () => {
  buildStatusReport(running, { statusDate: STATUS_DATE, audience: 'team', schedule: runningSchedule });
});

const binary = CHROMIUM.find((p): p is string => !!p && existsSync(p));
if (!binary) {
  console.log('No Chromium found (set PLOTLINE_CHROMIUM): the PDF cases were not run.');
} else {
  const browser = await chromium.launch({ executablePath: binary, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const plan = plans.get(1_000);
    if (!plan) throw new Error('no 1,000-task plan');
    let last: Uint8Array = new Uint8Array(0);
    const team = await measureAsync(async () => {
      const model = buildStatusReport(plan, { statusDate: STATUS_DATE, audience: 'team' });
      last = await printLayout(browser, writeReportHtml(model, { paper: 'A4' }), false);
    }, 5, 1);
    row('team report PDF (model + layout + print)', 1_000, team, 3_000, `${String(Math.round(last.length / 1024))} KB`);
    if (KEEP) { mkdirSync(KEEP, { recursive: true }); writeFileSync(join(KEEP, 'report-team-1000.pdf'), last); }
    for (const zoom of ZOOMS) {
      let pages = 0;
      const gantt = await measureAsync(async () => {
        const layout = ganttPrintHtml(ganttInput(plan, zoom), DEFAULT_PDF_OPTIONS);
        pages = layout.pageCount;
        last = await printLayout(browser, layout.html, true);
      }, 5, 1);
      row(`Gantt PDF, ${zoom} zoom, A4 landscape tiles (rows + layout + print)`, 1_000, gantt, 5_000, `${String(pages)} pages, ${String(Math.round(last.length / 1024))} KB`);
      if (KEEP) writeFileSync(join(KEEP, `gantt-1000-${zoom}.pdf`), last);
    }
  } finally {
    await browser.close();
  }
}
printTable(['case', 'tasks', 'median ms', 'min–max ms', 'runs', 'goal ms', 'goal', 'output'], rows);
console.log(`load average after (1/5/15 min): ${load()}`);
