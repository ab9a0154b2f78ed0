/**
 * The words under "The planned finish has a 0% chance": how many runs met it and why so few did,
 * naming the tasks the plan takes at their best case, and the date to commit to instead.
 */
import { shareText, type Plan, type SimulationSummary } from '../../domain/model';
import { tasksPlannedAtBestCase } from '../../domain/simulation';
import { formatDate } from '../shared/format';

/** Names listed before "and N more": a sentence, not a register. */
const NAMES_LISTED = 3;

/** "A", "A and B", "A, B and C", "A, B, C and 4 more tasks". */
function namesText(names: readonly string[]): string {
  const listed = names.slice(0, NAMES_LISTED).map((n) => `'${n}'`);
  const more = names.length - listed.length;
  if (more > 0) return `${listed.join(', ')} and ${more.toLocaleString()} more ${more === 1 ? 'task' : 'tasks'}`;
  return listed.length <= 1 ? listed.join('') : `${listed.slice(0, -1).join(', ')} and ${listed.at(-1) ?? ''}`;
}

/** Why the planned finish reads 0%, or null when the chance shown is more than that. */
export function plannedFinishNote(plan: Plan, summary: SimulationSummary): string | null {
  if (shareText(summary.plannedFinishChance) !== '0%') return null;
  const met = Math.round(summary.plannedFinishChance * summary.iterations);
  const runs = `${met === 0 ? 'None' : `Only ${met.toLocaleString()}`} of the ${summary.iterations.toLocaleString()} runs finished by the planned finish`;
  const commit = `The P80, ${formatDate(summary.finish.p80)}, is a date 8 runs in 10 meet.`;
  const tasks = tasksPlannedAtBestCase(plan, summary.criticality).map((t) => t.name);
  if (tasks.length === 0) return `${runs}: longer durations and risks on the critical path push the runs past it. ${commit}`;
  const isOne = tasks.length === 1;
  return `${runs}: the plan gives ${namesText(tasks)} ${isOne ? 'its' : 'their'} optimistic duration or less, so it is `
    + `${isOne ? 'its' : 'their'} best case, and any longer draw on the critical path moves the finish later. ${commit}`;
}
