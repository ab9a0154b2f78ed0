/**
 * Charter and closure edits. Each is one undoable command (its inverse is the immer patch set).
 * The first edit creates the charter (or closure) on the project, so undoing it leaves the
 * project as it was, without an empty charter. Arguments may come from a replayed proposal as
 * JSON, so every field is checked here.
 */
import { castDraft, type Draft } from 'immer';
import {
  CHARTER_LIST_LABELS, CHARTER_LISTS, LESSON_KINDS, OBJECTIVE_MEASURES, SETTABLE_OBJECTIVE_STATUSES, STANDARD_CLOSURE_ITEMS, TARGET_DIRECTIONS,
  type CharterList, type ClosureItem, type Lesson, type LessonKind, type Objective, type ObjectiveMeasure, type ProjectCharter,
  type ProjectClosure, type SettableObjectiveStatus, type TargetDirection,
} from '../model/charter';
import type { ResourceId, TaskId } from '../model/ids';
import type { Plan } from '../model/plan';
import { lessonsCriterion, type PhaseId } from '../model/phases';
import type { Problem } from '../model/result';
import { parseLocalDate, type LocalDate } from '../model/time';
import { defineCommand, type PlanDraft } from './command';

function charterDraft(draft: PlanDraft): Draft<ProjectCharter> {
  draft.project.charter ??= {
    purpose: '', businessCase: '', objectives: [], scopeIn: [], scopeOut: [], deliverables: [], constraints: [], sponsor: '', approvalDate: null,
  };
  return draft.project.charter;
}

function closureDraft(draft: PlanDraft): Draft<ProjectClosure> {
  draft.project.closure ??= { checklist: [], lessons: [] };
  return draft.project.closure;
}

const isText = (x: unknown): x is string => typeof x === 'string';
const isNumberOrNull = (x: unknown): x is number | null => x === null || (typeof x === 'number' && Number.isFinite(x));

/** A person of the team, or null; a Problem naming `where` otherwise. */
function ownerProblem(draft: PlanDraft, ownerId: ResourceId | null | undefined, where: string): Problem | undefined {
  if (ownerId === undefined || ownerId === null) return undefined;
  return draft.resources[ownerId] ? undefined : { message: 'That person is not on the team.', where };
}

function milestoneProblem(draft: PlanDraft, id: TaskId | null | undefined, where: string): Problem | undefined {
  if (id === undefined || id === null) return undefined;
  const task = draft.tasks[id];
  if (!task) return { message: 'That milestone is no longer in the plan.', where };
  return task.kind === 'milestone' ? undefined : { message: `'${task.name}' is not a milestone; an objective is measured by a milestone or a target.`, where };
}

function deliverableTaskProblem(draft: PlanDraft, id: TaskId | null | undefined, where: string): Problem | undefined {
  if (id === undefined || id === null) return undefined;
  const task = draft.tasks[id];
  if (!task) return { message: 'That task is no longer in the plan.', where };
  return task.kind === 'summary' || task.kind === 'milestone'
    ? undefined : { message: `'${task.name}' is neither a summary task nor a milestone; a deliverable is produced by one of those.`, where };
}

export interface CharterFields {
  readonly purpose?: string;
  readonly businessCase?: string;
  readonly sponsor?: string;
  /** Null clears it (not approved yet). */
  readonly approvalDate?: LocalDate | null;
}

