/**
 * A person's or material's rates over time (MS Project's cost rate table with effective dates):
 * the rate they start with, then each change from a date on. OK sends every row as one undoable
 * command; an amount that is not one, a negative rate or dates out of order are refused with the row named, and the dialog
 * stays open with what was typed.
 */
import { useState } from 'react';
import { DateField, isRefusedDate } from '../../components/DateField';
import { Dialog } from '../../components/Dialog';
import { parseLocalDate, type LocalDateTime, type RateChange, type Resource } from '../../domain/model';
import { readTypedAmount } from '../../domain/money';
import { useSessionStore } from '../../store';
import './costs.css';

interface RateRow {
  readonly from: string;
  readonly costPerHour: string;
  readonly costPerUse: string;
}

const toRow = (c: RateChange): RateRow => ({ from: c.from.slice(0, 10), costPerHour: String(c.costPerHour), costPerUse: String(c.costPerUse) });

/**
 * The rows as rate changes, or the first row that cannot be one (1-based, as shown). Amounts are
 * read as typed in the project's currency (money/amount-text.ts); an empty amount is 0.
 */
export function rowsToRateChanges(rows: readonly RateRow[], currency: string): { readonly changes: RateChange[] } | { readonly problem: string } {
  const changes: RateChange[] = [];
  for (const [i, row] of rows.entries()) {
    const date = parseLocalDate(row.from);
    if (!date) return { problem: `Row ${String(i + 1)}: '${row.from}' is not a date (YYYY-MM-DD).` };
    const rate = readTypedAmount(row.costPerHour, { label: `Row ${String(i + 1)}, rate`, currency, noun: 'a rate' });
    if (!rate.ok) return { problem: rate.error.message };
    const perUse = readTypedAmount(row.costPerUse, { label: `Row ${String(i + 1)}, per use`, currency, noun: 'a cost per use' });
    if (!perUse.ok) return { problem: perUse.error.message };
    changes.push({ from: `${date}T00:00` as LocalDateTime, costPerHour: rate.value ?? 0, overtimeCostPerHour: 0, costPerUse: perUse.value ?? 0 });
  }
  return { changes };
}

export function RatesDialog({ resource, currency, onClose }: { resource: Resource; currency: string; onClose: () => void }) {
  const session = useSessionStore();
  const [rows, setRows] = useState<RateRow[]>(() => (resource.rateChanges ?? []).map(toRow));
  const [problem, setProblem] = useState<string | null>(null);
  const [isChecked, setChecked] = useState(false);
  const unit = resource.type === 'material' ? `per ${resource.materialLabel || 'unit'}` : 'per hour';
  const update = (i: number, changes: Partial<RateRow>): void => setRows((r) => r.map((row, k) => (k === i ? { ...row, ...changes } : row)));
  const apply = (): void => {
    // A From the field refuses is said there, once (a row added and never typed in says so as OK is refused).
    if (rows.some((row) => isRefusedDate(row.from, false))) {
      setProblem(null);
      setChecked(true);
      return;
    }
    const parsed = rowsToRateChanges(rows, currency);
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
              <td><DateField label={`Rate ${String(i + 1)} from`} isLabelHidden value={row.from} isOptional={false} isChecked={isChecked} onChange={(from) => update(i, { from })} /></td>
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
