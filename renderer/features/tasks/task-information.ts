/**
 * Task Information's form: what the dialog shows for a task (read from the plan and the engine's
 * schedule) and the one editTaskInformation command its OK sends, with only what changed. Pure.
 * Typing a start or finish sets Start/Finish no earlier than, as MS Project does.
 */
import { typedDurationTooLong, type EditTaskInformationArgs, type TaskChanges } from '../../domain/commands';
import {
  formatDuration, parseDuration, parseLocalDate, phaseOfTask, priorityLevel, priorityValue, splitTags,
  type CalendarId, type ConstraintType, type LinkType, type LocalDateTime, type Phase, type Plan, type PriorityLevel,
  type ResourceId, type Result, type Task, type TaskId,
} from '../../domain/model';
import type { TaskSchedule } from '../../domain/schedule';
import { parseDateText } from '../../domain/formats/date-text';
import { formatDate } from '../shared/format';

export interface PredecessorRow { readonly predecessorId: TaskId | ''; readonly type: LinkType; readonly lag: string }
export interface ResourceRow { readonly resourceId: ResourceId | ''; readonly units: string; readonly work: string }

export interface TaskInformationForm {
  readonly name: string;
  readonly duration: string;
  readonly isElapsed: boolean;
  readonly start: string;
  readonly finish: string;
  readonly percent: string;
  readonly priority: PriorityLevel;
  readonly phase: Phase | '';
  /** The phase object shown ('' = as its summary); used instead of `phase` when the plan has phase objects. */
  readonly phaseId: string;
  readonly statusId: string;
  readonly tags: string;
  readonly mode: Task['schedulingMode'];
  readonly actualStart: string;
  readonly actualFinish: string;
  readonly predecessors: readonly PredecessorRow[];
  readonly resources: readonly ResourceRow[];
  readonly constraintType: ConstraintType;
  readonly constraintDate: string;
  readonly deadline: string;
  readonly calendarId: CalendarId | '';
  readonly notes: string;
}

/** The phase object the task itself names (its phaseId, else its fixed label's phase), '' when it follows its summary. */
function ownPhaseObject(plan: Plan, task: Task): string {
  return phaseOfTask(plan, { ...task, parentId: null }) ?? '';
}

const day = (v: string | null | undefined): string => (v ? v.slice(0, 10) : '');
const percentText = (units: number): string => String(Math.round(units * 1000) / 10);

