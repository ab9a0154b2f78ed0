/** Hosts the settings dialogs (project settings, calendars, new project); rendered once in the shell. */
import { useMemo } from 'react';
import type { MenuCommand } from '../../platform';
import { CalendarEditorDialog } from './CalendarEditorDialog';
import { NewProjectDialog } from './NewProjectDialog';
import { ProjectSettingsDialog } from './ProjectSettingsDialog';
import { useOpenSettingsDialog, useSettingsDialogs } from './settings-dialogs';

export function SettingsHost() {
  const dialog = useOpenSettingsDialog();
  const dialogs = useSettingsDialogs();
  if (dialog === null) return null;
  const close = (): void => dialogs.show(null);
  switch (dialog.kind) {
    case 'project':
      return <ProjectSettingsDialog onClose={close} onOpenCalendar={() => dialogs.show({ kind: 'calendar' })} />;
    case 'calendar':
      return <CalendarEditorDialog initial={dialog.target} onClose={close} />;
    case 'new-project':
      return <NewProjectDialog onClose={close} />;
    default: {
      const never: never = dialog;
      return never;
    }
  }
}

/** The app commands that open these dialogs (native menu, Ctrl+, and the File menu's New project). */
export function useSettingsCommands(): Partial<Record<MenuCommand, () => void>> {
  const dialogs = useSettingsDialogs();
  return useMemo(() => ({
    'file.new': () => dialogs.show({ kind: 'new-project' }),
    'project.settings': () => dialogs.show({ kind: 'project' }),
    'project.calendars': () => dialogs.show({ kind: 'calendar' }),
  }), [dialogs]);
}
