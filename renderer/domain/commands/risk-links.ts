/** Keeps a risk's task links pointing at live tasks when tasks are deleted (deleteTasks). */
import type { TaskId } from '../model/ids';
import type { PlanDraft } from './command';

/**
 * Drops deleted tasks from the risk's mitigation tasks, activated tasks and its contingency
 * tasks' links; a contingency task that lost a link stays, still waiting outside the schedule.
 */
export function dropRiskLinks(risk: PlanDraft['risks'][string], doomed: ReadonlySet<TaskId>): void {
  const keep = (ids: readonly TaskId[]): TaskId[] => ids.filter((t) => !doomed.has(t));
  if (risk.mitigationTaskIds?.some((t) => doomed.has(t))) risk.mitigationTaskIds = keep(risk.mitigationTaskIds);
  if (risk.activatedTaskIds?.some((t) => doomed.has(t))) risk.activatedTaskIds = keep(risk.activatedTaskIds);
  for (const task of risk.contingencyTasks ?? []) {
    if (task.predecessorIds.some((t) => doomed.has(t))) task.predecessorIds = keep(task.predecessorIds);
    if (task.successorIds.some((t) => doomed.has(t))) task.successorIds = keep(task.successorIds);
  }
}
