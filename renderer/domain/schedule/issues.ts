/** Schedule problems as sentences a PM can act on, naming tasks by name (and a loop's by their rows too). */
import { parseWall } from '../calendar';
import { dateOf, formatDuration, fromWallMinutes, fullOutline, outlineIndexOf, type LocalDateTime, type Plan, type TaskId } from '../model';
import type { ForwardResult } from './forward-pass';
import { describeMinutes, formatDate, issueText, quoted } from './format';
import { DEADLINE, FNLT, MFO, MSO, SNLT, type InputTable } from './inputs';
import type { Network } from './network';
import { rowFinish, rowSlack, rowStart, type Rows } from './results';
import type { IssueMessagePart, ScheduleIssue } from './types';

const LOOP_MESSAGE_START = 'Tasks form a loop: ';

/** Whether a message is a loop's (as loopMessage words it), for a caller that says it once. */
export const isLoopMessage = (text: string): boolean => text.startsWith(LOOP_MESSAGE_START);

/**
 * A task of a loop as a message names it: by name, and where it is when known: by its row in the
 * task table as the table's # column shows it ("#3 'Build'"), or by the row of the file it was
 * read from ("row 4 'Build'"). The two are worded apart: after a CSV import the notice names the
 * table's rows just after the import dialog named the file's, and a header row puts them one apart.
 */
export interface LoopTask {
  readonly name: string;
  readonly tableRow?: number | undefined;
  readonly row?: number | undefined;
}

const loopTaskLabel = (task: LoopTask | undefined): string => {
  const name = quoted(task?.name ?? '');
  if (task?.tableRow !== undefined) return `#${String(task.tableRow)} ${name}`;
  return task?.row === undefined ? name : `row ${String(task.row)} ${name}`;
};

/**
 * Each task's row in the task table (1 for the first): its # column, the number a person types in
 * another task's Predecessors cell to link to it.
 */
export function tableRowOf(plan: Plan): (id: TaskId) => number | undefined {
  const index = outlineIndexOf(fullOutline(plan.tasks));
  return (id) => {
    const i = index.get(id);
    return i === undefined ? undefined : i + 1;
  };
}

/** "'Deploy' → 'QA' → 'Deploy'", or where they are: "#4 'Deploy' → #2 'QA' → #4 'Deploy'" (LoopTask). */
export function loopPath(loop: readonly LoopTask[]): string {
  return loop.map(loopTaskLabel).join(' → ');
}

/**
 * A loop as a sentence, its tasks from the ignored link's successor back to it: "'Design' → 'Build' →
 * 'Design'", or "row 3 'Design' → row 5 'Build' → row 3 'Design'" for an imported table, whose
 * reader knows the row each task came from so the person can find it in the spreadsheet.
 */
export function loopMessage(loop: readonly LoopTask[]): string {
  const last = loop[loop.length - 2] ?? loop[0];
  return `${LOOP_MESSAGE_START}${loopPath(loop)}. The link from ${loopTaskLabel(last)} to ${loopTaskLabel(loop[0])} is ignored until one of these links is removed.`;
}

/**
 * A loop in the plan as it opens (a file, an import, a project made from a template): each task is
 * named with its task table row, where the links to remove are typed. An import from a table
 * words it again with the file's rows (formats/admit.ts).
 */
function loopIssues(plan: Plan, net: Network, inputs: InputTable): ScheduleIssue[] {
  if (net.loops.length === 0) return [];
  const rowOf = tableRowOf(plan);
  return net.loops.map((loop) => {
    const tasks = loop.map((i) => inputs.task(i));
    return { kind: 'cycle', taskIds: [...new Set(tasks.map((t) => t.id))], loop: tasks.map((t) => t.id), message: loopMessage(tasks.map((t) => ({ name: t.name, tableRow: rowOf(t.id) }))) };
  });
}

