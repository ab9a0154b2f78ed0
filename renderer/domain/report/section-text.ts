/**
 * What each section is called and how its lines read, shared by the Markdown and HTML writers so
 * both say the same thing. Executive wording avoids codes and scheduling jargon.
 */
import type { ReportAudience } from '../model';
import { FORECAST_NAMES, headlineForecast, varianceWords } from './cost-forecast';
import { reserveCoverWords } from '../raid/reserve-cover';
import { ISSUE_PRIORITY_LABELS, SCORE_TREND_LABELS } from '../raid/raid-labels';
import { formatNumber, money, ratio, slipWords, type ReportDates } from './text';
import { LEVELING_ADVICE } from '../schedule';
import type { ChangeLine, IssueLine, MilestoneLine, ReportSection, RiskLine, WarningLine, WorkLine } from './types';
import { percentText } from '../model';

export function sectionTitle(section: ReportSection, audience: ReportAudience, dates: ReportDates): string {
  const exec = audience === 'executive';
  switch (section.kind) {
    case 'milestones-done': return 'Milestones reached since the last report';
    case 'milestones-due': return `Milestones due by ${dates.day(section.until)}`;
    case 'milestones-slipped': return 'Milestones later than the baseline';
    case 'slip-absent': return 'Milestones later than the baseline';
    case 'critical-path': return exec ? 'Forecast finish' : 'Critical path and forecast finish';
    case 'phase-progress': return 'Progress by phase';
    case 'earned-value': return exec ? 'Budget' : 'Budget and earned value';
    case 'risks': return 'Top risks';
    case 'decisions-needed': return 'Open issues needing a decision';
    case 'schedule-warnings': return 'Schedule warnings';
    case 'changes-approved': return 'Changes approved since the last report';
    case 'work-completed': return 'Work completed since the last report';
    case 'work-planned': return `Work planned until ${dates.day(section.until)}`;
    case 'timeline': return 'Milestone timeline';
    default: return unreachable(section);
  }
}

const code = (wbs: string | undefined): string => (wbs ? `${wbs} ` : '');

export function milestoneText(m: MilestoneLine, kind: 'done' | 'due' | 'slipped', dates: ReportDates): string {
  if (kind === 'done') return `${code(m.wbs)}${m.name}: reached ${dates.day(m.finish)}`;
  if (kind === 'due') return `${code(m.wbs)}${m.name}: due ${dates.day(m.finish)}${m.slipDays !== null && m.slipDays > 0 ? ` (${slipWords(m.slipDays)})` : ''}`;
  return `${code(m.wbs)}${m.name}: ${slipWords(m.slipDays)}, now ${dates.day(m.finish)} (baseline ${m.baselineFinish === null ? 'none' : dates.day(m.baselineFinish)})`;
}

export function workText(w: WorkLine, done: boolean, dates: ReportDates): string {
  return done ? `${code(w.wbs)}${w.name} (finished ${dates.day(w.finish)})`
    : `${code(w.wbs)}${w.name}: ${dates.day(w.start)} to ${dates.day(w.finish)}, ${percentText(w.percentComplete, 0)} done`;
}

/**
 * "score 16 of 25, rising from 9": the register's trend words (SCORE_TREND_LABELS, as its CSV and
 * the arrows' names say them), in lower case mid-sentence.
 */
export function riskText(r: RiskLine): string {
  const moved = r.trend === 'new' ? 'new since the last report'
    : r.trend === 'flat' ? SCORE_TREND_LABELS.flat.toLowerCase()
      : `${SCORE_TREND_LABELS[r.trend].toLowerCase()} from ${String(r.previousScore ?? '')}`;
  return `${r.code ? `${r.code} ` : ''}${r.title}: score ${String(r.score)} of 25, ${moved}${r.owner ? `; owner ${r.owner}` : ''}`;
}

/**
 * A schedule warning in the Gantt's words with its dates written as the report writes them. The
 * executive summary leaves out what the planner is asked to do about it (level resources).
 */
export function warningText(w: WarningLine, audience: ReportAudience, dates: ReportDates): string {
  const text = w.parts.map((p) => (typeof p === 'string' ? p : dates.day(p.date))).join('');
  return audience === 'executive' && text.endsWith(LEVELING_ADVICE) ? text.slice(0, -LEVELING_ADVICE.length) : text;
}

/** "I-002 Vendor contract (High priority, decide by …)", or "overdue, was to be decided by …": the priority as the issue log's picker words it. */
export function issueText(i: IssueLine, dates: ReportDates): string {
  const due = i.dueOn ? `, ${i.isOverdue === true ? 'overdue, was to be decided by' : 'decide by'} ${dates.day(i.dueOn)}` : '';
  return `${i.code ? `${i.code} ` : ''}${i.title} (${ISSUE_PRIORITY_LABELS[i.priority]} priority${due})`;
}

export function changeText(c: ChangeLine, currency: string, dates: ReportDates): string {
  const impacts = [
    c.scheduleImpactDays !== 0 ? `${c.scheduleImpactDays > 0 ? '+' : ''}${formatNumber(c.scheduleImpactDays)} working days` : '',
    c.costImpact !== 0 ? `${c.costImpact > 0 ? '+' : ''}${money(c.costImpact, currency)}` : '',
  ].filter((x) => x !== '').join(', ');
  return `${c.title}: approved ${dates.day(c.decidedOn)}${c.decidedBy ? ` by ${c.decidedBy}` : ''}${impacts ? ` (${impacts})` : ''}`;
}

