/**
 * GanttProject (.gan) import. Field mapping (GanttProject 2.x/3.x XML):
 * - <task id name start="YYYY-MM-DD" duration="working days" complete="%" priority meeting
 *   expand>: nested <task> elements are children; meeting="true" is a milestone; <notes> CDATA.
 * - priority: 3 lowest, 0 low, 1 normal (the default, often omitted), 2 high, 4 highest ->
 *   100/300/500/700/900 on MS Project's 0..1000 scale.
 * - <depend id type difference hardness> sits on the PREDECESSOR; id is the successor;
 *   type 1 SS, 2 FS, 3 FF, 4 SF; difference is the lag in days.
 * - <resources><resource id name function contacts phone> (+ <rate name="standard" value> per
 *   day); <allocations><allocation task-id resource-id load="%">; <vacations><vacation start end
 *   resourceid> become a per-resource calendar; <roles><role id name> name the functions.
 * - <previous><previous-tasks name><previous-task id start duration> are baselines (0..10).
 * - <project><description> -> the project's description, as written (GanttProject's Project
 *   properties dialog; MS Project keeps it as the project summary task's notes).
 * - <taskproperty type="custom"> columns and each task's <customproperty> values become custom
 *   fields (gan-custom-fields.ts).
 */
import type { AssignmentId, CalendarId, ResourceId, TaskId } from '../../model/ids';
import type { Assignment, Plan, ProjectCalendar, Resource } from '../../model/plan';
import { fail, ok, type Result } from '../../model/result';
import { atTime, parseLocalDate, type LocalDate } from '../../model/time';
import { sizeProblem, summarizePlan, type ImportContext, type ImportedPlan } from '../import-context';
import { assembleTasks, byId, importedColumns, importedProject } from '../plan-assembly';
import { admitForCaller } from '../admit';
import { rootPlace, xmlLocator } from '../source-locator';
import { parseXml } from '../xml/xml-parser';
import { attr, child, childrenNamed, type XmlElement } from '../xml/xml-tree';
import { readHolidays, readWeek } from './gan-calendar';
import { allocatedTaskIds, ganDroppedFields } from './gan-drops';
import { readCustomFieldDefinitions } from './gan-custom-fields';
import { CUSTOM_FIELDS_KEY, customFieldDefinitions, taskCustomValues } from '../../model/custom-fields';
import { readBaselines, readTaskTree, type GanContext } from './gan-tasks';

/** Parses a .gan document into a validated Plan. */
export function importGanttProject(text: string, ctx: ImportContext): Result<ImportedPlan> {
  const tooBig = sizeProblem(text, ctx.maxChars);
  if (tooBig !== null) return fail(tooBig, 'the whole file');
  const xml = parseXml(text, { maxChars: Number.MAX_SAFE_INTEGER });
  if (!xml.ok) return xml;
  if (xml.value.name !== 'project') return fail(`This is not a GanttProject file: the root element is <${xml.value.name}>, not <project>.`, rootPlace(text, xml.value.offset));
  const warnings: string[] = [];
  const offsets = new Map<string, number>();
  const admitted = admitForCaller(readPlan(xml.value, ctx, warnings, offsets), 'gantt-project', { locate: xmlLocator(text, offsets, xml.value.offset), builtInSchemaOrder: true }, ctx.scheduledByCaller);
  if (!admitted.ok) return admitted;
  warnings.push(...customFieldsNote(admitted.value.plan), ...ganDroppedFields(xml.value));
  return ok({ plan: admitted.value.plan, warnings: [...warnings, ...admitted.value.warnings], summary: summarizePlan(admitted.value.plan), ...(admitted.value.schedule ? { schedule: admitted.value.schedule } : {}) });
}

function firstStart(root: XmlElement): LocalDate | null {
  const starts: LocalDate[] = [];
  const stack = [root];
  for (let el = stack.pop(); el; el = stack.pop()) {
    for (const c of el.children) if (c.name === 'task' || c.name === 'tasks') stack.push(c);
    const start = el.name === 'task' ? parseLocalDate(attr(el, 'start') ?? '') : null;
    if (start) starts.push(start);
  }
  return starts.sort()[0] ?? null;
}

