/**
 * Random priced plans with progress, for the money equivalence tests: generatePlan's outline and
 * links, then from a separate seeded stream rates that change mid-plan, costs per use, material
 * and cost resources, fixed costs of every accrual (on summaries too), progress up to the status
 * date with typed actual work and costs, physical % complete, task calendars and elapsed
 * durations, a baseline saved before some tasks slipped (with entries missing), tasks the
 * schedule has no row for, and a parent that is not in the plan. The same seed gives the same case.
 */
import { compileCalendars } from '../../renderer/domain/calendar';
import {
  fromWallMinutes, toWallMinutes, type Assignment, type AssignmentId, type Baseline, type BaselineId, type LocalDate,
  type LocalDateTime, type Plan, type Resource, type ResourceId, type Task, type TaskId,
} from '../../renderer/domain/model';
import { baselineEntries, costPlan } from '../../renderer/domain/money';
import { scheduleProject, type ScheduleResult, type TaskSchedule } from '../../renderer/domain/schedule';
import { generatePlan } from './generate-plan';
import { seededRandom } from './random';

export interface MoneyCase {
  readonly plan: Plan;
  readonly schedule: ScheduleResult;
  readonly baseline: Baseline | null;
  readonly statusDate: LocalDate;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

function priceResources(plan: Plan, rnd: () => number): Record<string, Resource> {
  const out: Record<string, Resource> = {};
  for (const r of Object.values(plan.resources)) {
    const changes = rnd() < 0.6 ? [
      { from: '2026-03-02T00:00' as LocalDateTime, costPerHour: 90 + Math.round(rnd() * 40), overtimeCostPerHour: 0, costPerUse: rnd() < 0.3 ? 25 : 0 },
      ...(rnd() < 0.4 ? [{ from: '2026-07-01T12:00' as LocalDateTime, costPerHour: 110 + rnd() * 50, overtimeCostPerHour: 0, costPerUse: 0 }] : []),
    ] : [];
    out[r.id] = { ...r, costPerHour: 60 + Math.round(rnd() * 60) + (rnd() < 0.3 ? 0.37 : 0), costPerUse: rnd() < 0.2 ? 40 : 0, ...(changes.length > 0 ? { rateChanges: changes } : {}) };
  }
  const base = Object.values(plan.resources)[0];
  if (base) {
    out['servers'] = { ...base, id: 'servers' as ResourceId, name: 'Servers', type: 'material', costPerHour: 1200, costPerUse: 50, calendarId: null };
    out['licences'] = { ...base, id: 'licences' as ResourceId, name: 'Licences', type: 'cost', costPerHour: 0, costPerUse: 0, calendarId: null };
  }
  return out;
}

function moreAssignments(plan: Plan, rnd: () => number): Record<string, Assignment> {
  const out: Record<string, Assignment> = {};
  for (const a of Object.values(plan.assignments)) {
    const r = rnd();
    out[a.id] = r < 0.1 ? { ...a, workMinutes: 60 * Math.ceil(rnd() * 60) } : r < 0.15 ? { ...a, actualWorkMinutes: 60 * Math.ceil(rnd() * 20) } : r < 0.2 ? { ...a, actualCost: Math.round(rnd() * 5000) } : a;
  }
  let k = 0;
  for (const task of Object.values(plan.tasks)) {
    if (task.kind !== 'task') continue;
    const r = rnd();
    if (r < 0.05) out[`m${String(++k)}`] = { id: `m${String(k)}` as AssignmentId, taskId: task.id, resourceId: 'servers' as ResourceId, units: Math.ceil(rnd() * 4), workMinutes: null };
    else if (r < 0.1) out[`m${String(++k)}`] = { id: `m${String(k)}` as AssignmentId, taskId: task.id, resourceId: 'licences' as ResourceId, units: 1, workMinutes: null, costAmount: Math.round(rnd() * 3000) };
  }
  return out;
}

/** Money fields and progress on tasks, by where each task sits against the status date. */
function progress(plan: Plan, schedule: ScheduleResult, statusAt: number, rnd: () => number): Record<string, Task> {
  const out: Record<string, Task> = {};
  const accruals = ['start', 'prorated', 'end'] as const;
  for (const task of Object.values(plan.tasks)) {
    const row = schedule.tasks.get(task.id);
    const t: Writable<Task> = { ...task };
    if (rnd() < 0.15) {
      t.fixedCost = Math.round(rnd() * 8000) + (rnd() < 0.5 ? 0.5 : 0);
      t.fixedCostAccrual = accruals[Math.floor(rnd() * 3)] ?? 'prorated';
    }
    if (row && !row.isSummary) {
      const start = toWallMinutes(row.start);
      const finish = toWallMinutes(row.finish);
      if (finish <= statusAt && rnd() < 0.9) {
        t.percentComplete = 100;
        t.actualStart = row.start;
        t.actualFinish = row.finish;
      } else if (start <= statusAt && rnd() < 0.9) {
        t.percentComplete = Math.round(rnd() * 95);
        t.actualStart = rnd() < 0.8 ? row.start : fromWallMinutes(start + 60 * 24);
      }
      const r = rnd();
      if (r < 0.08) t.actualCost = Math.round(rnd() * 9000);
      else if (r < 0.14) t.actualWorkMinutes = 60 * Math.ceil(rnd() * 40);
      if (rnd() < 0.1) {
        t.earnedValueMethod = 'physical';
        t.physicalPercentComplete = Math.round(rnd() * 100);
      }
      if (rnd() < 0.03) t.durationIsElapsed = true;
      else if (rnd() < 0.05) t.calendarId = 'cal-vacation' as Task['calendarId'];
    }
    out[task.id] = t;
  }
  return out;
}

/** A baseline of the plan before every 7th leaf grew by two days; a few entries dropped, a few moved. */
function savedBaseline(plan: Plan, rnd: () => number): Baseline {
  const schedule = scheduleProject(plan);
  const entries = baselineEntries(schedule, costPlan(plan, schedule, compileCalendars(plan)));
  for (const id of Object.keys(entries)) {
    const r = rnd();
    if (r < 0.04) delete entries[id];
    else if (r < 0.08) {
      const e = entries[id];
      if (e) entries[id] = { ...e, start: fromWallMinutes(toWallMinutes(e.start) - 2 * 1440), cost: e.cost * 1.1 };
    }
  }
  return { id: 'b1' as BaselineId, number: 1, name: 'Baseline 1', savedAt: '2026-01-02T09:00:00.000Z', tasks: entries };
}

function slipped(plan: Plan): Plan {
  let leaf = 0;
  const tasks = Object.fromEntries(Object.values(plan.tasks).map((t) => [t.id, t.kind === 'task' && ++leaf % 7 === 0 ? { ...t, durationMinutes: t.durationMinutes + 960 } : t]));
  return { ...plan, tasks };
}

/** The schedule without some rows: tasks the engine did not place (a summary among them). */
function withoutRows(schedule: ScheduleResult, rnd: () => number): ScheduleResult {
  const rows = new Map<TaskId, TaskSchedule>();
  let droppedSummary = false;
  for (const [id, row] of schedule.tasks) {
    const drop = rnd() < 0.01 || (!droppedSummary && row.isSummary && rnd() < 0.05);
    if (drop && row.isSummary) droppedSummary = true;
    if (!drop) rows.set(id, row);
  }
  return { ...schedule, tasks: rows };
}

export function moneyCase(seed: number, size: number): MoneyCase {
  const rnd = seededRandom(seed * 7 + 3);
  const generated = generatePlan({ tasks: size, seed, assignmentsPerLeaf: 1 + (seed % 2) });
  const priced: Plan = { ...generated, resources: priceResources(generated, rnd), assignments: moreAssignments(generated, rnd) };
  const baseline = rnd() < 0.9 ? savedBaseline(priced, rnd) : null;
  const later = slipped(priced);
  const statusAt = toWallMinutes('2026-01-05T00:00' as LocalDateTime) + Math.floor(rnd() * 400) * 1440;
  const statusDate = fromWallMinutes(statusAt).slice(0, 10) as LocalDate;
  const tasks = progress(later, scheduleProject(later), statusAt + 1440, rnd);
  // A task whose parent is not in the plan counts as top-level.
  const orphan = Object.values(tasks).find((t) => t.kind === 'task' && t.parentId !== null);
  if (orphan && rnd() < 0.5) tasks[orphan.id] = { ...orphan, parentId: 'gone' as TaskId };
  const plan: Plan = { ...later, tasks, baselines: baseline ? { [baseline.id]: baseline } : {}, project: { ...later.project, statusDate } };
  return { plan, schedule: withoutRows(scheduleProject(plan), rnd), baseline, statusDate };
}
