/**
 * The report's phase rows when the plan has lifecycle phase objects: each phase's dates (from its
 * tasks), status and gate decision, beside its progress. Plans without phase objects keep the
 * older progress-by-label rows (facts.ts phaseProgress).
 */
import { phaseStatuses } from '../lifecycle/phase-status';
import { type Baseline, GATE_DECISION_LABELS, type LocalDate, type LocalDateTime, percentText, type Plan } from '../model';
import type { ScheduleResult } from '../schedule';
import { RAG_WORDS, reportDate } from './text';
import type { PhaseRow } from './types';

const dateOf = (at: LocalDateTime): LocalDate => at.slice(0, 10) as LocalDate;

export function phaseObjectRows(plan: Plan, schedule: ScheduleResult, baseline: Baseline | null): PhaseRow[] {
  return phaseStatuses(plan, schedule, baseline).map((s): PhaseRow => {
    const decision = s.phase.gate?.decision ?? null;
    return {
      phase: s.phase.name,
      percentComplete: s.window?.percentComplete ?? 0,
      ...(s.window ? { start: dateOf(s.window.start), finish: dateOf(s.window.finish) } : {}),
      rag: s.rag,
      gate: decision ? `${GATE_DECISION_LABELS[decision.decision]} (${reportDate(decision.date)}, ${decision.decider})` : 'not decided',
      isGateFlagged: s.isFlagged,
    };
  });
}

/** One phase row in words, for the Markdown and HTML writers. */
export function phaseLine(r: PhaseRow): string {
  const parts = [`${r.phase}: ${percentText(r.percentComplete)}`];
  if (r.start && r.finish) parts.push(`${reportDate(r.start)} – ${reportDate(r.finish)}`);
  if (r.rag) parts.push(RAG_WORDS[r.rag]);
  if (r.gate) parts.push(`gate: ${r.gate}${r.isGateFlagged ? ', decided with exit criteria open' : ''}`);
  return parts.join(' · ');
}