/** Purpose, business case, sponsor and approval date. */
export const updateCharter = defineCommand<{ readonly changes: CharterFields }>({
  name: 'updateCharter',
  label: (args) => (args.changes.approvalDate !== undefined ? 'Set charter approval' : 'Edit charter'),
  apply(draft, args) {
    const { purpose, businessCase, sponsor, approvalDate } = args.changes;
    for (const [field, value] of [['Purpose', purpose], ['Business case', businessCase], ['Sponsor', sponsor]] as const) {
      if (value !== undefined && !isText(value)) return { message: 'Expected text.', where: `Charter, ${field}` };
    }
    if (approvalDate !== undefined && approvalDate !== null && (!isText(approvalDate) || parseLocalDate(approvalDate) === null)) {
      return { message: `'${String(approvalDate)}' is not a date; write it as YYYY-MM-DD.`, where: 'Charter, Approval date' };
    }
    const charter = charterDraft(draft);
    if (purpose !== undefined) charter.purpose = purpose.trim();
    if (businessCase !== undefined) charter.businessCase = businessCase.trim();
    if (sponsor !== undefined) charter.sponsor = sponsor.trim();
    if (approvalDate !== undefined) charter.approvalDate = approvalDate;
    return undefined;
  },
});

function listOf(args: { readonly list: CharterList }): CharterList | Problem {
  return CHARTER_LISTS.includes(args.list) ? args.list : { message: 'A charter list is in scope, out of scope or constraints.' };
}

export const addCharterItem = defineCommand<{ readonly list: CharterList; readonly text: string }>({
  name: 'addCharterItem',
  label: (args) => (CHARTER_LISTS.includes(args.list) ? `Add to ${CHARTER_LIST_LABELS[args.list].toLowerCase()}` : 'Add charter line'),
  apply(draft, args, ctx) {
    const list = listOf(args);
    if (typeof list !== 'string') return list;
    const text = isText(args.text) ? args.text.trim() : '';
    if (!text) return { message: 'Write what the line says.', where: `Charter, ${CHARTER_LIST_LABELS[list]}` };
    charterDraft(draft)[list].push({ id: ctx.newId(), text });
    return undefined;
  },
});

export const updateCharterItem = defineCommand<{ readonly list: CharterList; readonly itemId: string; readonly text: string }>({
  name: 'updateCharterItem',
  label: () => 'Edit charter line',
  apply(draft, args) {
    const list = listOf(args);
    if (typeof list !== 'string') return list;
    const item = draft.project.charter?.[list].find((i) => i.id === args.itemId);
    if (!item) return { message: 'That line is no longer in the charter.' };
    const text = isText(args.text) ? args.text.trim() : '';
    if (!text) return { message: 'A line needs some text; remove it instead.', where: `Charter, ${CHARTER_LIST_LABELS[list]}` };
    item.text = text;
    return undefined;
  },
});

export const removeCharterItem = defineCommand<{ readonly list: CharterList; readonly itemId: string }>({
  name: 'removeCharterItem',
  label: () => 'Remove charter line',
  apply(draft, args) {
    const list = listOf(args);
    if (typeof list !== 'string') return list;
    const items = draft.project.charter?.[list];
    const index = items?.findIndex((i) => i.id === args.itemId) ?? -1;
    if (!items || index < 0) return { message: 'That line is no longer in the charter.' };
    items.splice(index, 1);
    return undefined;
  },
});

export interface ObjectiveFields {
  readonly title?: string;
  readonly successCriterion?: string;
  readonly measure?: ObjectiveMeasure;
  readonly milestoneId?: TaskId | null;
  readonly metric?: string;
  readonly targetValue?: number | null;
  readonly currentValue?: number | null;
  readonly direction?: TargetDirection;
  /** Null removes the override: the status is derived again. */
  readonly statusOverride?: SettableObjectiveStatus | null;
}

