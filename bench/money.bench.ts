/**
 * Money bench (issue #13): cost roll-up, earned value at a status date and the S-curve for a
 * 10,000-task plan over about two years with one work assignment per leaf and a rate change for
 * every resource. Goals: EVM ≤ 50 ms, S-curve model ≤ 100 ms (its first render adds the chart's
 * own draw, measured in the browser bench), cost roll-up after a one-task edit ≤ 5 ms.
 * "after a one-task edit" changes one leaf's duration (immer, as a command does), reschedules
 * with the incremental scheduler outside the timing, and times createCostRoller's cost(): the
 * edited task and the tasks the reschedule moved are priced again, their summaries re-summed.
 */
import { loadavg } from 'node:os';
import { produce } from 'immer';
import type { Baseline, BaselineId, LocalDate, Plan } from '../renderer/domain/model';
import { baselineEntries, costPlan, createCostRoller, earnedValue, sCurve } from '../renderer/domain/money';
import { createScheduler, scheduleProject, type ScheduleResult } from '../renderer/domain/schedule';
import { compileCalendars } from '../renderer/domain/calendar';
import { pricedPlan } from './priced-plan';
import { measure, ms, printTable } from './stats';

const load = (): string => loadavg().map((v) => v.toFixed(2)).join(' / ');
console.log(`load average before (1/5/15 min): ${load()}`);

/** Plans each with one more leaf duration edit, and their incremental schedules. */
function editedSchedules(plan: Plan, count: number): { plan: Plan; schedule: ScheduleResult }[] {
  const parents = new Set(Object.values(plan.tasks).map((t) => t.parentId));
  const leaves = Object.values(plan.tasks).filter((t) => !parents.has(t.id) && t.kind === 'task');
  const scheduler = createScheduler();
  const out = [{ plan, schedule: scheduler.schedule(plan) }];
  let current = plan;
  for (let k = 0; k < count; k++) {
    const target = leaves[(k * 7919) % leaves.length];
    if (!target) break;
    const before = current;
    current = produce(current, (draft) => {
      const task = draft.tasks[target.id];
      if (task) task.durationMinutes = task.durationMinutes === 480 ? 960 : 480;
    });
    out.push({ plan: current, schedule: scheduler.schedule(current, undefined, { before, taskIds: [target.id], linkIds: [] }) });
  }
  return out;
}

const rows: string[][] = [];
for (const size of [1_000, 10_000]) {
  const plan = pricedPlan(size);
  const schedule = scheduleProject(plan);
  const cals = compileCalendars(plan);
  const costs = costPlan(plan, schedule, cals);
  const baseline: Baseline = { id: 'b' as BaselineId, number: 0, name: 'Baseline', savedAt: '', tasks: baselineEntries(schedule, costs) };
  const statusDate = '2026-09-30' as LocalDate;
  const sizeLabel = size.toLocaleString('en-US');
  const row = (label: string, fn: () => void): void => {
    const c0 = process.cpuUsage();
    const s = measure(fn, 15, 3);
    const cpu = process.cpuUsage(c0);
    rows.push([sizeLabel, label, ms(s.median), ms(s.min), ms(s.max), ms((cpu.user + cpu.system) / 1000 / 18)]);
  };
  row('cost roll-up (full)', () => { costPlan(plan, schedule, compileCalendars(plan)); });
  row('earned value at a status date (full: costs + EVM)', () => {
    const c = costPlan(plan, schedule, cals);
    earnedValue({ plan, schedule, costs: c, baseline, statusDate, calendars: cals });
  });
  // The Cost view prices with the roller, then measures: EVM alone on the costs handed in.
  row('earned value alone (costs handed in, as the Cost view)', () => {
    earnedValue({ plan, schedule, costs, baseline, statusDate, calendars: cals });
  });
  // The outline and assignment index are kept per tasks record; after an edit the first run builds them again.
  const copies = Array.from({ length: 18 }, () => ({ ...plan, tasks: { ...plan.tasks }, assignments: { ...plan.assignments } }));
  let copy = 0;
  row('earned value alone, first run on a new tasks record (outline built)', () => {
    const fresh = copies[copy++ % copies.length] ?? plan;
    earnedValue({ plan: fresh, schedule, costs, baseline, statusDate, calendars: cals });
  });
  row('S-curve model, month ends', () => { sCurve({ plan, schedule, costs, baseline, statusDate, calendars: cals }); });
  const edits = editedSchedules(plan, 20);
  const roller = createCostRoller();
  let k = 0;
  row('cost roll-up after a one-task edit (incremental)', () => {
    const next = edits[k++ % edits.length];
    if (next) roller.cost(next.plan, next.schedule, cals);
  });
}
printTable(['tasks', 'case', 'median ms', 'min ms', 'max ms', 'cpu ms per run (mean)'], rows);
console.log(`load average after (1/5/15 min): ${load()}`);
