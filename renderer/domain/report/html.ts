/**
 * The report as one self-contained HTML document: inline styles on every element (so it survives
 * being pasted into mail or a wiki), a Content-Security-Policy that forbids scripts and every
 * request, no external anything. The same document is the print layout: its @page rules give the
 * paper size, a header with the project and status date, and "Page n of m" in the footer, which
 * Chromium's print engine lays out (Electron's printToPDF, headless Chromium, Playwright's pdf()).
 */
import { html, cssString, paragraphs } from './escape-html';
import {
  changeText, criticalPathLines, issueText, milestoneText, moneyLines, riskText, sectionTitle, unreachable, warningText, workText,
} from './section-text';
import { hasRagTrend, NO_RAG_TREND_YET, RAG_COLOURS, RAG_WORDS, slipWords, standingText, REPORT_DATES, type ReportDates } from './text';
import { timelineSvg } from './timeline-svg';
import { phaseLine } from './phase-lines';
import type { DimensionRag, ReportSection, StatusReportModel } from './types';
import { RAG_DIMENSION_LABELS, type Rag } from '../model';

export type ReportPaper = 'A4' | 'Letter';

export interface ReportHtmlOptions {
  readonly paper?: ReportPaper;
  /** How days are written; absent = REPORT_DATES. */
  readonly dates?: ReportDates;
}

const FONT = "font-family:'Segoe UI',Helvetica,Arial,sans-serif;color:#111827";
const S = {
  body: `${FONT};margin:0;padding:24px;background:#ffffff;font-size:13px;line-height:1.45`,
  h1: 'font-size:22px;margin:0 0 2px',
  sub: 'margin:0 0 14px;color:#4b5563',
  h2: 'font-size:15px;margin:18px 0 6px;padding-bottom:3px;border-bottom:1px solid #e5e7eb;break-after:avoid',
  p: 'margin:0 0 8px',
  ul: 'margin:0 0 6px;padding-left:20px',
  li: 'margin:0 0 3px',
  table: 'border-collapse:collapse;width:100%;margin:0 0 8px;font-size:12px',
  th: 'text-align:left;border-bottom:1px solid #d1d5db;padding:3px 6px;color:#374151',
  td: 'border-bottom:1px solid #f3f4f6;padding:3px 6px;vertical-align:top',
  headline: 'font-size:16px;font-weight:600;margin:14px 0 6px',
  muted: 'color:#4b5563',
} as const;

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** A RAG in its colour, on one line: "Not measured" broke into two in the RAG column of a 1024 px preview. */
function chip(rag: Rag, label?: string): string {
  return `<span style="display:inline-block;white-space:nowrap;min-width:52px;text-align:center;padding:1px 8px;border-radius:10px;background:${RAG_COLOURS[rag]};color:#ffffff;font-weight:600;font-size:12px;-webkit-print-color-adjust:exact;print-color-adjust:exact">${html(label ?? RAG_WORDS[rag])}</span>`;
}

function trendRow(trend: DimensionRag['trend'], dates: ReportDates): string {
  return trend.map((t) => `<span title="${html(`${dates.day(t.statusDate)}: ${RAG_WORDS[t.rag]}`)}" style="display:inline-block;width:11px;height:11px;margin-right:2px;border-radius:2px;background:${RAG_COLOURS[t.rag]};-webkit-print-color-adjust:exact;print-color-adjust:exact"></span>`).join('')
    + `<span style="${S.muted};font-size:11px;margin-left:4px">${html(trend.map((t) => RAG_WORDS[t.rag]).join(' → '))}</span>`;
}

function ragTable(model: StatusReportModel, dates: ReportDates): string {
  const isTrended = hasRagTrend(model.dimensions);
  const trendCell = (d: DimensionRag): string => (isTrended ? `<td style="${S.td}">${trendRow(d.trend, dates)}</td>` : '');
  const rows = model.dimensions.map((d) => `<tr><td style="${S.td}">${html(RAG_DIMENSION_LABELS[d.dimension])}</td><td style="${S.td}">${chip(d.rag)}</td>${trendCell(d)}<td style="${S.td}">${html(d.reason)}</td></tr>`).join('');
  const trendHead = isTrended ? `<th style="${S.th}">Trend</th>` : '';
  const table = `<table style="${S.table}"><thead><tr><th style="${S.th}">Dimension</th><th style="${S.th}">RAG</th>${trendHead}<th style="${S.th}">Why</th></tr></thead><tbody>${rows}</tbody></table>`;
  return isTrended ? table : `${table}<p style="${S.p};${S.muted};font-size:12px">${html(NO_RAG_TREND_YET)}</p>`;
}

const list = (lines: readonly string[], more = 0): string =>
  `<ul style="${S.ul}">${lines.map((l) => `<li style="${S.li}">${html(l)}</li>`).join('')}${more > 0 ? `<li style="${S.li};${S.muted}">…and ${String(more)} more</li>` : ''}</ul>`;

