/** Column settings: rename, recolour, WIP limit, category, move left/right (the keyboard path) and delete. */
import { useState, type FormEvent } from 'react';
import type { BoardColumn } from '../../domain/board';
import type { ColumnChanges } from '../../domain/commands';
import type { ColumnId, WorkflowColumn } from '../../domain/model';
import { Popover } from '../../components/Popover';
import { asColumnCategory, COLUMN_CATEGORIES } from './column-categories';

export interface ColumnActions {
  readonly update: (id: ColumnId, changes: ColumnChanges) => void;
  readonly move: (id: ColumnId, afterId: ColumnId | null) => void;
  readonly remove: (id: ColumnId, moveCardsTo: ColumnId) => void;
}

interface Props {
  readonly column: WorkflowColumn;
  readonly columns: readonly BoardColumn[];
  readonly actions: ColumnActions;
  readonly onClose: () => void;
  /** The options button the menu hangs from and gives focus back to. */
  readonly anchor: HTMLElement | null;
}

export function ColumnMenu({ column, columns, actions, onClose, anchor }: Props) {
  const [name, setName] = useState(column.name);
  const [limit, setLimit] = useState(column.wipLimit === null ? '' : String(column.wipLimit));
  const others = columns.filter((c) => c.column.id !== column.id);
  const [target, setTarget] = useState<string>(others[0]?.column.id ?? '');
  const ids = columns.map((c) => c.column.id);
  const at = ids.indexOf(column.id);
  const setCategory = (value: string): void => {
    const category = asColumnCategory(value);
    if (category && category !== column.category) actions.update(column.id, { category });
  };
  const save = (event: FormEvent): void => {
    event.preventDefault();
    const wipLimit = limit.trim() === '' ? null : Number(limit);
    actions.update(column.id, { name, wipLimit });
    onClose();
  };
  return (
    <Popover anchor={anchor} className="column-menu" label={`Column '${column.name}' options`} placement="bottom-end" onClose={onClose}>
      <form onSubmit={save}>
        <label>Name <input value={name} onChange={(e) => setName(e.target.value)} /></label>
        <label>WIP limit <input type="number" min={1} value={limit} placeholder="none" onChange={(e) => setLimit(e.target.value)} /></label>
        <label>Colour <input type="color" value={column.color} onChange={(e) => actions.update(column.id, { color: e.target.value })} /></label>
        {/* Applied at once, like the colour: one undoable edit. The rules act on moves, so cards
            already in the column keep their progress until they move. */}
        <label title="Cards moved into the column from now on follow the new category's progress rules">Category
          <select value={column.category} onChange={(e) => setCategory(e.target.value)}>
            {COLUMN_CATEGORIES.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
          </select>
        </label>
        <div className="column-menu__row">
          <button type="submit">Save</button>
          <button type="button" onClick={onClose}>Close</button>
        </div>
      </form>
      <div className="column-menu__row">
        <button type="button" disabled={at <= 0} onClick={() => actions.move(column.id, ids[at - 2] ?? null)}>Move left</button>
        <button type="button" disabled={at >= ids.length - 1} onClick={() => actions.move(column.id, ids[at + 1] ?? null)}>Move right</button>
      </div>
      {others.length > 0 && (
        <div className="column-menu__delete">
          <label>Move its cards to
            <select value={target} onChange={(e) => setTarget(e.target.value)}>
              {others.map((c) => <option key={c.column.id} value={c.column.id}>{c.column.name}</option>)}
            </select>
          </label>
          <button type="button" className="danger" onClick={() => { actions.remove(column.id, target as ColumnId); onClose(); }}>
            Delete column
          </button>
        </div>
      )}
    </Popover>
  );
}
