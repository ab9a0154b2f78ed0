/**
 * Commands of the risk register: add, edit and delete risks, mitigation tasks, contingency tasks
 * and their activation. Every edit is undoable through the one command path; a refusal says what
 * and where ("Risk R-002: probability must be a whole number 1 to 5, not 6").
 */
import { castDraft, current } from 'immer';
import type { LinkId, RiskId, TaskId } from '../model/ids';
import {
  OPPORTUNITY_RESPONSES, THREAT_RESPONSES, type ContingencyTask, type Plan, type Risk,
} from '../model/plan';
import type { Problem } from '../model/result';
import { riskCategoriesOf, riskCodesInCategory } from '../raid/categories';
import { isLevel, nextCode, riskCodes, riskScore } from '../raid/scoring';
import { defineCommand, type PlanDraft } from './command';
import { insertTask } from './task-commands';

/** Fields a person edits; ids, codes and history are kept by the commands. */
export type RiskFields = Partial<Omit<Risk, 'id' | 'code' | 'scoreHistory' | 'activatedTaskIds' | 'extra'>>;

export interface AddRiskArgs {
  readonly id?: RiskId;
  readonly fields: RiskFields & { readonly title: string };
}

const LEVEL_FIELDS = ['probability', 'impact', 'residualProbability', 'residualImpact'] as const;

/** Why these fields cannot be set on this risk, or undefined. `where` names the risk. */
function refuseRiskFields(draft: PlanDraft, risk: Risk, where: string): Problem | undefined {
  for (const field of LEVEL_FIELDS) {
    const value = risk[field];
    if (value === null || value === undefined) continue;
    if (!isLevel(value)) return { message: `${field} must be a whole number 1 to 5, not ${String(value)}.`, where };
  }
  for (const [dimension, value] of Object.entries(risk.impacts ?? {})) {
    if (!isLevel(value)) return { message: `The ${dimension} impact must be a whole number 1 to 5, not ${String(value)}.`, where };
  }
  if (!risk.title.trim()) return { message: 'A risk needs a title.', where };
  for (const [field, value] of [['cost impact', risk.costImpactAmount], ['schedule impact', risk.scheduleImpactMinutes]] as const) {
    if (value !== undefined && !(Number.isFinite(value) && value >= 0)) return { message: `The ${field} must be zero or more.`, where };
  }
  const responses: readonly string[] = (risk.kind ?? 'threat') === 'threat' ? THREAT_RESPONSES : OPPORTUNITY_RESPONSES;
  if (risk.response !== undefined && risk.response !== null && !responses.includes(risk.response)) {
    return { message: `'${risk.response}' is not a response to ${risk.kind === 'opportunity' ? 'an opportunity' : 'a threat'} (${responses.join(', ')}).`, where };
  }
  if (risk.ownerId !== undefined && risk.ownerId !== null && !draft.resources[risk.ownerId]) return { message: 'The owner is not a person in this plan.', where };
  for (const id of [...risk.taskIds, ...(risk.mitigationTaskIds ?? [])]) {
    if (!draft.tasks[id]) return { message: `Linked task ${id} is not in the plan (deleted?).`, where };
  }
  return refuseContingency(draft, risk.contingencyTasks ?? [], where);
}

/**
 * Contingency tasks wait outside the schedule: their links must name live tasks, and none of them
 * may already be a live task (it would be scheduled twice).
 */
function refuseContingency(draft: PlanDraft, tasks: readonly ContingencyTask[], where: string): Problem | undefined {
  const keys = new Set<string>();
  for (const task of tasks) {
    const label = `Contingency task '${task.name}'`;
    if (!task.name.trim()) return { message: 'A contingency task needs a name.', where };
    if (keys.has(task.key)) return { message: `${label} is listed twice.`, where };
    keys.add(task.key);
    if (draft.tasks[task.key]) return { message: `${label} is already in the live plan; it joins the schedule only when activated.`, where };
    if (!(Number.isFinite(task.durationMinutes) && task.durationMinutes >= 0)) return { message: `${label} needs a duration of zero or more.`, where };
    for (const id of [...task.predecessorIds, ...task.successorIds]) {
      if (keys.has(id) || tasks.some((t) => t.key === id)) {
        return { message: `${label} is linked to another contingency task; link it to live tasks only.`, where };
      }
      if (!draft.tasks[id]) return { message: `${label} is linked to task ${id}, which is not in the plan.`, where };
    }
  }
  return undefined;
}

/** Keeps `impact` = the largest of `impacts` and logs the score when it changed. */
function settle(risk: PlanDraft['risks'][string], before: number | null, now: string): void {
  if (risk.impacts) risk.impact = Math.max(risk.impacts.schedule, risk.impacts.cost, risk.impacts.scope);
  const score = riskScore(risk);
  if (score !== before) risk.scoreHistory = [...(risk.scoreHistory ?? []), { at: now, score }];
}

