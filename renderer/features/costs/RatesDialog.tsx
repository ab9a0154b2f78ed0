/**
 * A person's or material's rates over time (MS Project's cost rate table with effective dates):
 * the rate they start with, then each change from a date on. OK sends every row as one undoable
 * command; a negative rate or dates out of order are refused with the row named, and the dialog
 * stays open with what was typed.
 */
import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { parseLocalDate, type LocalDateTime, type RateChange, type Resource } from '../../domain/model';
import { useSessionStore } from '../../store';
import './costs.css';

interface RateRow {
  readonly from: string;
  readonly costPerHour: string;
  readonly costPerUse: string;
}

const toRow = (c: RateChange): RateRow => ({ from: c.from.slice(0, 10), costPerHour: String(c.costPerHour), costPerUse: String(c.costPerUse) });

/** The rows as rate changes, or the first row that cannot be one (1-based, as shown). */
export function rowsToRateChanges(rows: readonly RateRow[]): { readonly changes: RateChange[] } | { readonly problem: string } {
  const changes: RateChange[] = [];
  for (const [i, row] of rows.entries()) {
    const date = parseLocalDate(row.from);
    const rate = Number(row.costPerHour);
    const perUse = row.costPerUse.trim() === '' ? 0 : Number(row.costPerUse);
    if (!date) return { problem: `Row ${String(i + 1)}: '${row.from}' is not a date (YYYY-MM-DD).` };
    if (!Number.isFinite(rate) || rate < 0) return { problem: `Row ${String(i + 1)}: the rate must be a number, zero or more.` };
    if (!Number.isFinite(perUse) || perUse < 0) return { problem: `Row ${String(i + 1)}: the cost per use must be a number, zero or more.` };
    changes.push({ from: `${date}T00:00` as LocalDateTime, costPerHour: rate, overtimeCostPerHour: 0, costPerUse: perUse });
  }
  return { changes };
}

export function RatesDialog({ resource, currency, onClose }: { resource: Resource; currency: string; onClose: () => void }) {
  const session = useSessionStore();
  const [rows, setRows] = useState<RateRow[]>(() => (resource.rateChanges ?? []).map(toRow));
  const [problem, setProblem] = useState<string | null>(null);
  const unit = resource.type === 'material' ? `per ${resource.materialLabel || 'unit'}` : 'per hour';
  const update = (i: number, changes: Partial<RateRow>): void => setRows((r) => r.map((row, k) => (k === i ? { ...row, ...changes } : row)));
  const apply = (): void => {
    const parsed = rowsToRateChanges(rows);
    if ('problem' in parsed) {
      setProblem(parsed.problem);
      return;
    }
    const refused = session.getState().dispatch('setResourceRates', { id: resource.id, rateChanges: parsed.changes });
    if (refused) setProblem(refused.message);
    else onClose();
  };
  return (
    <Dialog title={`Rates of ${resource.name}`} onClose={onClose} width={560}
      footer={<>
        <button type="button" className="button" onClick={onClose}>Cancel</button>
        <button type="button" className="button primary" onClick={apply}>OK</button>
      </>}>
      <p className="muted" style={{ marginTop: 0 }}>
        Until the first change: {resource.costPerHour} {currency} {unit}, {resource.costPerUse} {currency} per use (set in Team).
      </p>
      <table className="data-table rates-table" aria-label="Rate changes">
        <thead><tr><th>From</th><th className="right">Rate ({currency} {unit})</th><th className="right">Per use</th><th aria-label="Actions" /></tr></thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td><input type="date" aria-label={`Rate ${String(i + 1)} from`} value={row.from} onChange={(e) => update(i, { from: e.target.value })} /></td>
              <td className="right"><input className="inline-input right" inputMode="decimal" aria-label={`Rate ${String(i + 1)}`} value={row.costPerHour} onChange={(e) => update(i, { costPerHour: e.target.value })} /></td>
              <td className="right"><input className="inline-input right" inputMode="decimal" aria-label={`Rate ${String(i + 1)} per use`} value={row.costPerUse} onChange={(e) => update(i, { costPerUse: e.target.value })} /></td>
              <td><button type="button" className="button" aria-label={`Remove rate ${String(i + 1)}`} onClick={() => setRows((r) => r.filter((_, k) => k !== i))}>Remove</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button rates-add"
        onClick={() => setRows((r) => [...r, { from: r.at(-1)?.from ?? '', costPerHour: String(resource.costPerHour), costPerUse: String(resource.costPerUse) }])}>
        Add rate change
      </button>
      {problem ? <p role="alert" className="form-error">{problem}</p> : null}
    </Dialog>
  );
}
