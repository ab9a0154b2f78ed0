/**
 * Why a stored plan could not be scheduled, in words a person can act on. The engine throws only
 * on bugs or on input the importers should have refused (a task dated 1850 in a 2026 plan made
 * its calendar window a negative length); either way the app must say which project and, where
 * it can, which task, instead of going blank.
 */
import type { Plan, Problem } from '../domain/model';

/** Dates further than this from the project start are named as the likely cause. */
const SUSPECT_YEARS = 100;

interface DatedField {
  readonly label: string;
  readonly value: string | null;
}

function datedFields(task: Plan['tasks'][string]): DatedField[] {
  return [
    { label: 'start', value: task.start },
    { label: 'finish', value: task.finish },
    { label: 'constraint date', value: task.constraint.date },
    { label: 'deadline', value: task.deadline },
    { label: 'actual start', value: task.actualStart },
    { label: 'actual finish', value: task.actualFinish },
  ];
}

/** The first few task dates far from the project start: "Task 'Kick-off' start 1850-01-01". */
export function farDates(plan: Plan, limit = 3): string[] {
  const startYear = Number.parseInt(plan.project.start.slice(0, 4), 10);
  const found: string[] = [];
  for (const task of Object.values(plan.tasks)) {
    for (const { label, value } of datedFields(task)) {
      if (value === null) continue;
      const year = Number.parseInt(value.slice(0, 4), 10);
      if (Math.abs(year - startYear) > SUSPECT_YEARS) found.push(`Task “${task.name}” ${label} ${value.slice(0, 10)}`);
      if (found.length >= limit) return found;
    }
  }
  return found;
}

/** The problem to show for a plan the engine refused with `error`. */
export function scheduleProblem(plan: Plan, error: unknown): Problem {
  const reason = error instanceof Error ? error.message : String(error);
  const suspects = farDates(plan);
  if (suspects.length === 0) return { message: `The plan cannot be scheduled (${reason}).` };
  return {
    message: `The plan cannot be scheduled (${reason}): dates more than ${String(SUSPECT_YEARS)} years from the project start (${plan.project.start.slice(0, 10)}).`,
    where: suspects.join('; '),
  };
}
