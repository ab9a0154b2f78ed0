/**
 * Change control commands: raise and edit change requests, move them through their life cycle
 * (domain/changes/transitions.ts), record and drop a proposal's edits, and approve — which applies
 * the proposal to the live plan as this one command, so one Undo takes the whole change back.
 * Approval replays other commands by name; the registry hands in its lookup (changeCommands())
 * so this file does not import the registry that lists it.
 */
import { castDraft, current } from 'immer';
import {
  applyEditsToDraft, changeCode, changeCodes, checkTransition, editsOf, isProposalOpen, proposalImpact, type CommandLookup,
} from '../changes';
import {
  CHANGE_CATEGORIES, CHANGE_PRIORITIES, type ChangeRequest, type ChangeStatus, type ProposedEdit,
} from '../model/changes';
import type { ChangeRequestId, TaskId } from '../model/ids';
import type { Plan } from '../model/plan';
import type { Problem } from '../model/result';
import type { LocalDate } from '../model/time';
import { baselineEntries, costPlan } from '../money';
import { scheduleProject } from '../schedule/scheduler';
import { defineCommand, type PlanDraft } from './command';

/** Fields a person edits directly; status, code and edits move only through their own commands. */
export type ChangeFields = Partial<Omit<ChangeRequest, 'id' | 'code' | 'status' | 'proposedEdits' | 'implementedOn' | 'extra'>>;

const today = (now: string): LocalDate => now.slice(0, 10) as LocalDate;

function refuseChange(draft: PlanDraft, c: ChangeRequest, code: string): Problem | undefined {
  const where = `Change ${code}`;
  if (!c.title.trim()) return { message: 'A change request needs a title.', where };
  if (c.category !== undefined && !CHANGE_CATEGORIES.includes(c.category)) return { message: `Category must be one of ${CHANGE_CATEGORIES.join(', ')}.`, where };
  if (c.priority !== undefined && !CHANGE_PRIORITIES.includes(c.priority)) return { message: `Priority must be one of ${CHANGE_PRIORITIES.join(', ')}.`, where };
  if (c.requestedById && !draft.stakeholders[c.requestedById]) return { message: 'The requester is not a stakeholder in this plan.', where };
  for (const id of c.riskIds ?? []) if (!draft.risks[id]) return { message: 'A linked risk is not in the plan (deleted?).', where };
  for (const id of c.issueIds ?? []) if (!draft.issues[id]) return { message: 'A linked issue is not in the plan (deleted?).', where };
  for (const id of c.decisionIds ?? []) if (!draft.decisions[id]) return { message: 'A linked decision is not in the plan (deleted?).', where };
  return undefined;
}

export interface AddChangeRequestArgs {
  readonly id?: ChangeRequestId;
  readonly fields: ChangeFields & { readonly title: string };
}

export const addChangeRequest = defineCommand<AddChangeRequestArgs>({
  name: 'addChangeRequest',
  label: () => 'Add change request',
  apply(draft, args, ctx) {
    const id = args.id ?? (ctx.newId() as ChangeRequestId);
    const code = nextChangeCode(current(draft));
    const change: ChangeRequest = {
      id, code, description: '', requestedBy: '', requestedOn: today(ctx.now), status: 'proposed', scheduleImpactMinutes: 0,
      costImpact: 0, decidedOn: null, decidedBy: '', taskIds: [], category: 'scope', priority: 'medium', ...args.fields,
      title: args.fields.title.trim(),
    };
    const problem = refuseChange(draft, change, code);
    if (problem) return problem;
    draft.changes[id] = castDraft(change);
    return undefined;
  },
});

function nextChangeCode(plan: Plan): string {
  let highest = 0;
  for (const code of changeCodes(plan).values()) highest = Math.max(highest, Number(/^CR-(\d+)$/.exec(code)?.[1] ?? 0));
  return `CR-${String(highest + 1).padStart(3, '0')}`;
}

export const updateChangeRequest = defineCommand<{ readonly id: ChangeRequestId; readonly changes: ChangeFields }>({
  name: 'updateChangeRequest',
  label: () => 'Edit change request',
  apply(draft, args) {
    const change = draft.changes[args.id];
    if (!change) return { message: 'That change request no longer exists.' };
    const next: ChangeRequest = { ...current(change), ...args.changes };
    const problem = refuseChange(draft, next, changeCode(current(draft), args.id));
    if (problem) return problem;
    draft.changes[args.id] = castDraft(next);
    return undefined;
  },
});

