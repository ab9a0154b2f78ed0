/** Project settings, calendars and the new-project questions. */
export { SettingsHost, useSettingsCommands } from './SettingsHost';
export { useSettingsDialogs, type SettingsDialog } from './settings-dialogs';
export { loadHolidayLibrary, type HolidayLibrary } from './public-holidays';
