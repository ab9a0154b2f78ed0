/**
 * The risk marker on a task (Gantt grid, board card, task table): which tasks carry one, its
 * colour and the sentence naming what puts the task at risk. Which tasks and the marker's score
 * come from tasksAtRisk, so the marker, the "Tasks at risk" filter and the register agree.
 */
import type { TaskId } from '../model/ids';
import type { Issue, Plan, Risk, Task } from '../model/plan';
import { ISSUE_PRIORITY_SCORE, isIssueOpen, isLiveRisk, riskCodes, riskScore, scoreBand, tasksAtRisk, type ScoreBand } from './scoring';

/** One risk or issue on the task, as the marker's name lists it. */
export interface MarkerEntry {
  readonly kind: 'risk' | 'issue';
  readonly code: string;
  readonly title: string;
  /** The risk's score, or the issue's priority on the same 1..25 scale (ISSUE_PRIORITY_SCORE). */
  readonly score: number;
  /** "R-003 Vendor late, score 16" / "I-001 Outage, high priority". */
  readonly text: string;
}

export interface RiskMarker {
  /** The heat map's band of the highest score among the entries: the marker's colour. */
  readonly band: ScoreBand;
  readonly score: number;
  /** Highest score first, then by code. */
  readonly entries: readonly MarkerEntry[];
  /** The accessible name and tooltip: "At risk: R-003 Vendor late, score 16; I-001 Outage, high priority". */
  readonly label: string;
}

function riskEntry(risk: Risk, code: string): MarkerEntry {
  const score = riskScore(risk);
  return { kind: 'risk', code, title: risk.title, score, text: `${code} ${risk.title}, score ${String(score)}` };
}

function issueEntry(issue: Issue): MarkerEntry {
  const score = ISSUE_PRIORITY_SCORE[issue.priority];
  return { kind: 'issue', code: issue.code, title: issue.title, score, text: `${issue.code} ${issue.title}, ${issue.priority} priority` };
}

const byScoreThenCode = (a: MarkerEntry, b: MarkerEntry): number => b.score - a.score || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * A marker for every task linked to a live risk (affected or mitigation task) or an open issue.
 * Pure; computed once per change of the risks, issues or tasks.
 */
export function riskMarkers(plan: Plan): ReadonlyMap<TaskId, RiskMarker> {
  const atRisk = tasksAtRisk(plan);
  const entries = new Map<TaskId, MarkerEntry[]>();
  const add = (id: TaskId, entry: MarkerEntry): void => {
    if (!atRisk.has(id)) return;
    const list = entries.get(id);
    if (list) list.push(entry);
    else entries.set(id, [entry]);
  };
  const codes = riskCodes(plan);
  for (const risk of Object.values(plan.risks)) {
    if (!isLiveRisk(risk)) continue;
    const entry = riskEntry(risk, codes.get(risk.id) ?? risk.id);
    for (const id of new Set([...risk.taskIds, ...(risk.mitigationTaskIds ?? [])])) add(id, entry);
  }
  for (const issue of Object.values(plan.issues)) {
    if (!isIssueOpen(issue)) continue;
    const entry = issueEntry(issue);
    for (const id of new Set(issue.taskIds)) add(id, entry);
  }
  const out = new Map<TaskId, RiskMarker>();
  for (const [id, list] of entries) {
    const score = atRisk.get(id)?.score ?? 0;
    list.sort(byScoreThenCode);
    out.set(id, { band: scoreBand(score), score, entries: list, label: `At risk: ${list.map((e) => e.text).join('; ')}` });
  }
  return out;
}

/**
 * The tasks the "Tasks at risk" filter keeps in an outline view: every task at risk and, for
 * context, each of their summaries up the outline. Pure.
 */
export function tasksAtRiskWithSummaries(plan: Pick<Plan, 'tasks'>, atRisk: Iterable<TaskId>): ReadonlySet<TaskId> {
  const keep = new Set<TaskId>();
  // Counted only when some task is at risk: the Gantt asks on every edit, mostly of plans with none.
  let count = -1;
  for (const id of atRisk) {
    if (count < 0) count = Object.keys(plan.tasks).length;
    let task: Task | undefined = plan.tasks[id];
    // Bounded by the task count: a parent cycle in a damaged plan cannot loop forever.
    for (let steps = 0; task && !keep.has(task.id) && steps <= count; steps++) {
      keep.add(task.id);
      task = task.parentId === null ? undefined : plan.tasks[task.parentId];
    }
  }
  return keep;
}
