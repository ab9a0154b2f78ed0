/** The project-level figures and issues of a run, around the task table. */
import type { Plan, TaskId } from '../model';
import type { EngineState } from './engine';
import { formatWall } from './format';
import { scheduleIssues } from './issues';
import { violatedLinkIssues } from './violated-links';
import type { PassContext } from './pass-context';
import { rowIsCritical, rowIsSummary, rowStart, type Rows } from './results';
import type { ScheduleTable } from './schedule-table';
import type { ScheduleIssue, ScheduleResult } from './types';

/** `allocation` holds the over-allocation issues, which the scheduler keeps between runs. */
export function assembleResult(
  plan: Plan, ctx: PassContext, state: EngineState, table: ScheduleTable, allocation: readonly ScheduleIssue[],
): ScheduleResult {
  const rows: Rows = { values: state.rows };
  const ids = ctx.net.tasks;
  let start = ctx.projectStart;
  const critical: number[] = [];
  for (let i = 0; i < ctx.net.taskCount; i++) {
    if (rowIsSummary(rows, i)) continue;
    start = Math.min(start, rowStart(rows, i));
    if (rowIsCritical(rows, i)) critical.push(i);
  }
  critical.sort((a, b) => rowStart(rows, a) - rowStart(rows, b) || ((ids[a]?.id ?? '') < (ids[b]?.id ?? '') ? -1 : 1));
  const base: ScheduleResult = {
    tasks: table,
    projectStart: formatWall(start),
    projectFinish: formatWall(state.finish),
    criticalPathMinutes: ctx.projectCal.workingBetween(start, state.finish),
    criticalTaskIds: critical.map((i) => (ids[i]?.id ?? '') as TaskId),
    issues: [],
  };
  const issues = [...scheduleIssues(plan, ctx.net, ctx.inputs, state.f, rows), ...violatedLinkIssues(ctx, rows), ...allocation];
  return { ...base, issues };
}