function objectiveFieldsProblem(draft: PlanDraft, changes: ObjectiveFields, where: string): Problem | undefined {
  const { title, successCriterion, measure, metric, targetValue, currentValue, direction, statusOverride } = changes;
  if (title !== undefined && (!isText(title) || !title.trim())) return { message: 'An objective needs a title.', where };
  if ((successCriterion !== undefined && !isText(successCriterion)) || (metric !== undefined && !isText(metric))) return { message: 'Expected text.', where };
  if (measure !== undefined && !OBJECTIVE_MEASURES.includes(measure)) return { message: 'An objective is measured by a milestone or a target.', where };
  if (direction !== undefined && !TARGET_DIRECTIONS.includes(direction)) return { message: 'A target is "at least" or "at most".', where };
  if (targetValue !== undefined && !isNumberOrNull(targetValue)) return { message: 'The target value must be a number.', where: `${where}, Target` };
  if (currentValue !== undefined && !isNumberOrNull(currentValue)) return { message: 'The current value must be a number.', where: `${where}, Current value` };
  if (statusOverride !== undefined && statusOverride !== null && !SETTABLE_OBJECTIVE_STATUSES.includes(statusOverride)) {
    return { message: 'A status set by hand is achieved, on track, late or not met.', where };
  }
  return milestoneProblem(draft, changes.milestoneId, `${where}, Milestone`);
}

/** The fields an edit may set, so stray keys in replayed JSON arguments never reach the plan. */
const OBJECTIVE_FIELDS = ['title', 'successCriterion', 'measure', 'milestoneId', 'metric', 'targetValue', 'currentValue', 'direction'] as const;

function applyObjectiveFields(objective: Draft<Objective>, changes: ObjectiveFields): void {
  for (const key of OBJECTIVE_FIELDS) {
    const value = changes[key];
    if (value === undefined) continue;
    const next = typeof value === 'string' && key !== 'milestoneId' ? value.trim() : value;
    if (objective[key] !== next) Object.assign(objective, { [key]: next });
  }
  const { statusOverride } = changes;
  if (statusOverride === null) delete objective.statusOverride;
  else if (statusOverride !== undefined) objective.statusOverride = statusOverride;
}

export const addObjective = defineCommand<ObjectiveFields & { readonly title: string }>({
  name: 'addObjective',
  label: () => 'Add objective',
  apply(draft, args, ctx) {
    const where = `Objective '${isText(args.title) ? args.title.trim() : ''}'`;
    const problem = objectiveFieldsProblem(draft, args, where);
    if (problem) return problem;
    const objective: Objective = {
      id: ctx.newId(), title: '', successCriterion: '', measure: 'milestone', milestoneId: null, metric: '',
      targetValue: null, currentValue: null, direction: 'at-least',
    };
    const created = castDraft(objective);
    applyObjectiveFields(created, args);
    charterDraft(draft).objectives.push(created);
    return undefined;
  },
});

export const updateObjective = defineCommand<{ readonly id: string; readonly changes: ObjectiveFields }>({
  name: 'updateObjective',
  label: (args) => (args.changes.statusOverride !== undefined ? 'Set objective status' : 'Edit objective'),
  apply(draft, args) {
    const objective = draft.project.charter?.objectives.find((o) => o.id === args.id);
    if (!objective) return { message: 'That objective is no longer in the charter.' };
    const problem = objectiveFieldsProblem(draft, args.changes, `Objective '${objective.title}'`);
    if (problem) return problem;
    applyObjectiveFields(objective, args.changes);
    return undefined;
  },
});

export const removeObjective = defineCommand<{ readonly id: string }>({
  name: 'removeObjective',
  label: () => 'Remove objective',
  apply(draft, args) {
    const objectives = draft.project.charter?.objectives;
    const index = objectives?.findIndex((o) => o.id === args.id) ?? -1;
    if (!objectives || index < 0) return { message: 'That objective is no longer in the charter.' };
    objectives.splice(index, 1);
    return undefined;
  },
});

export const addDeliverable = defineCommand<{ readonly name: string; readonly taskId?: TaskId | null }>({
  name: 'addDeliverable',
  label: () => 'Add deliverable',
  apply(draft, args, ctx) {
    const name = isText(args.name) ? args.name.trim() : '';
    if (!name) return { message: 'A deliverable needs a name.', where: 'Charter, Deliverables' };
    const problem = deliverableTaskProblem(draft, args.taskId, `Deliverable '${name}'`);
    if (problem) return problem;
    charterDraft(draft).deliverables.push({ id: ctx.newId(), name, taskId: args.taskId ?? null });
    return undefined;
  },
});

