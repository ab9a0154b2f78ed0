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

/** The years written in full each shown date column holds (by column key), in order; a column holding none is absent. */
export type FullYearsByColumn = Readonly<Record<string, readonly number[]>>;

/**
 * The years written in full among the dates each shown date column holds (scheduled, typed,
 * actual, baselined, a constraint's), in order: what widens that column, and only that one (a
 * constraint in 1999 widened Start and Finish too while the columns shared one list of years).
 * Runs on every edit, so it looks at as little as it can: the scheduled dates all lie between the
 * project's start and finish, so a schedule within 2000–2099 needs no task's Start or Finish looked
 * at, and a column not shown is not looked at (walking 10,000 tasks' dates took about 1.3 ms an edit).
 */
export function tableFullYears(plan: Plan | null, schedule: ScheduleResult | null, shown: ReadonlySet<string>): FullYearsByColumn {
  if (!plan) return {};
  const years = new Map<string, Set<number>>();
  const see = (key: string, date: string | null | undefined): void => {
    if (!date || isTwoDigitYear(date)) return;
    const year = Number(date.slice(0, 4));
    if (!Number.isFinite(year) || !isYearWrittenInFull(year)) return;
    let ofColumn = years.get(key);
    if (!ofColumn) years.set(key, (ofColumn = new Set<number>()));
    ofColumn.add(year);
  };
  const isScheduleInCentury = schedule !== null && isTwoDigitYear(schedule.projectStart) && isTwoDigitYear(schedule.projectFinish);
  const scheduled = isScheduleInCentury ? [] : (['start', 'finish'] as const).filter((key) => shown.has(key));
  const typed = (['deadline', 'actualStart', 'actualFinish'] as const).filter((key) => shown.has(key));
  const isConstraintShown = shown.has('constraint');
  if (scheduled.length > 0 || typed.length > 0 || isConstraintShown) {
    for (const id in plan.tasks) {
      const task = plan.tasks[id];
      if (!task) continue;
      const dates = scheduled.length > 0 ? schedule?.tasks.get(task.id) : undefined;
      for (const key of scheduled) see(key, dates?.[key] ?? task[key]);
      for (const key of typed) see(key, task[key]);
      if (isConstraintShown) see('constraint', task.constraint.date);
    }
  }
  const baseline = shown.has('baselineStart') || shown.has('baselineFinish') ? Object.values(plan.baselines).find((b) => b.number === 0) : undefined;
  for (const id in baseline?.tasks) {
    if (shown.has('baselineStart')) see('baselineStart', baseline.tasks[id]?.start);
    if (shown.has('baselineFinish')) see('baselineFinish', baseline.tasks[id]?.finish);
  }
  // In the columns' fixed order, so equal contents give an equal key (fullYearsKey).
  const out: Record<string, number[]> = {};
  for (const key of [...DATE_COLUMNS, 'constraint']) {
    const ofColumn = years.get(key);
    if (ofColumn) out[key] = [...ofColumn].sort((a, b) => a - b);
  }
  return out;
}

/**
 * A text that is equal for equal years by column ("start:1999 2101|constraint:1999"), so the
 * table re-measures its columns only when a column's years change, not on every edit. Pure.
 */
export function fullYearsKey(byColumn: FullYearsByColumn): string {
  return Object.entries(byColumn).map(([key, years]) => `${key}:${years.join(' ')}`).join('|');
}

/** fullYearsKey's text read back. Pure. */
export function fullYearsFromKey(text: string): FullYearsByColumn {
  if (text === '') return {};
  return Object.fromEntries(text.split('|').map((part) => {
    const [key = '', years = ''] = part.split(':');
    return [key, years.split(' ').map(Number)];
  }));
}

/**
 * `columns` with each date column as wide as the widest four-digit-year date it shows needs, and
 * the Constraint column as wide as its longest type and widest date need, when wider.
 */
export function withDateWidths<C extends Pick<ColumnDef, 'key' | 'width'>>(columns: readonly C[], doc: Document, byColumn: FullYearsByColumn): readonly C[] {
  const neededBy = (key: string): number | null => {
    if (key === 'constraint') return tableLabelledDateWidthPx(doc, CONSTRAINT_COLUMN_LABELS, byColumn[key] ?? []);
    return DATE_COLUMNS.has(key) ? tableDateWidthPx(doc, byColumn[key] ?? []) : null;
  };
  let isChanged = false;
  const widened = columns.map((c) => {
    const needed = neededBy(c.key);
    if (needed === null || c.width >= needed) return c;
    isChanged = true;
    return { ...c, width: needed };
  });
  return isChanged ? widened : columns;
}
