/**
 * Lifecycle phase and gate edits. Each is one undoable command (its inverse is the immer patch
 * set). Phase orders are kept 0..n-1 so "the third phase" means the same to every view.
 */
import { castDraft, current } from 'immer';
import {
  defaultPhases, GATE_DECISIONS, orderedPhases, phaseOfTask, type ExitCriterion, type GateDecisionKind, type LifecyclePhase,
  type PhaseGate, type PhaseId, type Rag,
} from '../model/plan';
import type { ResourceId, TaskId } from '../model/ids';
import type { Problem } from '../model/result';
import { parseLocalDate, type LocalDate } from '../model/time';
import { defineCommand, type PlanDraft } from './command';

const EMPTY_GATE: PhaseGate = { milestoneId: null, criteria: [], decision: null };
const RAGS: readonly Rag[] = ['green', 'amber', 'red', 'none'];

function renumber(draft: PlanDraft, ids: readonly PhaseId[]): void {
  ids.forEach((id, order) => {
    const p = draft.phases[id];
    if (p && p.order !== order) p.order = order;
  });
}

type PhaseDraft = NonNullable<PlanDraft['phases'][string]>;

function phaseOrProblem(draft: PlanDraft, id: PhaseId): PhaseDraft | Problem {
  const phase = draft.phases[id];
  return phase ? phase : { message: 'That phase no longer exists.' };
}
const isProblem = (x: PhaseDraft | Problem): x is Problem => !('id' in x);

/** The five standard phases, for a plan that has none (a new project, or a file from before phases were objects). */
export const addDefaultPhases = defineCommand<Record<string, never>>({
  name: 'addDefaultPhases',
  label: () => 'Add the standard phases',
  apply(draft, _args, ctx) {
    if (Object.keys(draft.phases).length > 0) return { message: 'This plan has phases already.' };
    for (const phase of defaultPhases(ctx.newId)) draft.phases[phase.id] = castDraft(phase);
    return undefined;
  },
});

export const addPhase = defineCommand<{ readonly id?: PhaseId; readonly name: string }>({
  name: 'addPhase',
  label: () => 'Add phase',
  apply(draft, args, ctx) {
    const name = args.name.trim();
    if (!name) return { message: 'A phase needs a name.', where: 'Phase' };
    const id = args.id ?? (ctx.newId() as PhaseId);
    if (draft.phases[id]) return { message: 'That phase exists already.' };
    draft.phases[id] = { id, name, order: Object.keys(draft.phases).length, gate: { milestoneId: null, criteria: [], decision: null } };
    return undefined;
  },
});

export interface PhaseFields {
  readonly name?: string;
  readonly colour?: string;
  /** Null removes the override: the status is derived again. */
  readonly ragOverride?: Rag | null;
}

export const updatePhase = defineCommand<{ readonly id: PhaseId; readonly changes: PhaseFields }>({
  name: 'updatePhase',
  label: (args) => (args.changes.name !== undefined ? 'Rename phase' : args.changes.ragOverride !== undefined ? 'Set phase status' : 'Edit phase'),
  apply(draft, args) {
    const phase = phaseOrProblem(draft, args.id);
    if (isProblem(phase)) return phase;
    const { name, colour, ragOverride } = args.changes;
    if (name !== undefined) {
      if (!name.trim()) return { message: 'A phase needs a name.', where: `Phase '${phase.name}'` };
      phase.name = name.trim();
    }
    if (colour !== undefined) phase.colour = colour;
    if (ragOverride === null) delete phase.ragOverride;
    else if (ragOverride !== undefined) {
      if (!RAGS.includes(ragOverride)) return { message: 'A status is green, amber, red or none.' };
      phase.ragOverride = ragOverride;
    }
    return undefined;
  },
});

/** Moves a phase to `toIndex` in the lifecycle order. */
export const movePhase = defineCommand<{ readonly id: PhaseId; readonly toIndex: number }>({
  name: 'movePhase',
  label: () => 'Move phase',
  apply(draft, args) {
    const ids = orderedPhases(current(draft).phases).map((p) => p.id);
    const from = ids.indexOf(args.id);
    if (from < 0) return { message: 'That phase no longer exists.' };
    const to = Math.max(0, Math.min(ids.length - 1, Math.trunc(args.toIndex)));
    ids.splice(from, 1);
    ids.splice(to, 0, args.id);
    renumber(draft, ids);
    return undefined;
  },
});

