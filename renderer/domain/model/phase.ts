/**
 * The phase a task belongs to: its own, else the nearest summary above it that has one. A phase
 * set on a summary applies to its subtasks unless they set their own, so a PM sets "Execution"
 * once on the phase row. Colour-by-phase, board swimlanes and filters by phase, and the CSV
 * export all read this rule, never `task.phase` alone.
 */
import type { Phase, Task } from './plan';

/** Deeper than any real outline; stops a corrupt parent loop from spinning. */
const MAX_DEPTH = 1000;

export function effectivePhase(tasks: Readonly<Record<string, Task>>, task: Task): Phase | null {
  let current: Task | undefined = task;
  for (let depth = 0; current !== undefined && depth < MAX_DEPTH; depth++) {
    if (current.phase !== null) return current.phase;
    current = current.parentId === null ? undefined : tasks[current.parentId];
  }
  return null;
}

/** The phase a subtask should store so that it shows `shown`: null when it would inherit exactly that. */
export function ownPhaseFor(tasks: Readonly<Record<string, Task>>, parentId: string | null, shown: Phase | null): Phase | null {
  const parent = parentId === null ? undefined : tasks[parentId];
  const inherited = parent === undefined ? null : effectivePhase(tasks, parent);
  return shown === inherited ? null : shown;
}
