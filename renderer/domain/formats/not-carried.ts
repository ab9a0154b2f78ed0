/**
 * What each plan file format has no place for, counted, so the app's Export notice and the
 * command line's `convert` name the same losses in the same words (they kept two lists, and the
 * app's named only the RAID log and the money). Task fields each writer drops are documented with
 * the writer; these are the plan's larger parts. A .gan's writer adds its own (ganNotWritten).
 */
import { taskCustomValues } from '../model/custom-fields';
import { standardWorkWeek } from '../model/factories';
import { phaseResolver, type LifecyclePhase } from '../model/phases';
import type { Plan, PlanCollection, Project, ProjectCalendar } from '../model/plan';
import type { Resource } from '../model/resources';
import type { LocalDate } from '../model/time';
import { boardNotCarried } from './board-not-carried';
import { detectFormat, type FileFormat } from './detect-format';
import { projectMoneyParts } from './project-money';
import { projectFieldsNotCarried } from './project-not-carried';

/** A plan file format by its extension. */
export type PlanFileFormat = '.plotline' | '.xml' | '.gan' | '.csv' | '.xlsx' | '.ics';

const ALL_BUT_NATIVE: readonly PlanFileFormat[] = ['.xml', '.gan', '.xlsx', '.csv', '.ics'];

interface Part {
  /** The words after the count: singular and plural. */
  readonly noun: readonly [string, string];
  /** Said after the counted noun: one text, or singular and plural. */
  readonly why?: string | readonly [string, string];
  /** "the rates, roles and e-mail of {n}" rather than "{n} {noun}". */
  readonly of?: string;
  readonly count: (plan: Plan) => number;
  readonly lostIn: readonly PlanFileFormat[];
}

const size = (record: Readonly<Record<string, unknown>>): number => Object.keys(record).length;
const tasksWhere = (plan: Plan, test: (t: Plan['tasks'][string]) => boolean): number => Object.values(plan.tasks).filter(test).length;

const STANDARD_WEEK = JSON.stringify(standardWorkWeek());

/** A person with a phone number, which only a GanttProject file brings (gan-reader.ts keeps it in `extra`). */
const hasPhone = (r: Resource): boolean => typeof r.extra?.['phone'] === 'string' && r.extra['phone'] !== '';

/** A calendar these files' readers would give back as it is: 09:00-17:00 Monday to Friday (or its base's week), no exceptions. */
const isReadBackAsIs = (c: ProjectCalendar): boolean => c.exceptions.length === 0 && (c.workWeek === null || JSON.stringify(c.workWeek) === STANDARD_WEEK);

/**
 * A gate the PM has worked on: a milestone tied, a decision, or a criterion ticked or given an
 * owner. Every new project's gates come with the standard checklist, untouched; naming those on
 * every export would bury what the person did put in.
 */
const hasGate = (phase: LifecyclePhase): boolean =>
  phase.gate !== undefined && (phase.gate.milestoneId !== null || phase.gate.decision !== null || phase.gate.criteria.some((c) => c.done || c.ownerId !== null));

/** The phases with a gate, or (`withTasks`) with a gate or tasks in them. */
function phasesHolding(plan: Plan, withTasks: boolean): number {
  const holding = new Set(Object.values(plan.phases).filter(hasGate).map((p) => p.id));
  if (withTasks) {
    const phaseOf = phaseResolver(plan);
    for (const task of Object.values(plan.tasks)) {
      const id = phaseOf(task);
      if (id !== null) holding.add(id);
    }
  }
  return holding.size;
}

