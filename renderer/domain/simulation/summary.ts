/**
 * The summary a person reads and the plan keeps: P-values of the finish and of each milestone,
 * the chance of the planned and of a target date, a histogram by day, criticality indexes and the
 * drivers (a tornado by correlation with the finish).
 */
import { dayOf, dayOfLocalDate, localDateOfDay, MINUTES_PER_DAY } from '../calendar';
import type { Driver, FinishPercentiles, LocalDate, LocalDateTime, MilestoneForecast, SimulationSummary, TaskId } from '../model';
import { formatWall } from '../schedule/format';
import type { Simulation } from './simulator';

/** A simulation's compiled plan and tally: one simulation's, or the merged tally of several parts. */
export type SimulationResult = Pick<Simulation, 'compiled' | 'tally'>;

/** Nearest-rank percentile (q in 0..1) of ascending values. */
export function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] ?? NaN;
}

/**
 * The mean of finishes (wall minutes) as working time from the project start, placed back on the
 * project calendar. A mean of the instants themselves counts nights and weekends as time: runs
 * finishing on a Friday afternoon and the Monday morning after averaged to the Saturday between,
 * a date no run finished on. A mean on a day's boundary reads as the end of that day's work.
 */
function meanFinish(compiled: SimulationResult['compiled'], walls: Float64Array): number {
  if (walls.length === 0) return NaN;
  let work = 0;
  for (const v of walls) work += compiled.workFromStart(v);
  return compiled.wallAtWork(Math.round(work / walls.length));
}

function percentiles(compiled: SimulationResult['compiled'], values: Float64Array): FinishPercentiles {
  const sorted = values.slice().sort();
  const at = (q: number): LocalDateTime => formatWall(percentile(sorted, q));
  return { p50: at(0.5), p80: at(0.8), p90: at(0.9), mean: formatWall(meanFinish(compiled, values)) };
}

/**
 * Share of finishes on or before `day` (days since the epoch): any time that day counts, as the
 * view shows the planned and the target finish as dates. A run finishing at 15:00 on the day of a
 * plan finishing at 12:00 meets the plan a person reads.
 */
export function shareByDay(values: Float64Array, day: number): number {
  let n = 0;
  const nextMidnight = (day + 1) * MINUTES_PER_DAY;
  for (const v of values) if (v < nextMidnight) n++;
  return values.length === 0 ? 0 : n / values.length;
}

/** At most this many histogram bars: wider spreads group several days per bar. */
const MAX_BARS = 60;

function histogram(values: Float64Array): { days: LocalDate[]; counts: number[] } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) { lo = Math.min(lo, dayOf(v)); hi = Math.max(hi, dayOf(v)); }
  if (lo > hi) return { days: [], counts: [] };
  const width = Math.max(1, Math.ceil((hi - lo + 1) / MAX_BARS));
  const bars = Math.floor((hi - lo) / width) + 1;
  const counts = new Array<number>(bars).fill(0);
  for (const v of values) {
    const k = Math.floor((dayOf(v) - lo) / width);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return { days: counts.map((_, k) => localDateOfDay(lo + k * width)), counts };
}

function milestones(sim: SimulationResult): MilestoneForecast[] {
  const { tally, compiled } = sim;
  const m = tally.milestoneIndex.length;
  const n = tally.count;
  return tally.milestoneIndex.map((i, j) => {
    const values = new Float64Array(n);
    for (let k = 0; k < n; k++) values[k] = tally.milestoneWall[k * m + j] ?? 0;
    const task = compiled.tasks[i];
    return { taskId: compiled.ids[i] as TaskId, name: task?.name ?? '', planned: formatWall(tally.plannedMilestones[j] ?? 0), ...percentiles(compiled, values) };
  });
}

/** What the drivers' table says when nothing drawn moved the finish (no estimates, no risks on tasks), in the app and the command line. */
export const NO_DRIVERS = 'None: nothing drawn moved the finish. Give tasks a three-point estimate, or link risks to them.';

/** The top drivers by |correlation|, tasks and risks together. */
function drivers(sim: SimulationResult, top: number): Driver[] {
  const { tally, compiled } = sim;
  const out: Driver[] = [];
  tally.drawIndex.forEach((i, k) => {
    out.push({ kind: 'task', id: compiled.ids[i] as TaskId, name: compiled.tasks[i]?.name ?? '', correlation: tally.correlation(k) });
  });
  tally.risks.forEach((r, k) => {
    out.push({ kind: 'risk', id: r.id, name: r.name, correlation: tally.correlation(tally.drawIndex.length + k) });
  });
  const rounded = out.filter((d) => d.correlation !== 0).map((d) => ({ ...d, correlation: Math.round(d.correlation * 1000) / 1000 }));
  return rounded.sort((a, b) => Math.abs(b.correlation) - Math.abs(a.correlation) || (a.name < b.name ? -1 : 1)).slice(0, top);
}

/** Summarises the iterations run so far. `ranAt` is the ISO time of the run (the domain reads no clock). */
export function summarise(sim: SimulationResult, seed: number, ranAt: string, targetDate: LocalDate | null = null, topDrivers = 10): SimulationSummary {
  const { tally, compiled } = sim;
  const n = tally.count;
  const finishes = tally.finishWall.subarray(0, n);
  const criticality: Record<string, number> = {};
  for (let i = 0; i < compiled.taskCount; i++) {
    const c = tally.critical[i] ?? 0;
    if (c > 0) criticality[compiled.ids[i] as string] = Math.round((c / n) * 10000) / 10000;
  }
  const { days, counts } = histogram(finishes);
  // Both chances count whole days: the planned finish and the target are read as dates.
  const target = targetDate === null ? null : { date: targetDate, chance: shareByDay(finishes, dayOfLocalDate(targetDate)) };
  return {
    ranAt, iterations: n, seed,
    plannedFinish: formatWall(tally.plannedWall), plannedFinishChance: shareByDay(finishes, dayOf(tally.plannedWall)),
    finish: percentiles(compiled, finishes), target, histogramDays: days, histogram: counts,
    milestones: milestones(sim), criticality, drivers: drivers(sim, topDrivers),
  };
}
