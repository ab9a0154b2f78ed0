/**
 * Excel import: pick a sheet (the first by default), then the same column mapping and preview as
 * CSV. A sheet that cannot be read as a table (merged header cells, too many rows) says why and
 * where instead of the preview; nothing is added until "Create project".
 */
import { useCallback, useMemo, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { sheetRows, xlsxRowsToPlan, type CsvImportOptions, type CsvMapping, type ImportContext, type WorkbookData } from '../../domain/formats';
import type { Plan } from '../../domain/model';
import { CsvMappingDialog } from './CsvMappingDialog';
import { problemText } from './read-file';
import './files.css';

export interface XlsxImportProps {
  readonly fileName: string;
  readonly workbook: WorkbookData;
  readonly onConfirm: (plan: Plan) => Promise<unknown>;
  readonly onCancel: () => void;
}

export function XlsxImportDialog({ fileName, workbook, onConfirm, onCancel }: XlsxImportProps) {
  const [sheetIndex, setSheetIndex] = useState(0);
  const sheet = workbook.sheets[sheetIndex] ?? workbook.sheets[0];
  const rows = useMemo(() => (sheet === undefined ? null : sheetRows(sheet)), [sheet]);
  const toPlan = useCallback(
    (table: readonly (readonly string[])[], mapping: CsvMapping, ctx: ImportContext, options: CsvImportOptions) =>
      xlsxRowsToPlan(workbook, sheet ?? { name: '', rows: [] }, table, mapping, ctx, options),
    [workbook, sheet],
  );
  const picker = workbook.sheets.length > 1 ? (
    <label className="field-inline">Sheet{' '}
      <select className="select" value={sheetIndex} onChange={(e) => setSheetIndex(Number(e.currentTarget.value))}>
        {workbook.sheets.map((s, i) => <option key={s.name} value={i}>{s.name}</option>)}
      </select>
    </label>
  ) : null;
  if (rows === null || !rows.ok) {
    return (
      <Dialog title={`Import “${fileName}”`} onClose={onCancel} width={600}
        footer={<button type="button" className="button" onClick={onCancel}>Cancel</button>}>
        {picker}
        <p className="form-error" role="alert">{rows === null ? 'The workbook has no sheets.' : problemText(rows.error)}</p>
      </Dialog>
    );
  }
  return (
    <CsvMappingDialog key={sheetIndex} fileName={fileName} rows={rows.value} toPlan={toPlan} onConfirm={onConfirm} onCancel={onCancel}>
      {picker}
    </CsvMappingDialog>
  );
}