/**
 * Deletes a phase. Refused while tasks are assigned to it (their own phase, not through a summary)
 * unless `moveTasksTo` names another phase (they move there) or is null (they follow their summary).
 */
export const deletePhase = defineCommand<{ readonly id: PhaseId; readonly moveTasksTo?: PhaseId | null }>({
  name: 'deletePhase',
  label: () => 'Delete phase',
  apply(draft, args) {
    const phase = phaseOrProblem(draft, args.id);
    if (isProblem(phase)) return phase;
    const plan = current(draft);
    const assigned = Object.values(plan.tasks).filter((t) => t.phaseId === args.id
      || (t.phase !== null && phase.lifecycle === t.phase && phaseOfTask(plan, { ...t, parentId: null }) === args.id));
    if (assigned.length > 0 && args.moveTasksTo === undefined) {
      return { message: `${String(assigned.length)} task${assigned.length === 1 ? ' is' : 's are'} in phase '${phase.name}'. Move them to another phase first.`, where: `Phase '${phase.name}'` };
    }
    const target = args.moveTasksTo ? draft.phases[args.moveTasksTo] : undefined;
    if (args.moveTasksTo && (!target || args.moveTasksTo === args.id)) return { message: 'Choose another phase to move the tasks to.' };
    for (const t of assigned) {
      const task = draft.tasks[t.id];
      if (!task) continue;
      task.phaseId = target ? target.id : null;
      task.phase = target?.lifecycle ?? null;
    }
    delete draft.phases[args.id];
    renumber(draft, orderedPhases(current(draft).phases).map((p) => p.id));
    return undefined;
  },
});

/**
 * Puts tasks in a phase (null = follow their summary). The fixed label follows, so colour by
 * phase, the board's swimlanes and the CSV export agree with the phase object.
 */
export const setTaskPhase = defineCommand<{ readonly taskIds: readonly TaskId[]; readonly phaseId: PhaseId | null }>({
  name: 'setTaskPhase',
  label: (args) => (args.taskIds.length === 1 ? 'Set task phase' : 'Set phase of tasks'),
  apply(draft, args) {
    const phase = args.phaseId === null ? null : draft.phases[args.phaseId];
    if (phase === undefined) return { message: 'That phase no longer exists.' };
    for (const id of args.taskIds) {
      const task = draft.tasks[id];
      if (!task) return { message: 'That task no longer exists.' };
      if ((task.phaseId ?? null) !== (phase?.id ?? null)) task.phaseId = phase?.id ?? null;
      const label = phase?.lifecycle ?? null;
      if (task.phase !== label) task.phase = label;
    }
    return undefined;
  },
});

function gateOf(phase: LifecyclePhase): PhaseGate {
  return phase.gate ?? EMPTY_GATE;
}

export const setGateMilestone = defineCommand<{ readonly phaseId: PhaseId; readonly milestoneId: TaskId | null }>({
  name: 'setGateMilestone',
  label: () => 'Set gate milestone',
  apply(draft, args) {
    const phase = phaseOrProblem(draft, args.phaseId);
    if (isProblem(phase)) return phase;
    if (args.milestoneId !== null && draft.tasks[args.milestoneId]?.kind !== 'milestone') {
      return { message: 'A gate is marked by a milestone.', where: `Phase '${phase.name}', Gate` };
    }
    phase.gate = castDraft({ ...current(phase).gate ?? EMPTY_GATE, milestoneId: args.milestoneId });
    return undefined;
  },
});

export const addGateCriterion = defineCommand<{ readonly phaseId: PhaseId; readonly item: string; readonly ownerId?: ResourceId | null }>({
  name: 'addGateCriterion',
  label: () => 'Add exit criterion',
  apply(draft, args, ctx) {
    const phase = phaseOrProblem(draft, args.phaseId);
    if (isProblem(phase)) return phase;
    const item = args.item.trim();
    if (!item) return { message: 'An exit criterion needs some text.', where: `Phase '${phase.name}', Gate` };
    const gate = gateOf(current(phase));
    const criterion: ExitCriterion = { id: ctx.newId(), item, ownerId: args.ownerId ?? null, done: false };
    phase.gate = castDraft({ ...gate, criteria: [...gate.criteria, criterion] });
    return undefined;
  },
});

