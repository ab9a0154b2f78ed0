/**
 * Shared steps of every importer: a project record, default board columns, and turning task
 * drafts (in outline order) into Tasks with sibling ranks, summary kinds and board placement.
 * Records are built from Maps / entries, never by assigning untrusted keys to `{}`.
 */
import { categoryOfProgress } from '../board/progress-rules';
import { defaultColumns } from '../model/factories';
import type { CalendarId, ColumnId, IdFactory, ProjectId, TaskId } from '../model/ids';
import type { Plan, Project, Task, WorkflowColumn } from '../model/plan';
import { compareRank, initialRanks } from '../model/rank';
import type { LocalDateTime } from '../model/time';

export type TaskDraft = Omit<Task, 'rank' | 'statusId' | 'boardRank'>;

/**
 * A record keyed by id from a list, as Object.fromEntries builds it (own properties, a later
 * duplicate replaces the earlier in its place), without a pair array per item. Only '__proto__'
 * needs defining: assigned, it would set the prototype instead of adding a key.
 */
export function byId<T extends { readonly id: string }>(items: readonly T[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const item of items) {
    if (item.id === '__proto__') Object.defineProperty(out, item.id, { value: item, enumerable: true, writable: true, configurable: true });
    else out[item.id] = item;
  }
  return out;
}

export interface ProjectFields {
  readonly name: string;
  readonly start: LocalDateTime;
  readonly calendarId: CalendarId;
  readonly now: string;
  readonly newId: IdFactory;
  readonly overrides?: Partial<Omit<Project, 'id' | 'name' | 'start' | 'calendarId'>>;
}

/** The project record of an imported plan (MS Project's defaults where the file is silent). */
export function importedProject(fields: ProjectFields): Project {
  return {
    id: fields.newId() as ProjectId, name: fields.name, description: '', manager: '', start: fields.start,
    statusDate: null, currency: 'USD', calendarId: fields.calendarId, minutesPerDay: 480, minutesPerWeek: 2400,
    defaultStartTime: '09:00', defaultFinishTime: '17:00', createdAt: fields.now, updatedAt: fields.now,
    ...fields.overrides,
  };
}

/** Board columns for an imported plan (files carry no workflow), keyed by id. */
export function importedColumns(newId: IdFactory): Record<string, WorkflowColumn> {
  return byId(defaultColumns(newId));
}

/**
 * Tasks from drafts in outline (document) order: parents become summaries, siblings get evenly
 * spread ranks, and each task lands in the board column the file names for it (`columnOf`: a
 * CSV's Status), else in the one that matches its progress. Within a column, cards go by the
 * place the file gives them (`placeOf`: a CSV's Board order, 1 = top), else by their place among
 * the column's rows; equal places keep the rows' order.
 */
export function assembleTasks(
  drafts: readonly TaskDraft[], columns: Plan['columns'], columnOf?: ReadonlyMap<TaskId, ColumnId>, placeOf?: ReadonlyMap<TaskId, number>,
): Record<string, Task> {
  const parents = new Set(drafts.map((t) => t.parentId).filter((p): p is TaskId => p !== null));
  const siblings = groupBy(drafts, (t) => t.parentId ?? '');
  const rankOf = new Map<TaskId, string>();
  for (const list of siblings.values()) {
    const ranks = initialRanks(list.length);
    list.forEach((t, i) => rankOf.set(t.id, ranks[i] ?? 'V'));
  }
  const status = boardColumnOf(columns, columnOf);
  const byColumn = groupBy(drafts, status);
  const boardRankOf = new Map<TaskId, string>();
  for (const list of byColumn.values()) {
    const ranks = initialRanks(list.length);
    inBoardOrder(list, placeOf).forEach((t, i) => boardRankOf.set(t.id, ranks[i] ?? 'V'));
  }
  return byId(drafts.map((t): Task => inSchemaOrder(t, {
    kind: parents.has(t.id) ? 'summary' : t.kind === 'summary' ? 'task' : t.kind,
    rank: rankOf.get(t.id) ?? 'V', statusId: status(t), boardRank: boardRankOf.get(t.id) ?? 'V',
  })));
}

