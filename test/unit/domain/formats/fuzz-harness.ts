/**
 * The format fuzz harness shared by `npm run fuzz` (scripts/fuzz-formats.ts) and the short seeded
 * pass in the unit suite (fuzz.test.ts). Every reader gets structural mutations (fuzz-mutations.ts)
 * and semantic ones (semantic-mutations.ts); every accepted plan is then scheduled and its outline
 * built, and each input lands in exactly one count.
 */
import {
  exportMspdi, importCsv, importGanttProject, importIcalHolidays, importMspdi, parsePlotline, serializePlanAsStored, serializePlotline,
} from '../../../../renderer/domain/formats';
import { mergePlans, type Resolutions } from '../../../../renderer/domain/diff';
import { ok, outlineRows, sequentialIds, type Plan, type Result } from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { mutate } from './fuzz-mutations';
import { mutatePlan, mutateText } from './semantic-mutations';

/** An input taking longer than this to be accepted or refused is "slow" (issue 19: 2 s up to 1 MB). */
export const SLOW_MS = 2000;

/**
 * This process's CPU time in ms: the clock the unit suite measures readers with, because eight
 * engineers share two cores and wall time there measures the machine's load, not the reader.
 * `npm run fuzz` uses wall time.
 */
export const cpuMs = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

export interface FuzzCounts {
  inputs: number;
  accepted: number;
  refusedWithWhere: number;
  refusedWithoutWhere: number;
  threw: number;
  slow: number;
  hiddenTasks: number;
  schedulerThrew: number;
}

/** One reader under fuzz: seed texts, and how to read a text into a plan (null plan: not a plan reader). */
export interface FuzzTarget {
  readonly name: string;
  readonly seeds: readonly string[];
  /** Semantic mutations of the model; only readers whose seeds are .plotline JSON can take them. */
  readonly planSeeds?: readonly Plan[];
  readonly read: (text: string) => Result<{ readonly plan?: Plan }>;
}

export interface FuzzFailure {
  readonly target: string;
  readonly seed: number;
  readonly what: keyof FuzzCounts;
  readonly detail: string;
}

const NOW = '2026-03-01T12:00:00.000Z';
const ctx = () => ({ newId: sequentialIds('f'), now: NOW });

/** The text readers (XLSX reads bytes asynchronously: fuzz-xlsx.ts). */
export function fuzzTargets(fixture: (name: string) => string, sample: Plan): FuzzTarget[] {
  const native = [fixture('native/plotline-v1.plotline'), serializePlotline(sample, { app: 'Plotline', exported: NOW })];
  return [
    { name: '.plotline', seeds: native, planSeeds: [sample], read: (t) => parsePlotline(t) },
    { name: 'MSPDI', seeds: [fixture('mspdi/features.xml'), exportMspdi(sample, { now: NOW })], read: (t) => importMspdi(t, ctx()) },
    { name: 'GanttProject', seeds: [fixture('gan/features.gan')], read: (t) => importGanttProject(t, ctx()) },
    {
      name: 'CSV',
      seeds: [fixture('csv/tasks-semicolon.csv'), 'Name,Start,Finish,Outline level\nA,2026-01-01,2026-01-02,1\nB,2026-01-05,2026-01-09,2\n'],
      read: (t) => importCsv(t, ctx()),
    },
    { name: 'iCalendar', seeds: [fixture('ics/holidays.ics')], read: (t) => holidaysAsResult(t) },
    // A colleague's copy merged into the local plan: the mutated file is theirs, the sample their common ancestor.
    { name: 'merge', seeds: native, planSeeds: [sample], read: mergeInto(sample) },
  ];
}

/**
 * Reads a colleague's .plotline and merges it into a local copy of `base` with an edit of its own,
 * every conflict resolved their way so their mutated values reach the merged plan (the harness
 * then schedules it and checks every task is on the outline).
 */
