/**
 * Risk scoring: what each probability level means, the score (probability x the largest impact),
 * its band and trend, overdue reviews and the tasks at risk. Pure functions over the plan.
 */
import type { TaskId } from '../model/ids';
import type { Issue, IssuePriority, Plan, Risk, RiskImpacts } from '../model/plan';
import type { LocalDate } from '../model/time';

export const DEFAULT_RISK_CATEGORIES = [
  'technical', 'security', 'vendor', 'schedule', 'cost', 'scope', 'people', 'compliance',
] as const;

export interface ProbabilityBand {
  readonly level: number;
  readonly label: string;
  /** Lower and upper bound of the band, as fractions. */
  readonly from: number;
  readonly to: number;
  /** The band's mid-point: the probability used for expected values (EMV). */
  readonly midpoint: number;
}

/**
 * The % band of each probability level (1 <= 10 %, 2 10-30 %, 3 30-50 %, 4 50-70 %, 5 > 70 %),
 * a common 5-point scale (PMI's Practice Standard for Project Risk Management uses bands of this shape).
 */
export const PROBABILITY_BANDS: readonly ProbabilityBand[] = [
  { level: 1, label: 'Rare (≤ 10%)', from: 0, to: 0.1, midpoint: 0.05 },
  { level: 2, label: 'Unlikely (10–30%)', from: 0.1, to: 0.3, midpoint: 0.2 },
  { level: 3, label: 'Possible (30–50%)', from: 0.3, to: 0.5, midpoint: 0.4 },
  { level: 4, label: 'Likely (50–70%)', from: 0.5, to: 0.7, midpoint: 0.6 },
  { level: 5, label: 'Almost certain (> 70%)', from: 0.7, to: 1, midpoint: 0.85 },
];

export const IMPACT_LABELS: readonly string[] = ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'];

/** The band of a level 1..5; levels outside are a bug (commands refuse them). */
export function probabilityBand(level: number): ProbabilityBand {
  const band = PROBABILITY_BANDS[Math.min(5, Math.max(1, Math.round(level))) - 1];
  if (!band) throw new Error(`No probability band for level ${String(level)}`);
  return band;
}

