/**
 * Schedule risk analysis (Monte Carlo) in the model: a task's three-point estimate and the last
 * simulation's summary kept with the plan. Both are optional fields (Task.estimate,
 * Project.scheduleRisk), so files written before them load unchanged. The simulation itself
 * lives in domain/simulation.
 */
import type { RiskId, TaskId } from './ids';
import type { LocalDate, LocalDateTime } from './time';

export const DISTRIBUTIONS = ['triangular', 'pert', 'uniform'] as const;
/** How a duration is drawn between optimistic and pessimistic: triangular, PERT-beta or uniform. */
export type Distribution = (typeof DISTRIBUTIONS)[number];

/** Optimistic <= most likely <= pessimistic, all working minutes on the task's calendar. */
export interface ThreePointEstimate {
  readonly optimisticMinutes: number;
  readonly mostLikelyMinutes: number;
  readonly pessimisticMinutes: number;
  readonly distribution: Distribution;
}

/** P-values of one finish (the project's or a milestone's). */
export interface FinishPercentiles {
  readonly p50: LocalDateTime;
  readonly p80: LocalDateTime;
  readonly p90: LocalDateTime;
  /** The mean of the runs' working time from the project start, on the project calendar: always in working time. */
  readonly mean: LocalDateTime;
}

export interface MilestoneForecast extends FinishPercentiles {
  readonly taskId: TaskId;
  readonly name: string;
  /** The milestone's date in the plan as scheduled. */
  readonly planned: LocalDateTime;
}

/** A task or risk that drives the finish, by the correlation of its draws with the finish date. */
export interface Driver {
  readonly kind: 'task' | 'risk';
  readonly id: TaskId | RiskId;
  readonly name: string;
  /** Pearson correlation with the project finish, -1..1. */
  readonly correlation: number;
}

/** What the last simulation found, kept with the plan with the date it ran. */
export interface SimulationSummary {
  /** ISO time of the run. */
  readonly ranAt: string;
  readonly iterations: number;
  readonly seed: number;
  /** The plan's own finish when the simulation ran, and the share of runs finishing on or before its day, any time that day (0..1). */
  readonly plannedFinish: LocalDateTime;
  readonly plannedFinishChance: number;
  readonly finish: FinishPercentiles;
  /** The date asked about (end of that day) and the share of runs finishing by it; null = none asked. */
  readonly target: { readonly date: LocalDate; readonly chance: number } | null;
  /** Finish dates by day: histogram[k] runs finished on day histogramDays[k] (cumulative = running sum). */
  readonly histogramDays: readonly LocalDate[];
  readonly histogram: readonly number[];
  readonly milestones: readonly MilestoneForecast[];
  /** Share of runs (0..1) each leaf task was critical in; tasks never critical are left out. */
  readonly criticality: Readonly<Record<string, number>>;
  /** Largest |correlation| first. */
  readonly drivers: readonly Driver[];
  /**
   * A fingerprint of each part of the plan the run read (simulation/fingerprint.ts), to tell a
   * result that no longer describes the plan; absent = kept before fingerprints were (cannot tell).
   */
  readonly inputs?: SimulationInputs;
}

/** Fingerprints of what a run read, by part of the plan (tasks, estimates, links, ...). */
export type SimulationInputs = Readonly<Record<string, string>>;

/** Settings of the Schedule risk view and its last result. */
export interface ScheduleRisk {
  readonly iterations: number;
  readonly seed: number;
  /** Date the "chance of finishing by" question asks about; null = none. */
  readonly targetDate: LocalDate | null;
  readonly last: SimulationSummary | null;
}
