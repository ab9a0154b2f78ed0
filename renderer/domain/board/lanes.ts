/**
 * Swimlanes: the board split into horizontal lanes by assignee, phase or priority. Dragging a
 * card into another lane changes that attribute (see LaneChange), in the same command as the move.
 */
import type { ResourceId, TaskId } from '../model/ids';
import { effectivePhase } from '../model/phase';
import { PHASES, orderedPhases, phaseResolver, type LifecyclePhase, type Phase, type Plan, type Task } from '../model/plan';
import { PRIORITY_LEVELS, priorityLevel, type PriorityLevel } from '../model/priority';

export const LANE_MODES = ['none', 'assignee', 'phase', 'priority'] as const;
export type LaneMode = (typeof LANE_MODES)[number];

/** The one lane of the 'none' mode, and the lane of cards with no assignee or no phase. */
export const ALL_LANE = 'all';
export const EMPTY_LANE = 'none';

export interface Lane {
  /** A resource id, phase id (a fixed phase label in plans without phase objects) or priority level; EMPTY_LANE or ALL_LANE. */
  readonly key: string;
  readonly label: string;
}

/** Resource ids assigned to each task, ordered by the resources' names so the "primary" one is stable. */
export function assigneesByTask(plan: Pick<Plan, 'assignments' | 'resources'>): Map<TaskId, ResourceId[]> {
  const out = new Map<TaskId, ResourceId[]>();
  for (const a of Object.values(plan.assignments)) {
    if (!plan.resources[a.resourceId]) continue;
    const list = out.get(a.taskId);
    if (list) list.push(a.resourceId);
    else out.set(a.taskId, [a.resourceId]);
  }
  const name = (id: ResourceId): string => plan.resources[id]?.name ?? '';
  for (const list of out.values()) list.sort((a, b) => name(a).localeCompare(name(b)) || (a < b ? -1 : 1));
  return out;
}

const PHASE_LABELS: Record<Phase, string> = {
  initiation: 'Initiation', planning: 'Planning', execution: 'Execution', monitoring: 'Monitoring', closure: 'Closure',
};
const PRIORITY_LABELS: Record<PriorityLevel, string> = {
  highest: 'Highest', high: 'High', medium: 'Medium', low: 'Low', lowest: 'Lowest',
};

export function phaseLabel(phase: Phase): string {
  return PHASE_LABELS[phase];
}

/** A fixed phase label's name from a key (a filter's or a lane's); undefined for anything else. */
export function fixedPhaseLabel(key: string): string | undefined {
  const phase = PHASES.find((p) => p === key);
  return phase === undefined ? undefined : PHASE_LABELS[phase];
}

export function priorityLabel(level: PriorityLevel): string {
  return PRIORITY_LABELS[level];
}

/**
 * The board's phases: the project's phase objects by their current names in their order (a task
 * in the phase it follows from its summary, model/phases.ts phaseResolver, as on the Gantt), or
 * the five fixed labels in a plan without phase objects. Keys are phase ids, else the labels.
 */
export interface BoardPhases {
  /** The phases top to bottom, without "No phase". */
  readonly lanes: readonly Lane[];
  /** The key of the phase a task is in; null = none. */
  readonly keyOf: (task: Task) => string | null;
  /** The phase object behind a key, for its colour; undefined for the fixed labels. */
  readonly objectOf: (key: string) => LifecyclePhase | undefined;
  /** The name a key shows under; undefined when the project has no such phase (any more). */
  readonly labelOf: (key: string) => string | undefined;
}

