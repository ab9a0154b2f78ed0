/**
 * The task table's date columns widen for a date written with a four-digit year (outside
 * 2000–2099: "Thu, Sep 29, 2101"), which their fixed 130 px cut by 6 px; a plan without one keeps
 * the widths as they are.
 */
import type { Plan } from '../../domain/model';
import type { ScheduleResult } from '../../domain/schedule';
import { tableDateWidthPx } from '../gantt/date-column';
import { isYearWrittenInFull } from '../shared/format';
import type { ColumnDef } from './columns';

/** The columns that show one date each (the Constraint column's type and date have room to spare). */
const DATE_COLUMNS: ReadonlySet<string> = new Set(['start', 'finish', 'deadline', 'actualStart', 'actualFinish', 'baselineStart', 'baselineFinish']);

/** True for a date ('YYYY-…') that formatDate writes with two digits of year (2000–2099). */
const isTwoDigitYear = (date: string): boolean => date.charCodeAt(0) === 50 && date.charCodeAt(1) === 48;

/**
 * The years written in full among the dates the table's shown date columns hold (scheduled, typed,
 * actual, baselined), in order: what widens them. Runs on every edit, so it looks at as little as
 * it can: the scheduled dates all lie between the project's start and finish, so a schedule within
 * 2000–2099 needs no task's Start or Finish looked at, and a column not shown is not looked at
 * (walking 10,000 tasks' dates took about 1.3 ms an edit).
 */
export function tableFullYears(plan: Plan | null, schedule: ScheduleResult | null, shown: ReadonlySet<string>): number[] {
  if (!plan) return [];
  const years = new Set<number>();
  const see = (date: string | null | undefined): void => {
    if (!date || isTwoDigitYear(date)) return;
    const year = Number(date.slice(0, 4));
    if (Number.isFinite(year) && isYearWrittenInFull(year)) years.add(year);
  };
  const isScheduleInCentury = schedule !== null && isTwoDigitYear(schedule.projectStart) && isTwoDigitYear(schedule.projectFinish);
  const scheduled = !isScheduleInCentury && (shown.has('start') || shown.has('finish'));
  const typed = (['deadline', 'actualStart', 'actualFinish'] as const).filter((key) => shown.has(key));
  if (scheduled || typed.length > 0) {
    for (const id in plan.tasks) {
      const task = plan.tasks[id];
      if (!task) continue;
      if (scheduled) {
        const dates = schedule?.tasks.get(task.id);
        see(dates?.start ?? task.start);
        see(dates?.finish ?? task.finish);
      }
      for (const key of typed) see(task[key]);
    }
  }
  const baseline = shown.has('baselineStart') || shown.has('baselineFinish') ? Object.values(plan.baselines).find((b) => b.number === 0) : undefined;
  for (const id in baseline?.tasks) {
    see(baseline.tasks[id]?.start);
    see(baseline.tasks[id]?.finish);
  }
  return [...years].sort((a, b) => a - b);
}

/** `columns` with each date column as wide as the widest four-digit-year date shown needs, when wider. */
export function withDateWidths<C extends Pick<ColumnDef, 'key' | 'width'>>(columns: readonly C[], doc: Document, fullYears: readonly number[]): readonly C[] {
  const needed = tableDateWidthPx(doc, fullYears);
  if (needed === null) return columns;
  return columns.map((c) => (DATE_COLUMNS.has(c.key) && c.width < needed ? { ...c, width: needed } : c));
}
