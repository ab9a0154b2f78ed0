/**
 * Plan -> MSPDI (Microsoft Project XML), readable by MS Project 2007+, ProjectLibre, MPXJ and
 * GNOME Planner. Elements follow the XSD sequence: Project header (SaveVersion, Name, Title,
 * Manager, CreationDate, LastSaved, ScheduleFromStart, StartDate, FinishDate, CurrencyCode,
 * CalendarUID, DefaultStartTime, DefaultFinishTime, MinutesPerDay, MinutesPerWeek, DaysPerMonth,
 * StatusDate), then Calendars, Tasks, Resources, Assignments. The project's description is the
 * Notes of a project summary task (UID 0, ID 0, OutlineLevel 0), written only when there is one
 * or a budget (which MS Project keeps as a budget resource assigned to that task, mspdi-budget):
 * the Project element has no notes or comments field in the XSD (mspdi_pj12.xsd); MS Project and
 * ProjectLibre keep the project's own notes on that task, the import reads them from there, and
 * GNOME Planner reads tasks from outline level 1 only. Money (Cost, FixedCost, actuals, BCWS/BCWP/ACWP,
 * Rates, assignment costs) comes from the money domain, see mspdi-costs. Task UIDs and IDs are the author's
 * when the plan came from MSPDI (see mspdi-task-numbers), else 1..n in outline order; durations are PT#H#M#S; dates YYYY-MM-DDTHH:MM:SS; LinkLag in tenths of a minute.
 */
import type { Plan, Resource, Task } from '../../model/plan';
import { ZERO_COST } from '../../money';
import { scheduleProject } from '../../schedule/scheduler';
import type { ScheduleResult } from '../../schedule/types';
import { ACCRUAL_CODE, hundredths, moneyFigures, rateRows, type MoneyFigures } from './mspdi-costs';
import { DEFAULT_DAYS_PER_MONTH } from '../../model/duration';
import { outlineRows } from '../../model/outline';
import { compareLocal, type LocalDateTime } from '../../model/time';
import { planWithScheduledDates, type KnownSchedule } from '../../schedule/scheduled-plan';
import { XmlWriter } from '../xml/xml-writer';
import { taskNumbers } from './mspdi-task-numbers';
import { writeCalendar } from './mspdi-calendar-writer';
import { PROJECT_SUMMARY_UID, writeBudgetAssignment, writeBudgetResource } from './mspdi-budget';
import { splitSegmentsByTask, writeSplitWork, writeUnassignedSplits } from './mspdi-split-writer';
import {
  CONSTRAINT_BY_CODE, LINK_CODE, MSPDI_NAMESPACE, RESOURCE_CODE, formatMspdiDate, formatMspdiDuration, isElapsedFormat,
} from './mspdi-codes';

export interface MspdiExportOptions {
  /** ISO timestamp written as LastSaved (injected clock). */
  readonly now: string;
  /** The engine's schedule of this plan, when the caller has it; otherwise the plan is scheduled here. */
  readonly schedule?: KnownSchedule;
}

interface Uids {
  readonly task: ReadonlyMap<string, number>;
  readonly taskId: ReadonlyMap<string, number>;
  readonly calendar: ReadonlyMap<string, number>;
  readonly resource: ReadonlyMap<string, number>;
}

/** Writes the whole plan as an MSPDI document. */
export function exportMspdi(stored: Plan, options: MspdiExportOptions): string {
  const schedule = isFullSchedule(options.schedule) ? options.schedule : scheduleProject(stored);
  const plan = planWithScheduledDates(stored, schedule);
  const money = moneyFigures(stored, schedule);
  const rows = outlineRows(plan.tasks);
  const calendars = Object.values(plan.calendars).sort((a, b) => (a.id === plan.project.calendarId ? -1 : b.id === plan.project.calendarId ? 1 : 0));
  const numbers = taskNumbers(rows);
  const uids: Uids = {
    task: numbers.uid,
    taskId: numbers.id,
    calendar: new Map(calendars.map((c, i) => [c.id, i + 1])),
    resource: new Map(Object.keys(plan.resources).map((id, i) => [id, i + 1])),
  };
  const w = new XmlWriter();
  w.open('Project', { xmlns: MSPDI_NAMESPACE });
  const finish = rows.reduce((max, { task }) => (compareLocal(task.finish, max) > 0 ? task.finish : max), plan.project.start);
  writeHeader(w, plan, uids, options, finish);
  w.open('Calendars');
  for (const c of calendars) writeCalendar(w, c, uids.calendar.get(c.id) ?? 0, c.baseCalendarId === null ? null : uids.calendar.get(c.baseCalendarId) ?? null);
  w.close('Calendars').open('Tasks');
  writeProjectSummary(w, plan, finish);
  const predecessors = groupLinks(plan);
  rows.forEach((row, i) => writeTask(w, plan, row.task, { index: i + 1, level: row.depth + 1, wbs: row.wbs, isSummary: row.hasChildren }, uids, predecessors, money));
  w.close('Tasks');
  // The budget resource comes after the people, so their UIDs are the same with a budget or without.
  const budgetResourceUid = plan.project.budget === undefined ? null : uids.resource.size + 1;
  writeResources(w, plan, uids, budgetResourceUid);
  writeAssignments(w, plan, uids, money, budgetResourceUid);
  w.close('Project');
  return w.toString();
}

