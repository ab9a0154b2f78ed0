/** How a phase's figures read on screen, in one place for the Phases view, the Gantt bands and presentation mode. */
import type { PhaseStatus } from '../../domain/lifecycle';
import { GATE_DECISION_LABELS, type LifecyclePhase } from '../../domain/model';
import { RAG_WORDS } from '../../domain/report';
import { readableTextOn } from '../shared/contrast';
import { formatDate } from '../shared/format';

export function phaseDates(status: PhaseStatus): string {
  return status.window ? `${formatDate(status.window.start.slice(0, 10))} – ${formatDate(status.window.finish.slice(0, 10))}` : 'No tasks yet';
}

export function ragText(status: PhaseStatus): string {
  const word = RAG_WORDS[status.rag];
  return status.phase.ragOverride !== undefined ? `${word} (set by hand)` : word;
}

export function gateText(phase: LifecyclePhase): string {
  const d = phase.gate?.decision;
  return d ? `${GATE_DECISION_LABELS[d.decision]} on ${formatDate(d.date)}` : 'Not decided';
}

/** The palette colour for a phase without its own. */
export const PHASE_PALETTE: readonly string[] = ['#6366f1', '#0ea5e9', '#22c55e', '#f59e0b', '#a855f7', '#ec4899', '#14b8a6'];
export function phaseColour(phase: LifecyclePhase): string {
  return phase.colour ?? PHASE_PALETTE[phase.order % PHASE_PALETTE.length] ?? '#64748b';
}

/** The text drawn on a phase's colour (a board card's chip): white or black, whichever reads (at least 4.5:1). */
export function phaseTextColour(phase: LifecyclePhase): string {
  return readableTextOn(phaseColour(phase));
}
