/** The text an inline editor starts with, for any grid (task table or Gantt): what the cell means, editable. */
import { formatDuration, formatPredecessor, fullOutline, priorityLevel, sameOutline, type Plan, type Task, type TaskId } from '../../domain/model';
import type { ScheduleResult } from '../../domain/schedule';
import type { Editor } from './columns';
import { ownPhaseValue } from './phase-cells';

export function editTextOf(editor: Editor, task: Task, plan: Plan, schedule: ScheduleResult | null): string {
  const scheduled = schedule?.tasks.get(task.id);
  switch (editor) {
    case 'name': return task.name;
    case 'duration': return formatDuration(task.durationMinutes, plan.project, task.durationIsElapsed);
    case 'start': return (scheduled?.start ?? task.start).slice(0, 10);
    case 'finish': return (scheduled?.finish ?? task.finish).slice(0, 10);
    case 'predecessors': return predecessorText(plan, task.id);
    case 'percent': return String(task.percentComplete);
    case 'deadline': return task.deadline?.slice(0, 10) ?? '';
    case 'actualStart': return task.actualStart?.slice(0, 10) ?? '';
    case 'actualFinish': return task.actualFinish?.slice(0, 10) ?? '';
    case 'phase': return ownPhaseValue(plan, task);
    case 'priority': return priorityLevel(task.priority);
    case 'status': return task.statusId;
    case 'assignees': return '';
    default: {
      const never: never = editor;
      return never;
    }
  }
}

/** '2FS+1d, 3' as the Predecessors column shows it, by row number (MS Project's ID). */
export function predecessorText(plan: Plan, taskId: TaskId): string {
  const numbers = new Map(fullOutline(plan.tasks).map((r, i) => [r.task.id as string, i + 1]));
  return Object.values(plan.links)
    .filter((l) => l.successorId === taskId && numbers.has(l.predecessorId))
    .map((l) => ({ row: numbers.get(l.predecessorId) ?? 0, link: l }))
    .sort((a, b) => a.row - b.row)
    .map(({ row, link }) => formatPredecessor(row, link, plan.project))
    .join(', ');
}

/** Every task's Predecessors text at once (one outline walk), for a grid that shows the column. */
export function predecessorTextByTask(plan: Plan): Map<string, string> {
  const numbers = new Map(fullOutline(plan.tasks).map((r, i) => [r.task.id as string, i + 1]));
  const lists = new Map<string, { row: number; text: string }[]>();
  for (const link of Object.values(plan.links)) {
    const row = numbers.get(link.predecessorId);
    if (row === undefined) continue;
    const list = lists.get(link.successorId) ?? [];
    list.push({ row, text: formatPredecessor(row, link, plan.project) });
    lists.set(link.successorId, list);
  }
  return new Map([...lists].map(([id, list]) => [id, list.sort((a, b) => a.row - b.row).map((p) => p.text).join(', ')]));
}

/**
 * predecessorTextByTask that keeps its last answer while the links, the project's day length
 * (for lags) and the outline (row numbers) are unchanged: a duration or name edit then costs one
 * identity pass over the tasks instead of an outline walk and a text per link. The Gantt called
 * the full version on every edit, ~60 ms of a 10,000-task edit's ~200 ms (bench -- gantt-peers).
 * A grid showing another plan than the open one takes one of its own, so the two do not evict
 * each other's answer.
 */
export function createPredecessorTexts(): (plan: Plan) => ReadonlyMap<string, string> {
  let kept: { tasks: Plan['tasks']; taskCount: number; links: Plan['links']; minutesPerDay: number; texts: Map<string, string> } | null = null;
  return (plan) => {
    // The day length, not the project object: every edit stamps the project's updatedAt.
    if (kept && kept.links === plan.links && kept.minutesPerDay === plan.project.minutesPerDay && sameOutline(kept.tasks, kept.taskCount, plan.tasks)) {
      kept.tasks = plan.tasks;
      return kept.texts;
    }
    kept = { tasks: plan.tasks, taskCount: Object.keys(plan.tasks).length, links: plan.links, minutesPerDay: plan.project.minutesPerDay, texts: predecessorTextByTask(plan) };
    return kept.texts;
  };
}

/**
 * The kept answer of the open plan, shared by the task table and the Gantt's grid: both show
 * the session's plan, so a view switch finds the texts the other view made instead of walking
 * the outline and formatting every link again (a third of a 10,000-task Tasks → Gantt, app bench).
 */
export const openPlanPredecessorTexts = createPredecessorTexts();
