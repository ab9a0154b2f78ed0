/**
 * The team's order, kept on the project row. Bucket rows are keyed by a hash of each id
 * (buckets.ts), so a plan read back lists each collection in hash order. Most collections carry
 * an order of their own that every view sorts by (outline rank, codes, numbers, names), but the
 * team is listed in the order people were added: the Team view, the board's lanes, the MS Project,
 * GanttProject and Excel exports. Without this, that order changed on every restart.
 */
import type { Plan } from '../domain/model';

/** What the project row keeps beside the project's own fields. */
export interface KeptOrder {
  /** Resource ids in the plan's order; absent on rows written before it was kept. */
  readonly resourceOrder?: readonly string[];
}

/** The order to keep, from the plan being written. */
export function keptOrderOf(plan: Pick<Plan, 'resources'>): Required<KeptOrder> {
  return { resourceOrder: Object.keys(plan.resources) };
}

/**
 * `record` with its ids in `order` first, then any it holds that `order` lacks (written by a build
 * that kept no order) in the order read. A record without a prototype, as rows are read
 * (damaged-rows.ts). `order` comes from storage: anything but a list of ids is ignored.
 */
export function inKeptOrder<E>(record: Readonly<Record<string, E>>, order: unknown): Record<string, E> {
  if (!Array.isArray(order) || order.length === 0) return record;
  const ordered = Object.create(null) as Record<string, E>;
  for (const id of order) {
    if (typeof id === 'string' && Object.hasOwn(record, id)) ordered[id] = record[id] as E;
  }
  for (const id in record) {
    if (!Object.hasOwn(ordered, id)) ordered[id] = record[id] as E;
  }
  return ordered;
}