export function formOf(plan: Plan, task: Task, scheduled: TaskSchedule | undefined): TaskInformationForm {
  const units = plan.project;
  const assignments = Object.values(plan.assignments).filter((a) => a.taskId === task.id);
  return {
    name: task.name,
    duration: formatDuration(scheduled?.durationMinutes ?? task.durationMinutes, units, task.durationIsElapsed),
    isElapsed: task.durationIsElapsed === true,
    start: day(scheduled?.start ?? task.start),
    finish: day(scheduled?.finish ?? task.finish),
    percent: String(task.percentComplete),
    priority: priorityLevel(task.priority),
    phase: task.phase ?? '',
    phaseId: ownPhaseObject(plan, task),
    statusId: task.statusId,
    tags: task.tags.join(', '),
    mode: task.schedulingMode,
    actualStart: day(task.actualStart),
    actualFinish: day(task.actualFinish),
    predecessors: Object.values(plan.links).filter((l) => l.successorId === task.id).map((l) => ({
      predecessorId: l.predecessorId, type: l.type,
      lag: l.lagMinutes === 0 ? '0d' : formatDuration(l.lagMinutes, units, l.lagIsElapsed),
    })),
    resources: assignments.map((a) => ({
      resourceId: a.resourceId, units: percentText(a.units),
      work: a.workMinutes === null ? '' : `${String(Math.round((a.workMinutes / 60) * 100) / 100)}h`,
    })),
    constraintType: task.constraint.type,
    constraintDate: day(task.constraint.date),
    deadline: day(task.deadline),
    calendarId: task.calendarId ?? '',
    notes: task.notes,
  };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
type Fail = { readonly ok: false; readonly error: { readonly message: string; readonly where: string } };
const fail = (where: string, message: string): Fail => ({ ok: false, error: { message, where } });

function dateField(text: string, time: string, label: string): Result<LocalDateTime | null> {
  if (!text) return { ok: true, value: null };
  if (parseLocalDate(text) === null) return fail(label, `'${text}' is not a date.`);
  // The cell and a paste refuse a year no plan holds (2999) with the same words.
  const read = parseDateText(text, 'ymd');
  return read.ok ? { ok: true, value: `${read.date}T${time}` as LocalDateTime } : fail(label, read.message);
}

/**
 * The task fields of the General, Advanced and Notes tabs the person changed in the dialog: each
 * field is compared with what the dialog opened on, not with the task as it is at OK. Compared
 * with the task, a field left as it was undid what another window changed meanwhile (a task
 * renamed there got its old name back from a dialog opened before, to add a note; found by a helper).
 */
function taskChanges(plan: Plan, task: Task, initial: TaskInformationForm, form: TaskInformationForm): Result<TaskChanges> {
  const { project } = plan;
  const changes: { -readonly [K in keyof TaskChanges]: TaskChanges[K] } = {};
  if (!form.name.trim()) return fail('General, Name', 'A task needs a name.');
  if (form.name !== initial.name) changes.name = form.name.trim();
  if (form.notes !== initial.notes) changes.notes = form.notes;
  if (task.kind !== 'summary' && (form.duration !== initial.duration || form.isElapsed !== initial.isElapsed)) {
    const parsed = parseDuration(form.duration, project);
    if (!parsed || parsed.minutes < 0) return fail('General, Duration', `'${form.duration}' is not a duration such as 3d, 4h or 2ed (elapsed days).`);
    const tooLong = typedDurationTooLong(form.duration, project);
    if (tooLong !== undefined) return fail('General, Duration', tooLong);
    changes.durationMinutes = parsed.minutes;
    changes.durationIsElapsed = form.isElapsed !== initial.isElapsed ? form.isElapsed : parsed.isElapsed;
  }
  const percent = Number(form.percent);
  if (!(Number.isFinite(percent) && percent >= 0 && percent <= 100)) return fail('General, % complete', `'${form.percent}' is not a percentage from 0 to 100.`);
  if (form.percent !== initial.percent && percent !== task.percentComplete) changes.percentComplete = percent;
  if (form.priority !== initial.priority) changes.priority = priorityValue(form.priority);
  if (form.phaseId !== initial.phaseId) {
    const phase = form.phaseId ? plan.phases[form.phaseId] : undefined;
    changes.phaseId = phase ? phase.id : null;
    changes.phase = phase?.lifecycle ?? null;
  } else if (form.phase !== initial.phase) changes.phase = form.phase || null;
  if (form.statusId !== initial.statusId) changes.statusId = form.statusId as Task['statusId'];
  // The CSV import's rule, so 'api; backend, api' gives the same two tags typed here as in a Tags cell.
  const tags = splitTags(form.tags);
  if (!same(tags, splitTags(initial.tags))) changes.tags = tags;
  if (form.mode !== initial.mode) changes.schedulingMode = form.mode;
  if (form.calendarId !== initial.calendarId) changes.calendarId = (form.calendarId || null);
  for (const [key, label, time] of [['actualStart', 'General, Actual start', project.defaultStartTime], ['actualFinish', 'General, Actual finish', project.defaultFinishTime]] as const) {
    if (form[key] === initial[key]) continue;
    const value = dateField(form[key], time, label);
    if (!value.ok) return value;
    changes[key] = value.value;
  }
  if (changes.actualStart && changes.actualFinish && changes.actualFinish < changes.actualStart) {
    return fail('General, Actual finish', 'The actual finish is before the actual start.');
  }
  const constraint = constraintChange(plan, task, initial, form);
  if (!constraint.ok) return constraint;
  if (constraint.value && !same(constraint.value, task.constraint)) changes.constraint = constraint.value;
  if (form.deadline !== initial.deadline) {
    const deadline = dateField(form.deadline, project.defaultFinishTime, 'Advanced, Deadline');
    if (!deadline.ok) return deadline;
    changes.deadline = deadline.value;
  }
  return { ok: true, value: changes };
}

/** Advanced's constraint wins; otherwise a typed start or finish becomes SNET or FNET. */
function constraintChange(plan: Plan, task: Task, initial: TaskInformationForm, form: TaskInformationForm): Result<Task['constraint'] | null> {
  const { project } = plan;
  if (form.constraintType !== initial.constraintType || form.constraintDate !== initial.constraintDate) {
    if (form.constraintType === 'ASAP' || form.constraintType === 'ALAP') return { ok: true, value: { type: form.constraintType, date: null } };
    const isFinish = form.constraintType.startsWith('F') || form.constraintType === 'MFO';
    const date = dateField(form.constraintDate, isFinish ? project.defaultFinishTime : project.defaultStartTime, 'Advanced, Constraint date');
    if (!date.ok) return date;
    if (!date.value) return fail('Advanced, Constraint date', 'This constraint needs a date.');
    return { ok: true, value: { type: form.constraintType, date: date.value } };
  }
  if (task.kind === 'summary') return { ok: true, value: null };
  if (form.start !== initial.start) {
    const date = dateField(form.start, project.defaultStartTime, 'General, Start');
    if (!date.ok) return date;
    return { ok: true, value: date.value ? { type: 'SNET', date: date.value } : null };
  }
  if (form.finish !== initial.finish) {
    const date = dateField(form.finish, project.defaultFinishTime, 'General, Finish');
    if (!date.ok) return date;
    // Refused as the task table's Finish cell refuses it: as FNET it changed nothing on screen and said nothing.
    if (date.value && parseLocalDate(form.start) !== null && date.value.slice(0, 10) < form.start) {
      return fail('General, Finish', `Finish ${formatDate(date.value)} is before the task's start ${formatDate(form.start)}.`);
    }
    return { ok: true, value: date.value ? { type: 'FNET', date: date.value } : null };
  }
  return { ok: true, value: null };
}

/** The predecessors table as link inputs; a row without a task is ignored. */
function predecessorInputs(plan: Plan, form: TaskInformationForm): Result<NonNullable<EditTaskInformationArgs['predecessors']>> {
  const out: { predecessorId: TaskId; type: LinkType; lagMinutes: number; lagIsElapsed: boolean }[] = [];
  const seen = new Set<string>();
  for (const [i, row] of form.predecessors.entries()) {
    if (!row.predecessorId) continue;
    const where = `Predecessors, row ${String(i + 1)}`;
    const lag = parseDuration(row.lag.trim() || '0d', plan.project);
    if (!lag) return fail(where, `'${row.lag}' is not a lag such as 2d, -1d, 4h or 1ed.`);
    if (seen.has(row.predecessorId)) return fail(where, `'${plan.tasks[row.predecessorId]?.name ?? ''}' is listed twice.`);
    seen.add(row.predecessorId);
    out.push({ predecessorId: row.predecessorId, type: row.type, lagMinutes: lag.minutes, lagIsElapsed: lag.isElapsed });
  }
  return { ok: true, value: out };
}

/** Units in percent ("50", "50%") and work in hours or any duration ("12h", "2d"; empty = duration x units). */
function assignmentInputs(plan: Plan, form: TaskInformationForm): Result<NonNullable<EditTaskInformationArgs['assignments']>> {
  const out: { resourceId: ResourceId; units: number; workMinutes: number | null }[] = [];
  const seen = new Set<string>();
  for (const [i, row] of form.resources.entries()) {
    if (!row.resourceId) continue;
    const where = `Resources, row ${String(i + 1)}`;
    const units = Number(row.units.replace('%', '').trim());
    if (!(Number.isFinite(units) && units > 0 && units <= 1000)) return fail(where, `'${row.units}' is not units from 1 to 1000%.`);
    const work = row.work.trim() ? parseDuration(/^\d+([.,]\d+)?$/.test(row.work.trim()) ? `${row.work.trim()}h` : row.work, plan.project) : null;
    if (row.work.trim() && (!work || work.minutes < 0)) return fail(where, `'${row.work}' is not an amount of work such as 16h or 2d.`);
    if (seen.has(row.resourceId)) return fail(where, `'${plan.resources[row.resourceId]?.name ?? ''}' is listed twice.`);
    seen.add(row.resourceId);
    out.push({ resourceId: row.resourceId, units: units / 100, workMinutes: work ? work.minutes : null });
  }
  return { ok: true, value: out };
}

/** The command OK sends, or null when nothing changed; a message with where for bad input. */
export function informationArgs(plan: Plan, task: Task, initial: TaskInformationForm, form: TaskInformationForm): Result<EditTaskInformationArgs | null> {
  const changes = taskChanges(plan, task, initial, form);
  if (!changes.ok) return changes;
  const args: { taskId: TaskId; changes: TaskChanges; predecessors?: EditTaskInformationArgs['predecessors']; assignments?: EditTaskInformationArgs['assignments'] } = { taskId: task.id, changes: changes.value };
  if (!same(form.predecessors, initial.predecessors)) {
    const predecessors = predecessorInputs(plan, form);
    if (!predecessors.ok) return predecessors;
    args.predecessors = predecessors.value;
  }
  if (!same(form.resources, initial.resources)) {
    if (task.kind === 'summary' && form.resources.some((r) => r.resourceId)) return fail('Resources', `'${task.name}' is a summary: assign people to its subtasks.`);
    const assignments = assignmentInputs(plan, form);
    if (!assignments.ok) return assignments;
    args.assignments = assignments.value;
  }
  const hasChanges = Object.keys(args.changes).length > 0 || args.predecessors !== undefined || args.assignments !== undefined;
  return { ok: true, value: hasChanges ? args : null };
}
