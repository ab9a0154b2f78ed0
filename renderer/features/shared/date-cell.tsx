/**
 * A native date field in a register's table cell, committed when left. Text that is not a whole,
 * real date (Feb 30; a day and month without the year) reads to the page as '', as an emptied
 * field does: that is refused by name and the stored date put back, not taken as clearing it.
 */
import type { InputHTMLAttributes } from 'react';
import { useUiStore } from '../../store';

type DateCellProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'defaultValue' | 'onBlur'> & {
  /** The field's name in messages and to assistive technology ("I-001 due"). */
  readonly label: string;
  /** The stored day, 'YYYY-MM-DD', or '' for none. */
  readonly value: string;
  /** Called on leaving with a day or '' (emptied) that differs from `value`. */
  readonly onCommit: (value: string) => void;
};

export function DateCell({ label, value, onCommit, ...attributes }: DateCellProps) {
  const ui = useUiStore();
  return (
    <input type="date" aria-label={label} defaultValue={value} {...attributes} onBlur={(e) => {
      if (e.target.validity.badInput) {
        e.target.value = value;
        ui.getState().notify({ tone: 'error', message: `${label}: what was typed is not a whole, real date (day, month and year); the date is kept as it was.` });
        return;
      }
      if (e.target.value !== value) onCommit(e.target.value);
    }} />
  );
}
