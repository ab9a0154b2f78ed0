/**
 * A lifecycle phase's dates come from its tasks: it starts when its first task starts and ends
 * when its last task finishes, so a phase is never typed twice. A task belongs to the phase it
 * shows (its own, else its summary's: model/phase.ts).
 */
import { effectivePhase, PHASES, type LocalDateTime, type Phase, type Plan } from '../model';
import type { ScheduleResult } from '../schedule';

export interface PhaseWindow {
  readonly phase: Phase;
  readonly start: LocalDateTime;
  readonly finish: LocalDateTime;
  /** Leaf tasks and milestones in the phase (summaries are counted through their children). */
  readonly taskCount: number;
  /** Duration-weighted % complete of those tasks, 0..100. */
  readonly percentComplete: number;
}

/** The phases that have tasks, in lifecycle order. */
export function phaseWindows(plan: Plan, schedule: ScheduleResult): PhaseWindow[] {
  const acc = new Map<Phase, { start: LocalDateTime; finish: LocalDateTime; count: number; weight: number; done: number }>();
  for (const task of Object.values(plan.tasks)) {
    const scheduled = schedule.tasks.get(task.id);
    const phase = effectivePhase(plan.tasks, task);
    if (!scheduled || scheduled.isSummary || phase === null) continue;
    const weight = Math.max(scheduled.durationMinutes, 1);
    const a = acc.get(phase);
    if (!a) {
      acc.set(phase, { start: scheduled.start, finish: scheduled.finish, count: 1, weight, done: weight * scheduled.percentComplete });
      continue;
    }
    if (scheduled.start < a.start) a.start = scheduled.start;
    if (scheduled.finish > a.finish) a.finish = scheduled.finish;
    a.count += 1;
    a.weight += weight;
    a.done += weight * scheduled.percentComplete;
  }
  return PHASES.flatMap((phase) => {
    const a = acc.get(phase);
    return a ? [{ phase, start: a.start, finish: a.finish, taskCount: a.count, percentComplete: Math.round(a.done / a.weight) }] : [];
  });
}
