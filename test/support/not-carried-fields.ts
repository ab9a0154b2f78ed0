/**
 * What each file format's reader makes up or leaves out, written out by hand (not read from
 * formats/not-carried.ts) so a change to those lists shows in the tests that pin them.
 */

/** The registers, status reports and phase objects: no reader but the .plotline's fills them. */
export const ONLY_IN_PLOTLINE = ['risks', 'stakeholders', 'changes', 'issues', 'assumptions', 'decisions', 'raci', 'communications', 'reports', 'phases'];

/** Project fields no file but a .plotline holds. */
const PROJECT_ONLY_IN_PLOTLINE = [
  'holidayRegion', 'contingencyReserve', 'managementReserve', 'costBaseline', 'riskCategories', 'scheduleRisk', 'ragRules', 'reportDraft', 'charter', 'closure',
];
/** A working day's and week's length, a month's days and the default times: MS Project XML's header alone holds them. */
const DAY_LENGTHS = ['minutesPerDay', 'minutesPerWeek', 'daysPerMonth', 'defaultStartTime', 'defaultFinishTime'];

/** The project fields each format's reader makes up or leaves out. */
export const PROJECT_NOT_CARRIED = {
  xml: ['id', 'createdAt', ...PROJECT_ONLY_IN_PLOTLINE],
  gan: ['id', 'createdAt', 'manager', 'statusDate', 'currency', ...DAY_LENGTHS, 'budget', ...PROJECT_ONLY_IN_PLOTLINE],
  table: ['id', 'createdAt', 'name', 'description', 'manager', 'statusDate', ...DAY_LENGTHS, 'budget', ...PROJECT_ONLY_IN_PLOTLINE],
};

/** A person's fields a CSV has no place for: its Resources column names the people, nothing else of them. */
export const PERSON_BUT_THE_NAME = ['initials', 'role', 'email', 'type', 'maxUnits', 'costPerHour', 'overtimeCostPerHour', 'costPerUse', 'calendarId', 'rateChanges', 'materialLabel', 'extra'];
