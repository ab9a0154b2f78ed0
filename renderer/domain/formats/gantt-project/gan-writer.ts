/**
 * GanttProject (.gan) export: the plan as GanttProject 3 writes it, so it opens there and reads
 * back here (gan-reader.ts documents each field; this is its inverse). Field mapping:
 * - task id: the author's GanttProject id (extra.ganId) when every task has a distinct one, else
 *   0, 1, 2... in outline order; nested <task>s are children; meeting="true" marks a milestone.
 * - start: the scheduled start's date (a start at or after the end of its working day is the next
 *   working day, where GanttProject shows it); duration: working days (durationMinutes /
 *   minutesPerDay, rounded up to whole days, GanttProject's unit); complete: % complete, whole.
 * - priority: Plotline's 0..1000 to GanttProject's five levels (3 lowest, 0 low, 1 normal, 2 high,
 *   4 highest); <notes>: the task notes; cost-manual-value: the fixed cost.
 * - <depend id=successor type difference hardness="Strong"> on the predecessor: type 1 SS, 2 FS,
 *   3 FF, 4 SF; difference is the lag in working days (rounded).
 * - custom fields: <taskproperty type="custom" valuetype> per definition, <customproperty> per value.
 * - calendar, people, allocations, vacations, baselines and roles: gan-write-parts.ts.
 * What .gan cannot hold is named in the returned warnings (gan-export-warnings.ts).
 * Every value goes through XmlWriter's escaping; nothing is written as a GanttProject formula.
 */
import type { Plan, Task } from '../../model/plan';
import type { TaskId } from '../../model/ids';
import { childIndex } from '../../model/outline';
import { customFieldDefinitions, taskCustomValues, type CustomFieldDefinition, type CustomFieldType, type CustomFieldValue } from '../../model/custom-fields';
import { planWithScheduledDates, type KnownSchedule } from '../../schedule/scheduled-plan';
import { XmlWriter } from '../xml/xml-writer';
import { fixedCostsNotWritten, ganExportWarnings } from './gan-export-warnings';
import { ganDayCalendar, workingDays, writeCalendars, writePeople, type GanDayCalendar } from './gan-write-parts';

export interface GanExportOptions {
  /** ISO timestamp of the export: GanttProject's view-date when the plan has no tasks. */
  readonly now: string;
  /** The engine's schedule of this plan, when the caller has it; otherwise the plan is scheduled here. */
  readonly schedule?: KnownSchedule;
}

export interface GanExport {
  readonly text: string;
  /** What the plan holds that a .gan file cannot, one sentence per kind with a count. */
  readonly warnings: readonly string[];
}

/** task/@priority from Plotline's 0..1000: the nearest of the five levels the reader maps back. */
const PRIORITY_LEVELS: readonly [number, string][] = [[100, '3'], [300, '0'], [500, '1'], [700, '2'], [900, '4']];
const DEPEND_CODES = { SS: '1', FS: '2', FF: '3', SF: '4' } as const;
const VALUE_TYPES: Readonly<Record<CustomFieldType, string>> = { text: 'text', boolean: 'boolean', integer: 'int', number: 'double', date: 'date' };
/** GanttProject's built-in columns, which it expects before the custom ones. */
const DEFAULT_PROPERTIES: readonly [string, string, string][] = [
  ['tpd0', 'type', 'icon'], ['tpd1', 'priority', 'icon'], ['tpd2', 'info', 'icon'], ['tpd3', 'name', 'text'],
  ['tpd4', 'begindate', 'date'], ['tpd5', 'enddate', 'date'], ['tpd6', 'duration', 'int'], ['tpd7', 'completion', 'int'],
  ['tpd8', 'coordinator', 'text'], ['tpd9', 'predecessorsr', 'text'],
];

/** Writes the plan as a GanttProject document, with the scheduled dates. */
export function exportGanttProject(stored: Plan, options: GanExportOptions): GanExport {
  const plan = planWithScheduledDates(stored, options.schedule);
  const ids = ganIds(plan);
  const days = ganDayCalendar(plan);
  const fields = ganFields(customFieldDefinitions(plan.project));
  const w = new XmlWriter('<?xml version="1.0" encoding="UTF-8"?>');
  const first = Object.values(plan.tasks).reduce<string | null>((min, t) => (min === null || t.start < min ? t.start : min), null);
  w.open('project', {
    name: plan.project.name, company: '', webLink: '', 'view-date': first === null ? options.now.slice(0, 10) : first.slice(0, 10),
    'view-index': '0', version: '3.2', locale: 'en',
  });
  w.leaf('description', plan.project.description);
  writeCalendars(w, days);
  w.open('tasks', { 'empty-milestones': 'true' });
  writeTaskProperties(w, fields);
  writeTaskTree(w, plan, { ids, days, fields, costNotWritten: fixedCostsNotWritten(plan) });
  w.close('tasks');
  writePeople(w, plan, ids);
  w.empty('roles', { 'roleset-name': 'Default' });
  w.close('project');
  return { text: w.toString(), warnings: ganExportWarnings(plan, days) };
}

/** What a .gan file would leave out of this (scheduled) plan, as exportGanttProject's warnings say it. */
export function ganNotWritten(plan: Plan): string[] {
  return ganExportWarnings(plan, ganDayCalendar(plan));
}

