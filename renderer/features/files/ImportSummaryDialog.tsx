/** What a file holds before anything is added: counts, dates, warnings, and an explicit choice. */
import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import type { FileFormat, ImportedPlan } from '../../domain/formats';
import type { SnapshotInfo } from '../../platform';
import { formatDate } from '../shared/format';
import { FORMAT_LABELS } from './file-jobs';
import { WarningList } from './WarningList';
import './files.css';

export interface ImportSummaryProps {
  readonly fileName: string;
  readonly format: FileFormat;
  readonly imported: ImportedPlan;
  readonly snapshot?: SnapshotInfo;
  readonly onConfirm: () => Promise<unknown>;
  readonly onCancel: () => void;
}

export function ImportSummaryDialog({ fileName, format, imported, snapshot, onConfirm, onCancel }: ImportSummaryProps) {
  const [isAdding, setAdding] = useState(false);
  const { summary, warnings, plan } = imported;
  const confirm = (): void => {
    setAdding(true);
    void onConfirm().finally(() => setAdding(false));
  };
  return (
    <Dialog title={snapshot ? 'Restore snapshot' : `Open “${fileName}”`} onClose={onCancel} width={560}
      footer={<>
        <button type="button" className="button" onClick={onCancel}>Cancel</button>
        <button type="button" className="button primary" disabled={isAdding} onClick={confirm}>
          {isAdding ? 'Adding…' : 'Open as new project'}
        </button>
      </>}>
      <dl className="file-summary">
        <dt>File</dt><dd>{fileName}</dd>
        <dt>Format</dt><dd>{FORMAT_LABELS[format]}</dd>
        <dt>Project</dt><dd>{plan.project.name}</dd>
        <dt>Tasks</dt><dd data-testid="summary-tasks">{summary.tasks.toLocaleString()}</dd>
        <dt>People</dt><dd>{summary.resources.toLocaleString()}</dd>
        <dt>Dates</dt><dd>{summary.start ? formatDate(summary.start) : '–'} → {summary.finish ? formatDate(summary.finish) : '–'}</dd>
      </dl>
      <WarningList title="Warnings" items={warnings} />
      <p className="muted">The file opens as a new project next to your others; nothing existing is replaced.</p>
    </Dialog>
  );
}
