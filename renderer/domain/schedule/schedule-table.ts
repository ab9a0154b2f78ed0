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
import { scheduleOfRow } from './results';
import type { TaskSchedule } from './types';

export class ScheduleTable extends Map<TaskId, TaskSchedule> {
  constructor(
    private readonly ids: readonly TaskId[],
    private readonly indexOf: ReadonlyMap<string, number>,
    private readonly rows: Float64Array,
    private readonly built: (TaskSchedule | undefined)[],
  ) {
    super();
    // Map.prototype.size is an accessor reading the (empty) base storage; shadow it per instance.
    Object.defineProperty(this, 'size', { value: ids.length, enumerable: false });
  }

  /** The built objects, for the next result to reuse where rows did not change. */
  reusable(): (TaskSchedule | undefined)[] {
    return this.built.slice();
  }

  /**
   * The tasks whose schedule may differ from what `earlier` handed out, without reading every
   * row: null when the two tables come from different networks (any task may differ). An object
   * is passed on only while its row is unchanged, so a task counts as unchanged exactly when
   * both tables hold the same object; a task never read from `earlier` counts as changed.
   */
  changedSince(earlier: ScheduleTable): TaskId[] | null {
    if (earlier.ids !== this.ids) return null;
    const changed: TaskId[] = [];
    for (let i = 0; i < this.ids.length; i++) {
      const before = earlier.built[i];
      if (before === undefined || this.built[i] !== before) changed.push(this.ids[i] as TaskId);
    }
    return changed;
  }

  private at(i: number): TaskSchedule {
    let row = this.built[i];
    if (row === undefined) {
      row = scheduleOfRow(this.rows, i);
      this.built[i] = row;
    }
    return row;
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
