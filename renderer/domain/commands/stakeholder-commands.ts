/**
 * Commands of the stakeholder register, the power / interest grid, the RACI matrix and the
 * communication plan. Each edit is one undoable command (its inverse is the immer patch set).
 */
import { castDraft, current } from 'immer';
import type { ResourceId, StakeholderId, TaskId } from '../model/ids';
import { withEmailChecked } from '../model/email-address';
import type { Problem } from '../model/result';
import {
  COMMUNICATION_FREQUENCIES, ENGAGEMENT_LEVELS, RACI_ROLES, type CommunicationEntry, type CommunicationId,
  type RaciEntryId, type RaciPartyKind, type RaciRole, type Stakeholder,
} from '../model/stakeholders';
import { parseLocalDate, type LocalDate } from '../model/time';
import { describeReferences, stakeholderReferences } from '../stakeholders/references';
import { nextDueAfterIssue } from '../stakeholders/communication';
import { defineCommand, type PlanDraft } from './command';

export type StakeholderFields = Partial<Omit<Stakeholder, 'id' | 'extra'>>;

const isLevel = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= 5;

function refuseStakeholder(s: Stakeholder): Problem | undefined {
  const where = `Stakeholder '${s.name}'`;
  if (!s.name.trim()) return { message: 'A stakeholder needs a name.', where: 'Stakeholder' };
  if (!isLevel(s.influence)) return { message: 'Influence is a whole number from 1 to 5.', where };
  if (!isLevel(s.interest)) return { message: 'Interest is a whole number from 1 to 5.', where };
  for (const level of [s.currentEngagement, s.desiredEngagement]) {
    if (level && !ENGAGEMENT_LEVELS.includes(level)) return { message: `Engagement is one of ${ENGAGEMENT_LEVELS.join(', ')}.`, where };
  }
  return undefined;
}

/** The fields with a typed e-mail address trimmed, or why the address is refused (withEmailChecked). */
function checkEmail<F extends StakeholderFields>(fields: F, name: string): F | Problem {
  return withEmailChecked(fields, `Stakeholder '${name}'`);
}

const isProblem = (value: StakeholderFields | Problem): value is Problem => 'message' in value;

export const addStakeholder = defineCommand<{ readonly id?: StakeholderId; readonly fields: StakeholderFields & { readonly name: string } }>({
  name: 'addStakeholder',
  label: () => 'Add stakeholder',
  apply(draft, args, ctx) {
    const id = args.id ?? (ctx.newId() as StakeholderId);
    const fields = checkEmail(args.fields, args.fields.name.trim());
    if (isProblem(fields)) return fields;
    const s: Stakeholder = {
      id, role: '', organisation: '', email: '', influence: 3, interest: 3, communication: '', notes: '',
      ...fields, name: fields.name.trim(),
    };
    const problem = refuseStakeholder(s);
    if (problem) return problem;
    draft.stakeholders[id] = castDraft(s);
    return undefined;
  },
});

export const updateStakeholder = defineCommand<{ readonly id: StakeholderId; readonly changes: StakeholderFields }>({
  name: 'updateStakeholder',
  label: (args) => {
    const keys = Object.keys(args.changes);
    return keys.length > 0 && keys.every((k) => k === 'influence' || k === 'interest') ? 'Move stakeholder on the power / interest grid' : 'Edit stakeholder';
  },
  apply(draft, args) {
    const s = draft.stakeholders[args.id];
    if (!s) return { message: 'That stakeholder no longer exists.' };
    const changes = checkEmail(args.changes, s.name);
    if (isProblem(changes)) return changes;
    const next: Stakeholder = { ...current(s), ...changes };
    const problem = refuseStakeholder(next);
    if (problem) return problem;
    draft.stakeholders[args.id] = castDraft(next);
    return undefined;
  },
});

/**
 * Deletes a stakeholder. One used in the RACI matrix or the communication plan is refused with
 * where it is used unless `removeReferences` is set (the person was asked): then their RACI
 * cells and audience places go too, in the same undoable step.
 */
export const deleteStakeholder = defineCommand<{ readonly id: StakeholderId; readonly removeReferences?: boolean }>({
  name: 'deleteStakeholder',
  label: () => 'Delete stakeholder',
  apply(draft, args) {
    const s = draft.stakeholders[args.id];
    if (!s) return { message: 'That stakeholder no longer exists.' };
    const references = stakeholderReferences(current(draft), args.id);
    if (references.length > 0 && args.removeReferences !== true) {
      return { message: `${describeReferences(references)} Delete them there too?`, where: `Stakeholder '${s.name}'` };
    }
    delete draft.stakeholders[args.id];
    for (const [id, e] of Object.entries(draft.raci)) if (e.partyKind === 'stakeholder' && e.partyId === args.id) delete draft.raci[id];
    for (const c of Object.values(draft.communications)) {
      if (c.audienceStakeholderIds.includes(args.id)) c.audienceStakeholderIds = c.audienceStakeholderIds.filter((x) => x !== args.id);
    }
    return undefined;
  },
});

export interface SetRaciArgs {
  readonly taskId: TaskId;
  readonly partyKind: RaciPartyKind;
  readonly partyId: string;
  /** Null clears the cell. */
  readonly role: RaciRole | null;
}

