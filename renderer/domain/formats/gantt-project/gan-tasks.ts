/** GanttProject tasks, dependencies and baselines (mapping documented in gan-reader.ts). */
import type { BaselineId, LinkId, TaskId } from '../../model/ids';
import type { Baseline, Link, LinkType, WorkWeek } from '../../model/plan';
import { atTime, parseLocalDate, type LocalDate } from '../../model/time';
import type { TaskDraft } from '../plan-assembly';
import { attr, child, childrenNamed, type XmlElement } from '../xml/xml-tree';
import { finishAfter } from './gan-calendar';
import { taskCustomExtra } from './gan-custom-fields';
import { manualFixedCost } from './gan-drops';
import type { CustomFieldDefinition } from '../../model/custom-fields';

export interface GanContext {
  readonly newId: () => string;
  readonly week: WorkWeek;
  readonly holidays: ReadonlySet<string>;
  readonly minutesPerDay: number;
  readonly warnings: string[];
  /** The file's custom columns; each task's values go to its extra. */
  readonly customFields: readonly CustomFieldDefinition[];
  /** GanttProject ids of the tasks with people allocated (their manual cost is not a fixed cost). */
  readonly staffed: ReadonlySet<string>;
}

/** depend/@type: 1 = start-start, 2 = finish-start, 3 = finish-finish, 4 = start-finish. */
const DEPEND_TYPES: Readonly<Record<string, LinkType>> = { 1: 'SS', 2: 'FS', 3: 'FF', 4: 'SF' };
/** task/@priority persistent values. */
const PRIORITY: Readonly<Record<string, number>> = { 3: 100, 0: 300, 1: 500, 2: 700, 4: 900 };

/** Tasks in pre-order (parents before children), then links resolved by GanttProject id. */
export function readTaskTree(root: XmlElement, ctx: GanContext, offsets?: Map<string, number>): { drafts: TaskDraft[]; links: Link[]; byGanId: Map<string, TaskId> } {
  const container = child(root, 'tasks');
  const drafts: TaskDraft[] = [];
  const byGanId = new Map<string, TaskId>();
  const depends: { predecessor: TaskId; el: XmlElement }[] = [];
  const stack: { el: XmlElement; parentId: TaskId | null }[] = (container ? childrenNamed(container, 'task') : []).reverse().map((el) => ({ el, parentId: null }));
  for (let item = stack.pop(); item; item = stack.pop()) {
    const draft = readTask(item.el, item.parentId, ctx);
    offsets?.set(draft.id, item.el.offset);
    drafts.push(draft);
    const ganId = attr(item.el, 'id') ?? '';
    if (!byGanId.has(ganId)) byGanId.set(ganId, draft.id);
    for (const d of childrenNamed(item.el, 'depend')) depends.push({ predecessor: draft.id, el: d });
    const kids = childrenNamed(item.el, 'task');
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ el: kids[i] as XmlElement, parentId: draft.id });
  }
  const links = depends.flatMap(({ predecessor, el }): Link[] => {
    const successor = byGanId.get(attr(el, 'id') ?? '');
    if (successor === undefined) {
      ctx.warnings.push(`A dependency on missing task id ${attr(el, 'id') ?? '?'} was skipped.`);
      return [];
    }
    const days = Number(attr(el, 'difference') ?? '0');
    const id = ctx.newId() as LinkId;
    offsets?.set(id, el.offset);
    return [{
      id, predecessorId: predecessor, successorId: successor, type: DEPEND_TYPES[attr(el, 'type') ?? '2'] ?? 'FS',
      lagMinutes: Number.isFinite(days) ? Math.round(days * ctx.minutesPerDay) : 0, lagIsElapsed: false,
    }];
  });
  return { drafts, links, byGanId };
}

/** 20 years of days: the longest duration the gate admits (plan-bounds.ts MAX_SPAN_MINUTES). */
const FINISH_GUESS_DAYS = 7305;

