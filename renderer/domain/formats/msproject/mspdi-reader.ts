/**
 * MSPDI import: Microsoft Project XML (also written by ProjectLibre, TaskJuggler, GanttProject
 * and MPXJ) -> Plan. Tolerates a BOM, comments before the root, elements in any order, blank
 * rows and missing Durations; refuses DOCTYPE/ENTITY declarations (see xml-parser). The result is
 * validated against the model schema. Project fields: the project summary task's Name (else Title,
 * else Name) -> name, its Notes -> description, Manager,
 * StartDate -> start, StatusDate, CurrencyCode, CalendarUID, MinutesPerDay/MinutesPerWeek/DaysPerMonth,
 * DefaultStartTime/DefaultFinishTime (HH:MM:SS); the budget from budget resources (mspdi-budget).
 */
import type { AssignmentId, CalendarId, TaskId } from '../../model/ids';
import type { Plan, ProjectCalendar, WorkWeek } from '../../model/plan';
import { fail, ok, type Result } from '../../model/result';
import { dateOf, parseLocalDateTime, type LocalDateTime } from '../../model/time';
import { standardCalendar } from '../../model/factories';
import type { DurationUnits } from '../../model/duration';
import { sizeProblem, summarizePlan, type ImportContext, type ImportedPlan } from '../import-context';
import { assembleTasks, byId, importedColumns, importedProject } from '../plan-assembly';
import { checkPlan, scheduleChecked } from '../admit';
import { rootPlace, xmlLocator } from '../source-locator';
import { parseXml } from '../xml/xml-parser';
import { childText, localName, type XmlElement } from '../xml/xml-tree';
import { readCalendars } from './mspdi-calendars';
import { clamp, notesAsWritten, readTasks } from './mspdi-tasks';
import { parseMspdiDate, parseNumber } from './mspdi-codes';
import { withoutPlaceholderActuals, withoutPlaceholderResource } from './mspdi-placeholders';
import { readAssignments, readResources } from './mspdi-resources';
import { readProjectBudget } from './mspdi-budget';
import { applySplits } from './mspdi-splits';
import { typedActualCandidates, withTypedActuals, type FileActuals } from './mspdi-costs';

/** Parses an MSPDI document into a validated Plan with warnings and a summary. */
export function importMspdi(text: string, ctx: ImportContext): Result<ImportedPlan> {
  const tooBig = sizeProblem(text, ctx.maxChars);
  if (tooBig !== null) return fail(tooBig, 'the whole file');
  const read = readDocument(text, ctx);
  if (!read.ok) return read;
  const { plan: draft, warnings, offsets, rootOffset, taskActuals, assignmentActuals } = read.value;
  const checked = checkPlan(draft, 'mspdi', { locate: xmlLocator(text, offsets, rootOffset), builtInSchemaOrder: true });
  if (!checked.ok) return checked;
  // Typed actuals are told from computed ones by pricing the plan at its schedule, so only a
  // checked plan (no loops) is priced. A file with no actuals that may be typed (a plan not yet
  // started) needs no pricing, and then no schedule here when the caller schedules the plan
  // itself (ImportContext.scheduledByCaller): the app's import was scheduling 10,000 tasks twice.
  const priced = typedActualCandidates(checked.value.plan, taskActuals, assignmentActuals);
  if (ctx.scheduledByCaller === true && priced.size === 0) {
    return ok({ plan: checked.value.plan, warnings: [...warnings, ...checked.value.warnings], summary: summarizePlan(checked.value.plan) });
  }
  const admitted = scheduleChecked(checked.value, 'mspdi');
  if (!admitted.ok) return admitted;
  const plan = withTypedActuals(admitted.value.plan, admitted.value.schedule, priced, taskActuals, assignmentActuals);
  return ok({ plan, warnings: [...warnings, ...admitted.value.warnings], summary: summarizePlan(plan), schedule: admitted.value.schedule });
}

interface DocumentRead {
  readonly plan: Plan;
  readonly warnings: string[];
  readonly offsets: ReadonlyMap<string, number>;
  readonly rootOffset: number;
  readonly taskActuals: ReadonlyMap<TaskId, FileActuals>;
  readonly assignmentActuals: ReadonlyMap<AssignmentId, FileActuals>;
}

/**
 * The XML document read into a plan, splits applied. The element tree (~470,000 elements for
 * 10,000 tasks) lives only inside this call: the gate's checks and scheduling run after it, with
 * the tree already garbage instead of live data every collection must walk.
 */
function readDocument(text: string, ctx: ImportContext): Result<DocumentRead> {
  const xml = parseXml(text, { maxChars: Number.MAX_SAFE_INTEGER });
  if (!xml.ok) return xml;
  if (localName(xml.value.name) !== 'Project') {
    return fail(`This is not a Microsoft Project XML file: the root element is <${xml.value.name}>, not <Project>.`, rootPlace(text, xml.value.offset));
  }
  const warnings: string[] = [];
  const offsets = new Map<string, number>();
  const read = readPlan(xml.value, ctx, warnings, offsets);
  const split = applySplits(xml.value, read.plan, read.tasksByUid);
  if (!split.ok) return split;
  return ok({
    plan: split.value, warnings, offsets, rootOffset: xml.value.offset, taskActuals: read.taskActuals, assignmentActuals: read.assignmentActuals,
  });
}

