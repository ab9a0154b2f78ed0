/**
 * Split tasks in MSPDI. MS Project has no task element for a split: it records the interruption
 * as a period of zero work in the assignments' timephased data (TimephasedData Type 1 remaining
 * work / Type 2 actual work, Start, Finish, Value as xsd:duration); a task without people gets a
 * pseudo-assignment to ResourceUID -65535 for the purpose. A zero-work period is a split when it
 * holds working time of the task's calendar, no assignment of the task works in it, and the
 * task has work both before and after it. Writers also emit zero records for nights, weekends and
 * holidays (ProjectLibre writes one per day); those hold no working time and are not splits.
 */
import { compileCalendars, type CalendarSet, type WorkingCalendar } from '../../calendar';
import type { Plan, Task, TaskSplit } from '../../model/plan';
import { fail, ok, type Result } from '../../model/result';
import { fromWallMinutes, toWallMinutes } from '../../model/time';
import { calendarForTask } from '../../schedule/inputs';
import { child, childrenNamed, childText, type XmlElement } from '../xml/xml-tree';
import { parseMspdiDate, parseMspdiDuration } from './mspdi-codes';

interface Period { readonly start: number; readonly finish: number; readonly minutes: number }

/** Work and zero-work periods of every task's assignments, by TaskUID. */
function periodsByTask(root: XmlElement): Map<string, Period[]> {
  const out = new Map<string, Period[]>();
  const container = child(root, 'Assignments');
  for (const el of container ? childrenNamed(container, 'Assignment') : []) {
    const uid = childText(el, 'TaskUID') ?? '';
    for (const td of childrenNamed(el, 'TimephasedData')) {
      const type = childText(td, 'Type') ?? '1';
      if (type !== '1' && type !== '2') continue;
      const start = parseMspdiDate(childText(td, 'Start'));
      const finish = parseMspdiDate(childText(td, 'Finish'));
      const minutes = parseMspdiDuration(childText(td, 'Value') ?? '');
      if (start === null || finish === null || minutes === null || finish <= start) continue;
      const list = out.get(uid) ?? [];
      list.push({ start: toWallMinutes(start), finish: toWallMinutes(finish), minutes });
      out.set(uid, list);
    }
  }
  return out;
}

/**
 * Task.splits read from the assignments' timephased data. A zero-work period with working time
 * outside the task's own Start..Finish contradicts the task: the file is refused with the task
 * and the period named, rather than imported with a split moved somewhere else.
 */
export function applySplits(root: XmlElement, plan: Plan, tasksByUid: ReadonlyMap<string, string>): Result<Plan> {
  const periods = periodsByTask(root);
  let cals: CalendarSet | null = null;
  const updated: Record<string, Task> = {};
  for (const [uid, list] of periods) {
    if (!list.some((p) => p.minutes === 0)) continue;
    const task = plan.tasks[tasksByUid.get(uid) ?? ''];
    if (!task || task.kind === 'milestone' || task.durationMinutes <= 0) continue;
    cals ??= compileCalendars(plan);
    const read = splitsOf(task, uid, list, calendarForTask(plan, task, cals));
    if (!read.ok) return read;
    if (read.value.length > 0) updated[task.id] = { ...task, splits: read.value };
  }
  return ok(Object.keys(updated).length === 0 ? plan : { ...plan, tasks: { ...plan.tasks, ...updated } });
}

function splitsOf(task: Task, uid: string, periods: readonly Period[], cal: WorkingCalendar): Result<TaskSplit[]> {
  const work = periods.filter((p) => p.minutes > 0);
  // An interruption has work on both sides; idle time before the first or after the last work
  // (a delayed assignment, or the day-long records some writers put round a milestone) is none.
  const gaps = mergeGaps(periods.filter((p) => p.minutes === 0 && cal.workingBetween(p.start, p.finish) > 0
    && !work.some((w) => w.start < p.finish && w.finish > p.start)
    && work.some((w) => w.start < p.start) && work.some((w) => w.finish > p.finish)), cal);
  const start = toWallMinutes(task.start);
  const finish = toWallMinutes(task.finish);
  const splits: TaskSplit[] = [];
  let gapSoFar = 0;
  for (const gap of gaps) {
    if (cal.workingBetween(gap.start, start) > 0 || cal.workingBetween(finish, gap.finish) > 0) {
      return fail(`Task '${task.name}' (UID ${uid}) has a period without work from ${fromWallMinutes(gap.start)} to ${fromWallMinutes(gap.finish)} outside the task's own dates (${task.start} to ${task.finish}); the file was not imported.`);
    }
    const gapMinutes = cal.workingBetween(gap.start, gap.finish);
    const afterWorkMinutes = cal.workingBetween(start, gap.start) - gapSoFar;
    gapSoFar += gapMinutes;
    if (afterWorkMinutes > 0 && afterWorkMinutes < task.durationMinutes) splits.push({ afterWorkMinutes, gapMinutes });
  }
  return ok(splits);
}

/** Zero-work periods in order, joined when only non-working time lies between them. */
function mergeGaps(gaps: readonly Period[], cal: WorkingCalendar): Period[] {
  const out: Period[] = [];
  for (const g of [...gaps].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && cal.workingBetween(last.finish, g.start) <= 0) out[out.length - 1] = { start: last.start, finish: Math.max(last.finish, g.finish), minutes: 0 };
    else out.push(g);
  }
  return out;
}