function riskWhere(draft: PlanDraft, id: RiskId): string {
  const risk = draft.risks[id];
  return `Risk ${risk?.code ?? riskCodes(current(draft)).get(id) ?? id}`;
}

/**
 * The risk addRisk would add to `plan`: its next code and the register's defaults under the given
 * fields. The risk editor shows a risk being added with it before anything is committed.
 */
export function riskToAdd(plan: Plan, id: RiskId, fields: AddRiskArgs['fields'], nowIso: string): Risk {
  return {
    id, code: nextCode('R', riskCodes(plan).values()), description: '', category: 'technical', probability: 3, impact: 3,
    status: 'open', owner: '', mitigation: '', contingency: '', trigger: '', taskIds: [],
    raisedOn: nowIso.slice(0, 10) as Risk['raisedOn'], reviewOn: null, kind: 'threat', ...fields,
    title: fields.title.trim(),
  };
}

export const addRisk = defineCommand<AddRiskArgs>({
  name: 'addRisk',
  label: () => 'Add risk',
  apply(draft, args, ctx) {
    const id = args.id ?? (ctx.newId() as RiskId);
    if (draft.risks[id]) return { message: `A risk with id ${id} already exists.` };
    const risk = riskToAdd(current(draft), id, args.fields, ctx.now);
    const code = risk.code ?? '';
    const problem = refuseRiskFields(draft, risk, `Risk ${code}`);
    if (problem) return problem;
    draft.risks[id] = castDraft(risk);
    const added = draft.risks[id];
    if (added) settle(added, null, ctx.now);
    return undefined;
  },
});

export interface UpdateRiskArgs {
  readonly id: RiskId;
  readonly changes: RiskFields;
}

export const updateRisk = defineCommand<UpdateRiskArgs>({
  name: 'updateRisk',
  label: () => 'Edit risk',
  apply(draft, args, ctx) {
    const risk = draft.risks[args.id];
    if (!risk) return { message: 'That risk no longer exists.' };
    if (risk.activatedTaskIds && args.changes.contingencyTasks) {
      return { message: 'The contingency was activated; edit its tasks in the plan.', where: riskWhere(draft, args.id) };
    }
    const before = riskScore(risk);
    const next: Risk = { ...current(risk), ...args.changes };
    if (args.changes.impact !== undefined && args.changes.impacts === undefined) delete (next as { impacts?: unknown }).impacts;
    const problem = refuseRiskFields(draft, next, riskWhere(draft, args.id));
    if (problem) return problem;
    draft.risks[args.id] = castDraft(next);
    const edited = draft.risks[args.id];
    if (edited) settle(edited, before, ctx.now);
    return undefined;
  },
});

export const deleteRisk = defineCommand<{ readonly id: RiskId }>({
  name: 'deleteRisk',
  label: () => 'Delete risk',
  apply(draft, args) {
    if (!draft.risks[args.id]) return { message: 'That risk no longer exists.' };
    delete draft.risks[args.id];
    for (const issue of Object.values(draft.issues)) if (issue.riskId === args.id) issue.riskId = null;
    // An assumption keeps its link to the deleted risk: its register says the risk was deleted
    // (assumptionRisk) instead of going blank as if none had been named.
    for (const d of Object.values(draft.decisions)) d.riskIds = d.riskIds.filter((r) => r !== args.id);
    return undefined;
  },
});

export interface AddMitigationTaskArgs {
  readonly riskId: RiskId;
  readonly taskId?: TaskId;
  readonly name: string;
  /**
   * The fields of a risk being added under `riskId` (the risk editor's, before anything was
   * committed): the risk is added first, in the same step, so one Undo takes back both.
   */
  readonly addingRisk?: AddRiskArgs['fields'];
}

/** Creates a task for a mitigation action and links it to the risk, in one undoable step. */
export const addMitigationTask = defineCommand<AddMitigationTaskArgs>({
  name: 'addMitigationTask',
  label: (args, plan) => (args.addingRisk && !plan.risks[args.riskId] ? 'Add risk' : 'Add mitigation task'),
  apply(draft, args, ctx) {
    if (args.addingRisk && !draft.risks[args.riskId]) {
      const refused = addRisk.apply(draft, { id: args.riskId, fields: args.addingRisk }, ctx);
      if (refused) return refused;
    }
    const risk = draft.risks[args.riskId];
    if (!risk) return { message: 'That risk no longer exists.' };
    const id = args.taskId ?? (ctx.newId() as TaskId);
    const problem = insertTask.apply(draft, { id, name: args.name }, ctx);
    if (problem) return { ...problem, where: riskWhere(draft, args.riskId) };
    risk.mitigationTaskIds = [...(risk.mitigationTaskIds ?? []), id];
    if (risk.status === 'open') risk.status = 'mitigating';
    return undefined;
  },
});