function readPlan(
  root: XmlElement, ctx: ImportContext, warnings: string[], offsets: Map<string, number>,
): PlanRead {
  const { calendars: read, byUid: calendarsByUid } = readCalendars(root, ctx.newId, warnings, offsets);
  const calendars: ProjectCalendar[] = read.length > 0 ? read : [standardCalendar(ctx.newId() as CalendarId)];
  const calendarMap = byId(calendars);
  const projectCalendar = calendarsByUid.get(childText(root, 'CalendarUID') ?? '') ?? calendars[0]?.id ?? ('' as CalendarId);
  const weekOf = (id: CalendarId | null): WorkWeek | null => resolvedWeek(calendarMap, id ?? projectCalendar);
  const projectStart = parseMspdiDate(childText(root, 'StartDate')) ?? parseLocalDateTime(`${ctx.now.slice(0, 10)}T09:00`) ?? ('2000-01-01T09:00' as LocalDateTime);
  const overrides = projectOverrides(root);
  const tasks = readTasks(root, { newId: ctx.newId, now: ctx.now, projectStart, calendarsByUid, weekOf, units: overrides, warnings });
  for (const [id, offset] of tasks.offsets) offsets.set(id, offset);
  const resources = readResources(root, ctx.newId, calendarsByUid, warnings, offsets);
  const costResources = new Set(resources.resources.filter((r) => r.type === 'cost').map((r) => r.id));
  const assignmentActuals = new Map<AssignmentId, FileActuals>();
  const taskNames = new Map(tasks.drafts.map((t) => [t.id as string, t.name]));
  const personNames = new Map(resources.resources.map((r) => [r.id as string, r.name]));
  const assignments = readAssignments(root, ctx.newId, tasks.byUid, resources.byUid, costResources, assignmentActuals, offsets, {
    warnings, label: (taskId, resourceId) => `${personNames.get(resourceId) ?? 'a person'} on '${taskNames.get(taskId) ?? ''}'`,
  });
  const people = withoutPlaceholderResource(resources.resources, resources.byUid, assignments, warnings);
  const drafts = withoutPlaceholderActuals(tasks.drafts, warnings);
  // MS Project keeps the summary task's name and the Title in step; ProjectLibre writes its project
  // name on the summary and a default Title ('Project1'), so the summary's name comes first.
  const summaryName = tasks.projectSummary?.name?.trim();
  const project = importedProject({
    name: summaryName || childText(root, 'Title') || childText(root, 'Name') || ctx.untitledName || 'Imported project', start: projectStart,
    calendarId: projectCalendar, now: ctx.now, newId: ctx.newId,
    overrides: { ...overrides, description: notesAsWritten(tasks.projectSummary?.notes), ...budgetOf(root, warnings) },
  });
  const columns = importedColumns(ctx.newId);
  const plan: Plan = {
    project, tasks: assembleTasks(drafts, columns), links: byId(tasks.links), calendars: calendarMap,
    resources: byId(people.resources), assignments: byId(people.assignments), baselines: byId(tasks.baselines),
    risks: {}, stakeholders: {}, changes: {}, columns, issues: {}, assumptions: {}, decisions: {}, raci: {}, communications: {}, reports: {}, phases: {},
  };
  return { plan, tasksByUid: tasks.byUid, taskActuals: tasks.actuals, assignmentActuals };
}

/** The project's budget from its budget resources, when the file has one. */
function budgetOf(root: XmlElement, warnings: string[]): { budget?: number } {
  const budget = readProjectBudget(root, warnings);
  return budget === undefined ? {} : { budget };
}

interface PlanRead {
  readonly plan: Plan;
  readonly tasksByUid: ReadonlyMap<string, string>;
  readonly taskActuals: ReadonlyMap<TaskId, FileActuals>;
  readonly assignmentActuals: ReadonlyMap<AssignmentId, FileActuals>;
}

function resolvedWeek(calendars: Readonly<Record<string, ProjectCalendar>>, id: CalendarId): WorkWeek | null {
  const seen = new Set<string>();
  for (let at: CalendarId | null = id; at !== null && !seen.has(at); at = calendars[at]?.baseCalendarId ?? null) {
    seen.add(at);
    const week = calendars[at]?.workWeek;
    if (week) return week;
  }
  return null;
}

/** The project fields in the header; the day and week lengths are always set (MS Project's defaults when absent). */
function projectOverrides(root: XmlElement): NonNullable<Parameters<typeof importedProject>[0]['overrides']> & DurationUnits {
  const perDay = parseNumber(childText(root, 'MinutesPerDay'));
  const perWeek = parseNumber(childText(root, 'MinutesPerWeek'));
  const perMonth = parseNumber(childText(root, 'DaysPerMonth'));
  const status = parseMspdiDate(childText(root, 'StatusDate'));
  const clock = (tag: string, fallback: string): string => {
    const m = /^(\d{2}):(\d{2})/.exec(childText(root, tag) ?? '');
    return m && Number(m[1]) < 24 && Number(m[2]) < 60 ? `${m[1] ?? ''}:${m[2] ?? ''}` : fallback;
  };
  const currency = childText(root, 'CurrencyCode');
  return {
    manager: childText(root, 'Manager') ?? '',
    minutesPerDay: perDay !== null && perDay > 0 ? clamp(perDay, 1, 1440) : 480,
    minutesPerWeek: perWeek !== null && perWeek > 0 ? clamp(perWeek, 1, 10080) : 2400,
    statusDate: status !== null ? dateOf(status) : null,
    // 20 is MS Project's default, and what an absent daysPerMonth means: only a different value is kept.
    ...(perMonth !== null && perMonth > 0 && perMonth <= 31 && perMonth !== 20 ? { daysPerMonth: perMonth } : {}),
    defaultStartTime: clock('DefaultStartTime', '09:00'), defaultFinishTime: clock('DefaultFinishTime', '17:00'),
    ...(currency !== undefined && /^[A-Z]{3}$/.test(currency) ? { currency } : {}),
  };
}
