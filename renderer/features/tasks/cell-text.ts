/** The text an inline editor starts with, for any grid (task table or Gantt): what the cell means, editable. */
import { formatDuration, formatPredecessor, fullOutline, outlineIndexOf, priorityLevel, sameOutline, type Link, type Plan, type Task, type TaskId } from '../../domain/model';
import type { ScheduleResult } from '../../domain/schedule';
import type { Editor } from './columns';
import { ownPhaseValue } from './phase-cells';

export function editTextOf(editor: Editor, task: Task, plan: Plan, schedule: ScheduleResult | null): string {
  const scheduled = schedule?.tasks.get(task.id);
  switch (editor) {
    case 'name': return task.name;
    // A summary's duration is its subtasks' span, as the cell shows it: its stored duration is the
    // one it had before it had subtasks (the engine ignores it).
    case 'duration': return task.kind === 'summary' && scheduled
      ? formatDuration(scheduled.durationMinutes, plan.project)
      : formatDuration(task.durationMinutes, plan.project, task.durationIsElapsed);
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
  const positions = outlineIndexOf(fullOutline(plan.tasks));
  return Object.values(plan.links)
    .filter((l) => l.successorId === taskId && positions.has(l.predecessorId))
    .map((l) => ({ row: (positions.get(l.predecessorId) ?? 0) + 1, link: l }))
    .sort((a, b) => a.row - b.row)
    .map(({ row, link }) => formatPredecessor(row, link, plan.project))
    .join(', ');
}

/** A task's Predecessors text by its id ('' is never stored: a task without predecessors has none). */
export interface PredecessorTexts {
  get(taskId: string): string | undefined;
}

/**
 * Every task's Predecessors text, each formatted the first time it is asked for. The Gantt's grid
 * shows a few dozen rows of a 10,000-task plan: formatting every link up front was ~35 ms of its
 * first render (bench -- gantt-peers, outlined 10,000, profiled), for texts nobody saw.
 */
export function predecessorTextByTask(plan: Plan): PredecessorTexts {
  // Row numbers are outline positions + 1: the map is the one the Gantt finds its rows by.
  let index: { positions: ReadonlyMap<string, number>; incoming: Map<string, Link[]> } | null = null;
  const texts = new Map<string, string | undefined>();
  const build = (): NonNullable<typeof index> => {
    const positions = outlineIndexOf(fullOutline(plan.tasks));
    const incoming = new Map<string, Link[]>();
    for (const link of Object.values(plan.links)) {
      if (!positions.has(link.predecessorId)) continue;
      const list = incoming.get(link.successorId);
      if (list) list.push(link);
      else incoming.set(link.successorId, [link]);
    }
    return { positions, incoming };
  };
  return {
    get(taskId) {
      if (texts.has(taskId)) return texts.get(taskId);
      index ??= build();
      const { positions, incoming } = index;
      const links = incoming.get(taskId);
      const text = links?.map((link) => ({ row: (positions.get(link.predecessorId) ?? 0) + 1, link }))
        .sort((a, b) => a.row - b.row)
        .map(({ row, link }) => formatPredecessor(row, link, plan.project))
        .join(', ');
      texts.set(taskId, text);
      return text;
    },
  };
}

/**
 * predecessorTextByTask that keeps its last answer while the links, the project's day length
 * (for lags) and the outline (row numbers) are unchanged: a duration or name edit then costs one
 * identity pass over the tasks instead of an outline walk and a text per link. The Gantt called
 * the full version on every edit, ~60 ms of a 10,000-task edit's ~200 ms (bench -- gantt-peers).
 * A grid showing another plan than the open one takes one of its own, so the two do not evict
 * each other's answer.
 */
export function createPredecessorTexts(): (plan: Plan) => PredecessorTexts {
  let kept: { tasks: Plan['tasks']; taskCount: number; links: Plan['links']; minutesPerDay: number; texts: PredecessorTexts } | null = null;
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