/** Sets or clears one cell of the RACI matrix. */
export const setRaci = defineCommand<SetRaciArgs>({
  name: 'setRaci',
  label: (args) => (args.role === null ? 'Clear RACI cell' : `Set RACI ${args.role}`),
  apply(draft, args, ctx) {
    const task = draft.tasks[args.taskId];
    if (!task) return { message: 'That deliverable no longer exists.' };
    const party = args.partyKind === 'resource' ? draft.resources[args.partyId] : draft.stakeholders[args.partyId];
    if (!party) return { message: `That ${args.partyKind === 'resource' ? 'team member' : 'stakeholder'} no longer exists.` };
    if (args.role !== null && !RACI_ROLES.includes(args.role)) return { message: 'A RACI cell is R, A, C or I.' };
    const existing = Object.values(current(draft).raci)
      .find((e) => e.taskId === args.taskId && e.partyKind === args.partyKind && e.partyId === args.partyId);
    if (args.role === null) {
      if (existing) delete draft.raci[existing.id];
      return undefined;
    }
    if (existing) {
      const entry = draft.raci[existing.id];
      if (entry) entry.role = args.role;
      return undefined;
    }
    const id = ctx.newId() as RaciEntryId;
    draft.raci[id] = { id, taskId: args.taskId, partyKind: args.partyKind, partyId: args.partyId, role: args.role };
    return undefined;
  },
});

export type CommunicationFields = Partial<Omit<CommunicationEntry, 'id' | 'extra'>>;

function refuseCommunication(draft: PlanDraft, c: CommunicationEntry): Problem | undefined {
  const where = `Communication '${c.what}'`;
  if (!c.what.trim()) return { message: 'Say what is communicated (e.g. Weekly status report).', where: 'Communication' };
  if (!COMMUNICATION_FREQUENCIES.includes(c.frequency)) return { message: `Frequency is one of ${COMMUNICATION_FREQUENCIES.join(', ')}.`, where };
  if (c.ownerId !== null && !draft.resources[c.ownerId]) return { message: 'The owner is not a person in this plan.', where };
  for (const id of c.audienceStakeholderIds) if (!draft.stakeholders[id]) return { message: 'An audience member is not a stakeholder in this plan.', where };
  for (const date of [c.nextDueOn, c.lastIssuedOn]) if (date !== null && parseLocalDate(date) === null) return { message: `'${date}' is not a date.`, where };
  return undefined;
}

export const addCommunication = defineCommand<{ readonly id?: CommunicationId; readonly fields: CommunicationFields & { readonly what: string } }>({
  name: 'addCommunication',
  label: () => 'Add communication',
  apply(draft, args, ctx) {
    const id = args.id ?? (ctx.newId() as CommunicationId);
    const c: CommunicationEntry = {
      id, audienceStakeholderIds: [], audienceGroups: '', channel: '', frequency: 'weekly', ownerId: null,
      nextDueOn: null, lastIssuedOn: null, notes: '', ...args.fields, what: args.fields.what.trim(),
    };
    const problem = refuseCommunication(draft, c);
    if (problem) return problem;
    draft.communications[id] = castDraft(c);
    return undefined;
  },
});

export const updateCommunication = defineCommand<{ readonly id: CommunicationId; readonly changes: CommunicationFields }>({
  name: 'updateCommunication',
  label: () => 'Edit communication',
  apply(draft, args) {
    const c = draft.communications[args.id];
    if (!c) return { message: 'That communication no longer exists.' };
    const next: CommunicationEntry = { ...current(c), ...args.changes };
    const problem = refuseCommunication(draft, next);
    if (problem) return problem;
    draft.communications[args.id] = castDraft(next);
    return undefined;
  },
});

export const deleteCommunication = defineCommand<{ readonly id: CommunicationId }>({
  name: 'deleteCommunication',
  label: () => 'Delete communication',
  apply(draft, args) {
    if (!draft.communications[args.id]) return { message: 'That communication no longer exists.' };
    delete draft.communications[args.id];
    return undefined;
  },
});

/**
 * Marks a communication sent on `issuedOn` (done for this period) and moves its next due date on
 * by its frequency (see nextDueAfterIssue). The report generator calls this when a report is issued.
 */
export const issueCommunication = defineCommand<{ readonly entryId: CommunicationId; readonly issuedOn: LocalDate }>({
  name: 'issueCommunication',
  label: () => 'Mark communication issued',
  apply(draft, args) {
    const c = draft.communications[args.entryId];
    if (!c) return { message: 'That communication no longer exists.' };
    if (parseLocalDate(args.issuedOn) === null) return { message: `'${args.issuedOn}' is not a date.`, where: `Communication '${c.what}'` };
    c.nextDueOn = nextDueAfterIssue(current(draft), current(c), args.issuedOn);
    c.lastIssuedOn = args.issuedOn;
    return undefined;
  },
});

/** When a team member leaves: their RACI cells go and the entries they owned have no owner. */
export function dropResourceFromStakeholderPlans(draft: PlanDraft, id: ResourceId): void {
  for (const [key, e] of Object.entries(draft.raci)) if (e.partyKind === 'resource' && e.partyId === id) delete draft.raci[key];
  for (const c of Object.values(draft.communications)) if (c.ownerId === id) c.ownerId = null;
}
