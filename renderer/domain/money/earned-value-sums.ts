/**
 * Earned value per task kept in flat arrays, read as a map. earnedValue() fills it in one pass;
 * readers ask for the rows on screen (the Cost table, the MSPDI writer), so the 10,000 figure
 * objects a map of objects would hold are made only for the tasks read.
 */
import type { Task, TaskId } from '../model';
import type { EarnedValueBase } from './earned-value';
import type { TaskTree } from './task-tree';

/** bac, pv, ev, ac, etc per task position. */
const WIDTH = 5;

export class EarnedValueSums implements ReadonlyMap<TaskId, EarnedValueBase> {
  private readonly figures: Float64Array;
  /** 1 where a task has figures: it was scheduled, or a subtask's figures were added into it. */
  private readonly isPresent: Uint8Array;
  private readonly projectValues = new Float64Array(WIDTH);
  private count = 0;

  constructor(private readonly tree: TaskTree) {
    this.figures = new Float64Array(tree.order.length * WIDTH);
    this.isPresent = new Uint8Array(tree.order.length);
  }

  /** Adds a task's own figures to what its subtasks brought. */
  add(i: number, bac: number, pv: number, ev: number, ac: number, etc: number): void {
    this.mark(i);
    const v = this.figures;
    const at = i * WIDTH;
    v[at] = (v[at] as number) + bac;
    v[at + 1] = (v[at + 1] as number) + pv;
    v[at + 2] = (v[at + 2] as number) + ev;
    v[at + 3] = (v[at + 3] as number) + ac;
    v[at + 4] = (v[at + 4] as number) + etc;
  }

  /** Adds task `from`'s total into task `into`'s. */
  addInto(into: number, from: number): void {
    this.mark(into);
    addRow(this.figures, into * WIDTH, this.figures, from * WIDTH);
  }

  addToProject(from: number): void {
    addRow(this.projectValues, 0, this.figures, from * WIDTH);
  }

  project(): EarnedValueBase {
    return figuresAt(this.projectValues, 0);
  }

  private mark(i: number): void {
    if (this.isPresent[i] === 1) return;
    this.isPresent[i] = 1;
    this.count++;
  }

  get(id: TaskId): EarnedValueBase | undefined {
    const i = this.tree.positionOf.get(id);
    return i === undefined || this.isPresent[i] !== 1 ? undefined : figuresAt(this.figures, i * WIDTH);
  }

  has(id: TaskId): boolean {
    const i = this.tree.positionOf.get(id);
    return i !== undefined && this.isPresent[i] === 1;
  }

  get size(): number {
    return this.count;
  }

  forEach(fn: (value: EarnedValueBase, key: TaskId, map: ReadonlyMap<TaskId, EarnedValueBase>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) fn.call(thisArg, value, key, this);
  }

  /** Deepest first (subtasks before their summary). */
  *entries(): MapIterator<[TaskId, EarnedValueBase]> {
    const order = this.tree.order;
    for (let i = 0; i < order.length; i++) {
      if (this.isPresent[i] === 1) yield [(order[i] as Task).id, figuresAt(this.figures, i * WIDTH)];
    }
  }

  *keys(): MapIterator<TaskId> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<EarnedValueBase> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[TaskId, EarnedValueBase]> {
    return this.entries();
  }
}

function addRow(into: Float64Array, at: number, from: Float64Array, fromAt: number): void {
  for (let k = 0; k < WIDTH; k++) into[at + k] = (into[at + k] as number) + (from[fromAt + k] as number);
}

function figuresAt(v: Float64Array, at: number): EarnedValueBase {
  return { bac: v[at] as number, pv: v[at + 1] as number, ev: v[at + 2] as number, ac: v[at + 3] as number, etc: v[at + 4] as number };
}
