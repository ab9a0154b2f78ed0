/**
 * What a simulation draws from: each task's three-point estimate and the risk events of the
 * register (probability and schedule impact on their linked tasks), checked before a run so a
 * bad input is a message, never a wrong answer.
 */
import type { LocalDate, Plan, Problem, RiskId, Task, TaskId, ThreePointEstimate } from '../model';
import { probabilityBand } from '../raid';
import { shareText } from '../model';

/** The most iterations one run may ask for: 100,000 on 10,000 tasks is already minutes of work. */
export const MAX_ITERATIONS = 100_000;
export const DEFAULT_ITERATIONS = 5_000;
/** The largest seed: the generator's state is 32 bits. */
export const MAX_SEED = 0xffffffff;

export interface RiskEvent {
  readonly id: RiskId;
  readonly name: string;
  /** Chance (0..1) that the risk happens in one run. */
  readonly probability: number;
  /** Working minutes added to each linked task when it happens; negative for an opportunity. */
  readonly impactMinutes: number;
  readonly taskIds: readonly TaskId[];
}

export interface SimulationOptions {
  readonly iterations: number;
  readonly seed: number;
  /** Default: the live risks of the register with a schedule impact and linked tasks. */
  readonly risks?: readonly RiskEvent[];
  readonly targetDate?: LocalDate | null;
}

/**
 * Risk events from the register: open or mitigating risks (an occurred risk is in the plan already) with a schedule impact and linked
 * tasks. A level's probability is the midpoint of its band (raid/scoring.ts), the value expected
 * values use too; after mitigation the residual level is used when set.
 */
export function riskEventsOf(plan: Plan): RiskEvent[] {
  const events: RiskEvent[] = [];
  for (const risk of Object.values(plan.risks)) {
    const minutes = risk.scheduleImpactMinutes ?? 0;
    if ((risk.status !== 'open' && risk.status !== 'mitigating') || minutes <= 0 || risk.taskIds.length === 0) continue;
    const level = risk.status === 'mitigating' && risk.residualProbability ? risk.residualProbability : risk.probability;
    events.push({
      id: risk.id, name: risk.title, probability: probabilityBand(level).midpoint,
      impactMinutes: risk.kind === 'opportunity' ? -minutes : minutes, taskIds: risk.taskIds,
    });
  }
  return events.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const days = (minutes: number, perDay: number): string => `${String(Math.round((minutes / perDay) * 100) / 100)} d`;

/** Why an estimate cannot be used, naming the task, or undefined. */
export function checkEstimate(task: Pick<Task, 'name'>, e: ThreePointEstimate, minutesPerDay: number): Problem | undefined {
  const where = `Task '${task.name}'`;
  const values = [e.optimisticMinutes, e.mostLikelyMinutes, e.pessimisticMinutes];
  if (!values.every((v) => Number.isFinite(v) && v >= 0)) return { message: 'Estimates must be zero or more.', where };
  if (e.pessimisticMinutes < e.optimisticMinutes) {
    return { message: `The pessimistic estimate (${days(e.pessimisticMinutes, minutesPerDay)}) is below the optimistic one (${days(e.optimisticMinutes, minutesPerDay)}).`, where };
  }
  if (e.mostLikelyMinutes < e.optimisticMinutes || e.mostLikelyMinutes > e.pessimisticMinutes) {
    return { message: 'The most likely estimate must lie between the optimistic and the pessimistic ones.', where };
  }
  return undefined;
}

/** Why a simulation cannot run with these options, or undefined. */
export function checkSimulation(plan: Plan, options: SimulationOptions): Problem | undefined {
  const { iterations, seed } = options;
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
    return { message: `Iterations must be a whole number from 1 to ${MAX_ITERATIONS.toLocaleString('en')}, not ${iterations.toLocaleString('en')}.` };
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) return { message: 'The seed must be a whole number from 0 to 4294967295.' };
  for (const task of Object.values(plan.tasks)) {
    const problem = task.estimate ? checkEstimate(task, task.estimate, plan.project.minutesPerDay) : undefined;
    if (problem) return problem;
  }
  for (const r of options.risks ?? []) {
    if (!(r.probability >= 0 && r.probability <= 1)) return { message: `Risk '${r.name}': a probability must be 0 to 100%, not ${shareText(r.probability)}.`, where: 'risks' };
    const missing = r.taskIds.find((id) => !plan.tasks[id]);
    if (missing) return { message: `Risk '${r.name}' is linked to task ${missing}, which is not in the plan (deleted?).`, where: 'risks' };
  }
  return undefined;
}
