/**
 * The report's phase rows when the plan has lifecycle phase objects: each phase's dates (from its
 * tasks), status and gate decision, beside its progress. Plans without phase objects keep the
 * older progress-by-label rows (facts.ts phaseProgress).
 */
import { phaseStatuses } from '../lifecycle/phase-status';
import { type Baseline, GATE_DECISION_LABELS, type LocalDate, type LocalDateTime, percentText, type Plan } from '../model';
import type { ScheduleResult } from '../schedule';
import { RAG_WORDS, type ReportDates } from './text';
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
      gate: decision ? { decision: GATE_DECISION_LABELS[decision.decision], on: decision.date, decider: decision.decider } : 'not decided',
      isGateFlagged: s.isFlagged,
    };
  });
}

/** One phase row in words, for the Markdown and HTML writers. */
export function phaseLine(r: PhaseRow, dates: ReportDates): string {
  const parts = [`${r.phase}: ${percentText(r.percentComplete)}`];
  if (r.start && r.finish) parts.push(`${dates.day(r.start)} – ${dates.day(r.finish)}`);
  if (r.rag) parts.push(RAG_WORDS[r.rag]);
  const gate = typeof r.gate === 'object' ? `${r.gate.decision} (${dates.day(r.gate.on)}, ${r.gate.decider})` : r.gate;
  if (gate) parts.push(`gate: ${gate}${r.isGateFlagged ? ', decided with exit criteria open' : ''}`);
  return parts.join(' · ');
}
