/**
 * A task's Start, Finish and Duration (and its other dates) read from MSPDI, with what cannot be
 * read named in the import summary. A value that is present but impossible (Start
 * 2027-02-30T08:00:00, Duration "three days") does not refuse the file: the task is kept, the
 * value is replaced by what Plotline can work out, and one warning per value says which task (name
 * and ID, MS Project's row number), which field, the text as written and what was used instead.
 * An absent or empty element is not a problem: many writers leave fields out.
 */
import type { DurationUnits } from '../../model/duration';
import { formatDuration } from '../../model/duration';
import type { WorkWeek } from '../../model/plan';
import { fromWallMinutes, toWallMinutes, type LocalDateTime } from '../../model/time';
import { addWorkingMinutes, workingMinutesBetween } from '../working-time';
import { childText, type XmlElement } from '../xml/xml-tree';
import { parseMspdiDate, parseMspdiDuration } from './mspdi-codes';

export interface TaskDatesContext {
  readonly projectStart: LocalDateTime;
  /** The task's work week (its calendar's, else the project's); null = clock time. Asked only when needed: most files have every Duration. */
  readonly week: () => WorkWeek | null;
  readonly units: DurationUnits;
  readonly warnings: string[];
}

export interface TaskDates {
  readonly start: LocalDateTime;
  readonly finish: LocalDateTime;
  readonly durationMinutes: number;
}

/** "Task 'Build' (ID 2)": the ID is the row MS Project shows; the UID when the file has no ID. */
export function taskLabel(el: XmlElement): string {
  const id = childText(el, 'ID');
  const uid = childText(el, 'UID');
  const where = id !== undefined ? `ID ${id}` : uid !== undefined ? `UID ${uid}` : 'no ID';
  return `Task '${childText(el, 'Name') ?? ''}' (${where})`;
}

/**
 * Start, Finish and Duration. Duration is working time (clock time when `isElapsed`); when it is
 * missing it is derived from Start and Finish. An unreadable Start becomes the project start, an
 * unreadable Finish the start plus the Duration, an unreadable Duration the time from Start to Finish.
 */
export function readTaskDates(el: XmlElement, isElapsed: boolean, isManual: boolean, ctx: TaskDatesContext): TaskDates {
  const startText = childText(el, 'Start');
  const finishText = childText(el, 'Finish');
  const durationText = childText(el, 'Duration');
  const parsedStart = parseMspdiDate(startText);
  const start = parsedStart ?? ctx.projectStart;
  const parsedFinish = parseMspdiDate(finishText);
  const parsedDuration = durationText !== undefined ? parseMspdiDuration(durationText) : null;
  const isStartBad = startText !== undefined && parsedStart === null;
  const isFinishBad = finishText !== undefined && parsedFinish === null;
  const isDurationBad = durationText !== undefined && parsedDuration === null;
  const later = (minutes: number): LocalDateTime => isElapsed
    ? fromWallMinutes(toWallMinutes(start) + Math.max(0, minutes)) : addWorkingMinutes(start, minutes, ctx.week());
  // A Finish before the Start is as unusable as an unreadable one (MS Project never writes one).
  const isFinishEarly = parsedFinish !== null && parsedFinish < start;
  const finishFromDuration = (isFinishBad || isFinishEarly) && parsedDuration !== null;
  const rawFinish = finishFromDuration ? later(parsedDuration) : isFinishEarly ? start : (parsedFinish ?? start);
  const finish = rawFinish < start ? start : rawFinish;
  // Derived from the dates only when the file has no Duration (walking the work week is not free).
  const fromDates = (): number => isElapsed ? toWallMinutes(finish) - toWallMinutes(start) : workingMinutesBetween(start, finish, ctx.week());
  const durationMinutes = Math.max(0, parsedDuration ?? fromDates());
  if (isStartBad || isFinishBad || isFinishEarly || isDurationBad) {
    const said = (minutes: number): string => formatDuration(minutes, ctx.units, isElapsed);
    const label = taskLabel(el);
    if (isStartBad) {
      const instead = isManual ? `put the task at the project start, ${ctx.projectStart.replace('T', ' ')}, instead` : 'scheduled the task from its links instead';
      ctx.warnings.push(`${label}: Start '${startText}' ${dateProblem(startText)}; Plotline ${instead}.`);
    }
    if (isFinishBad) {
      const instead = parsedDuration !== null ? `took the finish from its Duration (${said(parsedDuration)}) instead` : 'gave the task no length';
      ctx.warnings.push(`${label}: Finish '${finishText}' ${dateProblem(finishText)}; Plotline ${instead}.`);
    }
    if (isFinishEarly) {
      const instead = finishFromDuration ? `took the finish from its Duration (${said(parsedDuration ?? 0)}) instead` : 'ended the task at its Start';
      ctx.warnings.push(`${label}: Finish '${finishText ?? ''}' is before its Start '${startText ?? ctx.projectStart}'; Plotline ${instead}.`);
    }
    if (isDurationBad) {
      const source = parsedFinish === null ? null : parsedStart === null ? 'the project start to its Finish' : 'its Start and Finish';
      const instead = source === null
        ? `used ${said(durationMinutes)} instead (the task has no readable Finish to take it from)`
        : `took ${said(durationMinutes)} from ${source} instead`;
      ctx.warnings.push(`${label}: Duration '${durationText}' is not a duration such as PT24H0M0S; Plotline ${instead}.`);
    }
  }
  return { start, finish, durationMinutes };
}

/**
 * An optional date (ActualStart, Deadline...): null when absent, and when unreadable, with a
 * warning naming the task, the field and what Plotline did without it (`instead`).
 */
export function readOptionalDate(el: XmlElement, field: string, instead: string, warnings: string[]): LocalDateTime | null {
  const text = childText(el, field);
  const date = parseMspdiDate(text);
  if (text !== undefined && date === null) warnings.push(`${taskLabel(el)}: ${field} '${text}' ${dateProblem(text)}; Plotline ${instead}.`);
  return date;
}

/** Why a date text was not read: a date-shaped text names a day or time that does not exist. */
export function dateProblem(text: string | undefined): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text ?? '')
    ? 'is not a real date and time'
    : 'is not a date and time such as 2027-02-01T08:00:00';
}
