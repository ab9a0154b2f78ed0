/**
 * The shapes of a plan diff and a three-way merge. A diff is a list of entity-level changes in
 * the first plan's id space plus the renames that carry matched entities to the second plan's
 * ids, so applying it to the first plan gives the second exactly (diff-plans.ts applyDiff).
 */
import type { LocalDateTime, Plan, PlanCollection } from '../model';
import type { NotCarried } from '../formats/not-carried';

/** Where a change lives: the project record or one of the plan's collections. */
export type DiffCollection = 'project' | PlanCollection;

/** How two entities were recognised as the same: same Plotline id, the author's (MSPDI) UID, the WBS number and name, or (links, people, calendars...) their ends or name; a task by name when its WBS number moved between plans that do not share ids. */
export type MatchRule = 'id' | 'uid' | 'wbs-name' | 'ends' | 'name';

/** What a change is about, for filtering the table. */
export const CHANGE_CATEGORIES = [
  'added', 'removed', 'moved', 'renamed', 'dates', 'duration', 'links', 'assignments', 'costs', 'progress',
  'registers', 'people', 'calendars', 'baselines', 'board', 'project', 'task', 'stored-dates',
] as const;
export type ChangeCategory = (typeof CHANGE_CATEGORIES)[number];

export type ChangeOp = 'add' | 'remove' | 'update';

export interface EntityChange {
  /** Stable within a diff: 'tasks/t1/name', 'links/l4'. */
  readonly key: string;
  readonly collection: DiffCollection;
  /** The entity's id in the first plan's id space ('project' for the project record). */
  readonly id: string;
  readonly op: ChangeOp;
  readonly category: ChangeCategory;
  /** The entity's name as a person knows it ("task 'Deploy'", "link 'Design' → 'Build'"). */
  readonly label: string;
  /** For 'update': the field changed. */
  readonly field?: string;
  /** The first plan's value (the whole entity for 'remove'). */
  readonly before?: unknown;
  /** The second plan's value, in the first plan's id space (the whole entity for 'add'). */
  readonly after?: unknown;
  /** How the entity was matched (updates of matched entities). */
  readonly match?: MatchRule;
}

/** The ids of matched entities that differ between the plans: first plan id -> second plan id. */
export type IdRenames = Readonly<Partial<Record<PlanCollection, Readonly<Record<string, string>>>>>;

/** A task's scheduled dates differ (the engine's dates, scheduled-plan.ts): shown, never applied. */
export interface DateChange {
  readonly taskId: string;
  readonly label: string;
  readonly field: 'start' | 'finish';
  readonly before: LocalDateTime;
  readonly after: LocalDateTime;
}

export interface PlanDiff {
  readonly changes: readonly EntityChange[];
  readonly renames: IdRenames;
  readonly dateChanges: readonly DateChange[];
  /** How each task of the first plan found its partner (first id -> rule), for the report. */
  readonly taskMatches: Readonly<Record<string, MatchRule>>;
  /** The names of the entities the changes' id fields point at ('phaseId/p3' -> 'Build'), for the report. */
  readonly referenceNames?: Readonly<Record<string, string>>;
  /** Durations as each plan shows them ('tasks/t1/durationMinutes' -> "2d" / "3d"), for the report (duration-texts.ts). */
  readonly valueTexts?: Readonly<Record<string, ValueTexts>>;
}

/** A duration's two sides as the plans show them; a side absent: that value is no number (null work, "from the duration"), worded as any other. */
export interface ValueTexts {
  readonly before?: string;
  readonly after?: string;
}

export type Side = 'ours' | 'theirs';

export type ConflictKind = 'field' | 'delete-edit' | 'both-added' | 'link-loop' | 'parent-loop' | 'empty-summary';

export interface MergeConflict {
  /** Stable across runs of the same merge, so a resolution can name it. */
  readonly id: string;
  readonly kind: ConflictKind;
  readonly collection: DiffCollection;
  readonly entityId: string;
  readonly label: string;
  readonly field?: string;
  readonly base?: unknown;
  readonly ours?: unknown;
  readonly theirs?: unknown;
  /** In words, with the task names. */
  readonly message: string;
  /** The side applied: the chosen one, or 'ours' by default. */
  readonly resolution: Side;
  /** False for notices (a link that would close a loop is always left out). */
  readonly isChoosable: boolean;
}

export interface MergeResult {
  /** In the local (ours) id space; always passes the import gate and schedules. */
  readonly plan: Plan;
  /** Their changes applied automatically (in base id space), for the preview. */
  readonly theirChanges: readonly EntityChange[];
  /** Our changes, kept. */
  readonly ourChanges: readonly EntityChange[];
  readonly conflicts: readonly MergeConflict[];
}

export type Resolutions = Readonly<Record<string, Side>>;

export interface MergeOptions {
  /**
   * What each file has no place for, so its reader made it up: never anyone's edit, never a
   * conflict (project fields read as the base's, task order written in the base's ranks). Tasks
   * are still matched by what the files do carry (match.ts): a copy without a project id does not
   * share the base's task ids either.
   */
  readonly notCarried?: { readonly base?: NotCarried; readonly ours?: NotCarried; readonly theirs?: NotCarried };
}
