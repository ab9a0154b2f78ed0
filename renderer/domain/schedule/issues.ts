/** Schedule problems as sentences a PM can act on, naming tasks by name. */
import { toWallMinutes, type Plan, type TaskId } from '../model';
import type { ForwardResult } from './forward-pass';
import { describeMinutes, formatDate, quoted } from './format';
import type { TaskInput } from './inputs';
import type { Network } from './network';
import { rowFinish, rowSlack, type Rows } from './results';
import type { ScheduleIssue } from './types';

/** "'Deploy' → 'QA' → 'Deploy'" */
export function formatIssueLoop(names: readonly string[]): string {
  return names.map(quoted).join(' → ');
}

function loopIssues(net: Network, inputs: readonly TaskInput[]): ScheduleIssue[] {
  return net.loops.map((loop) => {
    const tasks = loop.map((i) => (inputs[i] as TaskInput).task);
    const last = tasks[tasks.length - 2] ?? tasks[0];
    const first = tasks[0];
    return {
      kind: 'cycle',
      taskIds: [...new Set(tasks.map((t) => t.id))],
      message: `Tasks form a loop: ${formatIssueLoop(tasks.map((t) => t.name))}. The link from ${quoted(last?.name ?? '')} to ${quoted(first?.name ?? '')} is ignored until one of these links is removed.`,
    };
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

const CONSTRAINT_WORDS = {
  SNLT: 'start no later than', FNLT: 'finish no later than', MSO: 'must start on', MFO: 'must finish on',
} as const;

function conflictIssue(input: TaskInput, slack: number, minutesPerDay: number): ScheduleIssue | null {
  const c = input.constraint;
  if (c !== 'SNLT' && c !== 'FNLT' && c !== 'MSO' && c !== 'MFO') return null;
  const date = input.task.constraint.date ?? '';
  const name = quoted(input.task.name);
  return {
    kind: 'constraint-conflict',
    taskIds: [input.task.id],
    message: `Task ${name} has a '${CONSTRAINT_WORDS[c]} ${date.replace('T', ' ')}' constraint but its predecessors need it later; it keeps the constraint date with ${describeMinutes(slack, minutesPerDay)} of negative slack. Move the constraint or shorten the predecessors.`,
  };
}

function deadlineIssue(input: TaskInput, finishWall: number, minutesPerDay: number): ScheduleIssue | null {
  const deadline = input.task.deadline;
  if (deadline === null) return null;
  const deadlineWall = toWallMinutes(deadline);
  if (finishWall <= deadlineWall) return null;
  const late = Math.max(input.cal.workingBetween(deadlineWall, finishWall), finishWall - deadlineWall > 0 ? 1 : 0);
  return {
    kind: 'missed-deadline',
    taskIds: [input.task.id],
    message: `Task ${quoted(input.task.name)} misses its deadline ${formatDate(deadlineWall)} by ${describeMinutes(late, minutesPerDay)}.`,
  };
}

/** Loops, bad links, constraint conflicts and missed deadlines, in task order. */
export function scheduleIssues(
  plan: Plan, net: Network, inputs: readonly TaskInput[], f: ForwardResult, rows: Rows,
): ScheduleIssue[] {
  const out: ScheduleIssue[] = [...loopIssues(net, inputs), ...invalidLinkIssues(plan, net)];
  const perDay = plan.project.minutesPerDay;
  for (let i = 0; i < net.taskCount; i++) {
    const input = inputs[i] as TaskInput;
    if (f.conflict[i]) {
      const issue = conflictIssue(input, rowSlack(rows, i), perDay);
      if (issue) out.push(issue);
    }
    if (input.task.deadline === null) continue;
    const missed = deadlineIssue(input, rowFinish(rows, i), perDay);
    if (missed) out.push(missed);
  }
  return out;
}
