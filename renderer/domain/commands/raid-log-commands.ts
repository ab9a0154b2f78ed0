/**
 * Commands of the issues log, assumptions and decisions (the I, A and D of the RAID log). An issue
 * can be raised from a risk that occurred (the link kept both ways); an invalid assumption can
 * raise a risk.
 */
import { castDraft, current } from 'immer';
import type { AssumptionId, DecisionId, IssueId, RiskId } from '../model/ids';
import type { Assumption, Decision, Issue } from '../model/plan';
import type { LocalDate } from '../model/time';
import type { Problem } from '../model/result';
import { ISSUE_PRIORITIES } from '../raid/raid-labels';
import { nextCode, riskCodes } from '../raid/scoring';
import { defineCommand, type PlanDraft } from './command';
import { addRisk } from './raid-commands';

type IssueFields = Partial<Omit<Issue, 'id' | 'code' | 'extra'>>;

function refuseIssue(draft: PlanDraft, issue: Issue): Problem | undefined {
  const where = `Issue ${issue.code}`;
  if (!issue.title.trim()) return { message: 'An issue needs a title.', where };
  if (!ISSUE_PRIORITIES.includes(issue.priority)) return { message: `Priority must be one of ${ISSUE_PRIORITIES.join(', ')}.`, where };
  if (issue.ownerId !== null && !draft.resources[issue.ownerId]) return { message: 'The owner is not a person in this plan.', where };
  if (issue.riskId !== null && !draft.risks[issue.riskId]) return { message: 'The risk it came from is not in the plan.', where };
  for (const id of issue.taskIds) if (!draft.tasks[id]) return { message: `Linked task ${id} is not in the plan (deleted?).`, where };
  return undefined;
}

export interface RaiseIssueArgs {
  readonly id?: IssueId;
  readonly fields: IssueFields & { readonly title: string };
}

export const raiseIssue = defineCommand<RaiseIssueArgs>({
  name: 'raiseIssue',
  label: () => 'Raise issue',
  apply(draft, args, ctx) {
    const id = args.id ?? (ctx.newId() as IssueId);
    const issue: Issue = {
      id, code: nextCode('I', Object.values(draft.issues).map((i) => i.code)), description: '', priority: 'medium',
      ownerId: null, raisedOn: ctx.now.slice(0, 10) as LocalDate, dueOn: null, rootCause: '', resolution: '', taskIds: [],
      status: 'open', riskId: null, ...args.fields, title: args.fields.title.trim(),
    };
    const problem = refuseIssue(draft, issue);
    if (problem) return problem;
    draft.issues[id] = castDraft(issue);
    return undefined;
  },
});

/** A risk that occurred becomes an issue: its title, owner and tasks carried over, the link kept. */
export const raiseIssueFromRisk = defineCommand<{ readonly riskId: RiskId; readonly id?: IssueId }>({
  name: 'raiseIssueFromRisk',
  label: () => 'Raise issue from risk',
  apply(draft, args, ctx) {
    const risk = draft.risks[args.riskId];
    if (!risk) return { message: 'That risk no longer exists.' };
    const code = risk.code ?? riskCodes(current(draft)).get(risk.id) ?? risk.id;
    if (risk.status !== 'occurred') return { message: 'Only a risk that occurred becomes an issue; set its status to occurred first.', where: `Risk ${code}` };
    const existing = Object.values(draft.issues).find((i) => i.riskId === risk.id);
    if (existing) return { message: `It is already issue ${existing.code}.`, where: `Risk ${code}` };
    return raiseIssue.apply(draft, {
      ...(args.id ? { id: args.id } : {}),
      fields: {
        title: risk.title, description: [risk.event, risk.effect].filter(Boolean).join(' → ') || risk.description,
        priority: risk.probability * risk.impact >= 15 ? 'critical' : risk.probability * risk.impact >= 10 ? 'high' : 'medium',
        ownerId: risk.ownerId ?? null, rootCause: risk.cause ?? '', taskIds: [...risk.taskIds], riskId: risk.id,
      },
    }, ctx);
  },
});

export const updateIssue = defineCommand<{ readonly id: IssueId; readonly changes: IssueFields }>({
  name: 'updateIssue',
  label: () => 'Edit issue',
  apply(draft, args) {
    const issue = draft.issues[args.id];
    if (!issue) return { message: 'That issue no longer exists.' };
    const next: Issue = { ...current(issue), ...args.changes };
    const problem = refuseIssue(draft, next);
    if (problem) return problem;
    draft.issues[args.id] = castDraft(next);
    return undefined;
  },
});

export const deleteIssue = defineCommand<{ readonly id: IssueId }>({
  name: 'deleteIssue',
  label: () => 'Delete issue',
  apply(draft, args) {
    if (!draft.issues[args.id]) return { message: 'That issue no longer exists.' };
    delete draft.issues[args.id];
    for (const d of Object.values(draft.decisions)) d.issueIds = d.issueIds.filter((i) => i !== args.id);
    return undefined;
  },
});

type AssumptionFields = Partial<Omit<Assumption, 'id' | 'code' | 'extra'>>;

function refuseAssumption(draft: PlanDraft, a: Assumption): Problem | undefined {
  const where = `Assumption ${a.code}`;
  if (!a.statement.trim()) return { message: 'An assumption needs a statement.', where };
  if (a.ownerId !== null && !draft.resources[a.ownerId]) return { message: 'The owner is not a person in this plan.', where };
  if (!['unvalidated', 'valid', 'invalid'].includes(a.status)) return { message: 'Status must be unvalidated, valid or invalid.', where };
  return undefined;
}

/**
 * A risk linked now must be in the plan. A link kept from a risk since deleted (deleteRisk leaves
 * it, so the register can say so) is not refused while other fields are edited.
 */
