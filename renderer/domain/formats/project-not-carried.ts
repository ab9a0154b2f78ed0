/**
 * The project fields each plan file format has no place for, so its reader makes them up (a new
 * id), leaves them at a default (GanttProject's 8-hour day, USD) or leaves them out (the charter):
 * a merge of a copy in that format takes the other plan's values of these (diff/made-up-identity.ts)
 * rather than reading each as an edit. Before this list named every such field, a merge of a CSV
 * copy into a plan with a budget proposed removing the budget and reserves, the charter and the
 * status report's rules.
 *
 * Every field of Project is placed here (the Record below fails the build when a new one is not),
 * as carried by the formats that read it back or not.
 */
import type { Project } from '../model/plan';
import type { PlanFileFormat } from './not-carried';

/** The formats other than .plotline whose readers read a project field back from the file, or 'every file'. */
type CarriedIn = readonly Exclude<PlanFileFormat, '.plotline'>[] | 'every file';

const TABLES = ['.csv', '.xlsx'] as const;

const CARRIED_IN: Readonly<Record<keyof Project, CarriedIn>> = {
  // Made up by every reader (a new id, the time of the read).
  id: [], createdAt: [],
  // Not compared in a merge (diff/merge.ts), so where they come from does not matter.
  updatedAt: 'every file', lineage: 'every file',
  // MS Project's Title and GanttProject's name attribute; iCalendar's X-WR-CALNAME is read as the name of a new plan only.
  name: ['.xml', '.gan'],
  // MS Project's project summary Notes, GanttProject's description element.
  description: ['.xml', '.gan'],
  manager: ['.xml'],
  // A table's and a calendar's start is its earliest task's: the tasks' dates are carried.
  start: 'every file',
  statusDate: ['.xml'],
  // A table names it in its amount columns' headers ("Fixed cost (EUR)").
  currency: ['.xml', ...TABLES],
  // Each reader makes the calendar the plan is scheduled on; its tasks and their dates are read from the file.
  calendarId: 'every file',
  minutesPerDay: ['.xml'], minutesPerWeek: ['.xml'], daysPerMonth: ['.xml'], defaultStartTime: ['.xml'], defaultFinishTime: ['.xml'],
  // A budget resource on MS Project's project summary task (msproject/mspdi-budget.ts).
  budget: ['.xml'],
  // Fields no file but a .plotline holds.
  holidayRegion: [], contingencyReserve: [], managementReserve: [], costBaseline: [], riskCategories: [], scheduleRisk: [],
  ragRules: [], reportDraft: [], charter: [], closure: [],
  // Kept as the file had them (GanttProject's custom field definitions); unknown to the diff.
  extra: 'every file',
};

/** The project fields a file of `format` has no place for (none for a .plotline). */
export function projectFieldsNotCarried(format: PlanFileFormat): (keyof Project)[] {
  if (format === '.plotline') return [];
  return (Object.keys(CARRIED_IN) as (keyof Project)[]).filter((field) => {
    const carried = CARRIED_IN[field];
    return carried !== 'every file' && !carried.includes(format);
  });
}
