/**
 * Scheduling engine bench: full schedule and incremental reschedule after one duration edit,
 * at 1,000 / 10,000 / 50,000 tasks. Targets (issue #3): 10k full <= 25 ms median, incremental
 * <= 5 ms, growth linear (per-task µs roughly flat).
 */
import type { Plan, Task } from '../renderer/domain/model';
import { createScheduler, scheduleProject } from '../renderer/domain/schedule';
import { generatePlan } from '../test/support/generate-plan';
import { measure, ms, printTable, type Sample } from './stats';

const SIZES = [1_000, 10_000, 50_000];

function leafTasks(plan: Plan): Task[] {
  const parents = new Set(Object.values(plan.tasks).map((t) => t.parentId));
  return Object.values(plan.tasks).filter((t) => !parents.has(t.id) && t.kind !== 'milestone');
}

function row(label: string, size: number, s: Sample): string[] {
  return [label, size.toLocaleString('en-US'), ms(s.median), ms(s.min), ms(s.max), ((s.median * 1000) / size).toFixed(2)];
}

const rows: string[][] = [];
for (const size of SIZES) {
  const plan = generatePlan({ tasks: size, seed: 42 });
  const runs = size >= 50_000 ? 5 : 9;
  rows.push(row('full schedule', size, measure(() => { scheduleProject(plan); }, runs, 2)));

  // One scheduler, alternating edits of one task's duration so every run sees a real change.
  const scheduler = createScheduler();
  scheduler.schedule(plan);
  const leaves = leafTasks(plan);
  let current = plan;
  let k = 0;
  const edited = (): Plan => {
    const target = leaves[(k++ * 7919) % leaves.length];
    if (!target) return current;
    // What immer produces: a new tasks record and a new object for the edited task only.
    // (Benches run from a temp bundle with packages external, so immer itself is not importable.)
    const task = current.tasks[target.id] ?? target;
    const durationMinutes = task.durationMinutes === 480 ? 960 : 480;
    current = { ...current, tasks: { ...current.tasks, [task.id]: { ...task, durationMinutes } } };
    return current;
  };
  // The edit itself (immer) is not the scheduler's cost: prepare plans outside the timing.
  const plans = Array.from({ length: runs + 3 }, edited);
  let i = 0;
  rows.push(row('incremental (1 duration edit)', size, measure(() => { scheduler.schedule(plans[i++ % plans.length] ?? plan); }, runs, 2)));
}
printTable(['case', 'tasks', 'median ms', 'min ms', 'max ms', 'µs/task'], rows);
