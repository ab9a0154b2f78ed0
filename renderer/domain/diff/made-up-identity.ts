/**
 * What a copy's reader made up rather than read (formats/not-carried.ts), put back as the other
 * plan has it before the two are compared, so only what people typed counts.
 *
 * Task order in a copy whose file carries only the order of its rows (CSV, Excel, MS Project,
 * GanttProject): its reader spreads fresh ranks over each list (plan-assembly.ts), so one row
 * inserted renumbers every sibling, and two copies that each inserted a row would both "change"
 * the rank of every task after it. Here the copy's order is written in the base's ranks instead,
 * as the app writes a move or an insert: the tasks whose order the copy kept keep the base's
 * rank, and only a task added, moved, or given a new parent (or board column) gets a new one.
 *
 * What a task shows, in a copy whose file writes shown values (a table, MS Project, GanttProject):
 * a subtask's stage and a summary's duration are stored as the reader could (withBaseWhereShownAlike).
 */
import { boardOrder, isCard } from '../board/columns';
import { categoryOfProgress } from '../board/progress-rules';
import { compareRank, ranksBetween, type ColumnCategory, type ColumnId, type Plan, type Resource, type Task } from '../model';
import { effectivePhase } from '../model/phase';
import type { NotCarried, NotCarriedResourceField, NotCarriedTaskField } from '../formats/not-carried';

type RankField = 'rank' | 'boardRank';

/**
 * The copy (in the base's id space) with the base's values of the project fields its file does
 * not carry, the base's collections where its file has none (a CSV's risks and phases), and its
 * task order in the base's ranks when either file's ranks were made up.
 */
export function asBaseWhereNotCarried(copy: Plan, base: Plan, notCarried?: NotCarried, baseNotCarried?: NotCarried): Plan {
  const withTaskFields = asOtherWhereNotCarried(copy, base, notCarried);
  const withShown = notCarried?.shownValues === true || baseNotCarried?.shownValues === true ? withBaseWhereShownAlike(withTaskFields, base) : withTaskFields;
  return notCarried?.ranks === true || baseNotCarried?.ranks === true ? withBaseRanks(withShown, base) : withShown;
}

/**
 * `plan` with `other`'s values of what its own file has no place for: project fields, whole
 * collections and task fields (NotCarried). Both plans in one id space. For the plan whose file
 * made them up, whichever side of a comparison it is on: a copy compared as the newer plan
 * (asBaseWhereNotCarried), or as the older one (diffPlans' A, `plotline diff old.xml plan.plotline`).
 */
export function asOtherWhereNotCarried(plan: Plan, other: Plan, notCarried?: NotCarried): Plan {
  const fields = notCarried?.project ?? [];
  const project: Record<string, unknown> = { ...plan.project };
  for (const field of fields) {
    if (other.project[field] === undefined) delete project[field];
    else project[field] = other.project[field];
  }
  const withFields: Plan = fields.length === 0 ? plan : { ...plan, project: project as unknown as Plan['project'] };
  const collections = notCarried?.collections ?? [];
  const withCollections: Plan = collections.length === 0 ? withFields : { ...withFields, ...Object.fromEntries(collections.map((c) => [c, other[c]])) };
  const withTasks = withBaseTaskFields(withCollections, other, notCarried?.taskFields ?? []);
  return withOtherResourceFields(withTasks, other, notCarried?.resourceFields ?? []);
}

/** `plan` with `other`'s values of the people's fields its file has no place for, on every person both have; a person only `plan` has keeps what its reader gave. */
function withOtherResourceFields(plan: Plan, other: Plan, fields: readonly NotCarriedResourceField[]): Plan {
  if (fields.length === 0) return plan;
  const resources: Record<string, Resource> = {};
  for (const resource of Object.values(plan.resources)) {
    const was = other.resources[resource.id];
    if (was === undefined) {
      resources[resource.id] = resource;
      continue;
    }
    const next: Record<string, unknown> = { ...resource };
    for (const field of fields) {
      if (was[field] === undefined) delete next[field];
      else next[field] = was[field];
    }
    resources[resource.id] = next as unknown as Resource;
  }
  return { ...plan, resources };
}

/**
 * The copy with the base's values of the task fields its file has no place for (NotCarried.taskFields),
 * on every task the base has too; a task the copy added keeps what its reader gave it. The board:
 * the copy's columns are its reader's defaults, made afresh, and each task is in the one its
 * progress picked, so the copy takes the base's columns, and a task stays in its base column unless
 * the copy changed its progress to another kind (not started, started, done, categoryOfProgress)
 * than that column's, when it goes to the base's first column of the kind, as the reader put it. A task that stays keeps its
 * base place too; one that moves is placed among them by withBaseRanks.
 */
