/**
 * Scheduling engine bench: full schedule and incremental reschedule after one duration edit,
 * at 1,000 / 10,000 / 50,000 tasks. Targets (issue #3): 10k full <= 25 ms median, incremental
 * <= 5 ms, growth linear (per-task µs roughly flat). The machine's load average is printed
 * with the table: on a shared 2-core box a load above 2 inflates every number.
 */
import { loadavg } from 'node:os';
import { produce } from 'immer';
import type { Plan, Task } from '../renderer/domain/model';
import { createScheduler, scheduleProject } from '../renderer/domain/schedule';
import { generatePlan } from '../test/support/generate-plan';
import { measure, ms, printTable, type Sample } from './stats';

const SIZES = [1_000, 10_000, 50_000];

function leafTasks(plan: Plan): Task[] {
  const parents = new Set(Object.values(plan.tasks).map((t) => t.parentId));
  return Object.values(plan.tasks).filter((t) => !parents.has(t.id) && t.kind !== 'milestone');
}

function row(size: number, label: string, s: Sample): string[] {
  return [size.toLocaleString('en-US'), label, ms(s.median), ms(s.min), ms(s.max), ((s.median * 1000) / size).toFixed(2)];
}

/** Plans that each change one leaf's duration, made with immer as the app's commands do. */
function editedPlans(plan: Plan, count: number): Plan[] {
  const leaves = leafTasks(plan);
  const plans: Plan[] = [];
  let current = plan;
  for (let k = 0; k < count; k++) {
    const target = leaves[(k * 7919) % leaves.length];
    if (!target) break;
    current = produce(current, (draft) => {
      const task = draft.tasks[target.id];
      if (task) task.durationMinutes = task.durationMinutes === 480 ? 960 : 480;
    });
    plans.push(current);
  }
  return plans;
}

const load = (): string => loadavg().map((v) => v.toFixed(2)).join(' / ');
const rows: string[][] = [];
console.log(`load average before (1/5/15 min): ${load()}`);
for (const size of SIZES) {
  const plan = generatePlan({ tasks: size, seed: 42 });
  const runs = size >= 50_000 ? 7 : 15;
  rows.push(row(size, 'full schedule', measure(() => { scheduleProject(plan); }, runs, 2)));

  // One scheduler, alternating edits so every run sees a real change. The edits themselves
  // (immer) are prepared outside the timing: they are the command's cost, not the scheduler's.
  const scheduler = createScheduler();
  scheduler.schedule(plan);
  const plans = editedPlans(plan, runs + 3);
  let i = 0;
  rows.push(row(size, 'incremental (1 duration edit)', measure(() => { scheduler.schedule(plans[i++] ?? plan); }, runs, 2)));
}
printTable(['tasks', 'case', 'median ms', 'min ms', 'max ms', 'µs/task'], rows);
console.log(`load average after (1/5/15 min): ${load()}`);
