/**
 * Card moves that respect the schedule: every drop (pointer or keyboard) goes through here. A
 * move that would start the task before its predecessors or the project allow is held until the
 * person answers the prompt; any other move is dispatched at once, carrying the task's scheduled
 * dates when it completes the task (MS Project's rule: actual dates = scheduled dates).
 */
import { useCallback, useState } from 'react';
import { progressDate, startConflict, type ScheduledDates, type StartChoice, type StartConflict } from '../../domain/board';
import type { ArgsOf, CommandName } from '../../domain/commands';
import type { Plan, Problem, Task, WorkflowColumn } from '../../domain/model';
import type { ScheduleResult } from '../../domain/schedule';

type Dispatch = <N extends CommandName>(name: N, args: ArgsOf<N>) => Problem | null;
type MoveArgs = ArgsOf<'moveCard'>;

export interface PendingMove {
  readonly args: MoveArgs;
  readonly conflict: StartConflict;
  readonly taskName: string;
  readonly columnName: string;
}

/**
 * What changing a task's status to `to` means for its dates: the scheduled dates a completion
 * records, and the conflict to ask about when it would start before the schedule allows. The one
 * check for a board move and for Status in Task Information.
 */
export function statusChangeCheck(
  plan: Plan, schedule: ScheduleResult | null, task: Task, to: WorkflowColumn, nowIso: string,
): { readonly scheduled?: ScheduledDates; readonly conflict: StartConflict | null } {
  const from = plan.columns[task.statusId]?.category ?? 'not-started';
  const row = from === to.category ? undefined : schedule?.tasks.get(task.id);
  const scheduled = row ? { start: row.start, finish: row.finish } : undefined;
  const conflict = startConflict({
    plan, task, from, to: to.category, date: progressDate(plan.project, nowIso), scheduled,
    incoming: () => Object.values(plan.links).filter((l) => l.successorId === task.id),
  });
  return { ...(scheduled ? { scheduled } : {}), conflict };
}

export function useCheckedMove(read: () => { plan: Plan | null; schedule: ScheduleResult | null }, dispatch: Dispatch, nowIso: () => string) {
  const [pending, setPending] = useState<PendingMove | null>(null);
  const moveCard = useCallback((args: MoveArgs): Problem | null => {
    const { plan, schedule } = read();
    const task = plan?.tasks[args.id];
    const to = plan?.columns[args.columnId];
    if (!plan || !task || !to) return dispatch('moveCard', args);
    const { scheduled, conflict } = statusChangeCheck(plan, schedule, task, to, nowIso());
    if (conflict) {
      setPending({ args: { ...args, ...(scheduled ? { scheduled } : {}) }, conflict, taskName: task.name, columnName: to.name });
      return null;
    }
    return dispatch('moveCard', { ...args, ...(scheduled ? { scheduled } : {}) });
  }, [read, dispatch, nowIso]);
  const answer = useCallback((choice: StartChoice | null): void => {
    if (pending && choice) dispatch('moveCard', { ...pending.args, start: choice });
    setPending(null);
  }, [pending, dispatch]);
  return { moveCard, pending, answer };
}
