/**
 * Lifecycle phases as objects (file version 4): a phase has a name, an order and optionally a
 * colour, and closes with a gate: exit criteria to tick and a decision recorded by whoever
 * decides. Its dates are never stored; they come from its tasks (lifecycle/phase-windows.ts).
 *
 * A phase object may stand for one of the five standard stages (`lifecycle`), so a task that only
 * carries the older fixed label (`Task.phase`) still belongs to it: see `phaseOfTask`.
 */
import type { Brand, ResourceId, TaskId } from './ids';
import { PHASES, type Extra, type Phase, type Plan, type Task } from './plan';
import type { Rag } from './reports';
import type { Problem } from './result';
import type { LocalDate } from './time';

export type PhaseId = Brand<string, 'PhaseId'>;

export const GATE_DECISIONS = ['go', 'go-with-conditions', 'no-go', 'recycle'] as const;
/** A gate's outcome (PMI / Stage-Gate): go on, go with conditions, stop, or redo the phase. */
export type GateDecisionKind = (typeof GATE_DECISIONS)[number];

export const GATE_DECISION_LABELS: Readonly<Record<GateDecisionKind, string>> = {
  'go': 'Go', 'go-with-conditions': 'Go with conditions', 'no-go': 'No-go', 'recycle': 'Recycle',
};

/** One exit criterion of a gate: a checklist item with an owner. */
export interface ExitCriterion {
  /** Unique within its gate. */
  readonly id: string;
  readonly item: string;
  /** A person of the team; null = nobody named. */
  readonly ownerId: ResourceId | null;
  readonly done: boolean;
}

export interface GateDecision {
  readonly decision: GateDecisionKind;
  readonly date: LocalDate;
  /** Who decided (a sponsor is often not on the team, so a name rather than a person id). */
  readonly decider: string;
  readonly notes: string;
  /**
   * The criteria still unticked when the decision was recorded, by their text then. A "go" with
   * unticked criteria is allowed, but this keeps the fact so the gate stays flagged.
   */
  readonly uncheckedCriteria: readonly string[];
}

export interface PhaseGate {
  /** The milestone that marks the gate on the schedule; null = none tied yet. */
  readonly milestoneId: TaskId | null;
  readonly criteria: readonly ExitCriterion[];
  /** Null until the gate is decided. */
  readonly decision: GateDecision | null;
}

export interface LifecyclePhase {
  readonly id: PhaseId;
  readonly name: string;
  /** Position in the lifecycle, 0 first; the commands keep the orders 0..n-1. */
  readonly order: number;
  /** CSS colour for the Gantt band; absent = the palette's colour for its position. */
  readonly colour?: string;
  /** The standard stage this phase stands for, so tasks with that fixed label belong to it. */
  readonly lifecycle?: Phase;
  readonly gate?: PhaseGate;
  /** A status the PM set by hand; absent = derived from the schedule against the baseline. */
  readonly ragOverride?: Rag;
  readonly extra?: Extra;
}