function writeHeader(w: XmlWriter, plan: Plan, uids: Uids, options: MspdiExportOptions, finish: LocalDateTime): void {
  const p = plan.project;
  const saved = options.now.slice(0, 19);
  w.leaf('SaveVersion', 14).leaf('Name', p.name).leaf('Title', p.name).leaf('Manager', p.manager || undefined);
  w.leaf('CreationDate', p.createdAt.slice(0, 19)).leaf('LastSaved', saved).leaf('ScheduleFromStart', 1);
  w.leaf('StartDate', formatMspdiDate(p.start)).leaf('FinishDate', formatMspdiDate(finish)).leaf('CurrencyCode', p.currency);
  w.leaf('CalendarUID', uids.calendar.get(p.calendarId) ?? 1);
  w.leaf('DefaultStartTime', `${p.defaultStartTime}:00`).leaf('DefaultFinishTime', `${p.defaultFinishTime}:00`);
  w.leaf('MinutesPerDay', p.minutesPerDay).leaf('MinutesPerWeek', p.minutesPerWeek).leaf('DaysPerMonth', p.daysPerMonth ?? DEFAULT_DAYS_PER_MONTH);
  // Plotline's status date stands for the end of that day (calendar/civil.ts statusInstant);
  // MS Project stores a status date picked in Project Information at the default finish time
  // (<StatusDate>2026-03-04T17:00:00</StatusDate>). Midnight would read as the day before's end.
  w.leaf('StatusDate', p.statusDate === null ? undefined : `${p.statusDate}T${p.defaultFinishTime}:00`);
}

/**
 * The project summary task, carrying the description as its Notes (line breaks as they are; the
 * writer escapes & < >). Its dates span the plan as the header's do; MS Project recomputes the rest.
 */
function writeProjectSummary(w: XmlWriter, plan: Plan, finish: LocalDateTime): void {
  const p = plan.project;
  if (p.description.trim() === '' && p.budget === undefined) return;
  w.open('Task').leaf('UID', PROJECT_SUMMARY_UID).leaf('ID', 0).leaf('Name', p.name).leaf('IsNull', 0).leaf('WBS', 0).leaf('OutlineNumber', 0).leaf('OutlineLevel', 0);
  w.leaf('Start', formatMspdiDate(p.start)).leaf('Finish', formatMspdiDate(finish)).leaf('Milestone', 0).leaf('Summary', 1);
  w.leaf('Notes', p.description.trim() === '' ? undefined : p.description).close('Task');
}

function groupLinks(plan: Plan): Map<string, Plan['links'][string][]> {
  const out = new Map<string, Plan['links'][string][]>();
  for (const link of Object.values(plan.links)) {
    const list = out.get(link.successorId);
    if (list) list.push(link);
    else out.set(link.successorId, [link]);
  }
  return out;
}

function isFullSchedule(schedule: KnownSchedule | undefined): schedule is ScheduleResult {
  return schedule !== undefined && 'projectStart' in schedule;
}

function assignmentWork(plan: Plan, a: Plan['assignments'][string]): number {
  return a.workMinutes ?? Math.round((plan.tasks[a.taskId]?.durationMinutes ?? 0) * a.units);
}

interface RowInfo { readonly index: number; readonly level: number; readonly wbs: string; readonly isSummary: boolean }