function invalidLinkIssues(plan: Plan, net: Network): ScheduleIssue[] {
  return net.invalidLinks.map((link) => {
    const pred = plan.tasks[link.predecessorId];
    const succ = plan.tasks[link.successorId];
    const message = link.predecessorId === link.successorId
      ? `Task ${quoted(pred?.name ?? link.predecessorId)} is linked to itself; the link is ignored.`
      : `A link from ${pred ? quoted(pred.name) : 'a deleted task'} to ${succ ? quoted(succ.name) : 'a deleted task'} is ignored because a task is missing.`;
    return { kind: 'invalid-link', taskIds: [pred?.id, succ?.id].filter((id): id is TaskId => id !== undefined), message };
  });
}

const CONSTRAINT_WORDS: Readonly<Record<number, string>> = {
  [SNLT]: 'start no later than', [FNLT]: 'finish no later than', [MSO]: 'must start on', [MFO]: 'must finish on',
};
/** What the constraint asks of the task, to follow "for 'X' to …". */
const CONSTRAINT_ASKS: Readonly<Record<number, string>> = {
  [SNLT]: 'start no later than', [FNLT]: 'finish no later than', [MSO]: 'start on', [MFO]: 'finish on',
};

/**
 * The predecessor that holds a constrained task past its date: the constrained task keeps the date
 * (forward-pass.ts applyConstraint), so the predecessor that cannot meet it carries the negative
 * slack, and the most negative is the one furthest behind. Null when no linked predecessor is
 * behind: a summary's links, the status date or a leveling delay held the task later.
 */
function latePredecessor(net: Network, rows: Rows, i: number): { readonly index: number; readonly slack: number } | null {
  const n = net.taskCount;
  let late: { index: number; slack: number } | null = null;
  for (let k = net.inStart[i] ?? 0; k < (net.inStart[i + 1] ?? 0); k++) {
    const e = net.inEdges[k] ?? 0;
    if (net.disabledEdges[e] || (net.edgeLink[e] ?? -1) < 0) continue;
    const from = net.edgeFrom[e] ?? 0;
    const p = from >= n ? from - n : from;
    const slack = rowSlack(rows, p);
    if (slack < 0 && (late === null || slack < late.slack)) late = { index: p, slack };
  }
  return late;
}

/**
 * MS Project's "scheduling conflict", said the way round a TPM acts on it: which predecessor is
 * late for the constraint and by how much (its negative slack; the constrained task's own is 0,
 * as it keeps its date), written as the app writes durations ("2d", "4h").
 */
function conflictIssue(plan: Plan, net: Network, inputs: InputTable, rows: Rows, i: number): ScheduleIssue | null {
  const code = inputs.constraint[i] ?? 0;
  const words = CONSTRAINT_WORDS[code];
  const asks = CONSTRAINT_ASKS[code];
  if (words === undefined || asks === undefined) return null;
  const task = inputs.task(i);
  const date = task.constraint.date;
  const when: IssueMessagePart[] = date === null ? [] : dayAndTime(date);
  const late = latePredecessor(net, rows, i);
  const constrained = quoted(task.name);
  // A date on non-working time (a holiday, a weekend) is kept at the working time nearest it: the
  // message names the date the table and the Gantt show, not only the one typed.
  const isFinish = code === MFO || code === FNLT;
  const held = isFinish ? rowFinish(rows, i) : rowStart(rows, i);
  const isMoved = late !== null && date !== null && held !== parseWall(date);
  const heldAt: IssueMessagePart[] = isMoved
    ? [`; that is not working time, so ${constrained} ${isFinish ? 'finishes' : 'starts'} `, ...dayAndTime(fromWallMinutes(held))]
    : [];
  if (late === null) {
    return { kind: 'constraint-conflict', taskIds: [task.id], ...issueText([
      `Scheduling conflict: ${constrained} cannot ${asks} `, ...when,
      ` (its '${words}' constraint): a summary's links, the status date or a leveling delay hold it later. It keeps the constraint date; move the constraint or what holds it.`,
    ]) };
  }
  const pred = quoted(inputs.task(late.index).name);
  return { kind: 'constraint-conflict', taskIds: [task.id], ...issueText([
    `Scheduling conflict: ${pred} is ${formatDuration(-late.slack, plan.project)} late for ${constrained} to ${asks} `, ...when,
    ` (its '${words}' constraint`, ...heldAt, `). ${constrained} keeps the constraint ${isMoved ? '' : 'date '}and ${pred} shows the negative slack: move the constraint, or shorten or unlink ${pred}.`,
  ]) };
}

