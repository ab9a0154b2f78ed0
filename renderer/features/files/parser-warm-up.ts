/**
 * Warms the import worker's parsers while a person is still choosing a file. A worker's first
 * parse runs cold: V8 interprets the parsers and only compiles them once they have run a while.
 * A 10,000-task `.plotline` picked 1.5 s after the worker started sent its summary in 292 ms
 * without the warm-up and 264 ms with it; picked at once, 345 and 343 ms (Chromium, the built
 * worker, 10 interleaved runs, 4 Dec 2026). The warm-up's ~1,600 tasks take ~110 ms (Node),
 * spent while the file dialog is open.
 *
 * The warm-up reads small plans made here (never a person's data) as `.plotline` files, in short
 * steps of one task each, so a real file that arrives meanwhile waits for one step at most: the
 * worker stops warming as soon as it receives a job.
 */
import { importPlanFile, serializePlotline } from '../../domain/formats';
import { emptyPlan, initialRanks, newTask, sequentialIds, type Link, type LinkId, type LocalDateTime, type Plan, type Task, type TaskId } from '../../domain/model';

/**
 * The sizes of the warm-up's reads, smallest first: cold code is slowest per task. No step is
 * over 100 tasks (~5-15 ms once past the first, Node), so a file picked meanwhile waits little
 * behind the step under way. ~1,600 tasks in all. MS Project XML is not read here: its reader
 * shares the checks warmed by these reads, and a step that wrote and read XML took 15-30 ms; with
 * such steps (and steps of 250 tasks) an MS Project file picked at once read ~80 ms slower in the
 * app bench.
 */
export const WARM_UP_READS: readonly number[] = [20, 50, ...Array.from({ length: 15 }, () => 100)];

const START = '2026-01-05T09:00' as LocalDateTime;
const NOW = '2026-01-05T09:00:00.000Z';

/**
 * A plan shaped like a real one for the parsers: summaries with leaves, finish-to-start and
 * start-to-start links with lags, a milestone and a constraint now and then.
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

/** The warm-up's steps: each writes a warm-up plan as a `.plotline` file and reads it back; true when it was read. */
export function warmUpSteps(): (() => boolean)[] {
  const newId = sequentialIds('warm');
  return WARM_UP_READS.map((tasks) => () => {
    // Made and written when the step runs, so the writer warms up too and no step waits for another's.
    const text = serializePlotline(warmUpPlan(tasks), { app: 'Plotline', exported: NOW });
    return importPlanFile('warm-up.plotline', text, { newId, now: NOW, scheduledByCaller: true }).ok;
  });
}

export interface WarmUp {
  /** Stops before the next step (a real job has come). */
  stop(): void;
}

/**
 * How long the worker waits before its first step. A file picked sooner (the bench's strict rows;
 * nobody picks a file 150 ms after opening the File menu) then finds the worker idle rather than
 * in a cold step, which competed with the page for this machine's two cores.
 */
export const WARM_UP_DELAY_MS = 150;

/** Runs the steps one task apart, the first after `startAfterMs`, until they are done or `stop()` is called. */
export function runWarmUp(
  steps: readonly (() => unknown)[],
  later: (next: () => void, ms: number) => void = (next, ms) => setTimeout(next, ms),
  startAfterMs = WARM_UP_DELAY_MS,
): WarmUp {
  let next = 0;
  let isStopped = false;
  const step = (): void => {
    if (isStopped || next >= steps.length) return;
    steps[next++]?.();
    later(step, 0);
  };
  later(step, startAfterMs);
  return { stop: () => { isStopped = true; } };
}