function slippedTable(s: Extract<ReportSection, { kind: 'milestones-slipped' }>, dates: ReportDates): string {
  if (s.items.length === 0) return `<p style="${S.p}">None: every milestone is on or before its baseline date.</p>`;
  const rows = s.items.map((m) => `<tr><td style="${S.td}">${html(`${m.wbs ? `${m.wbs} ` : ''}${m.name}`)}</td><td style="${S.td}">${html(m.baselineFinish ? dates.day(m.baselineFinish) : '')}</td><td style="${S.td}">${html(dates.day(m.finish))}</td><td style="${S.td};font-weight:600">${html(slipWords(m.slipDays))}</td></tr>`).join('');
  return `<table style="${S.table}"><thead><tr><th style="${S.th}">Milestone</th><th style="${S.th}">Baseline</th><th style="${S.th}">Forecast</th><th style="${S.th}">Slip</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function sectionBody(s: ReportSection, model: StatusReportModel, dates: ReportDates): string {
  switch (s.kind) {
    case 'milestones-done': return list(s.items.map((m) => milestoneText(m, 'done', dates)));
    case 'milestones-due': return list(s.items.map((m) => milestoneText(m, 'due', dates)));
    case 'milestones-slipped': return slippedTable(s, dates);
    case 'slip-absent': return `<p style="${S.p}">${html(s.reason)}</p>`;
    case 'critical-path': {
      const { summary, detail } = criticalPathLines(s, dates);
      return `<p style="${S.p}">${html(summary.join(' '))}</p>${detail.length ? list(detail) : ''}`;
    }
    case 'phase-progress': return list(s.rows.map((r) => phaseLine(r, dates)));
    case 'earned-value': return list(moneyLines(s, model.audience));
    case 'risks': return list(s.items.map(riskText), s.more);
    case 'decisions-needed': return list(s.items.map((i) => issueText(i, dates)), s.more);
    case 'schedule-warnings': return list(s.items.map((w) => warningText(w, model.audience, dates)), s.more);
    case 'changes-approved': return list(s.items.map((c) => changeText(c, s.currency, dates)));
    case 'work-completed': return list(s.items.map((w) => workText(w, true, dates)), s.more);
    case 'work-planned': return list(s.items.map((w) => workText(w, false, dates)), s.more);
    case 'timeline': return timelineSvg(s, dates);
    default: return unreachable(s);
  }
}

/** The report's body (no <html>/<head>): what the screen shows and what "Copy as rich text" puts on the clipboard. */
export function reportBodyHtml(model: StatusReportModel, dates: ReportDates = REPORT_DATES): string {
  const kind = model.audience === 'executive' ? 'Executive summary' : 'Team report';
  const since = model.previousStatusDate ? `compared with the report of ${dates.day(model.previousStatusDate)}` : 'first report';
  const head = `<h1 style="${S.h1}">${html(model.projectName)}</h1><p style="${S.sub}">Status report · ${html(dates.day(model.statusDate))} · ${kind} · ${html(since)}${model.baselineName ? ` · against ${html(model.baselineName)}` : ''}</p>`;
  const summary = `<p style="${S.p}">Overall ${chip(model.overall)} · ${html(standingText(model, dates))}</p>`;
  const story = `${model.headline.trim() ? `<p style="${S.headline}">${html(model.headline.trim())}</p>` : ''}${paragraphs(model.narrative, S.p)}`;
  const sections = model.sections.map((s) => `<section><h2 style="${S.h2}">${html(sectionTitle(s, model.audience, dates))}</h2>${sectionBody(s, model, dates)}</section>`).join('\n');
  return `${head}${summary}${ragTable(model, dates)}${story}${sections}`;
}

function pageRules(model: StatusReportModel, paper: ReportPaper, dates: ReportDates): string {
  const left = cssString(model.projectName);
  const right = cssString(`Status date ${dates.day(model.statusDate)}`);
  const box = 'font-size:9pt;color:#4b5563;font-family:Helvetica,Arial,sans-serif';
  return `@page{size:${paper};margin:18mm 14mm 16mm;`
    + `@top-left{content:"${left}";${box}}@top-right{content:"${right}";${box}}`
    + `@bottom-center{content:"Page " counter(page) " of " counter(pages);${box}}}`
    + '@media print{body{padding:0!important}section{break-inside:auto}tr,li{break-inside:avoid}}';
}

/** The whole document: the exported .html and the print layout for the PDF. */
export function writeReportHtml(model: StatusReportModel, options: ReportHtmlOptions = {}): string {
  const dates = options.dates ?? REPORT_DATES;
  const title = `${model.projectName}: status report ${model.statusDate}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(title)}</title>
<style>${pageRules(model, options.paper ?? 'A4', dates)}</style>
</head>
<body style="${S.body}">
${reportBodyHtml(model, dates)}
</body>
</html>
`;
}
