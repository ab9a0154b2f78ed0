/** Tiny plan builder for scheduling tests: tasks by name, links by names, results by name. */
import {
  emptyPlan, newTask, sequentialIds,
  type ColumnId, type Link, type LinkId, type LinkType, type LocalDateTime, type Plan, type Task, type TaskId,
} from '../../../../renderer/domain/model';
import type { ScheduleResult, TaskSchedule } from '../../../../renderer/domain/schedule';

export const START = '2026-03-02T09:00' as LocalDateTime;

export function basePlan(start: LocalDateTime = START): Plan {
  return emptyPlan({ name: 'Test', start, now: '2026-03-01T00:00:00.000Z', newId: sequentialIds('p') });
}

/** Adds a task named `name` (id = name) with the given fields; duration in working minutes. */
export function withTask(plan: Plan, name: string, fields: Partial<Task> = {}): Plan {
  const task = newTask({
    id: name as TaskId, name, parentId: null, rank: name, start: START, finish: START,
    statusId: 'todo' as ColumnId, boardRank: name, ...fields,
  });
  return { ...plan, tasks: { ...plan.tasks, [name]: task } };
}

let linkSeq = 0;

export function withLink(plan: Plan, pred: string, succ: string, type: LinkType = 'FS', lagMinutes = 0, lagIsElapsed = false): Plan {
  const id = `L${String(++linkSeq).padStart(5, '0')}` as LinkId;
  const link: Link = { id, predecessorId: pred as TaskId, successorId: succ as TaskId, type, lagMinutes, lagIsElapsed };
  return { ...plan, links: { ...plan.links, [id]: link } };
}

/** Tasks named a, b, c ... each `days` long, chained FS. */
export function chain(plan: Plan, names: readonly string[], minutes = 480): Plan {
  let p = plan;
  names.forEach((n, i) => {
    p = withTask(p, n, { durationMinutes: minutes });
    const prev = names[i - 1];
    if (prev) p = withLink(p, prev, n);
  });
  return p;
}

export function row(result: ScheduleResult, name: string): TaskSchedule {
  const r = result.tasks.get(name as TaskId);
  if (!r) throw new Error(`no schedule for ${name}`);
  return r;
}

/** [start, finish] of a task, for compact expectations. */
export const dates = (result: ScheduleResult, name: string): [string, string] => [row(result, name).start, row(result, name).finish];
