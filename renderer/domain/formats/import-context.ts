/**
 * What every importer receives and returns. Ids and the clock are injected so imports are
 * deterministic (the same file and the same IdFactory give the same plan).
 */
import type { IdFactory } from '../model/ids';
import type { Plan } from '../model/plan';
import type { LocalDateTime } from '../model/time';
import type { ScheduleResult } from '../schedule';

export interface ImportContext {
  /** Makes every new entity id; called in document order, so ids are stable for a given file. */
  readonly newId: IdFactory;
  /** ISO timestamp of the import (createdAt/updatedAt, baseline savedAt when the file has none). */
  readonly now: string;
  /** Largest accepted file in characters; default MAX_FILE_CHARS. */
  readonly maxChars?: number;
  /**
   * The caller schedules the plan itself before showing or storing it, and refuses it when that
   * fails (the app's session does): readers that need no schedule of their own then skip the
   * gate's scheduling run (admitForCaller), and the result has no `schedule` and no warnings
   * about tasks pushed to the horizon; the scheduled plan lists those as schedule warnings.
   */
  readonly scheduledByCaller?: boolean;
  /**
   * The project's name when the file names none (an empty GanttProject name, an MS Project file
   * without a title): the file's own name without its extension (importPlanFile sets it), as the
   * CSV import names its plan; else "Imported project".
   */
  readonly untitledName?: string;
}

/** 50 MB: far above any real plan file, low enough to refuse a pathological one quickly. */
export const MAX_FILE_CHARS = 50 * 1024 * 1024;

/** 10 MB: files larger than this are opened only after the person agrees (parsing may take seconds). */
export const LARGE_FILE_CHARS = 10 * 1024 * 1024;

export interface ImportSummary {
  readonly tasks: number;
  readonly resources: number;
  /** Earliest task start (or the project start when there are no tasks). */
  readonly start: LocalDateTime | null;
  readonly finish: LocalDateTime | null;
}

export interface ImportedPlan {
  readonly plan: Plan;
  /** Things a person should know: unsupported fields found, values adjusted, rows skipped. */
  readonly warnings: readonly string[];
  readonly summary: ImportSummary;
  /**
   * The import gate's scheduling run of `plan` (at the plan's own status date), when the reader
   * hands it on: a caller that would schedule the same plan the same way reuses it instead.
   */
  readonly schedule?: ScheduleResult;
}

/** Counts and date span of a plan, for the import dialog. */
export function summarizePlan(plan: Plan): ImportSummary {
  let start: LocalDateTime | null = null;
  let finish: LocalDateTime | null = null;
  for (const task of Object.values(plan.tasks)) {
    if (start === null || task.start < start) start = task.start;
    if (finish === null || task.finish > finish) finish = task.finish;
  }
  return {
    tasks: Object.keys(plan.tasks).length,
    resources: Object.keys(plan.resources).length,
    start: start ?? plan.project.start,
    finish: finish ?? plan.project.start,
  };
}

/**
 * `summary` with the dates the engine gives the plan, which are the dates the person sees once it
 * is open (the top bar's range): a file's stored dates can disagree with its own links (a
 * successor stored as starting before its predecessor finishes), and Plotline shows a plan as
 * scheduled, never as stored. The engine's project range, not a walk of its tasks: reading every
 * task's dates would build 10,000 task schedules behind the summary.
 */
export function scheduledSummary(summary: ImportSummary, schedule: Pick<ScheduleResult, 'projectStart' | 'projectFinish'>): ImportSummary {
  return { ...summary, start: schedule.projectStart, finish: schedule.projectFinish };
}

/** The size check every importer runs first, with a message a person can act on. */
export function sizeProblem(text: string, maxChars = MAX_FILE_CHARS): string | null {
  if (text.length <= maxChars) return null;
  const mb = (n: number): string => (n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
  return `The file is ${mb(text.length)} MB; Plotline opens files up to ${mb(maxChars)} MB.`;
}
