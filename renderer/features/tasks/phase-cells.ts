/**
 * The task table's Phase column over the project's own phases (file version 4): the name of the
 * phase set on the task (a subtask that follows its summary shows none, as before phase objects),
 * the choices its editor offers, and what a choice changes. A plan without phase objects keeps
 * the five fixed lifecycle labels.
 */
import type { TaskChanges } from '../../domain/commands';
import {
  orderedPhases, phaseChoice, phaseOfTask, PHASES, type Plan, type Problem, type Task,
} from '../../domain/model';

const capital = (text: string): string => (text ? `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}` : '');

const hasPhaseObjects = (plan: Pick<Plan, 'phases'>): boolean => Object.keys(plan.phases).length > 0;

/** The current name of the phase set on the task itself; '' when it follows its summary or has none. */
export function taskPhaseName(plan: Pick<Plan, 'phases' | 'tasks'>, task: Task): string {
  if (!hasPhaseObjects(plan)) return capital(task.phase ?? '');
  const id = ownPhaseValue(plan, task);
  return plan.phases[id]?.name ?? '';
}

/** The editor's value for the task's own phase: a phase id (or fixed label); '' = follows its summary. */
export function ownPhaseValue(plan: Pick<Plan, 'phases' | 'tasks'>, task: Task): string {
  if (hasPhaseObjects(plan)) return phaseOfTask(plan, { ...task, parentId: null }) ?? '';
  return task.phase ?? '';
}

/** The editor's choices; for a subtask, '' reads "As its summary (Build)" as in Task Information. */
export function phaseChoices(plan: Pick<Plan, 'phases' | 'tasks'>, task: Task | undefined): { value: string; label: string }[] {
  if (!hasPhaseObjects(plan)) return [{ value: '', label: 'No phase' }, ...PHASES.map((p) => ({ value: p, label: capital(p) }))];
  const parent = task?.parentId ? plan.tasks[task.parentId] : undefined;
  const inheritedId = parent ? phaseOfTask(plan, parent) : null;
  const none = parent ? `As its summary (${(inheritedId === null ? undefined : plan.phases[inheritedId]?.name) ?? 'none'})` : 'No phase';
  return [{ value: '', label: none }, ...orderedPhases(plan.phases).map((p) => ({ value: p.id, label: p.name }))];
}

/** What choosing `value` changes (model/phases.ts phaseChoice, shared with the board's phase lanes). */
export function phaseChoiceChanges(plan: Pick<Plan, 'phases'>, value: string): TaskChanges | Problem {
  return phaseChoice(plan, value);
}
