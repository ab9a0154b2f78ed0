/**
 * Hosts the file dialogs, the drop overlay, files the OS opens and automatic snapshots. Rendered
 * once in the shell; the File menu and the command router open dialogs through useFileDialogs.
 */
import { useCallback, useEffect } from 'react';
import type { FileDialog } from './file-dialogs';
import { ConfirmDialog, Dialog } from '../../components/Dialog';
import type { FileOpenOutcome, SnapshotWriteRequest } from '../../platform';
import { useUiStore } from '../../store';
import { useServices } from '../shared/services';
import { DropZone } from './DropZone';
import { ExportDialog } from './ExportDialog';
import { useFileDialogs, useOpenFileDialog } from './file-dialogs';
import { HolidaysDialog } from './HolidaysDialog';
import { ImportSummaryDialog } from './ImportSummaryDialog';
import { ShrunkSnapshotDialog } from './ShrunkSnapshotDialog';
import { SnapshotsDialog } from './SnapshotsDialog';
import { TakeSnapshotDialog } from './TakeSnapshotDialog';
import { useFileActions } from './use-file-actions';
import { ImportProgress } from './ImportProgress';
import { TableImportDialog } from './TableImportDialog';
import { useSnapshots } from './use-snapshots';
import './files.css';

export function FilesHost() {
  const { platform } = useServices();
  const dialogs = useFileDialogs();
  const actions = useFileActions();
  const receive = useCallback((outcome: FileOpenOutcome) => void actions.receive(outcome), [actions]);
  useEffect(() => platform.onFileOpened(receive), [platform, receive]);
  useSnapshots({
    // Never interrupt another file dialog: the next snapshot attempt asks again.
    onShrunk: useCallback((request: SnapshotWriteRequest, newestTaskCount: number) => {
      if (dialogs.get() === null) dialogs.show({ kind: 'shrunk-snapshot', request, newestTaskCount });
    }, [dialogs]),
  });
  return (
    <>
      <DropZone onFile={receive} />
      <CurrentDialog />
    </>
  );
}

/** A table import's worker lives as long as its dialog: whatever replaces the dialog ends it. */
function useEndTableSession(dialog: FileDialog | null): void {
  useEffect(() => {
    if (dialog?.kind !== 'table') return undefined;
    const { session } = dialog;
    return () => session.cancel();
  }, [dialog]);
}

function CurrentDialog() {
  const dialog = useOpenFileDialog();
  useEndTableSession(dialog);
  const dialogs = useFileDialogs();
  const actions = useFileActions();
  const { platform } = useServices();
  const ui = useUiStore();
  if (dialog === null) return null;
  const close = (): void => dialogs.show(null);
  const done = (message: string | null): void => {
    close();
    if (message !== null) ui.getState().notify({ tone: 'info', message });
  };
  switch (dialog.kind) {
    case 'busy': {
      const { onCancel } = dialog;
      return (
        <Dialog title="Opening file" onClose={onCancel ?? (() => undefined)}
          footer={onCancel ? <button type="button" className="button" onClick={onCancel}>Cancel</button> : undefined}>
          <ImportProgress label={dialog.message} progress={dialog.progress} />
        </Dialog>
      );
    }
    case 'large-file': {
      const { outcome, message, snapshot } = dialog;
      return <ConfirmDialog title="Open a large file?" confirmLabel="Open file" onCancel={close} message={message}
        onConfirm={() => void actions.receive(outcome, snapshot, true)} />;
    }
    case 'error':
      return (
        <Dialog title={dialog.title} onClose={close} footer={<button type="button" className="button primary" onClick={close}>OK</button>}>
          <p className="file-error" role="alert">{dialog.message}</p>
        </Dialog>
      );
    case 'summary':
      return <ImportSummaryDialog {...dialog} onCancel={close}
        // Every plan reader (importPlanFile) ends in the gate, which the worker ran on this very
        // plan: only a plan changed since (people linked to the pool) goes through it again.
        onConfirm={(plan, isAsRead) => actions.addAsNewProject(plan, dialog.fileName, dialog.snapshot, isAsRead)} />;
    case 'table':
      return <TableImportDialog fileName={dialog.fileName} session={dialog.session} sample={dialog.sample} onCancel={close}
        onConfirm={(plan) => actions.addAsNewProject(plan, dialog.fileName, undefined, true)} />;
    case 'holidays':
      return <HolidaysDialog {...dialog} onDone={done} />;
    case 'export':
      return <ExportDialog onDone={done} onError={(message) => dialogs.show({ kind: 'error', title: 'Could not export the plan', message })} />;
    case 'take-snapshot':
      return <TakeSnapshotDialog onDone={done}
        onNotKept={(message) => { close(); ui.getState().notify({ tone: 'error', sticky: true, message }); }} />;
    case 'snapshots':
      return <SnapshotsDialog onClose={close} onRestore={(info) => void actions.restoreSnapshot(info)} />;
    case 'shrunk-snapshot': {
      const { request, newestTaskCount } = dialog;
      return <ShrunkSnapshotDialog request={request} newestTaskCount={newestTaskCount} onCancel={close}
        onKeep={() => { close(); void platform.writeSnapshot({ ...request, force: true }); }} />;
    }
    default: {
      const never: never = dialog;
      return never;
    }
  }
}
