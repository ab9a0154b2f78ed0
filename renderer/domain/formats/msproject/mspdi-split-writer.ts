/**
 * Split tasks written as MS Project writes them (see mspdi-splits.ts for the reading side): each
 * assignment of a split task carries TimephasedData (Type 1, remaining work) with one record per
 * piece of work and a zero-work record for each gap; a split task without people gets the
 * pseudo-assignment to ResourceUID -65535 that MS Project itself uses, so the split survives.
 */
import { compileCalendars, type CalendarSet } from '../../calendar';
import { fromWallMinutes } from '../../model/time';
import type { TaskId } from '../../model/ids';
import type { Plan, Task } from '../../model/plan';
import { calendarForTask } from '../../schedule/inputs';
import { effectiveSplits, workSegments, type WorkSegment } from '../../schedule/splits';
import type { XmlWriter } from '../xml/xml-writer';
import { formatMspdiDate, formatMspdiDuration } from './mspdi-codes';

/** MS Project's "no resource" UID. */
const NO_RESOURCE = -65535;

/** The pieces of every split task, by task id (most plans: none). */
export function splitSegmentsByTask(plan: Plan): Map<string, WorkSegment[]> {
  const out = new Map<string, WorkSegment[]>();
  let cals: CalendarSet | null = null;
  for (const task of Object.values<Task>(plan.tasks)) {
    if (task.kind !== 'task' || effectiveSplits(task.splits, task.durationMinutes).length === 0) continue;
    cals ??= compileCalendars(plan);
    out.set(task.id, workSegments(task, task.start, calendarForTask(plan, task, cals)));
  }
  return out;
}

/** TimephasedData of one assignment: `workMinutes` of work spread over the pieces by their length. */
export function writeSplitWork(w: XmlWriter, assignmentUid: number, segments: readonly WorkSegment[], workMinutes: number): void {
  const duration = segments.reduce((sum, s) => sum + s.workMinutes, 0);
  segments.forEach((s, k) => {
    const prev = segments[k - 1];
    if (prev) record(w, assignmentUid, prev.finish, s.start, 0);
    record(w, assignmentUid, s.start, s.finish, duration > 0 ? Math.round((workMinutes * s.workMinutes) / duration) : 0);
  });
}

function record(w: XmlWriter, uid: number, start: number, finish: number, minutes: number): void {
  w.open('TimephasedData').leaf('Type', 1).leaf('UID', uid);
  w.leaf('Start', formatMspdiDate(fromWallMinutes(start))).leaf('Finish', formatMspdiDate(fromWallMinutes(finish)));
  w.leaf('Unit', 2).leaf('Value', formatMspdiDuration(minutes)).close('TimephasedData');
}

/** Pseudo-assignments for split tasks nobody is assigned to, numbered from `firstUid`; returns the next free UID. */
export function writeUnassignedSplits(
  w: XmlWriter, plan: Plan, segments: ReadonlyMap<string, WorkSegment[]>, taskUid: (id: TaskId) => number, firstUid: number,
): number {
  const staffed = new Set(Object.values(plan.assignments).map((a) => a.taskId));
  let uid = firstUid;
  for (const [taskId, pieces] of segments) {
    const task = plan.tasks[taskId];
    if (!task || staffed.has(task.id)) continue;
    w.open('Assignment').leaf('UID', uid).leaf('TaskUID', taskUid(task.id)).leaf('ResourceUID', NO_RESOURCE);
    w.leaf('Finish', formatMspdiDate(task.finish)).leaf('Start', formatMspdiDate(task.start));
    w.leaf('Units', 1).leaf('Work', formatMspdiDuration(task.durationMinutes));
    writeSplitWork(w, uid, pieces, task.durationMinutes);
    w.close('Assignment');
    uid++;
  }
  return uid;
}