export const deleteChangeRequest = defineCommand<{ readonly id: ChangeRequestId }>({
  name: 'deleteChangeRequest',
  label: () => 'Delete change request',
  apply(draft, args) {
    if (!draft.changes[args.id]) return { message: 'That change request no longer exists.' };
    delete draft.changes[args.id];
    for (const d of Object.values(draft.decisions)) d.changeIds = d.changeIds.filter((c) => c !== args.id);
    return undefined;
  },
});

export interface SetChangeStatusArgs {
  readonly id: ChangeRequestId;
  readonly status: ChangeStatus;
  readonly decidedBy?: string;
  readonly rationale?: string;
  /** The day the decision was made, as typed in the request before deciding; absent or null = today. */
  readonly decidedOn?: LocalDate | null;
}

const DECISIONS: readonly ChangeStatus[] = ['approved', 'rejected', 'deferred'];

const DECISION_VERBS: Partial<Record<ChangeStatus, string>> = { approved: 'Approve', rejected: 'Reject', deferred: 'Defer' };

/**
 * A decision names who made it: a change log entry approved, rejected or deferred by nobody is no
 * record of the decision (PMBOK's change log, audits). Approve asked for it and Reject did not.
 */
function unnamedDecision(status: ChangeStatus, decidedBy: string, where: string): Problem | undefined {
  const verb = DECISION_VERBS[status];
  if (verb === undefined || decidedBy.trim() !== '') return undefined;
  return { message: `${verb} needs who decided: type the name in Decision by, in the Decision section of this request, then ${verb.toLowerCase()}.`, where };
}

/** Moves a request along the life cycle. Rejecting discards its proposed edits (the record stays). */
export const setChangeStatus = defineCommand<SetChangeStatusArgs>({
  name: 'setChangeStatus',
  label: (args) => ({ 'proposed': 'Reopen change request', 'under-review': 'Review change request', 'approved': 'Approve change request',
    'rejected': 'Reject change request', 'deferred': 'Defer change request', 'implemented': 'Mark change implemented' })[args.status],
  apply(draft, args, ctx) {
    const change = draft.changes[args.id];
    if (!change) return { message: 'That change request no longer exists.' };
    const where = `Change ${changeCode(current(draft), args.id)}`;
    const refused = checkTransition(change.status, args.status);
    if (refused) return { ...refused, where };
    if ((args.status === 'approved' || args.status === 'implemented') && editsOf(change).length > 0 && change.status !== 'approved') {
      return { message: 'This request carries proposed edits: approve it with Approve, which applies them to the plan.', where };
    }
    const unnamed = unnamedDecision(args.status, args.decidedBy ?? change.decidedBy, where);
    if (unnamed) return unnamed;
    const wasDecided = DECISIONS.includes(change.status);
    change.status = args.status;
    // Back under review, the earlier decision's day dates nothing: the next decision has its own.
    if (wasDecided && args.status === 'under-review') change.decidedOn = null;
    if (DECISIONS.includes(args.status)) {
      change.decidedOn = args.decidedOn ?? today(ctx.now);
      if (args.decidedBy !== undefined) change.decidedBy = args.decidedBy;
      if (args.rationale !== undefined) change.rationale = args.rationale;
    }
    if (args.status === 'implemented') change.implementedOn = today(ctx.now);
    if (args.status === 'rejected') change.proposedEdits = [];
    return undefined;
  },
});

export const recordProposedEdit = defineCommand<{ readonly id: ChangeRequestId; readonly edit: ProposedEdit }>({
  name: 'recordProposedEdit',
  label: (args) => `${args.edit.label} (proposal)`,
  apply(draft, args) {
    const change = draft.changes[args.id];
    if (!change) return { message: 'That change request no longer exists.' };
    if (!isProposalOpen(change.status)) return { message: `A request that is ${change.status} takes no more edits.`, where: `Change ${changeCode(current(draft), args.id)}` };
    change.proposedEdits = castDraft([...editsOf(current(change)), args.edit]);
    return undefined;
  },
});

