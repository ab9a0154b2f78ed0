/**
 * Warms the import worker's parsers while a person is still choosing a file. A worker's first
 * parse runs cold: V8 interprets the parsers and only compiles them once they have run a while.
 * A 10,000-task `.plotline` took ~260 ms in a fresh worker and ~200 ms after a 2,000-task plan
 * had been parsed there first (Chromium, 4 Dec 2026, six runs each); the warm-up itself took
 * ~70 ms, spent while the file dialog is open.
 *
 * The warm-up reads small plans made here (never a person's data), as `.plotline` files and as
 * MS Project XML, in short steps of one task each, so a real file that arrives meanwhile waits
 * for one step at most: the worker stops warming as soon as it receives a job.
 */
import { exportMspdi, importPlanFile, serializePlotline } from '../../domain/formats';
import { emptyPlan, initialRanks, newTask, sequentialIds, type Link, type LinkId, type LocalDateTime, type Plan, type Task, type TaskId } from '../../domain/model';

/**
 * The warm-up's reads, smallest first: cold code is slowest per task, so a file picked at once
 * waits behind a short first step; ~1,900 tasks' worth in all, most of it as `.plotline`.
 */
export const WARM_UP_READS: readonly { readonly format: 'plotline' | 'mspdi'; readonly tasks: number }[] = [
  { format: 'plotline', tasks: 20 }, { format: 'plotline', tasks: 60 }, { format: 'mspdi', tasks: 20 },
  { format: 'plotline', tasks: 150 }, { format: 'mspdi', tasks: 60 },
  ...Array.from({ length: 6 }, () => ({ format: 'plotline', tasks: 250 }) as const),
  { format: 'mspdi', tasks: 150 },
];

const START = '2026-01-05T09:00' as LocalDateTime;
const NOW = '2026-01-05T09:00:00.000Z';

/**
 * A plan shaped like a real one for the parsers: summaries with leaves, finish-to-start and
 * start-to-start links with lags, a milestone and a constraint now and then, a person assigned.
 */
export function warmUpPlan(tasks: number): Plan {
  const base = emptyPlan({ name: 'Warm-up', start: START, now: NOW, newId: sequentialIds('w') });
  const column = Object.values(base.columns)[0]?.id;
  if (column === undefined) return base;
  const made: Task[] = [];
  const links: Link[] = [];
  const ranks = initialRanks(tasks);
  let summary: TaskId | null = null;
  for (let i = 0; i < tasks; i++) {
    const id = `wt${String(i)}` as TaskId;
    const rank = ranks[i] ?? 'V';
    const isSummary = i % 10 === 0;
    const fields: Partial<Task> = isSummary ? { kind: 'summary' }
      : i % 17 === 0 ? { kind: 'milestone', durationMinutes: 0 }
        : { durationMinutes: 60 * (1 + (i % 40)), ...(i % 23 === 0 ? { constraint: { type: 'SNET', date: START } } : {}) };
    made.push(newTask({ id, name: `Task ${String(i)}`, parentId: isSummary ? null : summary, rank, start: START, finish: START, statusId: column, boardRank: rank, ...fields }));
    if (isSummary) summary = id;
    else if (i % 10 > 1) {
      links.push({ id: `wl${String(i)}` as LinkId, predecessorId: `wt${String(i - 1)}` as TaskId, successorId: id, type: i % 7 === 0 ? 'SS' : 'FS', lagMinutes: i % 5 === 0 ? 60 : 0, lagIsElapsed: false });
    }
  }
  return { ...base, tasks: Object.fromEntries(made.map((t) => [t.id, t])), links: Object.fromEntries(links.map((l) => [l.id, l])) };
}

/** What the page sends the import worker to start a warm-up. */
export interface WarmUpMessage {
  readonly warmUp: true;
}

/** The warm-up's steps: each writes a warm-up plan and reads it back; true when it was read. */
export function warmUpSteps(): (() => boolean)[] {
  const newId = sequentialIds('warm');
  return WARM_UP_READS.map(({ format, tasks }) => () => {
    // Made and written when the step runs, so the writers warm up too and no step waits for another's.
    const plan = warmUpPlan(tasks);
    const text = format === 'plotline' ? serializePlotline(plan, { app: 'Plotline', exported: NOW }) : exportMspdi(plan, { now: NOW });
    return importPlanFile(`warm-up.${format === 'plotline' ? 'plotline' : 'xml'}`, text, { newId, now: NOW, scheduledByCaller: true }).ok;
  });
}

export interface WarmUp {
  /** Stops before the next step (a real job has come). */
  stop(): void;
}

/** Runs the steps one task apart until they are done or `stop()` is called. */
export function runWarmUp(steps: readonly (() => unknown)[], later: (next: () => void) => void = (next) => setTimeout(next, 0)): WarmUp {
  let next = 0;
  let isStopped = false;
  const step = (): void => {
    if (isStopped || next >= steps.length) return;
    steps[next++]?.();
    later(step);
  };
  later(step);
  return { stop: () => { isStopped = true; } };
}
