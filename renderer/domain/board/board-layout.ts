/**
 * The whole board as the view draws it: columns, lanes, and the cards of every cell in order,
 * with flags and counts. Computed once per plan/filter change, so each card component only
 * compares its own inputs.
 */
import type { ColumnId, TaskId } from '../model/ids';
import type { LifecyclePhase, Plan, Task, WorkflowColumn } from '../model/plan';
import type { LocalDate } from '../model/time';
import { boardOrder, columnOf, isCard, orderedColumns, wipStatus } from './columns';
import { allTags, matchesFilter, type BoardFilter } from './filter';
import { cardFlags, finishOf, predecessorsByTask, type CardFlags, type ScheduleFlags } from './flags';
import { assigneesByTask, boardPhases, laneKeyOf, lanesFor, type Lane, type LaneMode } from './lanes';

export interface BoardCard {
  readonly task: Task;
  readonly flags: CardFlags;
  readonly finish: string;
  readonly assigneeIds: readonly string[];
  /** The key of the card's phase (BoardPhases): the task's own, else its nearest summary's. */
  readonly phase: string | null;
  /** The card's phase as it reads: its current name (a fixed label's name without phase objects). */
  readonly phaseName: string | null;
  /** The phase object, for its colour; null for the fixed labels. */
  readonly phaseObject: LifecyclePhase | null;
}

export interface BoardColumn {
  readonly column: WorkflowColumn;
  /** Every card in the column (unfiltered): the WIP count. */
  readonly total: number;
  readonly wip: { readonly label: string; readonly isOver: boolean };
}

export interface BoardLayout {
  readonly columns: readonly BoardColumn[];
  readonly lanes: readonly Lane[];
  /** The project's phases in order (BoardPhases.lanes): the phase filter's choices and its chip's names. */
  readonly phases: readonly Lane[];
  /** Visible cards per cell, keyed by cellKey(lane, column). */
  readonly cells: ReadonlyMap<string, readonly BoardCard[]>;
  /** Every tag in the plan, sorted: the filter's choices. */
  readonly tags: readonly string[];
  readonly visibleCount: number;
  readonly totalCount: number;
}

export function cellKey(laneKey: string, columnId: ColumnId): string {
  return `${laneKey}|${columnId}`;
}

export interface LayoutInput {
  readonly plan: Plan;
  readonly schedule: ScheduleFlags | null;
  readonly laneMode: LaneMode;
  readonly filter: BoardFilter;
  readonly today: LocalDate;
  /** "Tasks at risk" (domain/raid): only these tasks' cards show; absent = no such filter. */
  readonly onlyTaskIds?: { has(id: string): boolean } | null;
}

/**
 * What one layout keeps for the next, so a drop or an edit rebuilds the board in proportion to
 * what changed: cards whose task, flags, finish and people are unchanged are the same objects,
 * a cell whose cards are unchanged is the same array (its list skips rendering), and the
 * assignee and predecessor indexes are rebuilt only when assignments, resources or links change.
 * Reuse never changes the result: a layout with memory equals one without.
 */
export interface LayoutMemory {
  readonly cards: WeakMap<Task, BoardCard>;
  cells: ReadonlyMap<string, readonly BoardCard[]>;
  tags: readonly string[];
  /** The tasks the tags were read from, to tell whether any task's tags changed since. */
  tagSource: { readonly tasks: Plan['tasks']; readonly count: number } | null;
  lanes: readonly Lane[];
  phases: readonly Lane[];
  assignees: { readonly of: readonly [Plan['assignments'], Plan['resources']]; readonly value: ReturnType<typeof assigneesByTask> } | null;
  predecessors: { readonly of: Plan['links']; readonly value: ReturnType<typeof predecessorsByTask> } | null;
}

export function createLayoutMemory(): LayoutMemory {
  return { cards: new WeakMap(), cells: new Map(), tags: [], tagSource: null, lanes: [], phases: [], assignees: null, predecessors: null };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((id, i) => id === b[i]));
}

function sameLanes(a: readonly Lane[], b: readonly Lane[]): boolean {
  return a.length === b.length && a.every((lane, i) => lane.key === b[i]?.key && lane.label === b[i]?.label);
}

function sameFlags(a: CardFlags, b: CardFlags): boolean {
  return a.isCritical === b.isCritical && a.isLate === b.isLate && a.isBlocked === b.isBlocked && a.isMilestone === b.isMilestone;
}

/** What a card shows of its phase (BoardCard's phase fields). */
interface CardPhase {
  readonly phase: string | null;
  readonly phaseName: string | null;
  readonly phaseObject: LifecyclePhase | null;
}

/** The previous object when nothing the card shows changed, else a new card. */
function cardOf(memory: LayoutMemory | undefined, task: Task, flags: CardFlags, finish: string, assigneeIds: readonly string[], phase: CardPhase): BoardCard {
  const previous = memory?.cards.get(task);
  if (
    previous && previous.phase === phase.phase && previous.phaseName === phase.phaseName && previous.phaseObject === phase.phaseObject
    && previous.finish === finish && sameFlags(previous.flags, flags) && sameIds(previous.assigneeIds, assigneeIds)
  ) return previous;
  const card: BoardCard = { task, flags, finish, assigneeIds, ...phase };
  memory?.cards.set(task, card);
  return card;
}

