/**
 * The risk markers and the "Tasks at risk" filter's task set, for the Gantt, the board and the
 * task table. Computed once per change of the tasks, risks or issues and shared by every view;
 * a marker that reads the same as before keeps its object, so memoised rows and cards that show
 * it do not re-render on an unrelated edit.
 */
import type { Plan, TaskId } from '../../domain/model';
import { riskMarkers, tasksAtRiskWithSummaries, type RiskMarker } from '../../domain/raid';
import { useUi } from '../../store';

export interface RiskMarkers {
  readonly markers: ReadonlyMap<string, RiskMarker>;
  /** Tasks the filter keeps in an outline: the tasks at risk and their summaries. */
  readonly keepInOutline: ReadonlySet<string>;
}

type Inputs = Pick<Plan, 'tasks' | 'risks' | 'issues'>;

let last: { readonly tasks: Plan['tasks']; readonly risks: Plan['risks']; readonly issues: Plan['issues']; readonly value: RiskMarkers } | null = null;

function same(a: RiskMarker | undefined, b: RiskMarker): a is RiskMarker {
  return a !== undefined && a.label === b.label && a.band === b.band;
}

/** Pure apart from the one-entry cache above (module state, like the Gantt's shared row cache). */
export function markersOf(plan: Plan): RiskMarkers {
  const inputs: Inputs = plan;
  if (last && last.tasks === inputs.tasks && last.risks === inputs.risks && last.issues === inputs.issues) return last.value;
  const fresh = riskMarkers(plan);
  const markers = new Map<string, RiskMarker>();
  for (const [id, marker] of fresh) {
    const before = last?.value.markers.get(id);
    markers.set(id, same(before, marker) ? before : marker);
  }
  const value = { markers, keepInOutline: tasksAtRiskWithSummaries(plan, fresh.keys() as Iterable<TaskId>) };
  last = { tasks: inputs.tasks, risks: inputs.risks, issues: inputs.issues, value };
  return value;
}

/** No useMemo needed: markersOf returns the same object while the three collections are unchanged. */
export function useRiskMarkers(plan: Plan): RiskMarkers {
  return markersOf(plan);
}

/** The "Tasks at risk" filter (a workspace preference in the UI store, kept across views and restarts). */
export function useAtRiskFilter(): readonly [boolean, (on: boolean) => void] {
  const on = useUi((s) => s.atRiskOnly);
  const set = useUi((s) => s.setAtRiskOnly);
  return [on, set] as const;
}