/**
 * The board column a draft lands in: the one the file names for it (`columnOf`), else the first
 * of the category its progress puts it in (categoryOfProgress: an actual start at 0 % is started).
 */
export function boardColumnOf(
  columns: Plan['columns'], columnOf?: ReadonlyMap<TaskId, ColumnId>,
): (draft: Pick<TaskDraft, 'id' | 'percentComplete' | 'actualStart'>) => ColumnId {
  const ordered = Object.values(columns).sort(compareRank);
  const columnFor = (category: WorkflowColumn['category']): ColumnId =>
    (ordered.find((c) => c.category === category) ?? ordered[0])?.id ?? ('' as ColumnId);
  return (t) => columnOf?.get(t.id) ?? columnFor(categoryOfProgress(t));
}

/** One column's drafts (in row order) by their places; a draft without one is at its place among the rows. */
function inBoardOrder(list: readonly TaskDraft[], placeOf: ReadonlyMap<TaskId, number> | undefined): readonly TaskDraft[] {
  if (placeOf === undefined || placeOf.size === 0) return list;
  const place = new Map(list.map((t, i) => [t.id, placeOf.get(t.id) ?? i + 1]));
  // Array sort is stable: equal places stay in row order.
  return [...list].sort((a, b) => (place.get(a.id) ?? 0) - (place.get(b.id) ?? 0));
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * `{ ...draft, ...set }` with its keys in the schema's order (TaskSchema in plan-schema.ts; an
 * optional field the draft has is kept, as a spread keeps it, even when undefined). In that order
 * the task is what the import gate's schema check would rebuild it as, so the check keeps it
 * instead of copying 10,000 tasks once more. Written as an object literal, so V8 gives every task
 * one fast layout: built key by key in a loop, past a dozen keys it kept each task as a slow hash
 * table, and the loop took 60 ms of a 10,000-task import against 5 (measured in Node).
 * plan-assembly.test.ts fails when a schema field is missing here or out of order.
 */
function inSchemaOrder(draft: TaskDraft, set: Pick<Task, 'kind' | 'rank' | 'statusId' | 'boardRank'>): Task {
  const has = (key: keyof TaskDraft): boolean => Object.hasOwn(draft, key);
  const task: Mutable<Task> = {
    id: draft.id, parentId: draft.parentId, rank: set.rank, name: draft.name, notes: draft.notes, kind: set.kind,
    durationMinutes: draft.durationMinutes, schedulingMode: draft.schedulingMode, start: draft.start, finish: draft.finish,
    constraint: draft.constraint, deadline: draft.deadline, percentComplete: draft.percentComplete,
    actualStart: draft.actualStart, actualFinish: draft.actualFinish, statusId: set.statusId, boardRank: set.boardRank,
    priority: draft.priority, phase: draft.phase,
    ...(has('phaseId') ? { phaseId: draft.phaseId } : {}),
    tags: draft.tags, calendarId: draft.calendarId,
  };
  // The optional fields after calendarId, in the schema's order.
  if (has('levelingDelayMinutes')) task.levelingDelayMinutes = draft.levelingDelayMinutes;
  if (has('durationIsElapsed')) task.durationIsElapsed = draft.durationIsElapsed;
  if (has('splits')) task.splits = draft.splits;
  if (has('reopenPercentComplete')) task.reopenPercentComplete = draft.reopenPercentComplete;
  if (has('fixedCost')) task.fixedCost = draft.fixedCost;
  if (has('fixedCostAccrual')) task.fixedCostAccrual = draft.fixedCostAccrual;
  if (has('actualCost')) task.actualCost = draft.actualCost;
  if (has('actualWorkMinutes')) task.actualWorkMinutes = draft.actualWorkMinutes;
  if (has('physicalPercentComplete')) task.physicalPercentComplete = draft.physicalPercentComplete;
  if (has('earnedValueMethod')) task.earnedValueMethod = draft.earnedValueMethod;
  if (has('budget')) task.budget = draft.budget;
  if (has('estimate')) task.estimate = draft.estimate;
  if (has('extra')) task.extra = draft.extra;
  return task;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
