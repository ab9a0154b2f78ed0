/**
 * Structural invariants of a plan, repaired where a safe repair exists (each repair is one named
 * warning that counts the entities it touched) and refused otherwise. After `repairStructure`
 * every parent exists, no task is under its own descendant, the outline is at most
 * MAX_OUTLINE_DEPTH deep, summaries are exactly the tasks with children, every reference points
 * at an entity that exists, and calendars resolve without a base-calendar loop.
 * Every walk here is iterative, so a plan of any depth cannot overflow the stack.
 */
import type { CalendarId, ColumnId, TaskId } from '../model/ids';
import type { CalendarException, Plan, ProjectCalendar, Task } from '../model/plan';
import { compareRank } from '../model/rank';
import { MAX_OUTLINE_DEPTH, MAX_PLAN_YEAR, MIN_PLAN_YEAR } from './plan-bounds';
import { formatPath } from './validate';

export interface StructureProblem {
  readonly where: string;
  readonly message: string;
}

export type Repaired = { readonly ok: true; readonly plan: Plan; readonly warnings: string[] } | { readonly ok: false; readonly problem: StructureProblem };

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The tasks under repair: the input's own objects, each copied the first time a repair changes it.
 * Most plans need no repair, and copying 10,000 tasks to change none of them was most of the
 * gate's structure check on a large file. They are held in a Map because the ids the checks look
 * up are a file's parentId and link values, strings V8 has not interned: `Object.hasOwn` on the
 * tasks record with such a key cost ~5 µs (10,000 tasks' links: 41 ms), Map.has a fraction of it.
 */
class TaskRepairs {
  private readonly tasks = new Map<string, Task>();
  private readonly copied = new Set<string>();

  constructor(private readonly input: Plan['tasks']) {
    // Filled key by key: Object.entries made a [key, task] pair for each of a file's tasks first.
    for (const id in input) {
      const task = input[id];
      if (task !== undefined && Object.hasOwn(input, id)) this.tasks.set(id, task);
    }
  }

  get size(): number {
    return this.tasks.size;
  }

  has(id: string): boolean {
    return this.tasks.has(id);
  }

  /** The task as repaired so far. */
  get(id: string): Task | undefined {
    return this.tasks.get(id);
  }

  /** Each task as repaired so far, in the record's order. */
  forEach(visit: (task: Task, id: string) => void): void {
    this.tasks.forEach(visit);
  }

  /** The task to change, copied on its first change (the id is one of the map's). */
  edit(id: string): Mutable<Task> {
    const task = this.tasks.get(id) as Task;
    if (this.copied.has(id)) return task;
    const copy: Mutable<Task> = { ...task };
    this.tasks.set(id, copy);
    this.copied.add(id);
    return copy;
  }

  /** The repaired record: the input itself when nothing changed (same key order either way). */
  result(): Plan['tasks'] {
    return this.copied.size > 0 ? Object.fromEntries(this.tasks) : this.input;
  }
}

/** "3 tasks had a missing parent and were placed at the top level ('A', 'B', 'C')." */
function counted(count: number, one: string, many: string, names: readonly string[] = []): string {
  const shown = names.slice(0, 3).map((n) => `'${n.length > 40 ? `${n.slice(0, 40)}...` : n}'`).join(', ');
  const more = names.length > 3 ? ', ...' : '';
  return `${String(count)} ${count === 1 ? one : many}${shown === '' ? '' : ` (${shown}${more})`}.`;
}

/** Keys match ids (a key/id mismatch is how a duplicate id shows up in a record). */
function keyMismatch(plan: Plan): StructureProblem | null {
  const collections = ['tasks', 'links', 'calendars', 'resources', 'assignments', 'baselines', 'risks', 'stakeholders', 'changes', 'columns', 'raci', 'communications'] as const;
  for (const name of collections) {
    const entities: Readonly<Record<string, { readonly id: string }>> = plan[name];
    for (const key in entities) {
      const entity = entities[key];
      if (entity !== undefined && entity.id !== key) {
        return { where: formatPath([name, key, 'id']), message: `the id '${entity.id}' does not match its key '${key}' (a duplicate or renamed id)` };
      }
    }
  }
  return null;
}

/** Repairs what can be repaired; refuses the rest with a path. */
export function repairStructure(input: Plan): Repaired {
  const mismatch = keyMismatch(input);
  if (mismatch) return { ok: false, problem: mismatch };
  const warnings: string[] = [];
  const calendars = repairCalendars(input, warnings);
  if (!calendars.ok) return calendars;
  const projectCalendar = calendars.projectCalendarId;
  const columns = Object.values(input.columns).sort(compareRank);
  const firstColumn = columns[0]?.id;
  const repairs = new TaskRepairs(input.tasks);
  if (repairs.size > 0 && firstColumn === undefined) {
    return { ok: false, problem: { where: 'columns', message: 'the plan has tasks but no board column to hold them' } };
  }
  const outline = repairOutline(repairs, warnings);
  if (outline) return { ok: false, problem: outline };
  repairTaskReferences(repairs, calendars.value, input.columns, firstColumn, warnings);
  const plan: Plan = {
    ...input,
    project: projectCalendar === input.project.calendarId ? input.project : { ...input.project, calendarId: projectCalendar },
    calendars: calendars.value,
    tasks: repairs.result(),
    ...repairOtherReferences(input, repairs, calendars.value, warnings),
  };
  return { ok: true, plan, warnings };
}

type CalendarRepair = { ok: true; value: Record<string, ProjectCalendar>; projectCalendarId: CalendarId } | { ok: false; problem: StructureProblem };

function repairCalendars(plan: Plan, warnings: string[]): CalendarRepair {
  const out: Record<string, ProjectCalendar> = {};
  let missingBase = 0;
  let clamped = 0;
  for (const [key, c] of Object.entries(plan.calendars)) {
    const base = c.baseCalendarId !== null && !Object.hasOwn(plan.calendars, c.baseCalendarId) ? null : c.baseCalendarId;
    if (base !== c.baseCalendarId) missingBase++;
    const exceptions = clampExceptions(c.exceptions);
    if (exceptions.length !== c.exceptions.length || exceptions.some((e, i) => e !== c.exceptions[i])) clamped++;
    out[key] = base === c.baseCalendarId && exceptions === c.exceptions ? c : { ...c, baseCalendarId: base, exceptions };
  }
  if (missingBase > 0) warnings.push(counted(missingBase, 'calendar had a missing base calendar and now stands alone', 'calendars had a missing base calendar and now stand alone'));
  if (clamped > 0) warnings.push(counted(clamped, `calendar had exceptions outside ${String(MIN_PLAN_YEAR)}-${String(MAX_PLAN_YEAR)}; they were cut to those years`, `calendars had exceptions outside ${String(MIN_PLAN_YEAR)}-${String(MAX_PLAN_YEAR)}; they were cut to those years`));
  let loops = 0;
  for (const start of Object.keys(out)) {
    const seen = new Set<string>();
    for (let id: string | null = start; id !== null; id = out[id]?.baseCalendarId ?? null) {
      if (seen.has(id)) {
        const c = out[id];
        if (c) out[id] = { ...c, baseCalendarId: null };
        loops++;
        break;
      }
      seen.add(id);
    }
  }
  if (loops > 0) warnings.push(counted(loops, 'calendar was its own base through a loop; the loop was cut', 'calendars were their own base through a loop; the loops were cut'));
  if (Object.hasOwn(out, plan.project.calendarId)) return { ok: true, value: out, projectCalendarId: plan.project.calendarId };
  const first = Object.keys(out).sort()[0];
  if (first === undefined) return { ok: false, problem: { where: 'project.calendarId', message: `no calendar '${plan.project.calendarId}', and the plan has no calendar at all` } };
  warnings.push(`The project calendar '${plan.project.calendarId}' was missing; the calendar '${out[first]?.name ?? first}' is used instead.`);
  return { ok: true, value: out, projectCalendarId: first as CalendarId };
}

const MIN_DATE = `${String(MIN_PLAN_YEAR)}-01-01`;
const MAX_DATE = `${String(MAX_PLAN_YEAR)}-12-31`;

/** Exceptions cut to the plan's years (a recurring holiday "until 9999" is common); ones wholly outside are dropped. */
function clampExceptions(exceptions: readonly CalendarException[]): readonly CalendarException[] {
  if (exceptions.every((e) => e.from >= MIN_DATE && e.to <= MAX_DATE)) return exceptions;
  const out: CalendarException[] = [];
  for (const e of exceptions) {
    const from = e.from < MIN_DATE ? MIN_DATE : e.from;
    const to = e.to > MAX_DATE ? MAX_DATE : e.to;
    if (from > to) continue;
    out.push(from === e.from && to === e.to ? e : { ...e, from: from as CalendarException['from'], to: to as CalendarException['to'] });
  }
  return out;
}

/**
 * Missing parents and parent loops are repaired by moving the task to the top level; an outline
 * deeper than MAX_OUTLINE_DEPTH is refused (where: the first task below the limit).
 */
function repairOutline(repairs: TaskRepairs, warnings: string[]): StructureProblem | null {
  const missing: string[] = [];
  repairs.forEach((t, id) => {
    if (t.parentId !== null && !repairs.has(t.parentId)) {
      missing.push(t.name);
      repairs.edit(id).parentId = null;
    }
  });
  if (missing.length > 0) warnings.push(counted(missing.length, 'task had a missing parent and was placed at the top level', 'tasks had a missing parent and were placed at the top level', missing));
  if (!isOutlineShallow(repairs)) {
    const problem = repairLoopsAndDepth(repairs, warnings);
    if (problem) return problem;
  }
  repairKinds(repairs, warnings);
  return null;
}

/**
 * True when every task reaches the top level within MAX_OUTLINE_DEPTH steps up its parents: then
 * no task is under its own descendant and none is too deep, with no Map or Set built. Almost
 * every file is so; the exact walk (repairLoopsAndDepth) finds the loops and the first task too
 * deep in any other. At 10,000 tasks (Chromium, cold, one profile): ~4 ms, where the exact walk took ~45.
 */
function isOutlineShallow(repairs: TaskRepairs): boolean {
  let isShallow = true;
  repairs.forEach((task) => {
    let parentId = task.parentId;
    for (let steps = 0; parentId !== null && isShallow; steps++) {
      if (steps === MAX_OUTLINE_DEPTH) isShallow = false;
      else parentId = repairs.get(parentId)?.parentId ?? null;
    }
  });
  return isShallow;
}

/** The exact outline walk: each parent loop is cut at its last task; a task too deep is refused with where. */
function repairLoopsAndDepth(repairs: TaskRepairs, warnings: string[]): StructureProblem | null {
  const looped: string[] = [];
  const depth = new Map<string, number>();
  // One walk's path, emptied for the next: most walks stop at once (the task's depth is known).
  const path: string[] = [];
  const onPath = new Set<string>();
  let problem: StructureProblem | null = null;
  repairs.forEach((_, start) => {
    if (problem) return;
    path.length = 0;
    onPath.clear();
    let id: string | null = start;
    while (id !== null && !depth.has(id)) {
      if (onPath.has(id)) {
        // The last task walked points back into the path: cutting its parent breaks the loop.
        const lastId = path[path.length - 1] ?? '';
        const last = repairs.get(lastId);
        if (last) {
          looped.push(last.name);
          repairs.edit(lastId).parentId = null;
        }
        break;
      }
      path.push(id);
      onPath.add(id);
      id = repairs.get(id)?.parentId ?? null;
    }
    let level = id === null ? -1 : depth.get(id) ?? -1;
    for (let i = path.length - 1; i >= 0; i--) {
      const at = path[i] as string;
      level = repairs.get(at)?.parentId === null ? 0 : level + 1;
      depth.set(at, level);
      if (level > MAX_OUTLINE_DEPTH) {
        problem = { where: formatPath(['tasks', at, 'parentId']), message: `the outline is more than ${String(MAX_OUTLINE_DEPTH)} levels deep here; Plotline opens outlines up to ${String(MAX_OUTLINE_DEPTH)} levels` };
        return;
      }
    }
  });
  if (problem) return problem;
  if (looped.length > 0) warnings.push(counted(looped.length, 'task was under its own subtask (a parent loop) and was placed at the top level', 'tasks were under their own subtasks (parent loops) and were placed at the top level', looped));
  return null;
}

/** Summaries are exactly the tasks with children, as the commands keep them. */
function repairKinds(repairs: TaskRepairs, warnings: string[]): void {
  const parents = new Set<string>();
  repairs.forEach((t) => {
    if (t.parentId !== null) parents.add(t.parentId);
  });
  let made = 0;
  let unmade = 0;
  repairs.forEach((t, id) => {
    const isParent = parents.size > 0 && parents.has(id);
    if (isParent && t.kind !== 'summary') {
      repairs.edit(id).kind = 'summary';
      made++;
    } else if (!isParent && t.kind === 'summary') {
      repairs.edit(id).kind = 'task';
      unmade++;
    }
  });
  if (made > 0) warnings.push(counted(made, 'task with subtasks became a summary', 'tasks with subtasks became summaries'));
  if (unmade > 0) warnings.push(counted(unmade, 'summary without subtasks became a task', 'summaries without subtasks became tasks'));
}

function repairTaskReferences(
  repairs: TaskRepairs, calendars: Plan['calendars'], columns: Plan['columns'], firstColumn: ColumnId | undefined, warnings: string[],
): void {
  let calendarsMissing = 0;
  let columnsMissing = 0;
  repairs.forEach((t, id) => {
    if (t.calendarId !== null && !Object.hasOwn(calendars, t.calendarId)) {
      repairs.edit(id).calendarId = null;
      calendarsMissing++;
    }
    if (!Object.hasOwn(columns, t.statusId) && firstColumn !== undefined) {
      repairs.edit(id).statusId = firstColumn;
      columnsMissing++;
    }
  });
  if (calendarsMissing > 0) warnings.push(counted(calendarsMissing, 'task had a missing calendar and now uses the project calendar', 'tasks had a missing calendar and now use the project calendar'));
  if (columnsMissing > 0) warnings.push(counted(columnsMissing, 'task had a missing board column and was put in the first column', 'tasks had a missing board column and were put in the first column'));
}

function repairOtherReferences(
  plan: Plan, tasks: TaskRepairs, calendars: Plan['calendars'], warnings: string[],
): Pick<Plan, 'links' | 'assignments' | 'resources' | 'risks' | 'changes'> {
  const links: Plan['links'][string][] = [];
  // The successors already linked from each predecessor: a pair seen twice is a repeated link.
  // (Keyed as one "pred\0succ" text, each of a file's links built and hashed a new string.)
  const linkedFrom = new Map<string, Set<string>>();
  let dropped = 0;
  for (const l of Object.values(plan.links)) {
    const successors = linkedFrom.get(l.predecessorId);
    if (!tasks.has(l.predecessorId) || !tasks.has(l.successorId) || l.predecessorId === l.successorId || successors?.has(l.successorId) === true) dropped++;
    else {
      if (successors) successors.add(l.successorId);
      else linkedFrom.set(l.predecessorId, new Set([l.successorId]));
      links.push(l);
    }
  }
  if (dropped > 0) warnings.push(counted(dropped, 'link to a missing task, to itself or repeating another link was removed', 'links to missing tasks, to themselves or repeating other links were removed'));
  const resources = Object.fromEntries(Object.entries(plan.resources).map(([k, r]) =>
    [k, r.calendarId !== null && !Object.hasOwn(calendars, r.calendarId) ? { ...r, calendarId: null } : r]));
  const resourceCalendars = Object.values(plan.resources).filter((r) => r.calendarId !== null && !Object.hasOwn(calendars, r.calendarId)).length;
  if (resourceCalendars > 0) warnings.push(counted(resourceCalendars, 'resource had a missing calendar and now uses the project calendar', 'resources had a missing calendar and now use the project calendar'));
  const assignments = Object.values(plan.assignments).filter((a) => tasks.has(a.taskId) && Object.hasOwn(plan.resources, a.resourceId));
  const lostAssignments = Object.keys(plan.assignments).length - assignments.length;
  if (lostAssignments > 0) warnings.push(counted(lostAssignments, 'assignment of a missing task or resource was removed', 'assignments of missing tasks or resources were removed'));
  const keep = (ids: readonly TaskId[]): readonly TaskId[] => (ids.every((id) => tasks.has(id)) ? ids : ids.filter((id) => tasks.has(id)));
  const risks = Object.fromEntries(Object.entries(plan.risks).map(([k, r]) => [k, keep(r.taskIds) === r.taskIds ? r : { ...r, taskIds: keep(r.taskIds) }]));
  const changes = Object.fromEntries(Object.entries(plan.changes).map(([k, c]) => [k, keep(c.taskIds) === c.taskIds ? c : { ...c, taskIds: keep(c.taskIds) }]));
  return {
    links: links.length === Object.keys(plan.links).length ? plan.links : Object.fromEntries(links.map((l) => [l.id, l])),
    assignments: lostAssignments === 0 ? plan.assignments : Object.fromEntries(assignments.map((a) => [a.id, a])),
    resources: resourceCalendars === 0 ? plan.resources : resources,
    risks, changes,
  };
}