function withBaseTaskFields(copy: Plan, base: Plan, fields: readonly NotCarriedTaskField[]): Plan {
  if (fields.length === 0) return copy;
  const has = new Set(fields);
  const baseColumns = Object.values(base.columns).sort(compareRank);
  const firstOfKind = (category: ColumnCategory | undefined): ColumnId | undefined =>
    (baseColumns.find((c) => c.category === category) ?? baseColumns[0])?.id;
  const tasks: Record<string, Task> = {};
  for (const task of Object.values(copy.tasks)) {
    const was = base.tasks[task.id];
    const next: Record<string, unknown> = { ...task };
    if (was !== undefined) {
      if (has.has('phase')) {
        next['phase'] = was.phase;
        asIn(next, was, 'phaseId');
      }
      if (has.has('tags')) next['tags'] = was.tags;
      if (has.has('budget')) asIn(next, was, 'budget');
      if (has.has('estimate')) asIn(next, was, 'estimate');
    }
    if (has.has('board')) {
      const kind = copy.columns[task.statusId]?.category;
      // Progress of the same kind in both: the copy's column is only its reader's pick. Of another kind
      // (the person finished the task in MS Project), the base's column stays only if it is of that kind.
      const stays = was !== undefined && (categoryOfProgress(was) === categoryOfProgress(task) || base.columns[was.statusId]?.category === kind);
      next['statusId'] = stays ? was.statusId : firstOfKind(kind) ?? task.statusId;
      // The file has no place in a column either: the reader's is the rows' order.
      if (stays) next['boardRank'] = was.boardRank;
    }
    tasks[task.id] = next as unknown as Task;
  }
  return { ...copy, tasks, ...(has.has('board') ? { columns: base.columns } : {}) };
}

/** `target[key]` as `source` has it, absent where it is absent (an optional field stays optional). */
function asIn<K extends keyof Task>(target: Record<string, unknown>, source: Task, key: K): void {
  if (source[key] === undefined) delete target[key];
  else target[key] = source[key];
}

/**
 * The copy with the base's stored stage and duration where its task shows what the base's shows.
 * A file writes each row's stage as shown, and its reader stores a subtask's only where it differs
 * from its summary's (ownPhaseFor); a summary's duration is its subtasks' span, which the reader
 * stores as read. The sample plan against its own CSV listed 44 subtasks' stages ('initiation' to
 * none, each still in Initiation) and 10 summaries' durations as changed. Swapping a task's stored
 * stage for one it shows alike keeps every subtask's shown stage too, whatever the order.
 */
function withBaseWhereShownAlike(copy: Plan, base: Plan): Plan {
  let tasks: Record<string, Task> | null = null;
  for (const task of Object.values(copy.tasks)) {
    const was = base.tasks[task.id];
    if (was === undefined) continue;
    const phase = task.phase !== was.phase && effectivePhase(copy.tasks, task) === effectivePhase(base.tasks, was) ? was.phase : task.phase;
    const rolledUp = task.kind === 'summary' && was.kind === 'summary' && task.schedulingMode !== 'manual' && was.schedulingMode !== 'manual';
    const durationMinutes = rolledUp ? was.durationMinutes : task.durationMinutes;
    if (phase === task.phase && durationMinutes === task.durationMinutes) continue;
    tasks ??= { ...copy.tasks };
    tasks[task.id] = { ...task, phase, durationMinutes };
  }
  const withTasks = tasks === null ? copy : { ...copy, tasks };
  return withBaseWorkWhereShownAlike(withTasks, base);
}

/**
 * An assignment's "work follows duration x units" (workMinutes null) on one side and exactly that
 * work typed on the other read alike, the copy taking the base's: a file carries each assignment's
 * work as a number (MS Project's Work), so its reader stores it typed. The sample plan against its
 * own MS Project XML listed 53 assignments' work as changed from none to the same hours, and the
 * same 53 from the hours to none with the XML as the older plan (`plotline diff old.xml plan.plotline`).
 * Within half a minute, as a file's work is whole minutes.
 */
function withBaseWorkWhereShownAlike(copy: Plan, base: Plan): Plan {
  let assignments: Record<string, Plan['assignments'][string]> | null = null;
  for (const assignment of Object.values(copy.assignments)) {
    const was = base.assignments[assignment.id];
    if (was === undefined || assignment.units !== was.units || (was.workMinutes === null) === (assignment.workMinutes === null)) continue;
    const task = base.tasks[was.taskId];
    if (task === undefined || copy.tasks[assignment.taskId]?.durationMinutes !== task.durationMinutes) continue;
    const typed = was.workMinutes ?? assignment.workMinutes ?? 0;
    if (Math.abs(typed - task.durationMinutes * was.units) >= 0.5) continue;
    assignments ??= { ...copy.assignments };
    assignments[assignment.id] = { ...assignment, workMinutes: was.workMinutes };
  }
  return assignments === null ? copy : { ...copy, assignments };
}

/**
 * The copy (in the base's id space) with its task order expressed in the base's ranks. The board
 * order is the cards' (a summary is no card, has no place a file carries, and is never drawn on
 * the board): a summary keeps the base's board rank, and the cards are ordered among themselves.
 * Ordered with the summaries, whose ranks the reader made up between the cards', the sample plan
 * against its own CSV listed 15 "place in board column" changes where the cards had not moved.
 */
