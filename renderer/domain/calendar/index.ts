/** Working-time arithmetic on the plan's calendars (see working-calendar.ts for the ordinal idea). */
export { compileCalendar, compileCalendars, ELAPSED_CALENDAR_ID, sharedCalendars, type CalendarSet, type CalendarSource } from './calendar-set';
export type { WorkingCalendar } from './working-calendar';
export { type DayPattern, normaliseIntervals, patternMinutes } from './day-rules';
export { recursOn } from './recurrence';
export {
  MINUTES_PER_DAY, civilFromDays, dayOf, dayOfLocalDate, daysFromCivil, daysInMonth, localDateOfDay, parseWall, statusInstant, weekdayOfDay,
} from './civil';
export {
  WEEKDAY_NAMES, checkException, checkIntervals, checkWorkWeek, clockText, exceptionLabel, parseClockText,
} from './calendar-checks';
export { holidayYears, publicHolidayExceptions, type PublicHolidayRecord } from './public-holidays';
