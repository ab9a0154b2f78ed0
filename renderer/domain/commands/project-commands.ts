/** Commands on the project's own settings. */
import type { Project } from '../model/plan';
import type { Problem } from '../model/result';
import { parseLocalDate, parseLocalDateTime } from '../model/time';
import { defineCommand, type PlanDraft } from './command';

export type ProjectChanges = Partial<Pick<Project,
  | 'name' | 'description' | 'manager' | 'start' | 'statusDate' | 'currency'
  | 'minutesPerDay' | 'minutesPerWeek' | 'daysPerMonth' | 'holidayRegion' | 'defaultStartTime' | 'defaultFinishTime'>>;

export interface UpdateProjectArgs {
  readonly changes: ProjectChanges;
  /**
   * When the hours in a day change, keep every working duration, lag and work figure at the same
   * number of days (a 2d task stays 2d, now 2 × 7.5 h) instead of the same minutes (MS Project's
   * behaviour, where 2d of 8 h would read 2.13d). Default false.
   */
  readonly rescaleDurations?: boolean;
}

const isPositive = (n: number | undefined, max: number): boolean => n === undefined || (Number.isFinite(n) && n > 0 && n <= max);

/** Refuses a change naming the field, as the settings dialog labels it. */
export function checkProjectChanges(changes: ProjectChanges, project: Pick<Project, 'minutesPerDay' | 'minutesPerWeek'>): Problem | undefined {
  if (changes.name !== undefined && !changes.name.trim()) return { message: 'A project needs a name.', where: 'Name' };
  if (changes.start !== undefined && !parseLocalDateTime(changes.start)) return { message: `Start date: '${changes.start}' is not a date.`, where: 'Start date' };
  if (changes.statusDate !== undefined && changes.statusDate !== null && !parseLocalDate(changes.statusDate)) {
    return { message: `Status date: '${changes.statusDate}' is not a date.`, where: 'Status date' };
  }
  if (changes.currency !== undefined && !/^[A-Z]{3}$/.test(changes.currency)) return { message: 'Currency must be a three-letter ISO code such as USD.', where: 'Currency' };
  if (!isPositive(changes.minutesPerDay, 1440)) return { message: 'Hours per day must be more than 0 and at most 24.', where: 'Hours per day' };
  const perDay = changes.minutesPerDay ?? project.minutesPerDay;
  const perWeek = changes.minutesPerWeek ?? project.minutesPerWeek;
  if (!isPositive(changes.minutesPerWeek, 10080) || perWeek / perDay > 7 + 1e-9) {
    return { message: 'Days per week must be more than 0 and at most 7.', where: 'Days per week' };
  }
  if (!isPositive(changes.daysPerMonth, 31)) return { message: 'Days per month must be more than 0 and at most 31.', where: 'Days per month' };
  for (const key of ['defaultStartTime', 'defaultFinishTime'] as const) {
    const value = changes[key];
    if (value !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(value)) return { message: `'${value}' is not a time of day (HH:mm).`, where: key };
  }
  return undefined;
}

/** Scales working (not elapsed) durations, lags and explicit work by `factor`. */
function rescaleWorkingTime(draft: PlanDraft, factor: number): void {
  for (const task of Object.values(draft.tasks)) {
    if (task.kind !== 'summary' && task.durationIsElapsed !== true) task.durationMinutes = Math.round(task.durationMinutes * factor);
  }
  for (const link of Object.values(draft.links)) if (!link.lagIsElapsed) link.lagMinutes = Math.round(link.lagMinutes * factor);
  for (const a of Object.values(draft.assignments)) if (a.workMinutes !== null) a.workMinutes = Math.round(a.workMinutes * factor);
}

export const updateProject = defineCommand<UpdateProjectArgs>({
  name: 'updateProject',
  label: (args) => (Object.keys(args.changes).length === 1 && args.changes.name !== undefined ? 'Rename project' : 'Edit project settings'),
  apply(draft, { changes, rescaleDurations = false }) {
    const problem = checkProjectChanges(changes, draft.project);
    if (problem !== undefined) return problem;
    const before = draft.project.minutesPerDay;
    const { holidayRegion, ...rest } = changes;
    Object.assign(draft.project, rest);
    if (changes.name !== undefined) draft.project.name = changes.name.trim();
    // '' clears the region: an optional field is removed rather than stored empty.
    if (holidayRegion === '') delete draft.project.holidayRegion;
    else if (holidayRegion !== undefined) draft.project.holidayRegion = holidayRegion;
    if (rescaleDurations && changes.minutesPerDay !== undefined && changes.minutesPerDay !== before) {
      rescaleWorkingTime(draft, changes.minutesPerDay / before);
    }
    return undefined;
  },
});