function readTask(el: XmlElement, parentId: TaskId | null, ctx: GanContext): TaskDraft {
  const start = parseLocalDate(attr(el, 'start') ?? '') ?? ('2000-01-03' as LocalDate);
  const rawDays = Number(attr(el, 'duration') ?? '1');
  const days = Number.isFinite(rawDays) ? Math.max(0, Math.min(rawDays, 36_500)) : 1;
  const isMilestone = attr(el, 'meeting') === 'true' || days === 0;
  const complete = Number(attr(el, 'complete') ?? '0');
  // GanttProject keeps a task no earlier than its stored start (dependencies only push it later),
  // which is MS Project's start-no-earlier-than; a summary's start is its children's.
  const isLeaf = childrenNamed(el, 'task').length === 0;
  return {
    id: ctx.newId() as TaskId, parentId, name: attr(el, 'name') ?? '', notes: child(el, 'notes')?.text.trim() ?? '',
    kind: isMilestone ? 'milestone' : 'task', durationMinutes: isMilestone ? 0 : Math.round(days * ctx.minutesPerDay),
    schedulingMode: 'auto', start: atTime(start, '09:00'),
    // The finish is only a first guess (the engine schedules); walking a duration past the plan
    // bound is wasted work on a task the gate refuses anyway.
    finish: !isMilestone && Math.ceil(days) > FINISH_GUESS_DAYS ? atTime(start, '17:00') : finishAfter(start, isMilestone ? 0 : Math.ceil(days), ctx.week, ctx.holidays),
    constraint: isLeaf ? { type: 'SNET', date: atTime(start, '09:00') } : { type: 'ASAP', date: null }, deadline: null,
    percentComplete: Number.isFinite(complete) ? Math.min(100, Math.max(0, complete)) : 0, actualStart: null, actualFinish: null,
    priority: PRIORITY[attr(el, 'priority') ?? '1'] ?? 500, phase: null, tags: [], calendarId: null,
    ...fixedCostOf(el, ctx),
    ...extraOf(el, ctx),
  };
}

/**
 * The author's task id (for `plotline schedule` and for people matching rows back to GanttProject)
 * and the task's custom column values.
 */
function fixedCostOf(el: XmlElement, ctx: GanContext): { fixedCost?: number } {
  const amount = manualFixedCost(el, ctx.staffed);
  return amount === null ? {} : { fixedCost: amount };
}

function extraOf(el: XmlElement, ctx: GanContext): { extra?: Record<string, unknown> } {
  const extra = { ...(attr(el, 'id') !== undefined ? { ganId: attr(el, 'id') } : {}), ...taskCustomExtra(el, ctx.customFields) };
  return Object.keys(extra).length > 0 ? { extra } : {};
}

/** <previous><previous-tasks name> -> Baseline number 0, 1, ... (at most 11, MS Project's limit). */
export function readBaselines(root: XmlElement, ctx: GanContext, byGanId: ReadonlyMap<string, TaskId>, now: string): Baseline[] {
  const previous = child(root, 'previous');
  const sets = previous ? childrenNamed(previous, 'previous-tasks') : [];
  if (sets.length > 11) ctx.warnings.push(`Only the first 11 of ${String(sets.length)} baselines were imported.`);
  return sets.slice(0, 11).map((set, number) => {
    const rows = childrenNamed(set, 'previous-task').flatMap((el) => {
      const taskId = byGanId.get(attr(el, 'id') ?? '');
      const start = parseLocalDate(attr(el, 'start') ?? '');
      const days = Math.max(0, Math.min(Number(attr(el, 'duration') ?? '0') || 0, 36_500));
      if (taskId === undefined || start === null) return [];
      const finish = Math.ceil(days) > FINISH_GUESS_DAYS ? atTime(start, '17:00') : finishAfter(start, Math.ceil(days), ctx.week, ctx.holidays);
      return [[taskId, { start: atTime(start, '09:00'), finish, durationMinutes: Math.round(days * ctx.minutesPerDay), workMinutes: 0, cost: 0 }] as const];
    });
    return { id: ctx.newId() as BaselineId, number, name: attr(set, 'name') ?? `Baseline ${String(number)}`, savedAt: now, tasks: Object.fromEntries(rows) };
  });
}