function refuseRiskLink(draft: PlanDraft, before: RiskId | null, a: Assumption): Problem | undefined {
  if (a.riskId === null || a.riskId === before || draft.risks[a.riskId]) return undefined;
  return { message: 'The linked risk is not in the plan (deleted?).', where: `Assumption ${a.code}` };
}

export const addAssumption = defineCommand<{ readonly id?: AssumptionId; readonly fields: AssumptionFields & { readonly statement: string } }>({
  name: 'addAssumption',
  label: () => 'Add assumption',
  apply(draft, args, ctx) {
    const id = args.id ?? (ctx.newId() as AssumptionId);
    const a: Assumption = {
      id, code: nextCode('A', Object.values(draft.assumptions).map((x) => x.code)), ownerId: null, validateBy: null,
      status: 'unvalidated', riskId: null, ...args.fields, statement: args.fields.statement.trim(),
    };
    const problem = refuseAssumption(draft, a) ?? refuseRiskLink(draft, null, a);
    if (problem) return problem;
    draft.assumptions[id] = castDraft(a);
    return undefined;
  },
});

export const updateAssumption = defineCommand<{ readonly id: AssumptionId; readonly changes: AssumptionFields }>({
  name: 'updateAssumption',
  label: () => 'Edit assumption',
  apply(draft, args) {
    const a = draft.assumptions[args.id];
    if (!a) return { message: 'That assumption no longer exists.' };
    const next: Assumption = { ...current(a), ...args.changes };
    const problem = refuseAssumption(draft, next) ?? refuseRiskLink(draft, a.riskId, next);
    if (problem) return problem;
    draft.assumptions[args.id] = castDraft(next);
    return undefined;
  },
});

export const deleteAssumption = defineCommand<{ readonly id: AssumptionId }>({
  name: 'deleteAssumption',
  label: () => 'Delete assumption',
  apply(draft, args) {
    if (!draft.assumptions[args.id]) return { message: 'That assumption no longer exists.' };
    delete draft.assumptions[args.id];
    return undefined;
  },
});

/** An assumption proved invalid is a risk now: raised with the assumption as its cause, linked back. */
export const raiseRiskFromAssumption = defineCommand<{ readonly assumptionId: AssumptionId; readonly riskId?: RiskId }>({
  name: 'raiseRiskFromAssumption',
  label: () => 'Raise risk from assumption',
  apply(draft, args, ctx) {
    const a = draft.assumptions[args.assumptionId];
    if (!a) return { message: 'That assumption no longer exists.' };
    if (a.status !== 'invalid') return { message: 'Only an invalid assumption raises a risk.', where: `Assumption ${a.code}` };
    // A link to a risk since deleted does not stand in the way of raising a new one.
    if (a.riskId !== null && draft.risks[a.riskId]) return { message: 'It is already linked to a risk.', where: `Assumption ${a.code}` };
    const riskId = args.riskId ?? (ctx.newId() as RiskId);
    const problem = addRisk.apply(draft, {
      id: riskId,
      fields: { title: `Assumption failed: ${a.statement}`, cause: `Assumption ${a.code} proved invalid: ${a.statement}`, ownerId: a.ownerId },
    }, ctx);
    if (problem) return problem;
    a.riskId = riskId;
    return undefined;
  },
});

type DecisionFields = Partial<Omit<Decision, 'id' | 'code' | 'extra'>>;

function refuseDecision(draft: PlanDraft, d: Decision): Problem | undefined {
  const where = `Decision ${d.code}`;
  if (!d.decision.trim()) return { message: 'A decision needs a text.', where };
  for (const id of d.riskIds) if (!draft.risks[id]) return { message: `Linked risk ${id} is not in the plan.`, where };
  for (const id of d.issueIds) if (!draft.issues[id]) return { message: `Linked issue ${id} is not in the plan.`, where };
  for (const id of d.changeIds) if (!draft.changes[id]) return { message: `Linked change ${id} is not in the plan.`, where };
  return undefined;
}

export const addDecision = defineCommand<{ readonly id?: DecisionId; readonly fields: DecisionFields & { readonly decision: string } }>({
  name: 'addDecision',
  label: () => 'Record decision',
  apply(draft, args, ctx) {
    const id = args.id ?? (ctx.newId() as DecisionId);
    const d: Decision = {
      id, code: nextCode('D', Object.values(draft.decisions).map((x) => x.code)), decidedOn: ctx.now.slice(0, 10) as LocalDate,
      decidedBy: '', rationale: '', alternatives: '', riskIds: [], issueIds: [], changeIds: [], ...args.fields,
      decision: args.fields.decision.trim(),
    };
    const problem = refuseDecision(draft, d);
    if (problem) return problem;
    draft.decisions[id] = castDraft(d);
    return undefined;
  },
});

export const updateDecision = defineCommand<{ readonly id: DecisionId; readonly changes: DecisionFields }>({
  name: 'updateDecision',
  label: () => 'Edit decision',
  apply(draft, args) {
    const d = draft.decisions[args.id];
    if (!d) return { message: 'That decision no longer exists.' };
    const next: Decision = { ...current(d), ...args.changes };
    const problem = refuseDecision(draft, next);
    if (problem) return problem;
    draft.decisions[args.id] = castDraft(next);
    return undefined;
  },
});

export const deleteDecision = defineCommand<{ readonly id: DecisionId }>({
  name: 'deleteDecision',
  label: () => 'Delete decision',
  apply(draft, args) {
    if (!draft.decisions[args.id]) return { message: 'That decision no longer exists.' };
    delete draft.decisions[args.id];
    return undefined;
  },
});