/** The forecast-finish sentences (both audiences), then the critical path detail (team only). */
export function criticalPathLines(s: Extract<ReportSection, { kind: 'critical-path' }>, dates: ReportDates): { summary: string[]; detail: string[] } {
  const summary = [`Forecast finish: ${dates.day(s.finish)}.`];
  if (s.baselineFinish !== null) summary.push(`Against the baseline (${dates.day(s.baselineFinish)}): ${slipWords(s.slipDays)}.`);
  if (s.previousFinish !== null && s.movedSinceLastDays !== null) {
    summary.push(s.movedSinceLastDays === 0 ? `Unchanged since the last report (${dates.day(s.previousFinish)}).`
      : `${s.movedSinceLastDays > 0 ? 'Later' : 'Earlier'} by ${formatNumber(Math.abs(s.movedSinceLastDays))} working days than the last report said (${dates.day(s.previousFinish)}).`);
  }
  const detail: string[] = [];
  // A list in start order, not a chain: critical tasks can run side by side (two that follow one task).
  if (s.taskNames.length > 0) detail.push(`Critical path (${String(s.taskNames.length)} ${s.taskNames.length === 1 ? 'task' : 'tasks'}, by start): ${s.taskNames.slice(0, 12).join(', ')}${s.taskNames.length > 12 ? ', …' : ''}`);
  if (s.joined.length > 0) detail.push(`Joined the critical path since the last report: ${s.joined.join(', ')}`);
  if (s.left.length > 0) detail.push(`Left the critical path since the last report: ${s.left.join(', ')}`);
  return { summary, detail };
}

type MoneySection = Extract<ReportSection, { kind: 'earned-value' }>;

/**
 * The money lines. Each forecast carries its standard name (cost-forecast.ts); "over budget" is
 * measured against the approved budget when one is set, and the baseline cost is named as such.
 */
export function moneyLines(s: MoneySection, audience: ReportAudience): string[] {
  return audience === 'executive' ? executiveMoneyLines(s) : teamMoneyLines(s);
}

function executiveMoneyLines(s: MoneySection): string[] {
  const m = (n: number): string => money(n, s.currency);
  const headline = headlineForecast(s);
  const forecasts = headline.method === 'cpi' ? [headline, { method: 'bottom-up' as const, eac: s.eacBottomUp }] : [headline];
  return [
    ...(s.budget === null ? [] : [`Approved budget: ${m(s.budget)}.`]),
    ...(s.bac > 0 ? [`Baseline cost (BAC): ${m(s.bac)}.`] : []),
    s.hasBaseline ? `Spent so far: ${m(s.ac)} for work worth ${m(s.ev)}.`
      : `Spent so far: ${m(s.ac)}. What the work done is worth (earned value) is measured once a baseline is saved.`,
    ...forecasts.map((f, i) => `${i === 0 ? 'Forecast cost at completion, ' : ''}${FORECAST_NAMES[f.method]}: ${m(f.eac)}${comparisons(s, f.eac)}.`),
    ...reserveLines(s),
  ];
}

/** The contingency reserve against the open threats' exposure, as the Cost view says it; nothing when no threat has a cost. */
function reserveLines(s: MoneySection): string[] {
  return s.reserveCover ? [reserveCoverWords(s.reserveCover, (n) => money(n, s.currency))] : [];
}

/** ", USD 2,084 over the approved budget (USD 2,764 over the baseline cost)", or what of it can be measured. */
function comparisons(s: MoneySection, eac: number): string {
  const toBudget = s.budget === null ? null : varianceWords(eac, 'approved budget', s.budget, s.currency);
  const toBaseline = s.bac > 0 ? varianceWords(eac, 'baseline cost', s.bac, s.currency) : null;
  if (toBudget !== null) return `, ${toBudget}${toBaseline === null ? '' : ` (${toBaseline})`}`;
  return toBaseline === null ? '' : `, ${toBaseline}`;
}

function teamMoneyLines(s: MoneySection): string[] {
  const m = (n: number): string => money(n, s.currency);
  const vac = (eac: number | null): string => (eac === null || s.bac <= 0 ? 'n/a' : m(s.bac - eac));
  const lines = [
    s.hasBaseline ? `BAC ${m(s.bac)} · PV ${m(s.pv)} · EV ${m(s.ev)} · AC ${m(s.ac)}`
      : `BAC, PV and EV: not measured until a baseline is saved · AC ${m(s.ac)}`,
    `SPI ${ratio(s.spi)} · CPI ${ratio(s.cpi)} · ${FORECAST_NAMES.cpi} ${s.eacCpi === null ? 'n/a' : m(s.eacCpi)} · VAC ${vac(s.eacCpi)}`,
    `${FORECAST_NAMES['bottom-up']} ${m(s.eacBottomUp)} · VAC ${vac(s.eacBottomUp)}`,
  ];
  if (s.budget !== null) {
    const budget = s.budget;
    const against = [
      ...(s.eacCpi === null ? [] : [`${FORECAST_NAMES.cpi} ${varianceWords(s.eacCpi, 'approved budget', budget, s.currency)}`]),
      `${FORECAST_NAMES['bottom-up']} ${varianceWords(s.eacBottomUp, 'approved budget', budget, s.currency)}`,
    ];
    lines.push(`Approved budget ${m(budget)}: ${against.join(' · ')}`);
  }
  return [...lines, ...reserveLines(s)];
}

export function unreachable(value: never): never {
  throw new Error(`Unhandled report section: ${JSON.stringify(value)}`);
}
