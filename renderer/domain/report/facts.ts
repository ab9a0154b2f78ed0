/**
 * The figures a report is built from, computed once per report: the schedule at the status date,
 * the baseline, slips in working days on the project calendar, milestones, leaf work and earned
 * value. Money figures are the money domain's (costPlan + earnedValue), never recomputed here.
 */
import { compileCalendars, parseWall, type WorkingCalendar } from '../calendar';
import {
  dateOf, effectivePhase, outlineRows, type Baseline, type OutlineRow, type LocalDate, type LocalDateTime, type Plan, type StatusReport, type Task,
} from '../model';
import { costPlan, earnedValue, type EarnedValueFigures } from '../money';
import { scheduleProject, type ScheduleResult, type TaskSchedule } from '../schedule';
import type { MilestoneLine, WorkLine } from './types';

export interface TaskFact {
  readonly task: Task;
  readonly row: TaskSchedule;
  readonly wbs: string;
  readonly start: LocalDate;
  readonly finish: LocalDate;
  /** Baseline finish as stored (a date-time), for slips; null when not baselined. */
  readonly baselineFinish: LocalDateTime | null;
  readonly slipDays: number | null;
  readonly isDone: boolean;
}

export interface ReportFacts {
  readonly schedule: ScheduleResult;
  readonly baseline: Baseline | null;
  readonly calendar: WorkingCalendar;
  /** Outline order. */
  readonly tasks: readonly TaskFact[];
  readonly projectFinish: LocalDate;
  readonly baselineFinish: LocalDate | null;
  readonly finishSlipDays: number | null;
  readonly percentComplete: number;
  readonly evm: EarnedValueFigures | null;
  readonly previous: StatusReport | null;
}

/** Working days from a to b on the project calendar, to a tenth (positive when b is later). */
export function slipBetween(calendar: WorkingCalendar, minutesPerDay: number, a: LocalDateTime | LocalDate, b: LocalDateTime | LocalDate): number {
  return Math.round((calendar.workingBetween(parseWall(a), parseWall(b)) / minutesPerDay) * 10) / 10;
}

/**
 * The outline in display order, built once per tasks record: ordering 10,000 tasks by rank was a
 * fifth of a report's time, and a report is built again for every status date, audience and
 * narrative keystroke on the same plan. Plans are immutable values (see money/task-tree.ts).
 */
const outlines = new WeakMap<Plan['tasks'], readonly OutlineRow[]>();
function outlineOf(tasks: Plan['tasks']): readonly OutlineRow[] {
  let rows = outlines.get(tasks);
  if (!rows) {
    rows = outlineRows(tasks);
    outlines.set(tasks, rows);
  }
  return rows;
}

export function gatherFacts(plan: Plan, statusDate: LocalDate, baseline: Baseline | null, previous: StatusReport | null, known?: ScheduleResult): ReportFacts {
  const schedule = known ?? scheduleProject(plan, { statusDate });
  const calendars = compileCalendars(plan);
  const calendar = calendars.project;
  const perDay = plan.project.minutesPerDay;
  const tasks: TaskFact[] = [];
  let baselineFinish: LocalDateTime | null = null;
  for (const { task, wbs } of outlineOf(plan.tasks)) {
    const row = schedule.tasks.get(task.id);
    if (!row) continue;
    const entry = baseline?.tasks[task.id];
    if (entry && (baselineFinish === null || entry.finish > baselineFinish)) baselineFinish = entry.finish;
    tasks.push({
      task, row, wbs, start: dateOf(row.start), finish: dateOf(row.finish), baselineFinish: entry?.finish ?? null,
      slipDays: entry ? slipBetween(calendar, perDay, entry.finish, row.finish) : null, isDone: row.percentComplete >= 100,
    });
  }
  return {
    schedule, baseline, calendar, tasks, previous,
    projectFinish: dateOf(schedule.projectFinish),
    baselineFinish: baselineFinish === null ? null : dateOf(baselineFinish),
    finishSlipDays: baselineFinish === null ? null : slipBetween(calendar, perDay, baselineFinish, schedule.projectFinish),
    percentComplete: projectPercent(tasks),
    evm: moneyFigures(plan, schedule, baseline, statusDate, calendars),
  };
}

/** Leaf % complete weighted by duration (milestones count as one minute so a plan of milestones still moves). */
function projectPercent(tasks: readonly TaskFact[]): number {
  let weight = 0;
  let done = 0;
  for (const f of tasks) {
    if (f.row.isSummary) continue;
    const w = Math.max(1, f.row.durationMinutes);
    weight += w;
    done += (w * f.row.percentComplete) / 100;
  }
  return weight === 0 ? 0 : Math.round((done / weight) * 1000) / 10;
}

/** Earned value at the status date, or null when the plan carries no money at all. */
function moneyFigures(plan: Plan, schedule: ScheduleResult, baseline: Baseline | null, statusDate: LocalDate, calendars: ReturnType<typeof compileCalendars>): EarnedValueFigures | null {
  const costs = costPlan(plan, schedule, calendars);
  const evm = earnedValue({ plan, schedule, costs, baseline, statusDate, calendars });
  return costs.project.cost > 0 || evm.project.bac > 0 ? evm.project : null;
}

export function milestoneLine(f: TaskFact, withWbs: boolean): MilestoneLine {
  return {
    taskId: f.task.id, name: f.task.name, ...(withWbs ? { wbs: f.wbs } : {}), finish: doneDate(f), isDone: f.isDone,
    baselineFinish: f.baselineFinish === null ? null : dateOf(f.baselineFinish), slipDays: f.slipDays,
  };
}

export function workLine(f: TaskFact, withWbs: boolean): WorkLine {
  return { taskId: f.task.id, name: f.task.name, ...(withWbs ? { wbs: f.wbs } : {}), start: f.start, finish: doneDate(f), percentComplete: f.row.percentComplete };
}

/** When a finished task finished: its actual finish when recorded, else its scheduled finish. */
export function doneDate(f: TaskFact): LocalDate {
  return f.isDone && f.task.actualFinish !== null ? dateOf(f.task.actualFinish) : f.finish;
}

/** % complete per phase (the task's own or inherited), else per top-level summary; empty when neither exists. */
export function phaseProgress(plan: Plan, tasks: readonly TaskFact[]): { phase: string; percentComplete: number }[] {
  const groups = new Map<string, { weight: number; done: number }>();
  for (const f of tasks) {
    if (f.row.isSummary) continue;
    const phase = effectivePhase(plan.tasks, f.task);
    if (phase === null) continue;
    const g = groups.get(phase) ?? { weight: 0, done: 0 };
    const w = Math.max(1, f.row.durationMinutes);
    g.weight += w;
    g.done += (w * f.row.percentComplete) / 100;
    groups.set(phase, g);
  }
  if (groups.size > 0) {
    return [...groups].map(([phase, g]) => ({ phase: phase.charAt(0).toUpperCase() + phase.slice(1), percentComplete: Math.round((g.done / g.weight) * 1000) / 10 }));
  }
  return tasks.filter((f) => f.task.parentId === null && f.row.isSummary)
    .map((f) => ({ phase: f.task.name, percentComplete: Math.round(f.row.percentComplete * 10) / 10 }));
}