export function boardPhases(plan: Pick<Plan, 'phases' | 'tasks'>): BoardPhases {
  const phases = orderedPhases(plan.phases);
  if (phases.length === 0) {
    return {
      lanes: PHASES.map((p) => ({ key: p, label: PHASE_LABELS[p] })),
      keyOf: (task) => (task.phase ?? (task.parentId === null ? null : effectivePhase(plan.tasks, task))),
      objectOf: () => undefined,
      labelOf: fixedPhaseLabel,
    };
  }
  const resolve = phaseResolver(plan);
  return {
    lanes: phases.map((p) => ({ key: p.id, label: p.name })),
    keyOf: resolve,
    objectOf: (key) => plan.phases[key],
    labelOf: (key) => plan.phases[key]?.name,
  };
}

/** The lanes of a mode, top to bottom. Assignee lanes list every team member, then "Unassigned". */
export function lanesFor(mode: LaneMode, plan: Pick<Plan, 'resources' | 'phases' | 'tasks'>, phases?: BoardPhases): Lane[] {
  switch (mode) {
    case 'none': return [{ key: ALL_LANE, label: 'All cards' }];
    case 'assignee': return [
      ...Object.values(plan.resources)
        .filter((r) => r.type === 'work')
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((r) => ({ key: r.id, label: r.name })),
      { key: EMPTY_LANE, label: 'Unassigned' },
    ];
    case 'phase': return [...(phases ?? boardPhases(plan)).lanes, { key: EMPTY_LANE, label: 'No phase' }];
    case 'priority': return [...PRIORITY_LEVELS].reverse().map((l) => ({ key: l, label: PRIORITY_LABELS[l] }));
    default: {
      const never: never = mode;
      return never;
    }
  }
}

/** The lane a card belongs to: its first assignee (by name), its phase's key (BoardPhases) or its priority level. */
export function laneKeyOf(task: Task, mode: LaneMode, assignees: ReadonlyMap<TaskId, readonly ResourceId[]>, phase: string | null = task.phase): string {
  switch (mode) {
    case 'none': return ALL_LANE;
    case 'assignee': return assignees.get(task.id)?.[0] ?? EMPTY_LANE;
    case 'phase': return phase ?? EMPTY_LANE;
    case 'priority': return priorityLevel(task.priority);
    default: {
      const never: never = mode;
      return never;
    }
  }
}

/** What a drag into another lane changes, carried by the moveCard command. */
export type LaneChange =
  | { readonly mode: 'assignee'; readonly from: ResourceId | null; readonly to: ResourceId | null }
  /** A phase id (a fixed label in plans without phase objects); null = no phase of its own. */
  | { readonly mode: 'phase'; readonly to: string | null }
  | { readonly mode: 'priority'; readonly to: PriorityLevel };

/** The change for a drag from lane `fromKey` to lane `toKey`; null when the lane does not change. */
export function laneChange(mode: LaneMode, fromKey: string, toKey: string): LaneChange | null {
  if (fromKey === toKey) return null;
  const change = joinLane(mode, toKey);
  return change?.mode === 'assignee' ? { ...change, from: fromKey === EMPTY_LANE ? null : (fromKey as ResourceId) } : change;
}

/**
 * What a card takes on when it is added in lane `laneKey`: the lane's person (replacing nobody),
 * phase or priority; null without lanes.
 */
export function joinLane(mode: LaneMode, laneKey: string): LaneChange | null {
  switch (mode) {
    case 'none': return null;
    case 'assignee': return { mode, from: null, to: laneKey === EMPTY_LANE ? null : (laneKey as ResourceId) };
    case 'phase': return { mode, to: laneKey === EMPTY_LANE ? null : laneKey };
    case 'priority': return { mode, to: laneKey as PriorityLevel };
    default: {
      const never: never = mode;
      return never;
    }
  }
}

/**
 * The assignees after moving from one assignee lane to another: the lane's person is swapped for
 * the new lane's person; co-assignees stay. Moving to "Unassigned" removes only the lane's person.
 */
export function reassigned(current: readonly ResourceId[], change: Extract<LaneChange, { mode: 'assignee' }>): ResourceId[] {
  const kept = current.filter((id) => id !== change.from && id !== change.to);
  return change.to === null ? kept : [change.to, ...kept];
}