function writeTask(
  w: XmlWriter, plan: Plan, t: Task, row: RowInfo, uids: Uids, predecessors: ReadonlyMap<string, Plan['links'][string][]>,
  money: MoneyFigures,
): void {
  const format = durationFormat(t);
  const constraintCode = CONSTRAINT_BY_CODE.indexOf(t.constraint.type);
  w.open('Task').leaf('UID', uids.task.get(t.id) ?? row.index).leaf('ID', uids.taskId.get(t.id) ?? row.index).leaf('Name', t.name).leaf('Manual', t.schedulingMode === 'manual' ? 1 : 0);
  w.leaf('IsNull', 0).leaf('WBS', row.wbs).leaf('OutlineNumber', row.wbs).leaf('OutlineLevel', row.level).leaf('Priority', Math.round(t.priority));
  w.leaf('Start', formatMspdiDate(t.start)).leaf('Finish', formatMspdiDate(t.finish));
  const cost = money.costs.tasks.get(t.id) ?? ZERO_COST;
  w.leaf('Duration', formatMspdiDuration(t.durationMinutes)).leaf('DurationFormat', format).leaf('Work', formatMspdiDuration(Math.round(cost.workMinutes)));
  w.leaf('Milestone', t.kind === 'milestone' ? 1 : 0).leaf('Summary', row.isSummary ? 1 : 0);
  w.leaf('FixedCost', hundredths(t.fixedCost ?? 0)).leaf('FixedCostAccrual', ACCRUAL_CODE[t.fixedCostAccrual ?? 'prorated']);
  w.leaf('PercentComplete', Math.round(t.percentComplete)).leaf('Cost', hundredths(cost.cost));
  w.leaf('ActualStart', t.actualStart === null ? undefined : formatMspdiDate(t.actualStart));
  w.leaf('ActualFinish', t.actualFinish === null ? undefined : formatMspdiDate(t.actualFinish));
  w.leaf('ActualCost', hundredths(cost.actualCost)).leaf('ActualWork', formatMspdiDuration(Math.round(cost.actualWorkMinutes)));
  w.leaf('RemainingCost', hundredths(cost.remainingCost)).leaf('RemainingWork', formatMspdiDuration(Math.round(cost.remainingWorkMinutes)));
  const earned = money.earned?.tasks.get(t.id);
  w.leaf('ACWP', earned ? hundredths(earned.ac) : undefined);
  w.leaf('ConstraintType', constraintCode < 0 ? 0 : constraintCode);
  w.leaf('CalendarUID', t.calendarId === null ? -1 : uids.calendar.get(t.calendarId) ?? -1);
  w.leaf('ConstraintDate', t.constraint.date === null ? undefined : formatMspdiDate(t.constraint.date));
  w.leaf('Deadline', t.deadline === null ? undefined : formatMspdiDate(t.deadline));
  if (t.levelingDelayMinutes !== undefined && t.levelingDelayMinutes > 0) w.leaf('LevelingDelay', t.levelingDelayMinutes * 10).leaf('LevelingDelayFormat', 7);
  w.leaf('Notes', t.notes || undefined);
  w.leaf('BCWS', earned ? hundredths(earned.pv) : undefined).leaf('BCWP', earned ? hundredths(earned.ev) : undefined);
  w.leaf('PhysicalPercentComplete', t.physicalPercentComplete).leaf('EarnedValueMethod', t.earnedValueMethod === 'physical' ? 1 : 0);
  for (const link of predecessors.get(t.id) ?? []) {
    w.open('PredecessorLink').leaf('PredecessorUID', uids.task.get(link.predecessorId) ?? 0).leaf('Type', LINK_CODE[link.type]);
    w.leaf('CrossProject', 0).leaf('LinkLag', Math.round(link.lagMinutes * 10)).leaf('LagFormat', link.lagIsElapsed ? 8 : 7).close('PredecessorLink');
  }
  for (const baseline of Object.values(plan.baselines).sort((a, b) => a.number - b.number)) {
    const b = baseline.tasks[t.id];
    if (b === undefined) continue;
    w.open('Baseline').leaf('Number', baseline.number).leaf('Start', formatMspdiDate(b.start)).leaf('Finish', formatMspdiDate(b.finish));
    w.leaf('Duration', formatMspdiDuration(b.durationMinutes)).leaf('Work', formatMspdiDuration(b.workMinutes)).leaf('Cost', hundredths(b.cost)).close('Baseline');
  }
  w.close('Task');
}

