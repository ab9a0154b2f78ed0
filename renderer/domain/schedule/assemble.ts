/**
 * The project-level figures and issues of a run, around the task table. They are kept between
 * runs (an Assembly) and brought up to date from the tasks a run touched, so that a one-task
 * edit on 100,000 tasks does not read every row for the project start, the critical path or
 * the issues: the earliest start lives in a tournament tree, the critical set and the per-task
 * and per-link issues in sparse maps whose ordered lists are rebuilt only when one of them changed.
 */
import type { Plan, TaskId } from '../model';
import type { EngineState } from './engine';
import { formatWall } from './format';
import { horizonIssue, isBeyondHorizon, networkIssues, taskIssues } from './issues';
import { violatedLinkIssue } from './violated-links';
import type { PassContext } from './pass-context';
import { rowIsCritical, rowIsSummary, rowStart, type Rows } from './results';
import type { ScheduleTable } from './schedule-table';
import { Tournament } from './tournament';
import type { ScheduleIssue, ScheduleResult } from './types';

/** What a result is assembled from, kept for the next run on the same network. */
export interface Assembly {
  /** Each leaf's scheduled start (wall), for the project start. */
  readonly starts: Tournament;
  readonly critical: Set<number>;
  criticalIds: readonly TaskId[] | null;
  readonly byTask: Map<number, readonly ScheduleIssue[]>;
  taskList: readonly ScheduleIssue[] | null;
  readonly horizon: Set<number>;
  horizonList: readonly ScheduleIssue[] | null;
  /** Violated-link issues by net.links index. */
  readonly byLink: Map<number, ScheduleIssue>;
  linkList: readonly ScheduleIssue[] | null;
}

/** An assembly read off every row (a first run, or one after a global change). */
export function fullAssembly(plan: Plan, ctx: PassContext, state: EngineState): Assembly {
  const rows: Rows = { values: state.rows };
  const n = ctx.net.taskCount;
  const a: Assembly = {
    starts: new Tournament(n, false).fill(n, (i) => (rowIsSummary(rows, i) ? null : rowStart(rows, i))),
    critical: new Set(), criticalIds: null, byTask: new Map(), taskList: null, horizon: new Set(), horizonList: null,
    byLink: new Map(), linkList: null,
  };
  for (let i = 0; i < n; i++) {
    if (!rowIsSummary(rows, i) && rowIsCritical(rows, i)) a.critical.add(i);
    const issues = taskIssues(plan, ctx.net, ctx.inputs, state.f, rows, i);
    if (issues) a.byTask.set(i, issues);
    if (isBeyondHorizon(rows, i)) a.horizon.add(i);
  }
  for (let k = 0; k < ctx.net.links.length; k++) {
    const issue = violatedLinkIssue(ctx, rows, k);
    if (issue) a.byLink.set(k, issue);
  }
  return a;
}

/** Brings an assembly up to date after a run that touched (inputs, pass values or rows) these tasks. */
export function updateAssembly(a: Assembly, plan: Plan, ctx: PassContext, state: EngineState, tasks: readonly number[]): Assembly {
  const rows: Rows = { values: state.rows };
  const links = new Set<number>();
  for (const i of withConflictedSuccessors(ctx, state, tasks)) {
    const isLeaf = !rowIsSummary(rows, i);
    a.starts.set(i, isLeaf ? rowStart(rows, i) : null);
    // A critical task's row changed (its start orders the list) or a task joined or left the set.
    if (a.critical.delete(i)) a.criticalIds = null;
    if (isLeaf && rowIsCritical(rows, i)) { a.critical.add(i); a.criticalIds = null; }
    const issues = taskIssues(plan, ctx.net, ctx.inputs, state.f, rows, i);
    if (a.byTask.delete(i) || issues) a.taskList = null;
    if (issues) a.byTask.set(i, issues);
    if (a.horizon.delete(i) || isBeyondHorizon(rows, i)) a.horizonList = null;
    if (isBeyondHorizon(rows, i)) a.horizon.add(i);
    linksOf(ctx, i, links);
  }
  for (const k of links) {
    const issue = violatedLinkIssue(ctx, rows, k);
    if (a.byLink.delete(k) || issue) a.linkList = null;
    if (issue) a.byLink.set(k, issue);
  }
  return a;
}