export const updateDeliverable = defineCommand<{ readonly id: string; readonly changes: { readonly name?: string; readonly taskId?: TaskId | null } }>({
  name: 'updateDeliverable',
  label: () => 'Edit deliverable',
  apply(draft, args) {
    const deliverable = draft.project.charter?.deliverables.find((d) => d.id === args.id);
    if (!deliverable) return { message: 'That deliverable is no longer in the charter.' };
    const where = `Deliverable '${deliverable.name}'`;
    const { name, taskId } = args.changes;
    if (name !== undefined && (!isText(name) || !name.trim())) return { message: 'A deliverable needs a name.', where };
    const problem = deliverableTaskProblem(draft, taskId, where);
    if (problem) return problem;
    if (name !== undefined) deliverable.name = name.trim();
    if (taskId !== undefined) deliverable.taskId = taskId;
    return undefined;
  },
});

export const removeDeliverable = defineCommand<{ readonly id: string }>({
  name: 'removeDeliverable',
  label: () => 'Remove deliverable',
  apply(draft, args) {
    const deliverables = draft.project.charter?.deliverables;
    const index = deliverables?.findIndex((d) => d.id === args.id) ?? -1;
    if (!deliverables || index < 0) return { message: 'That deliverable is no longer in the charter.' };
    deliverables.splice(index, 1);
    return undefined;
  },
});

/** Starts closure with the usual checklist (a PM edits it after). */
export const startClosure = defineCommand<Record<string, never>>({
  name: 'startClosure',
  label: () => 'Start closure',
  apply(draft, _args, ctx) {
    const closure = closureDraft(draft);
    if (closure.checklist.length > 0) return { message: 'Closure has a checklist already.', where: 'Closure' };
    for (const item of STANDARD_CLOSURE_ITEMS) closure.checklist.push({ id: ctx.newId(), item, ownerId: null, done: false });
    return undefined;
  },
});

export const addClosureItem = defineCommand<{ readonly item: string; readonly ownerId?: ResourceId | null }>({
  name: 'addClosureItem',
  label: () => 'Add closure item',
  apply(draft, args, ctx) {
    const item = isText(args.item) ? args.item.trim() : '';
    if (!item) return { message: 'A closure item needs some text.', where: 'Closure checklist' };
    const problem = ownerProblem(draft, args.ownerId, `Closure item '${item}'`);
    if (problem) return problem;
    closureDraft(draft).checklist.push({ id: ctx.newId(), item, ownerId: args.ownerId ?? null, done: false });
    return undefined;
  },
});

export const updateClosureItem = defineCommand<{ readonly itemId: string; readonly changes: Partial<Omit<ClosureItem, 'id'>> }>({
  name: 'updateClosureItem',
  label: (args) => (args.changes.done === true ? 'Tick closure item' : args.changes.done === false ? 'Untick closure item' : 'Edit closure item'),
  apply(draft, args) {
    const entry = draft.project.closure?.checklist.find((c) => c.id === args.itemId);
    if (!entry) return { message: 'That closure item no longer exists.' };
    const where = `Closure item '${entry.item}'`;
    const { item, ownerId, done } = args.changes;
    if (item !== undefined && (!isText(item) || !item.trim())) return { message: 'A closure item needs some text.', where };
    const problem = ownerProblem(draft, ownerId, where);
    if (problem) return problem;
    if (item !== undefined) entry.item = item.trim();
    if (ownerId !== undefined) entry.ownerId = ownerId;
    if (done !== undefined) entry.done = done === true;
    return undefined;
  },
});

export const removeClosureItem = defineCommand<{ readonly itemId: string }>({
  name: 'removeClosureItem',
  label: () => 'Remove closure item',
  apply(draft, args) {
    const checklist = draft.project.closure?.checklist;
    const index = checklist?.findIndex((c) => c.id === args.itemId) ?? -1;
    if (!checklist || index < 0) return { message: 'That closure item no longer exists.' };
    checklist.splice(index, 1);
    return undefined;
  },
});

