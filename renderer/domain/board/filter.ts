/** Board filters: every active criterion must match (AND), each is shown as a clearable chip. */
import type { ResourceId, TaskId } from '../model/ids';
import type { Task } from '../model/plan';
import { priorityLevel, type PriorityLevel } from '../model/priority';
import { addDays, type LocalDate } from '../model/time';
import type { CardFlags } from './flags';
import { fixedPhaseLabel, priorityLabel } from './lanes';

export interface BoardFilter {
  /** Case-insensitive match on name, notes and tags. */
  readonly text: string;
  /** null = anyone; EMPTY ('') = unassigned cards only. */
  readonly assigneeId: ResourceId | '' | null;
  /** A phase's key (BoardPhases: its id, a fixed label in plans without phase objects); null = any phase. */
  readonly phase: string | null;
  readonly tag: string | null;
  readonly priority: PriorityLevel | null;
  readonly criticalOnly: boolean;
  readonly blockedOnly: boolean;
  /** Unfinished cards finishing within this many days of today (overdue ones included). */
  readonly dueWithinDays: number | null;
}

export const NO_FILTER: BoardFilter = {
  text: '', assigneeId: null, phase: null, tag: null, priority: null,
  criticalOnly: false, blockedOnly: false, dueWithinDays: null,
};

export interface FilterFacts {
  readonly assignees: ReadonlyMap<TaskId, readonly ResourceId[]>;
  readonly flags: (task: Task) => CardFlags;
  readonly finish: (task: Task) => string;
  readonly today: LocalDate;
  /** The key of the task's phase (a summary's reaches its subtasks; BoardPhases.keyOf); the task's own label when absent. */
  readonly phaseOf?: (task: Task) => string | null;
}

export function matchesFilter(task: Task, filter: BoardFilter, facts: FilterFacts): boolean {
  const text = filter.text.trim().toLowerCase();
  if (text && !`${task.name}\n${task.notes}\n${task.tags.join(' ')}`.toLowerCase().includes(text)) return false;
  if (filter.assigneeId !== null) {
    const people = facts.assignees.get(task.id) ?? [];
    if (filter.assigneeId === '' ? people.length > 0 : !people.includes(filter.assigneeId)) return false;
  }
  if (filter.phase !== null && (facts.phaseOf ? facts.phaseOf(task) : task.phase) !== filter.phase) return false;
  if (filter.tag !== null && !task.tags.includes(filter.tag)) return false;
  if (filter.priority !== null && priorityLevel(task.priority) !== filter.priority) return false;
  if (filter.criticalOnly || filter.blockedOnly) {
    const flags = facts.flags(task);
    if (filter.criticalOnly && !flags.isCritical) return false;
    if (filter.blockedOnly && !flags.isBlocked) return false;
  }
  if (filter.dueWithinDays !== null) {
    if (task.percentComplete >= 100) return false;
    if (facts.finish(task).slice(0, 10) > addDays(facts.today, filter.dueWithinDays)) return false;
  }
  return true;
}

/** One active criterion as the filter bar shows it, with the field it clears. */
export interface FilterChip {
  readonly key: keyof BoardFilter;
  readonly label: string;
}

/** A phase key in words: BoardPhases.labelOf, else the fixed labels' names. */
type PhaseName = (key: string) => string | undefined;

export function activeFilterChips(filter: BoardFilter, resourceName: (id: ResourceId) => string, phaseName: PhaseName = fixedPhaseLabel): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filter.text.trim()) chips.push({ key: 'text', label: `Text: “${filter.text.trim()}”` });
  if (filter.assigneeId !== null) {
    chips.push({ key: 'assigneeId', label: `Assignee: ${filter.assigneeId === '' ? 'Unassigned' : resourceName(filter.assigneeId)}` });
  }
  // A phase deleted (or one of another project) matches no card: say so rather than show an id.
  if (filter.phase !== null) chips.push({ key: 'phase', label: `Phase: ${phaseName(filter.phase) ?? 'not in this project'}` });
  if (filter.tag !== null) chips.push({ key: 'tag', label: `Tag: ${filter.tag}` });
  if (filter.priority !== null) chips.push({ key: 'priority', label: `Priority: ${priorityLabel(filter.priority)}` });
  if (filter.criticalOnly) chips.push({ key: 'criticalOnly', label: 'Critical only' });
  if (filter.blockedOnly) chips.push({ key: 'blockedOnly', label: 'Blocked only' });
  if (filter.dueWithinDays !== null) chips.push({ key: 'dueWithinDays', label: `Due within ${String(filter.dueWithinDays)} days` });
  return chips;
}

/** The filter with one criterion reset. */
export function clearCriterion(filter: BoardFilter, key: keyof BoardFilter): BoardFilter {
  return { ...filter, [key]: NO_FILTER[key] };
}

export function isFilterActive(filter: BoardFilter): boolean {
  return activeFilterChips(filter, String).length > 0;
}

/** Every tag used by a card, sorted, for the tag filter's options. */
export function allTags(tasks: Iterable<Task>): string[] {
  const tags = new Set<string>();
  for (const t of tasks) for (const tag of t.tags) tags.add(tag);
  return [...tags].sort((a, b) => a.localeCompare(b));
}
