/**
 * The report as Markdown (CommonMark), for email, chat and wikis. User text is backslash-escaped
 * so "<script>" or "**" in a narrative shows as typed instead of becoming markup.
 */
import { RAG_DIMENSION_LABELS, RAG_DIMENSIONS } from '../model';
import {
  changeText, criticalPathLines, issueText, milestoneText, moneyLines, riskText, sectionTitle, unreachable, warningText, workText,
} from './section-text';
import { hasRagTrend, NO_RAG_TREND_YET, RAG_WORDS, standingText, REPORT_DATES, type ReportDates } from './text';
import { phaseLine } from './phase-lines';
import type { ReportSection, StatusReportModel } from './types';

/**
 * CommonMark backslash escapes for the punctuation that makes inline markup (emphasis, code,
 * links, raw HTML, tables, entities), and for a block marker at the start (#, -, +, >, "1.").
 * Punctuation that only matters elsewhere is left alone so the raw text stays readable in a chat.
 */
export function mdText(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ').replace(/^(\s*)([#+\-]|\d+[.)])/, '$1\\$2');
}

function mdParagraphs(text: string): string[] {
  return text.trim() === '' ? [] : text.trim().split(/\n\s*\n/).map((p) => p.split(/\r?\n/).map(mdText).join('  \n'));
}

const bullets = (lines: readonly string[]): string[] => lines.map((l) => `- ${mdText(l)}`);
const more = (n: number): string[] => (n > 0 ? [`- …and ${String(n)} more`] : []);

function sectionBody(s: ReportSection, model: StatusReportModel, dates: ReportDates): string[] {
  switch (s.kind) {
    case 'milestones-done': return bullets(s.items.map((m) => milestoneText(m, 'done', dates)));
    case 'milestones-due': return bullets(s.items.map((m) => milestoneText(m, 'due', dates)));
    case 'milestones-slipped': return s.items.length === 0 ? ['None: every milestone is on or before its baseline date.'] : bullets(s.items.map((m) => milestoneText(m, 'slipped', dates)));
    case 'slip-absent': return [mdText(s.reason)];
    case 'critical-path': {
      const { summary, detail } = criticalPathLines(s, dates);
      return [...summary.map(mdText), ...(detail.length ? ['', ...bullets(detail)] : [])];
    }
    case 'phase-progress': return bullets(s.rows.map((r) => phaseLine(r, dates)));
    case 'earned-value': return bullets(moneyLines(s, model.audience));
    case 'risks': return [...bullets(s.items.map(riskText)), ...more(s.more)];
    case 'decisions-needed': return [...bullets(s.items.map((i) => issueText(i, dates))), ...more(s.more)];
    case 'schedule-warnings': return [...bullets(s.items.map((w) => warningText(w, model.audience, dates))), ...more(s.more)];
    case 'changes-approved': return bullets(s.items.map((c) => changeText(c, s.currency, dates)));
    case 'work-completed': return [...bullets(s.items.map((w) => workText(w, true, dates))), ...more(s.more)];
    case 'work-planned': return [...bullets(s.items.map((w) => workText(w, false, dates))), ...more(s.more)];
    case 'timeline': return bullets(s.items.map((m) => `${dates.day(m.finish)}: ${m.name}${m.isDone ? ' (reached)' : ''}`));
    default: return unreachable(s);
  }
}

/** The report as Markdown; `dates` as the app writes days (REPORT_DATES when absent, as the command line writes them). */
export function writeReportMarkdown(model: StatusReportModel, dates: ReportDates = REPORT_DATES): string {
  const title = `# ${mdText(model.projectName)}: status report, ${dates.day(model.statusDate)}`;
  const kind = model.audience === 'executive' ? 'Executive summary' : 'Team report';
  const since = model.previousStatusDate ? `since the report of ${dates.day(model.previousStatusDate)}` : 'first report';
  const lines = [title, '', `*${kind} · ${since}${model.baselineName ? ` · measured against ${mdText(model.baselineName)}` : ''}*`, ''];
  lines.push(`**Overall: ${RAG_WORDS[model.overall]}** · ${standingText(model, dates)}`, '');
  const isTrended = hasRagTrend(model.dimensions);
  lines.push(isTrended ? '| Dimension | RAG | Trend | Why |' : '| Dimension | RAG | Why |', isTrended ? '| --- | --- | --- | --- |' : '| --- | --- | --- |');
  for (const d of model.dimensions) {
    const trend = isTrended ? ` ${d.trend.map((t) => RAG_WORDS[t.rag]).join(' → ')} |` : '';
    lines.push(`| ${RAG_DIMENSION_LABELS[d.dimension]} | ${RAG_WORDS[d.rag]} |${trend} ${mdText(d.reason)} |`);
  }
  lines.push('');
  if (!isTrended) lines.push(`*${NO_RAG_TREND_YET}*`, '');
  if (model.headline.trim() !== '') lines.push(`## ${mdText(model.headline.trim())}`, '');
  for (const p of mdParagraphs(model.narrative)) lines.push(p, '');
  for (const s of model.sections) lines.push(`## ${sectionTitle(s, model.audience, dates)}`, '', ...sectionBody(s, model, dates), '');
  lines.push(`*RAG rules: ${RAG_DIMENSIONS.length} dimensions, overall is the worst of them.*`, '');
  return lines.join('\n');
}