function lessonProblem(draft: PlanDraft, fields: Partial<Omit<Lesson, 'id'>>, where: string): Problem | undefined {
  if (fields.kind !== undefined && !LESSON_KINDS.includes(fields.kind)) return { message: 'A lesson is what went well, what to improve or a recommendation.', where };
  if (fields.text !== undefined && (!isText(fields.text) || !fields.text.trim())) return { message: 'A lesson needs some text.', where };
  if (fields.category !== undefined && !isText(fields.category)) return { message: 'Expected text.', where: `${where}, Category` };
  return ownerProblem(draft, fields.ownerId, where);
}

/** The Closure gate's lessons criterion when it is still unticked; null when ticked, renamed away or removed. */
function openLessonsCriterion(plan: Pick<Plan, 'phases'>): { readonly phaseId: PhaseId; readonly criterionId: string } | null {
  const found = lessonsCriterion(plan.phases);
  const criterion = found && plan.phases[found.phaseId]?.gate?.criteria.find((c) => c.id === found.criterionId);
  return found && criterion && !criterion.done ? found : null;
}

/**
 * Records a lesson learned. Lessons recorded are what the Closure gate's "Lessons learned
 * recorded" criterion asks for, so the same edit ticks it: one undo takes back both.
 */
export const addLesson = defineCommand<{ readonly kind: LessonKind; readonly text: string; readonly category?: string; readonly ownerId?: ResourceId | null }>({
  name: 'addLesson',
  label: (_args, plan) => (openLessonsCriterion(plan) ? 'Add lesson learned (ticks the Closure gate)' : 'Add lesson learned'),
  apply(draft, args, ctx) {
    const problem = lessonProblem(draft, args, 'Lessons learned');
    if (problem) return problem;
    closureDraft(draft).lessons.push({
      id: ctx.newId(), kind: args.kind, text: args.text.trim(), category: args.category?.trim() ?? '', ownerId: args.ownerId ?? null,
    });
    const open = openLessonsCriterion(draft);
    const criterion = open && draft.phases[open.phaseId]?.gate?.criteria.find((c) => c.id === open.criterionId);
    if (criterion) criterion.done = true;
    return undefined;
  },
});

export const updateLesson = defineCommand<{ readonly id: string; readonly changes: Partial<Omit<Lesson, 'id'>> }>({
  name: 'updateLesson',
  label: () => 'Edit lesson learned',
  apply(draft, args) {
    const lesson = draft.project.closure?.lessons.find((l) => l.id === args.id);
    if (!lesson) return { message: 'That lesson is no longer recorded.' };
    const problem = lessonProblem(draft, args.changes, `Lesson '${lesson.text}'`);
    if (problem) return problem;
    const { kind, text, category, ownerId } = args.changes;
    if (kind !== undefined) lesson.kind = kind;
    if (text !== undefined) lesson.text = text.trim();
    if (category !== undefined) lesson.category = category.trim();
    if (ownerId !== undefined) lesson.ownerId = ownerId;
    return undefined;
  },
});

export const removeLesson = defineCommand<{ readonly id: string }>({
  name: 'removeLesson',
  label: () => 'Remove lesson learned',
  apply(draft, args) {
    const lessons = draft.project.closure?.lessons;
    const index = lessons?.findIndex((l) => l.id === args.id) ?? -1;
    if (!lessons || index < 0) return { message: 'That lesson is no longer recorded.' };
    lessons.splice(index, 1);
    return undefined;
  },
});

export const charterCommands = {
  updateCharter, addCharterItem, updateCharterItem, removeCharterItem, addObjective, updateObjective, removeObjective,
  addDeliverable, updateDeliverable, removeDeliverable, startClosure, addClosureItem, updateClosureItem, removeClosureItem,
  addLesson, updateLesson, removeLesson,
} as const;
