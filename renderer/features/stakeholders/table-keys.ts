/**
 * Keyboard movement in the register's and the communication plan's editable tables, the way the
 * RAID log's tables are filled (a field per cell, committed on leaving it) plus spreadsheet keys:
 * Enter in a text field commits and moves down, ArrowUp/ArrowDown in a text field move to the
 * same column of the row above or below, Esc puts a text field's stored value back. Selects keep
 * their own arrows; Tab is the browser's.
 */
import type { KeyboardEvent } from 'react';
import { revertOnEscape } from '../shared/revert-on-escape';

const CONTROL = 'input, select, button';

/** The control at the same place in another row: same column, same position among the cell's stacked fields. */
function controlInRow(row: Element | null, column: number, position: number): HTMLElement | null {
  const controls = row?.children.item(column)?.querySelectorAll<HTMLElement>(CONTROL) ?? [];
  return controls[position] ?? controls[0] ?? null;
}

export function onTableKeyDown(e: KeyboardEvent<HTMLTableElement>): void {
  // A field that handled the key itself (the date field refusing an impossible date on Enter) is left where it is.
  if (revertOnEscape(e) || e.defaultPrevented) return;
  const target = e.target;
  if (!(target instanceof HTMLInputElement) || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const down = e.key === 'Enter' || e.key === 'ArrowDown';
  if (!down && e.key !== 'ArrowUp') return;
  const cell = target.closest('td');
  const row = cell?.parentElement;
  if (!cell || !row) return;
  const column = [...row.children].indexOf(cell);
  const position = [...cell.querySelectorAll(CONTROL)].indexOf(target);
  const next = controlInRow(down ? row.nextElementSibling : row.previousElementSibling, column, position);
  e.preventDefault();
  if (next) next.focus();
  else target.blur();
}
