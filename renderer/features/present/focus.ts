/** What presentation mode shows and where the arrow keys step to. Pure. */
import type { Phase, PhaseId } from '../../domain/model';
import type { GanttRow } from '../gantt/gantt-rows';

export type Focus =
  | { readonly kind: 'all' }
  /** One of the five fixed labels, for a plan without phase objects. */
  | { readonly kind: 'phase'; readonly phase: Phase }
  /** One of the project's phases (renamed, added and reordered ones included). */
  | { readonly kind: 'phase-object'; readonly phaseId: PhaseId; readonly name: string }
  | { readonly kind: 'milestones' }
  | { readonly kind: 'critical' }
  | { readonly kind: 'window'; readonly from: number; readonly to: number };

export function focusRows(rows: readonly GanttRow[], focus: Focus): readonly GanttRow[] {
  switch (focus.kind) {
    case 'all': return rows;
    case 'phase': return rows.filter((r) => r.phase === focus.phase);
    case 'phase-object': return rows.filter((r) => r.phaseId === focus.phaseId);
    case 'milestones': return rows.filter((r) => r.kind === 'milestone');
    case 'critical': return rows.filter((r) => r.isCritical);
    case 'window': return rows.filter((r) => r.finishMinutes >= focus.from && r.startMinutes <= focus.to);
    default: {
      const never: never = focus;
      return never;
    }
  }
}

/**
 * Stops for the arrow keys, in time order: milestones when any are shown, otherwise the start
 * of each top-level phase (summary) or, in a flat plan, of each distinct phase.
 */
export function stops(rows: readonly GanttRow[]): GanttRow[] {
  const milestones = rows.filter((r) => r.kind === 'milestone');
  const summaries = rows.filter((r) => r.kind === 'summary' && r.depth === 0);
  let picked = summaries.length > 0 ? summaries : milestones;
  if (picked.length === 0) {
    const seen = new Set<string>();
    picked = rows.filter((r) => {
      const key = r.phaseId ?? r.phase ?? '';
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  return [...picked].sort((a, b) => a.startMinutes - b.startMinutes || a.index - b.index);
}

/** The stop after (direction 1) or before (-1) the current one; the first/last when none is current. */
export function nextStop(list: readonly GanttRow[], current: number, direction: 1 | -1): number {
  if (list.length === 0) return -1;
  if (current < 0) return direction > 0 ? 0 : list.length - 1;
  return Math.min(list.length - 1, Math.max(0, current + direction));
}
