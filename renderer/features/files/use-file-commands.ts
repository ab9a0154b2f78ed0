/** The File menu commands (native menu, File button, shortcuts) as handlers for the shell's router. */
import { useMemo } from 'react';
import type { MenuCommand } from '../../platform';
import { useFileDialogs } from './file-dialogs';
import { useFileActions } from './use-file-actions';

export function useFileCommands(): Partial<Record<MenuCommand, () => void>> {
  const actions = useFileActions();
  const dialogs = useFileDialogs();
  return useMemo(() => ({
    'file.open': () => void actions.open(),
    // One reader serves both: the file's format decides between plan, CSV mapping and holidays.
    'file.import': () => void actions.open(),
    'file.saveAs': () => void actions.saveAs(),
    'file.export': () => dialogs.show({ kind: 'export' }),
    'file.restoreSnapshot': () => dialogs.show({ kind: 'snapshots' }),
  }), [actions, dialogs]);
}