function writeResources(w: XmlWriter, plan: Plan, uids: Uids, budgetResourceUid: number | null): void {
  w.open('Resources');
  for (const r of Object.values(plan.resources)) {
    const uid = uids.resource.get(r.id) ?? 0;
    w.open('Resource').leaf('UID', uid).leaf('ID', uid).leaf('Name', r.name).leaf('Type', RESOURCE_CODE[r.type]).leaf('IsNull', 0);
    w.leaf('Initials', r.initials || undefined).leaf('Group', r.role || undefined).leaf('EmailAddress', r.email || undefined);
    w.leaf('MaxUnits', r.maxUnits).leaf('StandardRate', r.costPerHour).leaf('StandardRateFormat', 2);
    w.leaf('OvertimeRate', r.overtimeCostPerHour).leaf('OvertimeRateFormat', 2).leaf('CostPerUse', hundredths(r.costPerUse));
    w.leaf('CalendarUID', r.calendarId === null ? undefined : uids.calendar.get(r.calendarId));
    w.leaf('IsCostResource', r.type === 'cost' ? 1 : undefined);
    if (r.type !== 'cost') writeRates(w, r);
    w.close('Resource');
  }
  if (budgetResourceUid !== null) writeBudgetResource(w, budgetResourceUid);
  w.close('Resources');
}

function writeRates(w: XmlWriter, r: Resource): void {
  w.open('Rates');
  for (const row of rateRows(r)) {
    w.open('Rate').leaf('RatesFrom', row.from).leaf('RatesTo', row.to).leaf('RateTable', 0);
    w.leaf('StandardRate', row.rate.costPerHour).leaf('StandardRateFormat', 2).leaf('OvertimeRate', row.rate.overtimeCostPerHour);
    w.leaf('OvertimeRateFormat', 2).leaf('CostPerUse', hundredths(row.rate.costPerUse)).close('Rate');
  }
  w.close('Rates');
}

function writeAssignments(w: XmlWriter, plan: Plan, uids: Uids, money: MoneyFigures, budgetResourceUid: number | null): void {
  w.open('Assignments');
  const splits = splitSegmentsByTask(plan);
  const assignments = Object.values(plan.assignments);
  assignments.forEach((a, i) => {
    const task = plan.tasks[a.taskId];
    const cost = money.costs.assignments.get(a.id);
    w.open('Assignment').leaf('UID', i + 1).leaf('TaskUID', uids.task.get(a.taskId) ?? 0).leaf('ResourceUID', uids.resource.get(a.resourceId) ?? -65535);
    w.leaf('ActualCost', cost ? hundredths(cost.actualCost) : undefined).leaf('ActualWork', cost ? formatMspdiDuration(Math.round(cost.actualWorkMinutes)) : undefined);
    w.leaf('Cost', cost ? hundredths(cost.cost) : undefined);
    w.leaf('Finish', task ? formatMspdiDate(task.finish) : undefined).leaf('RemainingCost', cost ? hundredths(cost.remainingCost) : undefined);
    w.leaf('Start', task ? formatMspdiDate(task.start) : undefined);
    w.leaf('Units', a.units).leaf('Work', formatMspdiDuration(assignmentWork(plan, a)));
    const pieces = splits.get(a.taskId);
    if (pieces) writeSplitWork(w, i + 1, pieces, assignmentWork(plan, a));
    w.close('Assignment');
  });
  const nextUid = writeUnassignedSplits(w, plan, splits, (id) => uids.task.get(id) ?? 0, assignments.length + 1);
  if (budgetResourceUid !== null && plan.project.budget !== undefined) writeBudgetAssignment(w, nextUid, budgetResourceUid, plan.project.budget);
  w.close('Assignments');
}

/**
 * The DurationFormat to write: the one the task was imported with while it still says the same
 * thing about elapsed time, else days (7) or elapsed days (8).
 */
function durationFormat(t: Task): number {
  const isElapsed = t.durationIsElapsed === true;
  const kept = t.extra?.mspdiDurationFormat;
  if (typeof kept === 'number' && isElapsedFormat(kept) === isElapsed) return kept;
  return isElapsed ? 8 : 7;
}
