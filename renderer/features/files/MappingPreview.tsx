/** The mapping preview's table: a field picker per column over the sample's header and first rows. */
import { CSV_FIELDS, type CsvField, type CsvMapping } from '../../domain/formats';
import { assignColumn, FIELD_LABELS, fieldOfColumn } from './csv-mapping';
import type { TableSample } from './table-import';

export function MappingPreview({ sample, mapping, onChange }: {
  sample: TableSample; mapping: CsvMapping; onChange: (update: (mapping: CsvMapping) => CsvMapping) => void;
}) {
  return (
    <div className="csv-preview" role="region" aria-label="Column mapping preview" tabIndex={0}>
      <table className="data-table">
        <thead>
          <tr>{sample.header.map((h, i) => <th key={i} scope="col">{h || `Column ${String(i + 1)}`}</th>)}</tr>
          <tr>{sample.header.map((h, i) => (
            <td key={i}>
              <FieldSelect column={i} header={h || `column ${String(i + 1)}`} value={fieldOfColumn(mapping, i)}
                onChange={(field) => onChange((m) => assignColumn(m, i, field))} />
            </td>
          ))}</tr>
        </thead>
        <tbody>
          {/* dir="auto": a cell reads in its own direction, as a spreadsheet shows it ("1‏/3‏/2027، 9:00 ص" right to left, not scrambled). */}
          {sample.body.map((row, r) => <tr key={r}>{row.map((cell, c) => <td key={c} dir="auto">{cell}</td>)}</tr>)}
        </tbody>
      </table>
    </div>
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