/** The phases in lifecycle order. */
export function orderedPhases(phases: Readonly<Record<string, LifecyclePhase>>): LifecyclePhase[] {
  return Object.values(phases).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Deeper than any real outline; stops a corrupt parent loop from spinning. */
const MAX_DEPTH = 1000;

/** The phase a task's own fields name: its phaseId when that phase exists, else its fixed label's phase object. */
function ownPhaseId(plan: Pick<Plan, 'phases'>, task: Task): PhaseId | null {
  if (task.phaseId !== undefined && task.phaseId !== null && plan.phases[task.phaseId]) return task.phaseId;
  if (task.phase === null) return null;
  return orderedPhases(plan.phases).find((p) => p.lifecycle === task.phase)?.id ?? null;
}

/**
 * The phase a task belongs to: its own, else the nearest summary above it that has one, so
 * assigning a summary to a phase assigns its subtasks unless they are set themselves.
 */
export function phaseOfTask(plan: Pick<Plan, 'phases' | 'tasks'>, task: Task): PhaseId | null {
  let current: Task | undefined = task;
  for (let depth = 0; current !== undefined && depth < MAX_DEPTH; depth++) {
    const own = ownPhaseId(plan, current);
    if (own !== null) return own;
    current = current.parentId === null ? undefined : plan.tasks[current.parentId];
  }
  return null;
}

/**
 * phaseOfTask's rule for many tasks at once (its own phase object, else the one its fixed label
 * stands for, else its summary's), with the phases sorted once and each task answered once: asked
 * per task and per ancestor, it made a 10,000-row Gantt build about a third slower. The Gantt's
 * rows and the board's lanes both read it. Without phase objects every task answers null.
 */
export function phaseResolver(plan: Pick<Plan, 'phases' | 'tasks'>): (task: Task) => PhaseId | null {
  if (Object.keys(plan.phases).length === 0) return () => null;
  const byLabel = new Map<Phase, PhaseId>();
  for (const p of orderedPhases(plan.phases)) if (p.lifecycle !== undefined && !byLabel.has(p.lifecycle)) byLabel.set(p.lifecycle, p.id);
  const known = new Map<string, PhaseId | null>();
  const resolve = (task: Task, depth: number): PhaseId | null => {
    const seen = known.get(task.id);
    if (seen !== undefined) return seen;
    const own = task.phaseId !== undefined && task.phaseId !== null && plan.phases[task.phaseId] ? task.phaseId
      : task.phase === null ? null : (byLabel.get(task.phase) ?? null);
    const parent = task.parentId === null ? undefined : plan.tasks[task.parentId];
    const result = own ?? (parent !== undefined && depth < MAX_DEPTH ? resolve(parent, depth + 1) : null);
    known.set(task.id, result);
    return result;
  };
  return (task) => resolve(task, 0);
}

/** The phase fields of a task: the phase object and the fixed label it stands for. */
export type TaskPhaseFields = Partial<Pick<Task, 'phase' | 'phaseId'>>;

/**
 * What putting a task in phase `value` (a phase id, or a fixed label in a plan without phase
 * objects; '' = none, so a subtask follows its summary) writes on it. A phase object also sets
 * the fixed label it stands for (or clears it), so older readers of `Task.phase` agree. The task
 * table's Phase column and the board's phase lanes both choose through this.
 */
export function phaseChoice(plan: Pick<Plan, 'phases'>, value: string): TaskPhaseFields | Problem {
  if (Object.keys(plan.phases).length === 0) {
    if (value === '') return { phase: null };
    const phase = PHASES.find((p) => p === value);
    return phase ? { phase } : { message: `'${value}' is not a phase.` };
  }
  if (value === '') return { phaseId: null, phase: null };
  const phase = plan.phases[value];
  if (!phase) return { message: `That phase is no longer in the project: choose one of ${orderedPhases(plan.phases).map((p) => p.name).join(', ')}.` };
  return { phaseId: phase.id, phase: phase.lifecycle ?? null };
}

/** An exit criterion about lessons learned ("Lessons learned recorded"), in its words or the user's. */
const LESSONS_CRITERION = /\blessons?\b/i;

/**
 * The Closure gate's exit criterion about lessons learned, which recording a lesson ticks: the
 * standard phases and every built-in template give the Closure phase "Lessons learned recorded".
 * The Closure phase is the one standing for the closure stage, else one named "Clos…"; its first
 * criterion that mentions lessons counts, so a reworded one still does. Null when the user removed
 * it (or the phase): recording a lesson then ticks nothing.
 */
export function lessonsCriterion(phases: Readonly<Record<string, LifecyclePhase>>): { readonly phaseId: PhaseId; readonly criterionId: string } | null {
  const ordered = orderedPhases(phases);
  const closing = [...ordered.filter((p) => p.lifecycle === 'closure'), ...ordered.filter((p) => p.lifecycle !== 'closure' && /^\s*clos/i.test(p.name))];
  for (const phase of closing) {
    const criterion = phase.gate?.criteria.find((c) => LESSONS_CRITERION.test(c.item));
    if (criterion) return { phaseId: phase.id, criterionId: criterion.id };
  }
  return null;
}

/** Criteria ticked and in all, and whether every one is ticked (a gate without criteria is complete). */
export function gateCompleteness(gate: PhaseGate | undefined): { readonly done: number; readonly total: number; readonly isComplete: boolean } {
  const criteria = gate?.criteria ?? [];
  const done = criteria.filter((c) => c.done).length;
  return { done, total: criteria.length, isComplete: done === criteria.length };
}

/** A go (with or without conditions) recorded while exit criteria were unticked: allowed, but shown as a warning. */
export function isFlaggedGo(gate: PhaseGate | undefined): boolean {
  const decision = gate?.decision;
  if (!decision) return false;
  return (decision.decision === 'go' || decision.decision === 'go-with-conditions') && decision.uncheckedCriteria.length > 0;
}

/** The gate has passed: decided go or go with conditions. */
export function isGatePassed(gate: PhaseGate | undefined): boolean {
  const d = gate?.decision?.decision;
  return d === 'go' || d === 'go-with-conditions';
}

interface StandardPhase {
  readonly lifecycle: Phase;
  readonly name: string;
  readonly colour: string;
  /** Typical exit criteria of the stage's gate; a PM edits them per project. */
  readonly criteria: readonly string[];
}

/** The five PMI stages with a typical gate checklist each. */
export const STANDARD_PHASES: readonly StandardPhase[] = [
  { lifecycle: 'initiation', name: 'Initiation', colour: '#6366f1', criteria: ['Charter signed by the sponsor', 'Key stakeholders identified'] },
  { lifecycle: 'planning', name: 'Planning', colour: '#0ea5e9', criteria: ['Schedule and budget baselined', 'Risk register reviewed'] },
  { lifecycle: 'execution', name: 'Execution', colour: '#22c55e', criteria: ['Deliverables built and tested'] },
  { lifecycle: 'monitoring', name: 'Monitoring & control', colour: '#f59e0b', criteria: ['Acceptance signed off'] },
  { lifecycle: 'closure', name: 'Closure', colour: '#a855f7', criteria: ['Handover to operations done', 'Lessons learned recorded'] },
];

/** The five standard phases, each with a gate (no milestone tied yet) and its typical criteria. */
export function defaultPhases(newId: () => string): LifecyclePhase[] {
  return STANDARD_PHASES.map((s, order) => ({
    id: newId() as PhaseId, name: s.name, order, colour: s.colour, lifecycle: s.lifecycle,
    gate: { milestoneId: null, criteria: s.criteria.map((item) => ({ id: newId(), item, ownerId: null, done: false })), decision: null },
  }));
}

/** A plan with the five standard phases added, when it has none (a new empty project starts with them). */
export function withDefaultPhases(plan: Plan, newId: () => string): Plan {
  if (Object.keys(plan.phases).length > 0) return plan;
  return { ...plan, phases: Object.fromEntries(defaultPhases(newId).map((p) => [p.id, p])) };
}
