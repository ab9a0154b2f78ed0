/**
 * CSV import: the user says which column feeds which field, sees the first rows and every row
 * that would be skipped (and why), then creates the project.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { Dialog } from '../../components/Dialog';
import { CSV_FIELDS, csvDateOrder, csvRowsToPlan, type CsvField, type CsvImported, type CsvImportOptions, type CsvMapping, type ImportContext } from '../../domain/formats';
import type { Result } from '../../domain/model';
import type { Plan } from '../../domain/model';
import { useServices } from '../shared/services';
import { assignColumn, FIELD_LABELS, fieldOfColumn, initialMapping, previewOf } from './csv-mapping';
import { problemText } from './read-file';
import { WarningList } from './WarningList';
import './files.css';

export interface CsvMappingProps {
  readonly fileName: string;
  readonly rows: readonly (readonly string[])[];
  readonly onConfirm: (plan: Plan) => Promise<unknown>;
  readonly onCancel: () => void;
  /** Rows + mapping -> plan; default the CSV importer (a workbook adds its links and people). */
  readonly toPlan?: (rows: readonly (readonly string[])[], mapping: CsvMapping, ctx: ImportContext, options: CsvImportOptions) => Result<CsvImported>;
  /** Shown above the preview (the workbook's sheet choice). */
  readonly children?: ReactNode;
}

export function CsvMappingDialog({ fileName, rows, onConfirm, onCancel, toPlan = csvRowsToPlan, children }: CsvMappingProps) {
  const { newId, now } = useServices();
  const preview = useMemo(() => previewOf(rows), [rows]);
  const [mapping, setMapping] = useState(() => initialMapping(preview.header));
  const planName = fileName.replace(/\.[^.]+$/, '');
  // Dates such as 02/03/2026 that the data does not settle (no day above 12): the person says.
  const [dateOrder, setDateOrder] = useState<'dmy' | 'mdy' | ''>('');
  const isAmbiguous = useMemo(() => csvDateOrder(rows, mapping) === 'ambiguous', [rows, mapping]);
  const result = useMemo(() => toPlan(rows, mapping, { newId, now: now() }, { planName, ...(dateOrder ? { dateOrder } : {}) }), [toPlan, rows, mapping, newId, now, planName, dateOrder]);
  const [isAdding, setAdding] = useState(false);
  const confirm = (): void => {
    if (!result.ok) return;
    setAdding(true);
    void onConfirm(result.value.plan).finally(() => setAdding(false));
  };
  const taskCount = result.ok ? Object.keys(result.value.plan.tasks).length : 0;
  return (
    <Dialog title={`Import “${fileName}”`} onClose={onCancel} width={880}
      footer={<>
        <span className="muted footer-note">{result.ok ? `${taskCount.toLocaleString()} tasks will be created.` : ''}</span>
        <button type="button" className="button" onClick={onCancel}>Cancel</button>
        <button type="button" className="button primary" disabled={!result.ok || taskCount === 0 || isAdding} onClick={confirm}>
          Create project
        </button>
      </>}>
      {children}
      <p className="muted">Choose the field each column holds. Rows {rows.length > 6 ? `2–6 of ${rows.length.toLocaleString()}` : 'below'} are a preview.
        Predecessors read as 3FS+2d (row numbers, or the ID / key column), people as Ana[50%];Raj, Parent as an ID or issue key,
        Status “Done” as 100 %, and Jira’s estimate in seconds.</p>
      {preview.totalColumns > preview.header.length
        ? <p className="muted" role="note">Showing the first {preview.header.length} of {preview.totalColumns.toLocaleString()} columns; only these can be mapped.</p>
        : null}
      {isAmbiguous ? (
        <label className="field">Dates such as 02/03/2026 are written
          <select className="select" value={dateOrder} onChange={(e) => setDateOrder(e.currentTarget.value === 'dmy' ? 'dmy' : e.currentTarget.value === 'mdy' ? 'mdy' : '')}>
            <option value="">Choose…</option><option value="dmy">Day first (2 March 2026)</option><option value="mdy">Month first (February 3, 2026)</option>
          </select></label>
      ) : null}
      <div className="csv-preview" role="region" aria-label="Column mapping preview" tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>{preview.header.map((h, i) => <th key={i} scope="col">{h || `Column ${String(i + 1)}`}</th>)}</tr>
            <tr>{preview.header.map((h, i) => (
              <td key={i}>
                <FieldSelect column={i} header={h || `column ${String(i + 1)}`} value={fieldOfColumn(mapping, i)}
                  onChange={(field) => setMapping((m) => assignColumn(m, i, field))} />
              </td>
            ))}</tr>
          </thead>
          <tbody>
            {preview.body.map((row, r) => <tr key={r}>{row.map((cell, c) => <td key={c}>{cell}</td>)}</tr>)}
          </tbody>
        </table>
      </div>
      {result.ok ? <WarningList title="Rows that will be skipped" tone="error" items={result.value.rowErrors} />
        : <p className="form-error" role="alert">{problemText(result.error)}</p>}
      {result.ok ? <WarningList title="Warnings" tone="warning" items={result.value.warnings.filter((w) => !w.endsWith('skipped because of errors.'))} /> : null}
    </Dialog>
  );
}

function FieldSelect({ column, header, value, onChange }: {
  column: number; header: string; value: CsvField | null; onChange: (field: CsvField | null) => void;
}) {
  return (
    <select className="select" aria-label={`Field for ${header}`} data-column={column} value={value ?? ''}
      onChange={(e) => onChange(CSV_FIELDS.find((f) => f === e.currentTarget.value) ?? null)}>
      <option value="">(ignore)</option>
      {CSV_FIELDS.map((f) => <option key={f} value={f}>{FIELD_LABELS[f]}</option>)}
    </select>
  );
}