const PARTS: readonly Part[] = [
  { noun: ['calendar', 'calendars'], why: '(working hours and holidays; the file is read back on a 09:00-17:00 Monday-Friday calendar)', count: (p) => Object.values(p.calendars).filter((c) => !isReadBackAsIs(c)).length, lostIn: ['.xlsx', '.csv', '.ics'] },
  // CSV's Resources column carries each task's people by name with their units ("Ana[50%]").
  { noun: ['person', 'people'], of: 'the rates, roles and e-mail of', why: '(the Resources column names the people assigned, with their units; anyone on no task is not in the file)', count: (p) => size(p.resources), lostIn: ['.csv'] },
  { noun: ['person', 'people'], count: (p) => size(p.resources), lostIn: ['.ics'] },
  { noun: ['assignment', 'assignments'], count: (p) => size(p.assignments), lostIn: ['.ics'] },
  { noun: ['task constraint', 'task constraints'], why: '(start no earlier than and the like; the tasks are read back as soon as possible)', count: (p) => tasksWhere(p, (t) => t.constraint.type !== 'ASAP'), lostIn: ['.csv', '.ics'] },
  { noun: ['baseline', 'baselines'], count: (p) => size(p.baselines), lostIn: ['.xlsx', '.csv', '.ics'] },
  // A phase holds its tasks, dates (from them) and gate; the five a new project starts with, empty, lose nothing.
  { noun: ['phase', 'phases'], why: ['(its tasks and gate)', '(their tasks and gates)'], count: (p) => phasesHolding(p, true), lostIn: ['.xml', '.gan', '.xlsx', '.ics'] },
  // A CSV's Phase column keeps each task's stage (initiation to closure); a gate has no column.
  { noun: ['phase gate', 'phase gates'], why: ['(its milestone, exit criteria and decision)', '(their milestones, exit criteria and decisions)'], count: (p) => phasesHolding(p, false), lostIn: ['.csv'] },
  // Plans from before phase objects label tasks by stage only.
  { noun: ['task', 'tasks'], of: 'the phase of', count: (p) => (size(p.phases) === 0 ? tasksWhere(p, (t) => t.phase !== null) : 0), lostIn: ['.xml', '.xlsx', '.ics'] },
  // A table has a Tags column; GanttProject's export warnings name them with the other task fields it drops.
  { noun: ['task', 'tasks'], of: 'the tags of', count: (p) => tasksWhere(p, (t) => t.tags.length > 0), lostIn: ['.xml', '.ics'] },
  // A .gan holds custom columns (GanttProject's own) and a phone number per person; the other writers have no field for them.
  { noun: ['task', 'tasks'], of: 'the custom field values of', count: (p) => tasksWhere(p, (t) => Object.keys(taskCustomValues(t)).length > 0), lostIn: ['.xml', '.xlsx', '.csv', '.ics'] },
  { noun: ['person', 'people'], of: 'the phone numbers of', count: (p) => Object.values(p.resources).filter(hasPhone).length, lostIn: ['.xml', '.xlsx'] },
  { noun: ['risk', 'risks'], count: (p) => size(p.risks), lostIn: ALL_BUT_NATIVE },
  { noun: ['issue', 'issues'], count: (p) => size(p.issues), lostIn: ALL_BUT_NATIVE },
  { noun: ['assumption', 'assumptions'], count: (p) => size(p.assumptions), lostIn: ALL_BUT_NATIVE },
  { noun: ['decision', 'decisions'], count: (p) => size(p.decisions), lostIn: ALL_BUT_NATIVE },
  { noun: ['stakeholder', 'stakeholders'], count: (p) => size(p.stakeholders), lostIn: ALL_BUT_NATIVE },
  { noun: ['RACI cell', 'RACI cells'], count: (p) => size(p.raci), lostIn: ALL_BUT_NATIVE },
  { noun: ['communication plan entry', 'communication plan entries'], count: (p) => size(p.communications), lostIn: ALL_BUT_NATIVE },
  { noun: ['change request', 'change requests'], count: (p) => size(p.changes), lostIn: ALL_BUT_NATIVE },
];

/** How a part writes a day: the command line keeps ISO; the app's Export notice writes it as the app writes dates. */
export type WriteDate = (date: LocalDate) => string;

const isoDate: WriteDate = (date) => date;

/**
 * The parts of `plan` a file of `format` leaves out, each counted ("3 risks", "the approved
 * budget (USD 25,000)"); empty for a .plotline, which holds everything.
 */
export function partsNotCarried(plan: Plan, format: PlanFileFormat, writeDate: WriteDate = isoDate): string[] {
  const parts = PARTS.flatMap((part) => {
    const n = part.lostIn.includes(format) ? part.count(plan) : 0;
    if (n === 0) return [];
    const counted = `${String(n)} ${n === 1 ? part.noun[0] : part.noun[1]}`;
    const why = typeof part.why === 'string' || part.why === undefined ? part.why : part.why[n === 1 ? 0 : 1];
    return [[part.of, counted, why].filter(Boolean).join(' ')];
  });
  return format === '.plotline' ? parts : [...parts, ...statusDatePart(plan, format, writeDate), ...boardPart(plan, format), ...projectMoneyParts(plan, format)];
}

