/** Project settings, calendars and the new-project questions. */
export { SettingsHost, useSettingsCommands } from './SettingsHost';
export { useSettingsDialogs, type SettingsDialog } from './settings-dialogs';
export { LOADS_HOLIDAYS_ON_INTENT, loadHolidayLibrary, type HolidayLibrary } from './public-holidays';