function readPlan(root: XmlElement, ctx: ImportContext, warnings: string[], offsets: Map<string, number>): Plan {
  const calendarId = ctx.newId() as CalendarId;
  const week = readWeek(root);
  const start = firstStart(root) ?? parseLocalDate(ctx.now.slice(0, 10)) ?? ('2000-01-03' as LocalDate);
  const holidays = readHolidays(root, Number(start.slice(0, 4)), warnings);
  const calendar: ProjectCalendar = { id: calendarId, name: 'Standard', baseCalendarId: null, workWeek: week, exceptions: holidays };
  const customFields = readCustomFieldDefinitions(root);
  const gan: GanContext = {
    newId: ctx.newId, week, minutesPerDay: 480, warnings, customFields, staffed: allocatedTaskIds(root),
    holidays: new Set(holidays.filter((h) => !h.isWorking && h.recurrence === null).map((h) => h.from)),
  };
  const tasks = readTaskTree(root, gan, offsets);
  const people = readResources(root, ctx, calendarId, warnings);
  const assignments = readAllocations(root, ctx, tasks.byGanId, people.byGanId);
  const imported = importedProject({
    name: attr(root, 'name') || ctx.untitledName || 'Imported project', start: atTime(start, '09:00'), calendarId, now: ctx.now, newId: ctx.newId,
    overrides: { description: child(root, 'description')?.text ?? '' },
  });
  const project = customFields.length > 0 ? { ...imported, extra: { ...imported.extra, [CUSTOM_FIELDS_KEY]: customFields } } : imported;
  const columns = importedColumns(ctx.newId);
  return {
    project, tasks: assembleTasks(tasks.drafts, columns), links: byId(tasks.links),
    calendars: byId([calendar, ...people.calendars]), resources: byId(people.resources), assignments: byId(assignments),
    baselines: byId(readBaselines(root, gan, tasks.byGanId, ctx.now)), risks: {}, stakeholders: {}, changes: {}, columns, issues: {}, assumptions: {}, decisions: {}, raci: {}, communications: {}, reports: {}, phases: {},
  };
}

const DEFAULT_ROLES = ['', 'Project manager'];

function readResources(root: XmlElement, ctx: ImportContext, baseId: CalendarId, warnings: string[]) {
  const roles = new Map<string, string>();
  for (const set of childrenNamed(root, 'roles')) for (const r of childrenNamed(set, 'role')) roles.set(attr(r, 'id') ?? '', attr(r, 'name') ?? '');
  const vacations = child(root, 'vacations');
  const byGanId = new Map<string, ResourceId>();
  const resources: Resource[] = [];
  const calendars: ProjectCalendar[] = [];
  const container = child(root, 'resources');
  for (const el of container ? childrenNamed(container, 'resource') : []) {
    const id = ctx.newId() as ResourceId;
    const ganId = attr(el, 'id') ?? '';
    byGanId.set(ganId, id);
    const fn = attr(el, 'function') ?? '';
    const role = fn.startsWith('Default:') ? DEFAULT_ROLES[Number(fn.slice(8))] ?? '' : roles.get(fn) ?? '';
    const rate = childrenNamed(el, 'rate').find((r) => attr(r, 'name') === 'standard');
    const perDay = Number(rate ? attr(rate, 'value') : 0);
    const away = (vacations ? childrenNamed(vacations, 'vacation') : []).filter((v) => attr(v, 'resourceid') === ganId);
    const exceptions = away.flatMap((v) => {
      const from = parseLocalDate(attr(v, 'start') ?? '');
      const to = parseLocalDate(attr(v, 'end') ?? '');
      if (from && to && from <= to) return [{ name: 'Vacation', from, to, isWorking: false, intervals: [], recurrence: null }];
      warnings.push(`A vacation of resource '${attr(el, 'name') ?? ''}' has unreadable dates and was skipped.`);
      return [];
    });
    const calendarId = exceptions.length > 0 ? (ctx.newId() as CalendarId) : null;
    if (calendarId !== null) calendars.push({ id: calendarId, name: `${attr(el, 'name') ?? ''} (vacations)`, baseCalendarId: baseId, workWeek: null, exceptions });
    const phone = attr(el, 'phone') ?? '';
    resources.push({
      id, name: attr(el, 'name') ?? '', initials: '', role, email: attr(el, 'contacts') ?? '', type: 'work', maxUnits: 1,
      costPerHour: Number.isFinite(perDay) ? perDay / 8 : 0, overtimeCostPerHour: 0, costPerUse: 0, calendarId,
      ...(phone !== '' ? { extra: { phone } } : {}),
    });
  }
  return { resources, calendars, byGanId };
}

function readAllocations(root: XmlElement, ctx: ImportContext, tasks: ReadonlyMap<string, TaskId>, resources: ReadonlyMap<string, ResourceId>): Assignment[] {
  const container = child(root, 'allocations');
  return (container ? childrenNamed(container, 'allocation') : []).flatMap((el) => {
    const taskId = tasks.get(attr(el, 'task-id') ?? '');
    const resourceId = resources.get(attr(el, 'resource-id') ?? '');
    const load = Number(attr(el, 'load') ?? '100');
    if (taskId === undefined || resourceId === undefined) return [];
    return [{ id: ctx.newId() as AssignmentId, taskId, resourceId, units: Number.isFinite(load) && load >= 0 ? load / 100 : 1, workMinutes: null }];
  });
}

/** Custom columns are kept, but no view shows them yet: the summary says where they went. */
function customFieldsNote(plan: Plan): string[] {
  const fields = customFieldDefinitions(plan.project);
  if (fields.length === 0) return [];
  const tasks = Object.values(plan.tasks);
  const counts = fields.map((f) => {
    const n = tasks.filter((t) => Object.hasOwn(taskCustomValues(t), f.id)).length;
    return `'${f.name}' (${String(n)} ${n === 1 ? 'task' : 'tasks'})`;
  });
  return [`Custom columns kept as custom fields in the plan file (no view shows them yet): ${counts.join(', ')}.`];
}
