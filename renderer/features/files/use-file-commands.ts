/** The File menu commands (native menu, File button, shortcuts) as handlers for the shell's router. */
import { useMemo } from 'react';
import type { MenuCommand } from '../../platform';
import { useSessionStore, useUiStore } from '../../store';
import { useFileDialogs } from './file-dialogs';
import { useFileActions } from './use-file-actions';

export function useFileCommands(): Partial<Record<MenuCommand, () => void>> {
  const actions = useFileActions();
  const dialogs = useFileDialogs();
  const session = useSessionStore();
  const ui = useUiStore();
  return useMemo(() => {
    // The native menu cannot grey these out per project, so say why nothing happens.
    const withPlan = (run: () => void) => (): void => {
      if (session.getState().plan === null) ui.getState().notify({ tone: 'info', message: 'Open a project first.' });
      else run();
    };
    return {
      'file.open': () => void actions.open(),
      // One reader serves both: the file's format decides between plan, CSV mapping and holidays.
      'file.import': () => void actions.open(),
      'file.saveAs': withPlan(() => void actions.saveAs()),
      'file.saveAsTemplate': withPlan(() => void actions.saveAsTemplate()),
      'file.export': withPlan(() => dialogs.show({ kind: 'export' })),
      'file.takeSnapshot': withPlan(() => dialogs.show({ kind: 'take-snapshot' })),
      'file.restoreSnapshot': () => dialogs.show({ kind: 'snapshots' }),
    };
  }, [actions, dialogs, session, ui]);
}
