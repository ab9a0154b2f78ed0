/** Shows whichever compare/merge dialog is open. */
import { Dialog } from '../../components/Dialog';
import { CompareChooser } from './CompareChooser';
import { CompareDialog } from './CompareDialog';
import { MergePreviewDialog } from './MergePreviewDialog';
import { TwoWayDialog } from './TwoWayDialog';
import { useMergeDialogs, useOpenMergeDialog } from './merge-dialogs';

export function MergeHost() {
  const dialogs = useMergeDialogs();
  const dialog = useOpenMergeDialog();
  const close = (): void => dialogs.show(null);
  if (dialog === null) return null;
  switch (dialog.kind) {
    case 'busy': return <Dialog title="Reading" onClose={close}><p role="status">{dialog.message}</p></Dialog>;
    case 'error': return (
      <Dialog title={dialog.title} onClose={close} footer={<button type="button" className="button primary" onClick={close}>OK</button>}>
        <p role="alert">{dialog.message}</p>
      </Dialog>
    );
    case 'compare-choose': return <CompareChooser onClose={close} />;
    case 'compare': return <CompareDialog onHide={close} />;
    case 'merge': return <MergePreviewDialog name={dialog.name} base={dialog.base} theirs={dialog.theirs} theirText={dialog.theirText} onClose={close} />;
    case 'two-way': return <TwoWayDialog name={dialog.name} theirs={dialog.theirs} notCarried={dialog.notCarried} why={dialog.why} onClose={close} />;
    default: {
      const never: never = dialog;
      return never;
    }
  }
}