/**
 * The tasks and the constrained successors in conflict with them: a conflict's message names the
 * predecessor behind it and its slack (issues.ts), which change with the predecessor's row or
 * name while the constrained task, held at its date, is not touched.
 */
function withConflictedSuccessors(ctx: PassContext, state: EngineState, tasks: readonly number[]): Set<number> {
  const { net } = ctx;
  const n = net.taskCount;
  const out = new Set(tasks);
  for (const i of tasks) {
    const node = net.isSummary[i] ? n + i : i;
    for (let k = net.outStart[node] ?? 0; k < (net.outStart[node + 1] ?? 0); k++) {
      const to = net.edgeTo[net.outEdges[k] ?? 0] ?? 0;
      if (to < n && state.f.conflict[to] === 1) out.add(to);
    }
  }
  return out;
}

/** Links into and out of task i (net.links indices). */
function linksOf(ctx: PassContext, i: number, out: Set<number>): void {
  const { net } = ctx;
  const n = net.taskCount;
  for (let k = net.inStart[i] ?? 0; k < (net.inStart[i + 1] ?? 0); k++) {
    const l = net.edgeLink[net.inEdges[k] ?? 0] ?? -1;
    if (l >= 0) out.add(l);
  }
  const node = net.isSummary[i] ? n + i : i;
  for (let k = net.outStart[node] ?? 0; k < (net.outStart[node + 1] ?? 0); k++) {
    const l = net.edgeLink[net.outEdges[k] ?? 0] ?? -1;
    if (l >= 0) out.add(l);
  }
}

const ascending = (a: number, b: number): number => a - b;

function criticalIds(a: Assembly, ctx: PassContext, rows: Rows): readonly TaskId[] {
  if (a.criticalIds) return a.criticalIds;
  const ids = ctx.net.tasks;
  const critical = [...a.critical];
  critical.sort((x, y) => rowStart(rows, x) - rowStart(rows, y) || ((ids[x]?.id ?? '') < (ids[y]?.id ?? '') ? -1 : 1));
  return (a.criticalIds = critical.map((i) => (ids[i]?.id ?? '') as TaskId));
}

function issuesOf(a: Assembly, plan: Plan, ctx: PassContext): ScheduleIssue[] {
  a.horizonList ??= ((): ScheduleIssue[] => {
    const issue = horizonIssue(ctx.inputs, [...a.horizon].sort(ascending));
    return issue ? [issue] : [];
  })();
  a.taskList ??= [...a.byTask.keys()].sort(ascending).flatMap((i) => a.byTask.get(i) ?? []);
  a.linkList ??= [...a.byLink.keys()].sort(ascending).map((k) => a.byLink.get(k) as ScheduleIssue);
  return [...networkIssues(plan, ctx.net, ctx.inputs), ...a.horizonList, ...a.taskList, ...a.linkList];
}

/** `allocation` holds the over-allocation issues, which the scheduler keeps between runs. */
export function assembleResult(
  plan: Plan, ctx: PassContext, state: EngineState, table: ScheduleTable, allocation: readonly ScheduleIssue[], a: Assembly,
): ScheduleResult {
  const rows: Rows = { values: state.rows };
  const firstTask = a.starts.best();
  const start = Math.min(ctx.projectStart, firstTask);
  return {
    tasks: table,
    projectStart: formatWall(start),
    ...(Number.isFinite(firstTask) ? { firstTaskStart: formatWall(firstTask) } : {}),
    projectFinish: formatWall(state.finish),
    criticalPathMinutes: ctx.projectCal.workingBetween(start, state.finish),
    criticalTaskIds: criticalIds(a, ctx, rows),
    issues: [...issuesOf(a, plan, ctx), ...allocation],
  };
}
