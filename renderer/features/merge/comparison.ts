/**
 * The comparison that is open: which other version the open plan is compared with. The Compare
 * dialog opens it, the Gantt draws its ghost bars while it stays open, and closing it (in the
 * dialog or from the Gantt's comparison legend) turns them off. One small external store per app
 * (shared/dialog-store.ts), computed against the live plan.
 */
import { useMemo } from 'react';
import { compareWithBaseline, compareWithPlan, type Comparison } from '../../domain/diff';
import type { NotCarried } from '../../domain/formats';
import type { BaselineId, Plan } from '../../domain/model';
import { useSession } from '../../store';
import { dialogStoreHooks, type DialogStore } from '../shared/dialog-store';

export type ComparisonSource =
  /**
   * A plan file: another copy, compared from the open plan to it. `notCarried` is what the file
   * has no place for (a CSV's project name, its rows' ranks, its registers): no change of theirs.
   */
  | { readonly kind: 'file'; readonly name: string; readonly other: Plan; readonly notCarried: NotCarried | undefined }
  /** An automatic snapshot of this project: older, so the changes read "since". */
  | { readonly kind: 'snapshot'; readonly name: string; readonly other: Plan }
  | { readonly kind: 'baseline'; readonly name: string; readonly baselineId: BaselineId };

export type ComparisonStore = DialogStore<ComparisonSource>;

const hooks = dialogStoreHooks<ComparisonSource>();
export const useComparisonStore = hooks.useDialogs;
export const useComparisonSource = hooks.useOpenDialog;

export interface OpenComparison extends Comparison {
  readonly source: ComparisonSource;
  /** Column names for the table: the first version's values, then the second's. */
  readonly columns: readonly [string, string];
}

/** The open comparison against the plan on screen, or null (none open, or its baseline was deleted). */
export function useOpenComparison(): OpenComparison | null {
  const source = useComparisonSource();
  // The live plan: with a proposal open, its edits are not the plan yet (and an export of the
  // comparison must not pass them off as the plan). The ghost bars are the other version's anyway.
  const plan = useSession((s) => s.livePlan);
  const schedule = useSession((s) => s.liveSchedule);
  return useMemo(() => {
    if (source === null || plan === null) return null;
    let comparison: Comparison;
    if (source.kind === 'baseline') {
      const baseline = plan.baselines[source.baselineId];
      if (baseline === undefined) return null;
      comparison = compareWithBaseline(plan, schedule, baseline);
    } else {
      comparison = compareWithPlan(plan, schedule, source.other, { name: source.name, isOtherOlder: source.kind === 'snapshot', ...(source.kind === 'file' ? { otherNotCarried: source.notCarried } : {}) });
    }
    const columns: readonly [string, string] = comparison.isOtherOlder ? [source.name, 'This plan'] : ['This plan', source.name];
    return { ...comparison, source, columns };
  }, [source, plan, schedule]);
}
