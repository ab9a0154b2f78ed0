/**
 * Diff and merge bench (issue #16): the diff of two 10,000-task plans (500 tasks edited: renamed,
 * lengthened, deleted, added; scheduled dates compared too) and a three-way merge of 10,000-task
 * plans with 500 changes on each side (the merged plan goes through the import gate's checks;
 * it is scheduled once where it is used, which the last row adds). Goals: diff ≤ 300 ms, merge ≤ 500 ms.
 * The dated diff schedules both plans (the engine's time, shown for scale); in the app the open
 * plan's schedule is known, so it schedules only the other.
 */
import { loadavg } from 'node:os';
import { diffPlans, mergePlans } from '../renderer/domain/diff';
import type { Plan, Task, TaskId } from '../renderer/domain/model';
import { scheduleProject } from '../renderer/domain/schedule';
import { generatePlan } from '../test/support/generate-plan';
import { seededRandom } from '../test/support/random';
import { measure, ms, printTable } from './stats';

const load = (): string => loadavg().map((v) => v.toFixed(2)).join(' / ');
console.log(`load average before (1/5/15 min): ${load()}`);

/** `count` edits on leaves drawn from `seed`: 40 % renames, 40 % longer, 10 % deleted, 10 % new tasks. */
function edited(plan: Plan, count: number, seed: number, side: string): Plan {
  const rnd = seededRandom(seed);
  const leaves = Object.values(plan.tasks).filter((t) => t.kind === 'task');
  const tasks: Record<string, Task> = { ...plan.tasks };
  const removed = new Set<string>();
  for (let i = 0; i < count; i++) {
    const task = leaves[Math.floor(rnd() * leaves.length)];
    if (task === undefined || removed.has(task.id)) continue;
    const r = rnd();
    if (r < 0.4) tasks[task.id] = { ...task, name: `${task.name} (${side})` };
    else if (r < 0.8) tasks[task.id] = { ...task, durationMinutes: task.durationMinutes + 480 };
    else if (r < 0.9) {
      delete tasks[task.id];
      removed.add(task.id);
    } else {
      const id = `${side}-${String(i)}` as TaskId;
      tasks[id] = { ...task, id, name: `New ${String(i)}`, rank: `${task.rank}m` };
    }
  }
  const links = Object.fromEntries(Object.entries(plan.links).filter(([, l]) => !removed.has(l.predecessorId) && !removed.has(l.successorId)));
  const assignments = Object.fromEntries(Object.entries(plan.assignments).filter(([, a]) => !removed.has(a.taskId)));
  return { ...plan, tasks, links, assignments };
}

const base = generatePlan({ tasks: 10_000, seed: 16, assignmentsPerLeaf: 1 });
const ours = edited(base, 500, 1, 'ours');
const theirs = edited(base, 500, 2, 'theirs');
const rows: string[][] = [];
const row = (label: string, goal: string, fn: () => void): void => {
  const s = measure(fn, 9, 2);
  rows.push(['10,000', label, ms(s.median), ms(s.min), ms(s.max), goal]);
};
const diff = diffPlans(base, ours);
const merged = mergePlans(base, ours, theirs);
console.log(`diff: ${String(diff.changes.length)} changes, ${String(diff.dateChanges.length)} scheduled date changes; merge: ${String(merged.theirChanges.length)} of their changes applied, ${String(merged.conflicts.length)} conflicts`);
row('diff of two plans (500 tasks edited), with scheduled dates', '≤ 300', () => { diffPlans(base, ours); });
const baseSchedule = scheduleProject(base);
row('diff, the open plan\'s schedule known (as in the app)', '', () => { diffPlans(base, ours, { schedules: { a: baseSchedule } }); });
row('diff, edits only (no scheduling)', '', () => { diffPlans(base, ours, { withDates: false }); });
// For scale on a busy machine: one scheduling run of the same plan, which both goals include.
row('for scale: scheduling the plan once', '', () => { scheduleProject(base); });
row('three-way merge, 500 changes per side (incl. the import gate\'s checks)', '≤ 500', () => { mergePlans(base, ours, theirs); });
row('three-way merge, then one scheduling run of the merged plan (as applied in the app)', '', () => { scheduleProject(mergePlans(base, ours, theirs).plan); });
printTable(['tasks', 'case', 'median ms', 'min ms', 'max ms', 'goal ms'], rows);
console.log(`load average after (1/5/15 min): ${load()}`);
