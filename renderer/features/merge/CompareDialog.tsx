/**
 * The open comparison as a table of changes, exportable as Markdown or CSV. "Show on Gantt"
 * keeps the comparison open and draws the other version as ghost bars; "Close comparison" ends it.
 */
import { Dialog } from '../../components/Dialog';
import { diffToCsv, diffToMarkdown, visibleChanges } from '../../domain/diff';
import { useSession, useUi } from '../../store';
import { useExportActions } from '../shared/use-export-source';
import { ChangeTable } from './ChangeTable';
import { useComparisonStore, useOpenComparison } from './comparison';
import './merge.css';

export interface CompareDialogProps {
  /** Hides the dialog; the comparison stays open (its ghost bars on the Gantt). */
  readonly onHide: () => void;
}

const stem = (name: string): string => name.replace(/\.[^.]+$/, '').replace(/[\\/:*?"<>|]+/g, ' ').trim();

export function CompareDialog({ onHide }: CompareDialogProps) {
  const { sourceOf, saveExport } = useExportActions();
  const plan = useSession((s) => s.livePlan);
  const isProposalOpen = useSession((s) => s.proposal !== null);
  const setView = useUi((s) => s.setView);
  const store = useComparisonStore();
  const comparison = useOpenComparison();
  const close = (): void => {
    store.show(null);
    onHide();
  };
  if (!plan || !comparison) return null;
  const { diff, source, columns } = comparison;
  const title = `${plan.project.name} compared with ${source.name}`;
  // A table of changes is a record: the comparison is of the live plan (comparison.ts), saved as one.
  const save = (ext: 'md' | 'csv'): void => {
    const exported = sourceOf('live');
    if (!exported) return;
    void saveExport(exported, {
      suggestedName: `${stem(source.name)}-changes.${ext}`,
      filters: [ext === 'md' ? { name: 'Markdown', extensions: ['md'] } : { name: 'CSV table', extensions: ['csv'] }],
      data: ext === 'md' ? diffToMarkdown(diff, title, columns) : diffToCsv(diff, columns),
    });
  };
  const explain = comparison.isOtherOlder
    ? `Changes from ${source.name} to the open plan (“added” means added since). Nothing changes in the open plan.`
    : `“This plan” is the open plan; the other column is ${source.name}. Nothing changes in the open plan.`;
  return (
    <Dialog title={`Compare with “${source.name}”`} onClose={close} width={1000}
      footer={<>
        <button type="button" className="button" onClick={() => save('md')}>Export Markdown</button>
        <button type="button" className="button" onClick={() => save('csv')}>Export CSV</button>
        <button type="button" className="button" onClick={() => { setView('gantt'); onHide(); }}>Show on Gantt</button>
        <button type="button" className="button primary" onClick={close}>Close comparison</button>
      </>}>
      <p className="muted">{explain}</p>
      {isProposalOpen ? <p role="note" className="muted">A proposal is open: this compares the live plan, without its proposed edits.</p> : null}
      <ChangeTable rows={visibleChanges(diff)} columns={columns} />
    </Dialog>
  );
}