function withBaseRanks(copy: Plan, base: Plan): Plan {
  const outline = rebased(copy.tasks, base.tasks, 'rank', (t) => t.parentId ?? '');
  const board = rebased(cardsOf(copy.tasks), base.tasks, 'boardRank', (t) => t.statusId, boardPositions(base.tasks));
  for (const task of Object.values(copy.tasks)) {
    const was = base.tasks[task.id];
    if (!isCard(task) && was !== undefined && was.boardRank !== task.boardRank) board.set(task.id, was.boardRank);
  }
  if (outline.size === 0 && board.size === 0) return copy;
  const tasks: Record<string, Task> = { ...copy.tasks };
  for (const id of new Set([...outline.keys(), ...board.keys()])) {
    const task = tasks[id];
    if (task !== undefined) tasks[id] = { ...task, rank: outline.get(id) ?? task.rank, boardRank: board.get(id) ?? task.boardRank };
  }
  return { ...copy, tasks };
}

/** The tasks drawn as board cards (isCard). */
function cardsOf(tasks: Plan['tasks']): Plan['tasks'] {
  return Object.fromEntries(Object.entries(tasks).filter(([, task]) => isCard(task)));
}

/**
 * Each base card's place in its column as the board draws it (boardOrder: rank, then outline
 * order). The sample plan's columns hold equal ranks (three cards at 'C'), and by rank alone
 * only one of each tied group could keep its place: the others were listed as moved.
 */
function boardPositions(baseTasks: Plan['tasks']): ReadonlyMap<string, number> {
  const columns = new Map<string, Task[]>();
  for (const task of Object.values(cardsOf(baseTasks))) {
    const column = columns.get(task.statusId);
    if (column) column.push(task);
    else columns.set(task.statusId, [task]);
  }
  const positions = new Map<string, number>();
  const order = boardOrder(baseTasks);
  for (const column of columns.values()) column.sort(order).forEach((task, i) => positions.set(task.id, i));
  return positions;
}

/**
 * New ranks of `field` (task id -> rank) for the copy's tasks, list by list (`groupOf`); unchanged
 * ones left out. `basePositions` orders the base's tasks where their ranks alone do not (ties).
 */
function rebased(tasks: Plan['tasks'], baseTasks: Plan['tasks'], field: RankField, groupOf: (t: Task) => string, basePositions?: ReadonlyMap<string, number>): Map<string, string> {
  const lists = new Map<string, Task[]>();
  for (const task of Object.values(tasks)) {
    const list = lists.get(groupOf(task));
    if (list) list.push(task);
    else lists.set(groupOf(task), [task]);
  }
  const out = new Map<string, string>();
  for (const [group, list] of lists) {
    list.sort((a, b) => (a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    // The base's rank of each task that was in this same list there; undefined for one added or moved in.
    const baseRanks = list.map((t) => {
      const was = baseTasks[t.id];
      return was !== undefined && groupOf(was) === group ? was[field] : undefined;
    });
    const kept = keptInOrder(basePositions ? list.map((t, i) => (baseRanks[i] === undefined ? undefined : basePositions.get(t.id))) : baseRanks);
    let at = 0;
    while (at < list.length) {
      if (kept.has(at)) {
        setIfChanged(out, list[at], field, baseRanks[at] ?? '');
        at++;
        continue;
      }
      // A run of tasks without a kept rank goes between the kept ranks around it.
      let end = at;
      while (end < list.length && !kept.has(end)) end++;
      const lo = at === 0 ? null : baseRanks[at - 1] ?? null;
      const hi = end === list.length ? null : baseRanks[end] ?? null;
      // Between two kept tasks of one tied rank there is no rank: the run takes that rank too.
      const ranks = lo !== null && hi !== null && lo >= hi ? Array.from({ length: end - at }, () => lo) : ranksBetween(lo, hi, end - at);
      ranks.forEach((rank, i) => setIfChanged(out, list[at + i], field, rank));
      at = end;
    }
  }
  return out;
}

function setIfChanged(out: Map<string, string>, task: Task | undefined, field: RankField, rank: string): void {
  if (task !== undefined && task[field] !== rank) out.set(task.id, rank);
}

/**
 * The positions that keep their base rank: the longest run, in the copy's order, whose base ranks
 * strictly rise (patience sorting, O(n log n)), so the fewest tasks count as moved.
 */
function keptInOrder(ranks: readonly (string | number | undefined)[]): Set<number> {
  const tails: number[] = [];
  const before = new Map<number, number>();
  ranks.forEach((rank, i) => {
    if (rank === undefined) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const tail = ranks[tails[mid] ?? 0];
      if (tail !== undefined && tail < rank) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) before.set(i, tails[lo - 1] ?? 0);
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i: number | undefined = tails[tails.length - 1]; i !== undefined; i = before.get(i)) kept.add(i);
  return kept;
}