function mergeInto(base: Plan): FuzzTarget['read'] {
  const first = Object.values(base.tasks)[0];
  const ours: Plan = first ? { ...base, tasks: { ...base.tasks, [first.id]: { ...first, name: `${first.name} (local edit)` } } } : base;
  return (text) => {
    const theirs = parsePlotline(text);
    if (!theirs.ok) return theirs;
    const preview = mergePlans(base, ours, theirs.value.plan);
    const resolutions: Resolutions = Object.fromEntries(preview.conflicts.map((c) => [c.id, 'theirs']));
    return ok({ plan: mergePlans(base, ours, theirs.value.plan, resolutions).plan });
  };
}

/** Holidays are not a plan: accepted or refused is all that counts. */
function holidaysAsResult(text: string): Result<{ readonly plan?: Plan }> {
  const read = importIcalHolidays(text);
  return read.ok ? { ok: true, value: {} } : read;
}

export function emptyCounts(): FuzzCounts {
  return { inputs: 0, accepted: 0, refusedWithWhere: 0, refusedWithoutWhere: 0, threw: 0, slow: 0, hiddenTasks: 0, schedulerThrew: 0 };
}

/** The input for a seed: structural text mutations, semantic text mutations, or a mutated model. */
export function fuzzInput(target: FuzzTarget, seed: number): string {
  const base = target.seeds[seed % target.seeds.length] ?? '';
  const plan = target.planSeeds?.[seed % target.planSeeds.length];
  switch (seed % 3) {
    case 0: return mutate(base, seed);
    case 1: return mutateText(base, seed);
    default: return plan ? serializePlanAsStored(mutatePlan(plan, seed), { app: 'Plotline', exported: NOW }) : mutateText(mutate(base, seed), seed);
  }
}

/** Runs seeds [first, first + runs) against one reader; failures list every non-zero bad count with its seed. */
export function fuzzTarget(target: FuzzTarget, first: number, runs: number, now: () => number): { counts: FuzzCounts; failures: FuzzFailure[] } {
  const counts = emptyCounts();
  const failures: FuzzFailure[] = [];
  const bad = (seed: number, what: keyof FuzzCounts, detail: string): void => {
    counts[what]++;
    failures.push({ target: target.name, seed, what, detail });
  };
  for (let seed = first; seed < first + runs; seed++) {
    counts.inputs++;
    const input = fuzzInput(target, seed);
    const started = now();
    let result: Result<{ readonly plan?: Plan }>;
    try {
      result = target.read(input);
    } catch (error) {
      bad(seed, 'threw', String(error));
      continue;
    }
    const ms = now() - started;
    if (ms > SLOW_MS && input.length <= 1024 * 1024) bad(seed, 'slow', `${String(Math.round(ms))} ms for ${String(input.length)} characters`);
    if (!result.ok) {
      if (result.error.where === undefined || result.error.where === '') bad(seed, 'refusedWithoutWhere', result.error.message);
      else counts.refusedWithWhere++;
      continue;
    }
    counts.accepted++;
    const plan = result.value.plan;
    if (plan === undefined) continue;
    try {
      scheduleProject(plan);
    } catch (error) {
      bad(seed, 'schedulerThrew', String(error));
    }
    const shown = outlineRows(plan.tasks).length;
    const stored = Object.keys(plan.tasks).length;
    if (shown !== stored) bad(seed, 'hiddenTasks', `${String(stored - shown)} of ${String(stored)} tasks are on no outline row`);
  }
  return { counts, failures };
}

/** The counts as a fixed-width table, one row per reader. */
export function formatCounts(rows: readonly (readonly [string, FuzzCounts])[]): string {
  const head = ['reader', 'inputs', 'accepted', 'refused+where', 'refused-where', 'threw', 'slow', 'hidden', 'sched threw'];
  const lines = rows.map(([name, c]) => [name, c.inputs, c.accepted, c.refusedWithWhere, c.refusedWithoutWhere, c.threw, c.slow, c.hiddenTasks, c.schedulerThrew].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [fmt(head), ...lines.map(fmt)].join('\n');
}