export const dropProposedEdit = defineCommand<{ readonly id: ChangeRequestId; readonly index: number }>({
  name: 'dropProposedEdit',
  label: () => 'Drop proposed edit',
  apply(draft, args) {
    const change = draft.changes[args.id];
    if (!change) return { message: 'That change request no longer exists.' };
    const edits = editsOf(current(change));
    if (!Number.isInteger(args.index) || args.index < 0 || args.index >= edits.length) return { message: 'That edit is no longer in the proposal.' };
    change.proposedEdits = castDraft(edits.filter((_, i) => i !== args.index));
    return undefined;
  },
});

export interface ApproveChangeArgs {
  readonly id: ChangeRequestId;
  readonly decidedBy: string;
  readonly rationale: string;
  /** The day the decision was made, as typed in the request before deciding; absent or null = today. */
  readonly decidedOn?: LocalDate | null;
  /** Also update the affected tasks in baseline 0 to their new dates, work and cost. */
  readonly rebaseline?: boolean;
}

/** Replaces the changed tasks' entries in baseline 0 (removed tasks leave it). */
function rebaseline(draft: PlanDraft, changed: readonly TaskId[]): Problem | undefined {
  const baseline = Object.values(draft.baselines).find((b) => b.number === 0);
  if (!baseline) return { message: 'There is no baseline to update: save a baseline first, or approve without re-baselining.' };
  const plan: Plan = current(draft);
  const schedule = scheduleProject(plan);
  const entries = baselineEntries(schedule, costPlan(plan, schedule));
  for (const id of changed) {
    const entry = entries[id];
    if (entry) baseline.tasks[id] = entry;
    else delete baseline.tasks[id];
  }
  return undefined;
}

/** Applies the proposal, measures what it did, and records the decision: approved → implemented in one step. */
function implement(draft: PlanDraft, change: ChangeRequest, args: ApproveChangeArgs, lookup: CommandLookup, now: string): Problem | undefined {
  const live: Plan = current(draft);
  const problem = applyEditsToDraft(draft, editsOf(change), lookup, change.id);
  if (problem) return problem;
  const next: Plan = current(draft);
  const impact = proposalImpact({ plan: live, schedule: scheduleProject(live) }, { plan: next, schedule: scheduleProject(next) }, change.riskIds ?? []);
  if (args.rebaseline) {
    const refused = rebaseline(draft, impact.changedTaskIds);
    if (refused) return refused;
  }
  const record = draft.changes[change.id];
  if (!record) return { message: 'A proposed edit removed its own change request.' };
  record.status = 'implemented';
  record.implementedOn = today(now);
  record.scheduleImpactMinutes = Math.round(impact.finishChangeDays * live.project.minutesPerDay);
  record.costImpact = impact.cost?.delta ?? 0;
  record.taskIds = castDraft(impact.changedTaskIds.filter((id) => next.tasks[id]));
  return undefined;
}

/** Approve: with proposed edits, applies them and marks the request implemented; without, marks it approved. */
export function approveChangeWith(lookup: CommandLookup) {
  return defineCommand<ApproveChangeArgs>({
    name: 'approveChange',
    label: (args, plan) => `Approve ${changeCode(plan, args.id)}`,
    apply(draft, args, ctx) {
      const found = draft.changes[args.id];
      if (!found) return { message: 'That change request no longer exists.' };
      const change = current(found);
      const where = `Change ${changeCode(current(draft), args.id)}`;
      const refused = checkTransition(change.status, 'approved');
      if (refused) return { ...refused, where };
      const unnamed = unnamedDecision('approved', args.decidedBy, where);
      if (unnamed) return unnamed;
      found.status = 'approved';
      found.decidedOn = args.decidedOn ?? today(ctx.now);
      found.decidedBy = args.decidedBy;
      found.rationale = args.rationale;
      if (editsOf(change).length === 0) return undefined;
      const problem = implement(draft, change, args, lookup, ctx.now);
      return problem ? { ...problem, where } : undefined;
    },
  });
}

/** Every change command, approval bound to the registry's lookup. */
export function changeCommands(lookup: CommandLookup) {
  return {
    addChangeRequest, updateChangeRequest, deleteChangeRequest, setChangeStatus, recordProposedEdit, dropProposedEdit,
    approveChange: approveChangeWith(lookup),
  } as const;
}

export const CHANGE_COMMAND_NAMES: ReadonlySet<string> = new Set(['addChangeRequest', 'updateChangeRequest', 'deleteChangeRequest',
  'setChangeStatus', 'recordProposedEdit', 'dropProposedEdit', 'approveChange']);
