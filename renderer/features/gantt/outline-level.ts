/**
 * MS Project's Show > Outline Level: the summaries to collapse so that the outline shows tasks
 * down to `level` (1 = top-level tasks only), or none for all subtasks. Pure.
 */
import { outlineRows, type Plan, type TaskId } from '../../domain/model';

export type OutlineLevel = number | 'all';

/** The levels offered in the toolbar, as MS Project offers them (deeper ones only exist in some plans). */
export const OUTLINE_LEVELS: readonly OutlineLevel[] = [1, 2, 3, 4, 5, 'all'];

export function collapsedForLevel(tasks: Plan['tasks'], level: OutlineLevel): TaskId[] {
  if (level === 'all') return [];
  // depth is 0-based: a summary at depth level-1 is the deepest row shown, with its children hidden.
  return outlineRows(tasks).filter((r) => r.hasChildren && r.depth >= level - 1).map((r) => r.task.id);
}