/** A table has Status and Board order columns (csv-status.ts); the other formats have no board. */
const BOARD_LOST_IN: readonly PlanFileFormat[] = ['.xml', '.gan', '.ics'];

const boardPart = (plan: Plan, format: PlanFileFormat): string[] => (BOARD_LOST_IN.includes(format) ? boardNotCarried(plan) : []);

/** Only MS Project XML has a status date (StatusDate) besides a .plotline. */
const STATUS_DATE_LOST_IN: readonly PlanFileFormat[] = ['.gan', '.xlsx', '.csv', '.ics'];

/**
 * The project's status date, which a table has no row for: read back without one, a started task
 * runs its whole duration from its actual start instead of resuming after the status date
 * (schedule/forward-pass.ts), so its dates, and those of the tasks after it, move.
 */
function statusDatePart(plan: Plan, format: PlanFileFormat, writeDate: WriteDate): string[] {
  const date = plan.project.statusDate;
  if (date === null || !STATUS_DATE_LOST_IN.includes(format)) return [];
  return [`the status date ${writeDate(date)} (the file is read back without one: started tasks' remaining work is scheduled from their actual start, not after the status date)`];
}

/** What a file has no place for, so its reader makes it up on every read. */
export interface NotCarried {
  /** Project fields: a new id on every read of a CSV, a name from an .xlsx file's name. */
  readonly project: readonly (keyof Project)[];
  /**
   * The tasks' ranks, spread afresh over the rows (plan-assembly.ts): a merge writes the copy's
   * order in the base's ranks (diff/made-up-identity.ts), so only a task added or moved there has a new one.
   */
  readonly ranks: boolean;
  /**
   * What the file has no place for at all, so its reader leaves it empty (a CSV's risks, a new
   * project's five phases): the copy has the other plan's, since no one could have edited them there.
   */
  readonly collections: readonly PlanCollection[];
  /**
   * The file writes what each task shows rather than what it stores: a subtask's stage whether it
   * is its own or its summary's, a summary's duration as its subtasks roll it up. Its reader stores
   * those as it can, so where the copy's task shows what the other plan's shows, it is no change.
   */
  readonly shownValues: boolean;
  /**
   * Task fields the file has no place for, which its reader fills in on its own: no stage or phase,
   * no tags, no budget, no three-point estimate, and a board column picked by the task's progress
   * (columns made afresh). A matched task keeps the other plan's (diff/made-up-identity.ts), so a
   * merge of an MS Project copy does not wipe the phases, tags and board of every task.
   */
  readonly taskFields: readonly NotCarriedTaskField[];
  /**
   * A person's fields the file has no place for: a CSV's Resources column names the people
   * assigned and nothing else of them, so its reader makes up the rest (no rate, role or e-mail).
   * A matched person keeps the other plan's, so merging two CSV copies does not price the plan at nothing.
   */
  readonly resourceFields: readonly NotCarriedResourceField[];
}

/** A person's fields a plan file may have no place for: all but the id and the name. */
export type NotCarriedResourceField = Exclude<keyof Resource, 'id' | 'name'>;

/** Everything of a person but the name (a CSV's Resources column): typed as a record so that a field added to Resource must be listed here. */
const BUT_THE_NAME: Readonly<Record<NotCarriedResourceField, true>> = {
  initials: true, role: true, email: true, type: true, maxUnits: true, costPerHour: true, overtimeCostPerHour: true,
  costPerUse: true, calendarId: true, rateChanges: true, materialLabel: true, extra: true,
};
const ONLY_THE_NAME = Object.keys(BUT_THE_NAME) as NotCarriedResourceField[];

/** A task's fields a plan file may have no place for; 'phase' is the stage and the phase object, 'board' the column and the place in it. */
export type NotCarriedTaskField = 'phase' | 'tags' | 'budget' | 'estimate' | 'board';

