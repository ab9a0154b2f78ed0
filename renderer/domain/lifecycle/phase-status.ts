/**
 * What a phase looks like on a given schedule: its dates (from its tasks), how far its finish
 * moved past the baseline, its RAG and its gate. The Phases view, the Gantt's phase bands,
 * presentation mode and the status report all read this one summary.
 */
import { compileCalendars } from '../calendar';
import {
  DEFAULT_RAG_RULES, gateCompleteness, isFlaggedGo, orderedPhases, toWallMinutes, type Baseline, type LifecyclePhase,
  type LocalDateTime, type Plan, type Rag,
} from '../model';
import type { ScheduleResult } from '../schedule';
import { phaseObjectWindows, type PhaseObjectWindow } from './phase-windows';

export interface PhaseStatus {
  readonly phase: LifecyclePhase;
  /** Null when no task is in the phase yet. */
  readonly window: PhaseObjectWindow | null;
  /** The latest baseline finish of the phase's tasks; null without a baseline or when none of them is in it. */
  readonly baselineFinish: LocalDateTime | null;
  /** Working days the phase finishes later than its baseline (negative = earlier); null when not measured. */
  readonly slipDays: number | null;
  /** From the slip by the project's schedule thresholds: 'none' when not measured. */
  readonly derivedRag: Rag;
  /** The override when set, else the derived colour. */
  readonly rag: Rag;
  readonly gateDone: number;
  readonly gateTotal: number;
  /** A go recorded with unticked criteria. */
  readonly isFlagged: boolean;
}

/** The schedule colour of a slip, by the same thresholds as the status report's schedule dimension. */
export function slipRag(slipDays: number | null, rules = DEFAULT_RAG_RULES.schedule): Rag {
  if (slipDays === null) return 'none';
  if (slipDays > rules.redSlipDays) return 'red';
  return slipDays > rules.amberSlipDays ? 'amber' : 'green';
}

function baselineFinishOf(window: PhaseObjectWindow | null, baseline: Baseline | null): LocalDateTime | null {
  if (!window || !baseline) return null;
  let latest: LocalDateTime | null = null;
  for (const id of window.taskIds) {
    const b = baseline.tasks[id];
    if (b && (latest === null || b.finish > latest)) latest = b.finish;
  }
  return latest;
}

/**
 * Each phase in order with its dates, slip, RAG and gate progress. `baseline` = the one to
 * measure against (null = none). `phaseWindows`: the plan's phaseObjectWindows when the caller
 * keeps them (createPhaseObjectWindows).
 */
export function phaseStatuses(
  plan: Plan, schedule: ScheduleResult, baseline: Baseline | null, phaseWindows: readonly PhaseObjectWindow[] = phaseObjectWindows(plan, schedule),
): PhaseStatus[] {
  const windows = new Map(phaseWindows.map((w) => [w.phaseId, w]));
  // Compiled only to measure a slip: without a baseline an edit need not compile the calendars.
  let compiled: ReturnType<typeof compileCalendars>['project'] | null = null;
  const projectCalendar = () => (compiled ??= compileCalendars(plan).project);
  const perDay = plan.project.minutesPerDay;
  const rules = plan.project.ragRules?.schedule ?? DEFAULT_RAG_RULES.schedule;
  return orderedPhases(plan.phases).map((phase) => {
    const window = windows.get(phase.id) ?? null;
    const baselineFinish = baselineFinishOf(window, baseline);
    let slipDays: number | null = null;
    if (window && baselineFinish !== null) {
      const a = toWallMinutes(baselineFinish);
      const b = toWallMinutes(window.finish);
      const calendar = projectCalendar();
      const minutes = calendar.workingBetween(a, b); // negative when early
      slipDays = Math.round((minutes / perDay) * 10) / 10;
    }
    const derivedRag = slipRag(slipDays, rules);
    const gate = gateCompleteness(phase.gate);
    return {
      phase, window, baselineFinish, slipDays, derivedRag, rag: phase.ragOverride ?? derivedRag,
      gateDone: gate.done, gateTotal: gate.total, isFlagged: isFlaggedGo(phase.gate),
    };
  });
}
