/**
 * CSV and Excel import: the person says which column feeds which field over a bounded sample of
 * the table (and picks the sheet of a workbook); every row is checked in the import worker, with
 * progress, and the rows that would be skipped (and why) are listed. Nothing is added until
 * "Create project"; Cancel stops whatever the worker is doing.
 */
import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import type { Plan } from '../../domain/model';
import { useServices } from '../shared/services';
import { initialMapping } from './csv-mapping';
import { ImportProgress } from './ImportProgress';
import { sampleSentence } from './import-limits';
import { MappingPreview } from './MappingPreview';
import { problemText } from './read-file';
import type { TableSample } from './table-import';
import { isCancelled, type TableSession } from './table-session';
import { useTableCheck } from './use-table-check';
import { WarningList } from './WarningList';
import './files.css';

export interface TableImportProps {
  readonly fileName: string;
  readonly session: TableSession;
  readonly sample: TableSample;
  /** The checked plan, already through the import gate in the worker. */
  readonly onConfirm: (plan: Plan) => Promise<unknown>;
  readonly onCancel: () => void;
}

export function TableImportDialog({ fileName, session, sample: first, onConfirm, onCancel }: TableImportProps) {
  const { now } = useServices();
  const [sample, setSample] = useState(first);
  const [mapping, setMapping] = useState(() => initialMapping(first.header));
  const [dateOrder, setDateOrder] = useState<'dmy' | 'mdy' | ''>('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const planName = fileName.replace(/\.[^.]+$/, '');
  const { isPending, progress, check } = useTableCheck(session, mapping, { planName, dateOrder, sheetIndex: sample.sheetIndex, now });
  const cancel = (): void => {
    session.cancel();
    onCancel();
  };
  const chooseSheet = async (index: number): Promise<void> => {
    setBusy(true);
    const next = await session.request({ op: 'sheet', index });
    setBusy(false);
    if (!next.ok) return setProblem(problemText(next.error));
    setProblem(null);
    setSample(next.value);
    setMapping(initialMapping(next.value.header));
  };
  const confirm = async (): Promise<void> => {
    setBusy(true);
    const plan = await session.request({ op: 'plan' });
    if (plan.ok) await onConfirm(plan.value);
    else if (!isCancelled(plan.error)) setProblem(problemText(plan.error));
    setBusy(false);
  };
  const result = isPending ? null : check?.result ?? null;
  const taskCount = result?.ok === true ? result.value.taskCount : 0;
  return (
    <Dialog title={`Import “${fileName}”`} onClose={cancel} width={880}
      footer={<>
        <span className="muted footer-note" role="status">
          {!isPending && result?.ok === true ? `${taskCount.toLocaleString()} ${taskCount === 1 ? 'task' : 'tasks'} will be created.` : ''}
        </span>
        <button type="button" className="button" onClick={cancel}>Cancel</button>
        <button type="button" className="button primary" disabled={isPending || isBusy || result?.ok !== true || taskCount === 0}
          onClick={() => void confirm()}>
          Create project
        </button>
      </>}>
      {sample.sheets.length > 1 ? (
        <label className="field-inline">Sheet{' '}
          <select className="select" value={sample.sheetIndex} disabled={isBusy} onChange={(e) => void chooseSheet(Number(e.currentTarget.value))}>
            {sample.sheets.map((name, i) => <option key={`${name}-${String(i)}`} value={i}>{name}</option>)}
          </select>
        </label>
      ) : null}
      <p className="muted import-note">Choose the field each column holds. Predecessors read as 3FS+2d (row numbers, or the ID / key column), people as
        Ana[50%];Raj, Parent as an ID or issue key, Actual start and Actual finish as dates like Start, Status “Done” as 100%, Board order as the card’s place in its board column (1 at the top), Tags (or Labels) as api;payments,
        Jira’s estimate in seconds, and money in the project currency.</p>
      <p className="muted import-note" role="note">{sampleSentence(sample.body.length, sample.totalRows, sample.header.length, sample.totalColumns)}</p>
      {check?.isAmbiguous === true ? (
        <label className="field">Dates such as 02/03/2026 are written
          <select className="select" value={dateOrder} onChange={(e) => setDateOrder(e.currentTarget.value === 'dmy' ? 'dmy' : e.currentTarget.value === 'mdy' ? 'mdy' : '')}>
            <option value="">Choose…</option><option value="dmy">Day first (2 March 2026)</option><option value="mdy">Month first (February 3, 2026)</option>
          </select></label>
      ) : null}
      <MappingPreview sample={sample} mapping={mapping} onChange={setMapping} />
      {isPending ? <ImportProgress key={JSON.stringify(mapping)} label={`Checking all ${sample.totalRows.toLocaleString()} rows…`} progress={progress} /> : null}
      {problem !== null ? <p className="form-error" role="alert">{problem}</p> : null}
      {result === null ? null : result.ok ? (
        <>
          <WarningList title="Rows that will be skipped" tone="error" items={result.value.rowErrors} total={result.value.rowErrorCount} />
          <WarningList title="Warnings" tone="warning" items={result.value.warnings} total={result.value.warningCount} />
        </>
      ) : <p className="form-error" role="alert">{problemText(result.error)}</p>}
    </Dialog>
  );
}
