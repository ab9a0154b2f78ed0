/**
 * Links an actual date breaks. The engine places a task that has an actual start at that start,
 * whatever its predecessors say (what happened happened, as in MS Project), so a task started
 * early — "Start anyway" on the board — sits before the date its link allows. That is listed as
 * a schedule warning and the Gantt draws the link as violated, so it never goes unnoticed.
 *
 * Only links into tasks with actual dates are checked: a plan without progress costs one
 * comparison per link.
 */
import { codeBoundsStart, codeReadsStart, carryLag, linkTypeOfCode } from './link-math';
import { formatDate, issueText, quoted } from './format';
import { ACTUAL_FINISH, ACTUAL_START } from './inputs';
import type { PassContext } from './pass-context';
import { rowFinish, rowStart, type Rows } from './results';
import type { ScheduleIssue } from './types';

/** The issue of link k (net.links index), or null when it holds or its successor has no actual date. */
export function violatedLinkIssue(ctx: PassContext, rows: Rows, k: number): ScheduleIssue | null {
  const { net, inputs } = ctx;
  const succ = net.linkSucc[k] ?? -1;
  const pred = net.linkPred[k] ?? -1;
  const code = ctx.linkTypes[k] ?? 0;
  const boundsStart = codeBoundsStart(code);
  if (succ < 0 || pred < 0 || !inputs.has(succ, boundsStart ? ACTUAL_START : ACTUAL_FINISH)) return null;
  const fromCal = inputs.cal(pred);
  const toCal = inputs.cal(succ);
  const readsStart = codeReadsStart(code);
  const anchor = fromCal.ordinalOf(readsStart ? rowStart(rows, pred) : rowFinish(rows, pred));
  const bound = carryLag(anchor, fromCal, readsStart, ctx.linkLags[k] ?? 0, ctx.linkElapsed[k] === 1, ctx.projectCal, toCal);
  const actualWall = (boundsStart ? inputs.actualStart[succ] : inputs.actualFinish[succ]) ?? 0;
  if (toCal.ordinalOf(actualWall) >= bound) return null;
  // The link object is the one the network was built from; an incremental run patches only the
  // type codes, so the message names the type from the code (a type-only edit would show the old one).
  const link = net.links[k];
  const before = inputs.task(pred);
  const after = inputs.task(succ);
  if (!link) return null;
  const what = boundsStart ? 'started' : 'finished';
  return {
    kind: 'violated-link',
    taskIds: [after.id, before.id],
    linkIds: [link.id],
    ...issueText([
      `Task ${quoted(after.name)} ${what} on `, { date: formatDate(actualWall) },
      `, before its ${linkTypeOfCode(code)} link from ${quoted(before.name)} allows (${boundsStart ? 'start' : 'finish'} `,
      { date: formatDate(boundsStart ? toCal.startAt(bound) : toCal.finishAt(bound)) }, ' or later). Check the actual dates or the link.',
    ]),
  };
}