/** The author's ids when they are all there, distinct and numeric; otherwise 0, 1, 2... in outline order. */
function ganIds(plan: Plan): ReadonlyMap<string, string> {
  const tasks = Object.values(plan.tasks);
  const kept = tasks.map((t) => t.extra?.ganId);
  const isKept = kept.every((id): id is string => typeof id === 'string' && /^\d{1,9}$/.test(id)) && new Set(kept).size === kept.length;
  if (isKept) return new Map(tasks.map((t) => [t.id, String(t.extra?.ganId)]));
  const index = childIndex(plan.tasks);
  const out = new Map<string, string>();
  const stack = [...(index.get(null) ?? [])].reverse();
  for (let task = stack.pop(); task; task = stack.pop()) {
    out.set(task.id, String(out.size));
    stack.push(...[...(index.get(task.id) ?? [])].reverse());
  }
  return out;
}

/** A custom field and the taskproperty id it is written under (the author's "tpcN", else a new one). */
interface GanField {
  readonly field: CustomFieldDefinition;
  readonly propertyId: string;
}

function ganFields(fields: readonly CustomFieldDefinition[]): readonly GanField[] {
  const isKept = fields.every((f) => /^tpc\d{1,6}$/.test(f.id)) && new Set(fields.map((f) => f.id)).size === fields.length;
  return fields.map((field, i) => ({ field, propertyId: isKept ? field.id : `tpc${String(i)}` }));
}

function writeTaskProperties(w: XmlWriter, fields: readonly GanField[]): void {
  w.open('taskproperties');
  for (const [id, name, valuetype] of DEFAULT_PROPERTIES) w.empty('taskproperty', { id, name, type: 'default', valuetype });
  for (const { field, propertyId } of fields) {
    w.empty('taskproperty', {
      id: propertyId, name: field.name, type: 'custom', valuetype: VALUE_TYPES[field.type],
      ...(field.defaultValue === null ? {} : { defaultvalue: customText(field.defaultValue) }),
    });
  }
  w.close('taskproperties');
}

interface TreeContext {
  readonly ids: ReadonlyMap<string, string>;
  readonly days: GanDayCalendar;
  readonly fields: readonly GanField[];
  /** Tasks whose fixed cost is not written (named among the export's warnings). */
  readonly costNotWritten: ReadonlySet<string>;
}

/** Tasks depth first with an explicit stack (deep outlines must not overflow the call stack). */
function writeTaskTree(w: XmlWriter, plan: Plan, ctx: TreeContext): void {
  const index = childIndex(plan.tasks);
  const successors = new Map<TaskId, Plan['links'][string][]>();
  for (const link of Object.values(plan.links)) {
    const list = successors.get(link.predecessorId);
    if (list) list.push(link);
    else successors.set(link.predecessorId, [link]);
  }
  type Step = { readonly task: Task; readonly isClose: boolean };
  const stack: Step[] = [...(index.get(null) ?? [])].reverse().map((task) => ({ task, isClose: false }));
  for (let step = stack.pop(); step; step = stack.pop()) {
    if (step.isClose) {
      w.close('task');
      continue;
    }
    const kids = index.get(step.task.id) ?? [];
    writeTaskOpen(w, plan, step.task, ctx, successors.get(step.task.id) ?? [], kids.length === 0);
    if (kids.length === 0) continue;
    stack.push({ task: step.task, isClose: true });
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid) stack.push({ task: kid, isClose: false });
    }
  }
}

/** One <task> with its notes, dependencies and custom values; a leaf is closed here, a summary after its children. */
function writeTaskOpen(w: XmlWriter, plan: Plan, task: Task, ctx: TreeContext, links: readonly Plan['links'][string][], isLeaf: boolean): void {
  const isMilestone = task.kind === 'milestone';
  const fixedCost = ctx.costNotWritten.has(task.id) ? 0 : task.fixedCost ?? 0;
  w.open('task', {
    id: ctx.ids.get(task.id) ?? '', name: task.name, meeting: isMilestone ? 'true' : 'false',
    start: ctx.days.startDate(task.start), duration: String(isMilestone ? 0 : workingDays(task.durationMinutes, plan.project.minutesPerDay)),
    complete: String(Math.round(task.percentComplete)), priority: priorityCode(task.priority), expand: 'true',
    ...(fixedCost > 0 ? { 'cost-manual-value': String(fixedCost), 'cost-calculated': 'false' } : {}),
  });
  if (task.notes !== '') w.leaf('notes', task.notes);
  for (const link of links) {
    const successor = ctx.ids.get(link.successorId);
    if (successor === undefined) continue;
    w.empty('depend', {
      id: successor, type: DEPEND_CODES[link.type], difference: String(Math.round(link.lagMinutes / plan.project.minutesPerDay)), hardness: 'Strong',
    });
  }
  const values = taskCustomValues(task);
  for (const { field, propertyId } of ctx.fields) {
    const value = values[field.id];
    if (value !== undefined) w.empty('customproperty', { 'taskproperty-id': propertyId, value: customText(value) });
  }
  if (isLeaf) w.close('task');
}

function priorityCode(priority: number): string {
  let best = PRIORITY_LEVELS[2] ?? [500, '1'];
  for (const level of PRIORITY_LEVELS) if (Math.abs(level[0] - priority) < Math.abs(best[0] - priority)) best = level;
  return best[1];
}

/** A custom value as GanttProject writes it: true/false, plain numbers, dates YYYY-MM-DD, text as typed. */
function customText(value: CustomFieldValue): string {
  return typeof value === 'string' ? value : String(value);
}
