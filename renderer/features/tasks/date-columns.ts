/**
 * The task table's date columns widen for a date written with a four-digit year (outside
 * 2000–2099: "Thu, Sep 29, 2101"), which their fixed 130 px cut by 6 px; a plan without one keeps
 * the widths as they are. The Constraint column shows a type and a date ("Finish no earlier than
 * Sat, Sep 26, 2105"), which its fixed 170 px cut by about 100 px whatever the year: it is as
 * wide as its longest type and widest date need, in any plan.
 */
import { CONSTRAINT_TYPES, type Plan } from '../../domain/model';
import type { ScheduleResult } from '../../domain/schedule';
import { tableDateWidthPx, tableLabelledDateWidthPx } from '../gantt/date-column';
import { isYearWrittenInFull } from '../shared/format';
import { CONSTRAINT_LABELS, type ColumnDef } from './columns';

/** The columns that show one date each. */
const DATE_COLUMNS: ReadonlySet<string> = new Set(['start', 'finish', 'deadline', 'actualStart', 'actualFinish', 'baselineStart', 'baselineFinish']);
/** What the Constraint column can show before its date: every type's label (ASAP and ALAP show no date, and are shorter). */
const CONSTRAINT_COLUMN_LABELS = CONSTRAINT_TYPES.map((type) => CONSTRAINT_LABELS[type]);

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
  const isConstraintShown = shown.has('constraint');
  if (scheduled || typed.length > 0 || isConstraintShown) {
    for (const id in plan.tasks) {
      const task = plan.tasks[id];
      if (!task) continue;
      if (scheduled) {
        const dates = schedule?.tasks.get(task.id);
        see(dates?.start ?? task.start);
        see(dates?.finish ?? task.finish);
      }
      for (const key of typed) see(task[key]);
      if (isConstraintShown) see(task.constraint.date);
    }
  }
  const baseline = shown.has('baselineStart') || shown.has('baselineFinish') ? Object.values(plan.baselines).find((b) => b.number === 0) : undefined;
  for (const id in baseline?.tasks) {
    see(baseline.tasks[id]?.start);
    see(baseline.tasks[id]?.finish);
  }
  return [...years].sort((a, b) => a - b);
}

/**
 * `columns` with each date column as wide as the widest four-digit-year date shown needs, and the
 * Constraint column as wide as its longest type and widest date need, when wider.
 */
export function withDateWidths<C extends Pick<ColumnDef, 'key' | 'width'>>(columns: readonly C[], doc: Document, fullYears: readonly number[]): readonly C[] {
  const hasConstraint = columns.some((c) => c.key === 'constraint');
  const dateWidth = tableDateWidthPx(doc, fullYears);
  const constraintWidth = hasConstraint ? tableLabelledDateWidthPx(doc, CONSTRAINT_COLUMN_LABELS, fullYears) : null;
  if (dateWidth === null && constraintWidth === null) return columns;
  const neededBy = (key: string): number | null => (key === 'constraint' ? constraintWidth : DATE_COLUMNS.has(key) ? dateWidth : null);
  return columns.map((c) => {
    const needed = neededBy(c.key);
    return needed !== null && c.width < needed ? { ...c, width: needed } : c;
  });
}
