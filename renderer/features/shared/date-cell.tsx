/**
 * A date in a register's table cell (an issue's due date, an assumption's validate-by date, a
 * communication's next due date): the app's date field, typed YYYY-MM-DD or in the person's order,
 * calendar on Alt+↓, committed when left. Emptied, it clears the date; an impossible date (Feb 30)
 * is refused with a message naming the field and the stored date kept; Esc puts the stored date back.
 * The column header says what the date is, so the label is kept for assistive technology and messages only.
 */
import { DateField } from '../../components/DateField';

interface DateCellProps {
  /** The field's name in messages and to assistive technology ("I-001 due"). */
  readonly label: string;
  /** The stored day, 'YYYY-MM-DD', or '' for none. */
  readonly value: string;
  /** Called on leaving with a day or '' (emptied) that differs from `value`. */
  readonly onCommit: (value: string) => void;
}

export function DateCell({ label, value, onCommit }: DateCellProps) {
  return <DateField className="date-cell" label={label} isLabelHidden value={value} isOptional onCommit={onCommit} />;
}