export interface CriterionFields {
  readonly item?: string;
  readonly ownerId?: ResourceId | null;
  readonly done?: boolean;
}

export const updateGateCriterion = defineCommand<{ readonly phaseId: PhaseId; readonly criterionId: string; readonly changes: CriterionFields }>({
  name: 'updateGateCriterion',
  label: (args) => (args.changes.done === true ? 'Tick exit criterion' : args.changes.done === false ? 'Untick exit criterion' : 'Edit exit criterion'),
  apply(draft, args) {
    const phase = phaseOrProblem(draft, args.phaseId);
    if (isProblem(phase)) return phase;
    const criterion = phase.gate?.criteria.find((c) => c.id === args.criterionId);
    if (!criterion) return { message: 'That exit criterion no longer exists.' };
    const { item, ownerId, done } = args.changes;
    if (item !== undefined) {
      if (!item.trim()) return { message: 'An exit criterion needs some text.', where: `Phase '${phase.name}', Gate` };
      criterion.item = item.trim();
    }
    if (ownerId !== undefined) {
      if (ownerId !== null && !draft.resources[ownerId]) return { message: 'That person is not on the team.' };
      criterion.ownerId = ownerId;
    }
    if (done !== undefined) criterion.done = done;
    return undefined;
  },
});

export const removeGateCriterion = defineCommand<{ readonly phaseId: PhaseId; readonly criterionId: string }>({
  name: 'removeGateCriterion',
  label: () => 'Remove exit criterion',
  apply(draft, args) {
    const phase = phaseOrProblem(draft, args.phaseId);
    if (isProblem(phase)) return phase;
    const gate = phase.gate;
    const index = gate?.criteria.findIndex((c) => c.id === args.criterionId) ?? -1;
    if (!gate || index < 0) return { message: 'That exit criterion no longer exists.' };
    gate.criteria.splice(index, 1);
    return undefined;
  },
});

export interface DecideGateArgs {
  readonly phaseId: PhaseId;
  readonly decision: GateDecisionKind;
  readonly date: LocalDate;
  readonly decider: string;
  readonly notes: string;
}

/**
 * Records a gate decision. A go with criteria unticked is allowed (a sponsor may accept the risk)
 * but the unticked items are kept with the decision, so the gate stays flagged.
 */
export const decideGate = defineCommand<DecideGateArgs>({
  name: 'decideGate',
  label: (args) => `Record gate decision`.concat(args.decision === 'no-go' ? ' (no-go)' : ''),
  apply(draft, args) {
    const phase = phaseOrProblem(draft, args.phaseId);
    if (isProblem(phase)) return phase;
    const where = `Phase '${phase.name}', Gate`;
    if (!GATE_DECISIONS.includes(args.decision)) return { message: 'A gate decision is go, go with conditions, no-go or recycle.', where };
    if (parseLocalDate(args.date) === null) return { message: 'The decision needs a date.', where };
    if (!args.decider.trim()) return { message: 'Say who decided.', where };
    const gate = gateOf(current(phase));
    const uncheckedCriteria = gate.criteria.filter((c) => !c.done).map((c) => c.item);
    phase.gate = castDraft({
      ...gate, decision: { decision: args.decision, date: args.date, decider: args.decider.trim(), notes: args.notes.trim(), uncheckedCriteria },
    });
    return undefined;
  },
});

export const clearGateDecision = defineCommand<{ readonly phaseId: PhaseId }>({
  name: 'clearGateDecision',
  label: () => 'Clear gate decision',
  apply(draft, args) {
    const phase = phaseOrProblem(draft, args.phaseId);
    if (isProblem(phase)) return phase;
    if (phase.gate) phase.gate.decision = null;
    return undefined;
  },
});

export const phaseCommands = {
  addDefaultPhases, addPhase, updatePhase, movePhase, deletePhase, setTaskPhase,
  setGateMilestone, addGateCriterion, updateGateCriterion, removeGateCriterion, decideGate, clearGateDecision,
} as const;