/** True for a whole number 1..5, the only levels the register knows. */
export function isLevel(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** The risk's impact per dimension; a risk saved before the RAID log has one impact on all three. */
export function riskImpacts(risk: Pick<Risk, 'impact' | 'impacts'>): RiskImpacts {
  return risk.impacts ?? { schedule: risk.impact, cost: risk.impact, scope: risk.impact };
}

export function largestImpact(risk: Pick<Risk, 'impact' | 'impacts'>): number {
  const i = riskImpacts(risk);
  return Math.max(i.schedule, i.cost, i.scope);
}

/** Probability x the largest impact, 1..25. */
export function riskScore(risk: Pick<Risk, 'probability' | 'impact' | 'impacts'>): number {
  return risk.probability * largestImpact(risk);
}

/** The score after the response, when residual levels are set; null = not assessed. */
export function residualScore(risk: Risk): number | null {
  const p = risk.residualProbability ?? null;
  const i = risk.residualImpact ?? null;
  if (p === null || i === null) return null;
  return p * i;
}

export type ScoreBand = 'low' | 'medium' | 'high' | 'severe';

/** Bands of the 5x5 matrix: 1-4 low, 5-9 medium, 10-14 high, 15-25 severe. */
export function scoreBand(score: number): ScoreBand {
  if (score >= 15) return 'severe';
  if (score >= 10) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}

export type Trend = 'up' | 'down' | 'flat';

/**
 * How the score moved since an earlier day: the latest score against the score the risk had at
 * the end of the last earlier day in its history. The scores set on one day are one assessment: a
 * risk raised at the register's default 3 x 3 and filled in as 4 x 4 a minute later has not risen
 * (the register showed it rising, where the status report said 'unchanged'); a risk with no
 * earlier day is 'flat'. Days are the history's UTC dates, as `raisedOn` is.
 */
export function scoreTrend(risk: Risk): Trend {
  const history = risk.scoreHistory ?? [];
  const last = history[history.length - 1];
  if (!last) return 'flat';
  const lastDay = last.at.slice(0, 10);
  let before: number | null = null;
  for (const entry of history) if (entry.at.slice(0, 10) < lastDay) before = entry.score;
  if (before === null || last.score === before) return 'flat';
  return last.score > before ? 'up' : 'down';
}

export const TREND_ARROWS: Readonly<Record<Trend, string>> = { up: '▲', down: '▼', flat: '▶' };

/** A risk still to be watched: not closed. */
export function isLiveRisk(risk: Risk): boolean {
  return risk.status !== 'closed';
}

/** Review date passed on a risk still being watched (dates compare as ISO strings). */
export function isReviewOverdue(risk: Risk, today: LocalDate): boolean {
  return isLiveRisk(risk) && risk.reviewOn !== null && risk.reviewOn < today;
}

export function isIssueOpen(issue: Issue): boolean {
  return issue.status === 'open' || issue.status === 'in-progress';
}

export function isIssueOverdue(issue: Issue, today: LocalDate): boolean {
  return isIssueOpen(issue) && issue.dueOn !== null && issue.dueOn < today;
}

/** An issue's weight on the task marker, on the risk score's 1..25 scale. */
export const ISSUE_PRIORITY_SCORE: Readonly<Record<IssuePriority, number>> = { low: 4, medium: 9, high: 14, critical: 25 };

export interface TaskRisk {
  /** The highest score among the open risks and issues on the task. */
  readonly score: number;
  readonly risks: number;
  readonly issues: number;
}

/**
 * The tasks linked to a live risk (affected or mitigation task) or an open issue, with the highest
 * score: computed once per plan change and read by the Gantt rows and board cards.
 */
export function tasksAtRisk(plan: Plan): ReadonlyMap<TaskId, TaskRisk> {
  const out = new Map<TaskId, TaskRisk>();
  const add = (id: TaskId, score: number, isIssue: boolean): void => {
    if (!plan.tasks[id]) return;
    const prev = out.get(id) ?? { score: 0, risks: 0, issues: 0 };
    out.set(id, {
      score: Math.max(prev.score, score),
      risks: prev.risks + (isIssue ? 0 : 1),
      issues: prev.issues + (isIssue ? 1 : 0),
    });
  };
  for (const risk of Object.values(plan.risks)) {
    if (!isLiveRisk(risk)) continue;
    const score = riskScore(risk);
    for (const id of new Set([...risk.taskIds, ...(risk.mitigationTaskIds ?? [])])) add(id, score, false);
  }
  for (const issue of Object.values(plan.issues)) {
    if (!isIssueOpen(issue)) continue;
    for (const id of new Set(issue.taskIds)) add(id, ISSUE_PRIORITY_SCORE[issue.priority], true);
  }
  return out;
}

/**
 * Expected monetary value of the open threats (PMI's EMV): the probability band's mid-point x the
 * cost impact, summed over threats that are open or being mitigated. Occurred risks are issues now
 * and closed ones are gone; opportunities are left out so they never shrink the reserve.
 */
export function riskExposure(plan: Plan): number {
  let total = 0;
  for (const risk of Object.values(plan.risks)) {
    if ((risk.kind ?? 'threat') !== 'threat') continue;
    if (risk.status !== 'open' && risk.status !== 'mitigating') continue;
    total += probabilityBand(risk.probability).midpoint * (risk.costImpactAmount ?? 0);
  }
  return Math.round(total * 100) / 100;
}

/** The next code of a register: the highest "R-007" seen + 1, zero-padded to three digits. */
export function nextCode(prefix: string, codes: Iterable<string | undefined>): string {
  let highest = 0;
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  for (const code of codes) {
    const m = code === undefined ? null : pattern.exec(code);
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  return `${prefix}-${String(highest + 1).padStart(3, '0')}`;
}

/**
 * Codes of every risk, "R-001" in the order raised for risks saved before codes existed (so the
 * sample plan's five risks read R-001..R-005 without a migration writing them).
 */
export function riskCodes(plan: Plan): ReadonlyMap<string, string> {
  const risks = Object.values(plan.risks).sort((a, b) =>
    a.raisedOn < b.raisedOn ? -1 : a.raisedOn > b.raisedOn ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const codes = new Map<string, string>();
  const taken = risks.map((r) => r.code);
  for (const risk of risks) {
    if (risk.code) codes.set(risk.id, risk.code);
    else {
      const code = nextCode('R', [...taken, ...codes.values()]);
      codes.set(risk.id, code);
    }
  }
  return codes;
}