export interface ActivateContingencyArgs {
  readonly riskId: RiskId;
}

/**
 * Inserts the risk's contingency tasks at the end of the plan with their finish-to-start links,
 * and marks the risk occurred: one command, so one Undo takes it all back.
 */
export const activateContingency = defineCommand<ActivateContingencyArgs>({
  name: 'activateContingency',
  label: () => 'Activate contingency',
  apply(draft, args, ctx) {
    const risk = draft.risks[args.riskId];
    const where = riskWhere(draft, args.riskId);
    if (!risk) return { message: 'That risk no longer exists.' };
    if (risk.activatedTaskIds) return { message: 'Its contingency is already activated.', where };
    const tasks = current(risk).contingencyTasks ?? [];
    if (tasks.length === 0) return { message: 'It has no contingency tasks to activate.', where };
    const problem = refuseContingency(draft, tasks, where);
    if (problem) return problem;
    const inserted: TaskId[] = [];
    for (const task of tasks) {
      const id = ctx.newId() as TaskId;
      const refused = insertTask.apply(draft, { id, name: task.name, fields: { durationMinutes: task.durationMinutes, kind: task.durationMinutes === 0 ? 'milestone' : 'task' } }, ctx);
      if (refused) return { ...refused, where };
      inserted.push(id);
      for (const pred of task.predecessorIds) addFinishToStart(draft, pred, id, ctx.newId() as LinkId);
      for (const succ of task.successorIds) addFinishToStart(draft, id, succ, ctx.newId() as LinkId);
    }
    risk.activatedTaskIds = inserted;
    risk.status = 'occurred';
    return undefined;
  },
});

function addFinishToStart(draft: PlanDraft, predecessorId: TaskId, successorId: TaskId, id: LinkId): void {
  draft.links[id] = { id, predecessorId, successorId, type: 'FS', lagMinutes: 0, lagIsElapsed: false };
}

export interface SetRiskCategoriesArgs {
  /** The whole list, in the order the register offers it. */
  readonly categories: readonly string[];
  /** Categories renamed: every risk filed under `from` is refiled under `to` (in the same step). */
  readonly renames?: readonly { readonly from: string; readonly to: string }[];
  /** Where the risks of a removed category go; without it, removing a category in use is refused. */
  readonly moveRemovedTo?: string;
}

/**
 * Replaces the category list (add, rename, remove, reorder) and refiles the risks a rename or a
 * removal affects, as one command so one Undo restores the list and the risks together. A
 * category in use is never dropped silently: its risks move with a rename or to `moveRemovedTo`,
 * else the edit is refused naming them. Risks filed under a category the list never had (older
 * plans, imports) are left as they are.
 */
export const setRiskCategories = defineCommand<SetRiskCategoriesArgs>({
  name: 'setRiskCategories',
  label: () => 'Edit risk categories',
  apply(draft, args) {
    const categories = [...new Set(args.categories.map((c) => c.trim()).filter((c) => c.length > 0))];
    if (categories.length === 0) return { message: 'Keep at least one risk category.' };
    const listed = new Set(categories);
    const before = new Set(riskCategoriesOf(current(draft)));
    const renames = new Map((args.renames ?? []).map((r) => [r.from, r.to.trim()]));
    for (const [from, to] of renames) {
      if (!listed.has(to)) return { message: `Rename '${from}' to a category in the list ('${to}' is not).` };
    }
    const target = args.moveRemovedTo?.trim();
    if (target !== undefined && !listed.has(target)) return { message: `Risks can only move to a category in the list ('${target}' is not).` };
    const refiled = new Map<string, string>();
    for (const risk of Object.values(draft.risks)) {
      const renamed = renames.get(risk.category);
      if (renamed !== undefined) refiled.set(risk.id, renamed);
      else if (before.has(risk.category) && !listed.has(risk.category)) {
        if (target === undefined) return refuseRemoval(current(draft), risk.category);
        refiled.set(risk.id, target);
      }
    }
    for (const [id, category] of refiled) {
      const risk = draft.risks[id];
      if (risk) risk.category = category;
    }
    draft.project.riskCategories = categories;
    return undefined;
  },
});

function refuseRemoval(plan: Plan, category: string): Problem {
  const codes = riskCodesInCategory(plan, category);
  const count = codes.length === 1 ? '1 risk' : `${String(codes.length)} risks`;
  return { message: `Category '${category}' is used by ${count} (${codes.join(', ')}); move them to another category to remove it.`, where: 'Risk categories' };
}

/** The owner of a risk shown in the register: the linked person's name, else the free-text owner. */
export function riskOwnerName(plan: Plan, risk: Risk): string {
  const person = risk.ownerId ? plan.resources[risk.ownerId] : undefined;
  return person?.name ?? risk.owner;
}
