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

/**
 * The years written in full among the dates the table's date columns can show (scheduled, typed,
 * actual, baselined), in order: what widens them. Runs on every edit, so it looks past each date
 * that starts "20" (2000–2099) without reading its year.
 */
export function tableFullYears(plan: Plan | null, schedule: ScheduleResult | null): number[] {
  if (!plan) return [];
  const years = new Set<number>();
  const see = (date: string | null | undefined): void => {
    if (!date || date.startsWith('20')) return;
    const year = Number(date.slice(0, 4));
    if (Number.isFinite(year) && isYearWrittenInFull(year)) years.add(year);
  };
  const baseline = Object.values(plan.baselines).find((b) => b.number === 0);
  for (const id in plan.tasks) {
    const task = plan.tasks[id];
    if (!task) continue;
    const scheduled = schedule?.tasks.get(task.id);
    see(scheduled?.start ?? task.start);
    see(scheduled?.finish ?? task.finish);
    see(task.deadline);
    see(task.actualStart);
    see(task.actualFinish);
    const base = baseline?.tasks[task.id];
    see(base?.start);
    see(base?.finish);
  }
  return [...years].sort((a, b) => a - b);
}

/** `columns` with each date column as wide as the widest four-digit-year date shown needs, when wider. */
export function withDateWidths<C extends Pick<ColumnDef, 'key' | 'width'>>(columns: readonly C[], doc: Document, fullYears: readonly number[]): readonly C[] {
  const needed = tableDateWidthPx(doc, fullYears);
  if (needed === null) return columns;
  return columns.map((c) => (DATE_COLUMNS.has(c.key) && c.width < needed ? { ...c, width: needed } : c));
}
