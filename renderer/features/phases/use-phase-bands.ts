/** The Gantt's phase bands: each phase with tasks, placed by its window, coloured, with its status and gate. */
import { useMemo } from 'react';
import type { PhaseStatus } from '../../domain/lifecycle';
import { toWallMinutes, type Plan } from '../../domain/model';
import type { ScheduleResult } from '../../domain/schedule';
import { RAG_WORDS } from '../../domain/report';
import { useSession } from '../../store';
import type { PhaseBand } from '../gantt/PhaseBands';
import { gateText, phaseColour } from './phase-text';
import { usePhaseStatuses } from './use-phase-statuses';

export function phaseBands(plan: Plan, schedule: ScheduleResult, statuses: readonly PhaseStatus[]): PhaseBand[] {
  return statuses.flatMap((s): PhaseBand[] => {
    if (!s.window) return [];
    const gateId = s.phase.gate?.milestoneId ?? null;
    const gate = gateId === null ? undefined : schedule.tasks.get(gateId);
    return [{
      id: s.phase.id, name: s.phase.name, colour: phaseColour(s.phase), rag: s.rag, ragLabel: RAG_WORDS[s.rag],
      startMinutes: toWallMinutes(s.window.start), finishMinutes: toWallMinutes(s.window.finish),
      gateMinutes: gate && plan.tasks[gateId ?? ''] ? toWallMinutes(gate.finish) : null,
      gateLabel: `Gate: ${gateText(s.phase)}`, isFlagged: s.isFlagged,
    }];
  });
}

export function usePhaseBands(): PhaseBand[] {
  const plan = useSession((s) => s.plan);
  const schedule = useSession((s) => s.schedule);
  const statuses = usePhaseStatuses();
  return useMemo(() => (plan && schedule ? phaseBands(plan, schedule, statuses) : []), [plan, schedule, statuses]);
}