/** What MS Project XML and GanttProject files have no place for (the .gan writer warns of them, gan-export-warnings.ts). */
const NOT_IN_SCHEDULE_FILES: readonly NotCarriedTaskField[] = ['phase', 'tags', 'budget', 'estimate', 'board'];

/**
 * The collections no reader but the .plotline's fills (mspdi-reader, gan-reader, csv-import):
 * the registers, status reports and phase objects (a CSV's Phase column is each task's stage).
 * Baselines are not among them: MS Project and GanttProject files carry them, a CSV its baseline costs.
 */
const ONLY_IN_PLOTLINE: readonly PlanCollection[] = ['risks', 'stakeholders', 'changes', 'issues', 'assumptions', 'decisions', 'raci', 'communications', 'reports', 'phases'];

/**
 * What a file of `format` has no place for and its reader makes up, so three reads of copies of
 * one CSV differ in it without anyone editing it (a three-way merge reads it as unchanged): the
 * project fields it has no place for (its id and creation time, for a table its name, the charter
 * and reserves: project-not-carried.ts), the tasks' ranks, spread afresh over the rows (the order of the rows is carried), the
 * collections it leaves empty, and whether it writes shown values (NotCarried.shownValues).
 */
export function identityNotCarried(format: PlanFileFormat): NotCarried {
  switch (format) {
    case '.plotline': return { project: [], ranks: false, collections: [], shownValues: false, taskFields: [], resourceFields: [] };
    case '.xml': case '.gan': return { project: projectFieldsNotCarried(format), ranks: true, collections: ONLY_IN_PLOTLINE, shownValues: true, taskFields: NOT_IN_SCHEDULE_FILES, resourceFields: [] };
    // A table has Phase, Status, Board order, Tags and Budget columns, but no three-point estimate;
    // a workbook has a Resources sheet, a CSV only the names in its Resources column.
    case '.csv': return { project: projectFieldsNotCarried(format), ranks: true, collections: ONLY_IN_PLOTLINE, shownValues: true, taskFields: ['estimate'], resourceFields: ONLY_THE_NAME };
    case '.xlsx': return { project: projectFieldsNotCarried(format), ranks: true, collections: ONLY_IN_PLOTLINE, shownValues: true, taskFields: ['estimate'], resourceFields: [] };
    // An event has no outline, so no summary and no inherited stage.
    case '.ics': return { project: projectFieldsNotCarried(format), ranks: true, collections: ONLY_IN_PLOTLINE, shownValues: false, taskFields: NOT_IN_SCHEDULE_FILES, resourceFields: [] };
    default: {
      const never: never = format;
      return never;
    }
  }
}

/**
 * The plan file format a detected file is (detect-format.ts), by the extension Plotline writes it
 * with, so what its reader made up can be asked of identityNotCarried: an MS Project XML or a CSV
 * is known by its contents or extension whatever the file is called ('copy.txt'). Undefined for a
 * file Plotline cannot tell.
 */
export function planFileFormatOf(format: FileFormat): PlanFileFormat | undefined {
  switch (format) {
    case 'plotline': return '.plotline';
    case 'mspdi': return '.xml';
    case 'gantt-project': return '.gan';
    case 'csv': return '.csv';
    case 'xlsx': return '.xlsx';
    case 'ical': return '.ics';
    case 'unknown': return undefined;
    default: {
      const never: never = format;
      return never;
    }
  }
}

/**
 * What the reader of the file `fileName` with `text` made up (identityNotCarried), by the format
 * importPlanFile reads it as; undefined for a file Plotline cannot tell.
 */
export function identityNotCarriedInFile(fileName: string, text: string): NotCarried | undefined {
  const format = planFileFormatOf(detectFormat(fileName, text));
  return format === undefined ? undefined : identityNotCarried(format);
}

/**
 * "Not written (MS Project XML has no place for them): 3 risks, the contingency reserve (USD 2,000)."
 * for the Export notice, or null when the format holds all of it.
 */
export function notCarriedSentence(plan: Plan, format: PlanFileFormat, formatName: string, writeDate: WriteDate = isoDate): string | null {
  const parts = partsNotCarried(plan, format, writeDate);
  return parts.length === 0 ? null : `Not written (${formatName} has no place for them): ${parts.join(', ')}.`;
}