/** The day apart, for a screen to write as it writes dates; the time of day stays as it is. */
function dayAndTime(at: LocalDateTime): IssueMessagePart[] {
  return [{ date: dateOf(at) }, ` ${at.slice(11)}`];
}

function deadlineIssue(inputs: InputTable, i: number, finishWall: number, minutesPerDay: number): ScheduleIssue | null {
  const task = inputs.task(i);
  if (task.deadline === null) return null;
  const deadlineWall = parseWall(task.deadline);
  if (finishWall <= deadlineWall) return null;
  const late = Math.max(inputs.cal(i).workingBetween(deadlineWall, finishWall), finishWall - deadlineWall > 0 ? 1 : 0);
  return {
    kind: 'missed-deadline',
    taskIds: [task.id],
    ...issueText([`Task ${quoted(task.name)} misses its deadline `, { date: formatDate(deadlineWall) }, ` by ${describeMinutes(late, minutesPerDay)}.`]),
  };
}

/** Plans are dated 1900-2200 (formats/plan-bounds.ts); past that the calendars stop at their hard bounds. */
const HORIZON_FIRST = parseWall('1900-01-01T00:00');
const HORIZON_LAST = parseWall('2201-01-01T00:00');

/** Whether a task's row lies outside the plannable years. */
export function isBeyondHorizon(rows: Rows, i: number): boolean {
  return !(rowStart(rows, i) >= HORIZON_FIRST && rowFinish(rows, i) < HORIZON_LAST);
}

/** Tasks a long chain of lags and durations (or a constraint) pushed outside the plannable years, named. */
export function horizonIssue(inputs: InputTable, hit: readonly number[]): ScheduleIssue | null {
  if (hit.length === 0) return null;
  const tasks = hit.map((i) => inputs.task(i));
  const names = tasks.slice(0, 5).map((t) => quoted(t.name)).join(', ');
  const more = tasks.length > 5 ? ` and ${String(tasks.length - 5)} more` : '';
  return {
    kind: 'horizon',
    taskIds: tasks.map((t) => t.id),
    message: `${String(tasks.length)} ${tasks.length === 1 ? 'task reaches' : 'tasks reach'} the scheduling horizon (dates before 1900 or after 2200): ${names}${more}. Check their constraints, lags and durations.`,
  };
}

/** Loops and links naming missing tasks: the network's own problems. */
export function networkIssues(plan: Plan, net: Network, inputs: InputTable): ScheduleIssue[] {
  return [...loopIssues(plan, net, inputs), ...invalidLinkIssues(plan, net)];
}

/** One task's constraint conflict and missed deadline, or null when it has neither. */
export function taskIssues(plan: Plan, net: Network, inputs: InputTable, f: ForwardResult, rows: Rows, i: number): ScheduleIssue[] | null {
  let out: ScheduleIssue[] | null = null;
  const perDay = plan.project.minutesPerDay;
  if (f.conflict[i]) {
    const issue = conflictIssue(plan, net, inputs, rows, i);
    if (issue) (out ??= []).push(issue);
  }
  if (!inputs.has(i, DEADLINE)) return out;
  const missed = deadlineIssue(inputs, i, rowFinish(rows, i), perDay);
  if (missed) (out ??= []).push(missed);
  return out;
}
