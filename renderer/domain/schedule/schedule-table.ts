/**
 * ScheduleResult.tasks: a read-only Map whose TaskSchedule objects are built on first read from
 * the engine's numeric rows. A 10,000-task schedule holds 60,000 dates; a view reads the few
 * hundred rows it shows, so formatting them all on every edit would cost more than scheduling.
 * An object, once built, is handed to the next result while its row is unchanged, so views that
 * compare by identity see only the tasks that really moved.
 *
 * It extends Map because callers recognise a schedule with `instanceof Map`; the base Map
 * stays empty and every read goes through the overrides below.
 */
import type { TaskId } from '../model';
import { chartFiguresOf, chartFiguresOfRow, scheduleOfRow } from './results';
import type { ChartFigures, TaskSchedule } from './types';

export class ScheduleTable extends Map<TaskId, TaskSchedule> {
  /** The table that followed this one on the same rows; this one reads unchanged rows through it. */
  private next: ScheduleTable | null = null;
  /** This table's own values of rows a later run changed: the object, or the old numbers. */
  private kept: Map<number, TaskSchedule | Float64Array> | null = null;
  /** Took its own copy of the rows: reads them itself and hands nothing on. */
  private detached = false;

  constructor(
    private readonly ids: readonly TaskId[],
    private readonly indexOf: ReadonlyMap<string, number>,
    private rows: Float64Array,
    private built: (TaskSchedule | undefined)[],
  ) {
    super();
    // Map.prototype.size is an accessor reading the (empty) base storage; shadow it per instance.
    Object.defineProperty(this, 'size', { value: ids.length, enumerable: false });
  }

  /**
   * Hands this table's rows and built objects to the next run, which rewrites them in place:
   * through `keep` and `detach` (the engine's RowKeeper) this table holds on to its own values,
   * and `table` makes the next run's table on them. An unchanged row's object stays shared, so
   * views that compare by identity see only the tasks that really moved.
   */
  handOver(): { keep: (i: number, old: Float64Array) => void; detach: () => void; table: (ids: readonly TaskId[], indexOf: ReadonlyMap<string, number>, rows: Float64Array) => ScheduleTable } {
    const shared = this.built;
    return {
      keep: (i, old) => {
        (this.kept ??= new Map()).set(i, shared[i] ?? old.slice());
        shared[i] = undefined;
      },
      detach: () => {
        if (this.detached) return;
        this.rows = this.rows.slice();
        this.built = shared.slice();
        this.detached = true;
      },
      table: (ids, indexOf, rows) => {
        const next = new ScheduleTable(ids, indexOf, rows, shared);
        if (!this.detached) this.next = next;
        return next;
      },
    };
  }

  /** Forgets the built objects of rows a run changed without keeping them one by one (after a detach). */
  forget(rows: readonly number[]): void {
    for (const i of rows) this.built[i] = undefined;
  }

  /**
   * The tasks whose schedule may differ from what `earlier` handed out: null when the two tables
   * come from different networks (any task may differ). Along a chain of runs that each changed
   * a few rows it reads only those rows. Otherwise an object is passed on only while its row is
   * unchanged, so a task counts as unchanged exactly when both tables hold the same object (a
   * task never read from `earlier` counts as changed).
   */
  changedSince(earlier: ScheduleTable): TaskId[] | null {
    if (earlier.ids !== this.ids) return null;
    const rows = new Set<number>();
    for (let t: ScheduleTable = earlier; t !== this; ) {
      if (t.next === null) return this.comparedWith(earlier);
      for (const i of t.kept?.keys() ?? []) rows.add(i);
      t = t.next;
    }
    return [...rows].map((i) => this.ids[i] as TaskId);
  }

  private comparedWith(earlier: ScheduleTable): TaskId[] {
    const changed: TaskId[] = [];
    for (let i = 0; i < this.ids.length; i++) {
      const before = earlier.peek(i);
      if (before === undefined || this.peek(i) !== before) changed.push(this.ids[i] as TaskId);
    }
    return changed;
  }

  /** The table holding row i's value for this one: this, or a later one it reads through. */
  private holder(i: number): ScheduleTable {
    if (this.next === null || this.kept?.has(i) === true) return this;
    let t = this.next;
    while (t.next !== null && t.kept?.has(i) !== true) t = t.next;
    return t;
  }

  /** The object built for a row, without building one. */
  private peek(i: number): TaskSchedule | undefined {
    const t = this.holder(i);
    const own = t.kept?.get(i);
    if (own !== undefined) return own instanceof Float64Array ? undefined : own;
    return t.built[i];
  }

  private at(i: number): TaskSchedule {
    const t = this.holder(i);
    const own = t.kept?.get(i);
    if (own !== undefined) {
      if (!(own instanceof Float64Array)) return own;
      const kept = scheduleOfRow(own, 0);
      t.kept?.set(i, kept);
      return kept;
    }
    let row = t.built[i];
    if (row === undefined) {
      row = scheduleOfRow(t.rows, i);
      t.built[i] = row;
    }
    return row;
  }

  /**
   * What a chart draws of the task, read from the engine's numbers: its TaskSchedule is not built
   * (the Gantt reads every row of the plan on each full build, and shows a few dozen).
   */
  figuresOf(id: TaskId): ChartFigures | undefined {
    const i = this.indexOf.get(id);
    if (i === undefined) return undefined;
    const t = this.holder(i);
    const own = t.kept?.get(i);
    if (own === undefined) return chartFiguresOfRow(t.rows, i);
    return own instanceof Float64Array ? chartFiguresOfRow(own, 0) : chartFiguresOf(own);
  }

  override get(id: TaskId): TaskSchedule | undefined {
    const i = this.indexOf.get(id);
    return i === undefined ? undefined : this.at(i);
  }

  override has(id: TaskId): boolean {
    return this.indexOf.has(id);
  }

  override forEach(fn: (value: TaskSchedule, key: TaskId, map: Map<TaskId, TaskSchedule>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.ids.length; i++) fn.call(thisArg, this.at(i), this.ids[i] as TaskId, this);
  }

  override *entries(): MapIterator<[TaskId, TaskSchedule]> {
    for (let i = 0; i < this.ids.length; i++) yield [this.ids[i] as TaskId, this.at(i)];
  }

  override *keys(): MapIterator<TaskId> {
    yield* this.ids;
  }

  override *values(): MapIterator<TaskSchedule> {
    for (let i = 0; i < this.ids.length; i++) yield this.at(i);
  }

  override [Symbol.iterator](): MapIterator<[TaskId, TaskSchedule]> {
    return this.entries();
  }

  override set(): this {
    throw new Error('A schedule is read-only');
  }

  override delete(): boolean {
    throw new Error('A schedule is read-only');
  }

  override clear(): void {
    throw new Error('A schedule is read-only');
  }
}