/** The previous array when it holds the same cards in the same order. */
function sameOrPrevious(previous: readonly BoardCard[] | undefined, next: readonly BoardCard[]): readonly BoardCard[] {
  return previous && previous.length === next.length && previous.every((card, i) => card === next[i]) ? previous : next;
}

/**
 * Every tag, sorted: the previous list while no task's tags changed. immer keeps an untouched
 * task (and its tags array) identical, so that check is a comparison per task, not a set of
 * every tag and a sort by locale.
 */
function tagsOf(plan: Plan, tasks: readonly Task[], memory: LayoutMemory | undefined): readonly string[] {
  const kept = memory?.tagSource;
  const isUnchanged = memory && kept && kept.count === tasks.length && tasks.every((t) => kept.tasks[t.id]?.tags === t.tags);
  if (memory) memory.tagSource = { tasks: plan.tasks, count: tasks.length };
  return isUnchanged ? memory.tags : allTags(tasks);
}

function assigneesOf(plan: Plan, memory: LayoutMemory | undefined): ReturnType<typeof assigneesByTask> {
  const kept = memory?.assignees;
  if (kept && kept.of[0] === plan.assignments && kept.of[1] === plan.resources) return kept.value;
  const value = assigneesByTask(plan);
  if (memory) memory.assignees = { of: [plan.assignments, plan.resources], value };
  return value;
}

function predecessorsOf(plan: Plan, memory: LayoutMemory | undefined): ReturnType<typeof predecessorsByTask> {
  const kept = memory?.predecessors;
  if (kept?.of === plan.links) return kept.value;
  const value = predecessorsByTask(plan.links);
  if (memory) memory.predecessors = { of: plan.links, value };
  return value;
}

export function boardLayout({ plan, schedule, laneMode, filter, today, onlyTaskIds }: LayoutInput, memory?: LayoutMemory): BoardLayout {
  const columns = orderedColumns(plan.columns);
  const fallback = columns[0]?.id;
  const assignees = assigneesOf(plan, memory);
  const predecessors = predecessorsOf(plan, memory);
  const flagsOf = (t: Task): CardFlags => cardFlags(t, plan, predecessors.get(t.id), schedule, today);
  const phases = boardPhases(plan);
  const phaseOf = phases.keyOf;
  const facts = { assignees, flags: flagsOf, finish: (t: Task) => finishOf(t, schedule), today, phaseOf };
  const freshLanes = lanesFor(laneMode, plan, phases);
  const lanes = memory && sameLanes(memory.lanes, freshLanes) ? memory.lanes : freshLanes;
  const phaseList = memory && sameLanes(memory.phases, phases.lanes) ? memory.phases : phases.lanes;
  const laneKeys = new Set(lanes.map((l) => l.key));
  const counts = new Map<ColumnId, number>();
  const built = new Map<string, BoardCard[]>();
  const tasks = Object.values(plan.tasks);
  const cards = tasks.filter(isCard).sort(boardOrder(plan.tasks));
  let visibleCount = 0;
  for (const task of cards) {
    const columnId = columnOf(task, plan.columns, fallback);
    if (columnId === undefined) continue;
    counts.set(columnId, (counts.get(columnId) ?? 0) + 1);
    if (onlyTaskIds && !onlyTaskIds.has(task.id)) continue;
    if (!matchesFilter(task, filter, facts)) continue;
    const phase = phaseOf(task);
    const lane = laneKeyOf(task, laneMode, assignees, phase);
    const cardPhase: CardPhase = phase === null ? NO_PHASE
      : { phase, phaseName: phases.labelOf(phase) ?? null, phaseObject: phases.objectOf(phase) ?? null };
    // A card whose person left the team (a stale assignment) still shows, in the first lane.
    const key = cellKey(laneKeys.has(lane) ? lane : (lanes[0]?.key ?? lane), columnId);
    const card = cardOf(memory, task, flagsOf(task), facts.finish(task), assignees.get(task.id) ?? NO_IDS, cardPhase);
    const cell = built.get(key);
    if (cell) cell.push(card);
    else built.set(key, [card]);
    visibleCount++;
  }
  const cells = new Map<string, readonly BoardCard[]>();
  for (const [key, cell] of built) cells.set(key, sameOrPrevious(memory?.cells.get(key), cell));
  const tags = tagsOf(plan, tasks, memory);
  const layout: BoardLayout = {
    columns: columns.map((column) => {
      const total = counts.get(column.id) ?? 0;
      return { column, total, wip: wipStatus(total, column) };
    }),
    lanes,
    phases: phaseList,
    cells,
    tags,
    visibleCount,
    totalCount: cards.length,
  };
  if (memory) {
    memory.cells = cells;
    memory.tags = layout.tags;
    memory.lanes = lanes;
    memory.phases = phaseList;
  }
  return layout;
}

const NO_IDS: readonly string[] = [];
const NO_PHASE: CardPhase = { phase: null, phaseName: null, phaseObject: null };

/** Ids of a cell's cards, for placement and announcements. */
export function cellIds(layout: BoardLayout, laneKey: string, columnId: ColumnId): TaskId[] {
  return (layout.cells.get(cellKey(laneKey, columnId)) ?? []).map((c) => c.task.id);
}
