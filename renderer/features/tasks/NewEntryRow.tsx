/** The empty row below the last task (MS Project's and Excel's): typing a name here adds a task. */
import type { ColumnDef } from './columns';
import { frozenClass, frozenStyle } from './TableRowView';
import { editorKeyExit, type EditorExit } from './use-grid';

interface Props {
  readonly index: number;
  readonly template: string;
  readonly columns: readonly ColumnDef[];
  readonly frozen: readonly (number | null)[];
  readonly isActive: boolean;
  readonly activeCol: number;
  readonly editing: { readonly seed: string | null } | null;
  readonly onClick: (col: number) => void;
  readonly onCommit: (text: string, exit: EditorExit) => boolean;
  readonly onCancel: () => void;
}

export function NewEntryRow({ index, template, columns, frozen, isActive, activeCol, editing, onClick, onCommit, onCancel }: Props) {
  return (
    <div role="row" aria-rowindex={index + 2} aria-label="New task row" className="grid-row new-row"
      style={{ gridTemplateColumns: `48px ${template}`, transform: `translateY(${String(index * 32)}px)` }}>
      <div role="rowheader" className="cell num frozen" style={frozenStyle(0)} />
      {columns.map((column, col) => {
        const isCell = isActive && activeCol === col;
        return (
          <div key={column.key} role="gridcell" aria-selected={isCell} data-column={column.key}
            className={`cell ${isCell ? 'active' : ''} ${frozenClass(frozen, col)}`} style={frozenStyle(frozen[col])} onClick={() => onClick(col)}>
            {isCell && editing && column.key === 'name' ? (
              <NewNameInput seed={editing.seed} onCommit={onCommit} onCancel={onCancel} />
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

/** The entry row's name editor (the task table's and the Gantt grid's): Enter adds the task, Esc drops the text. */
export function NewNameInput({ seed, onCommit, onCancel }: { seed: string | null; onCommit: Props['onCommit']; onCancel: () => void }) {
  return (
    <input className="cell-input" aria-label="Name of a new task" autoFocus defaultValue={seed ?? ''}
      onFocus={(e) => e.currentTarget.setSelectionRange(e.currentTarget.value.length, e.currentTarget.value.length)}
      onKeyDown={(e) => {
        e.stopPropagation();
        const exit = editorKeyExit(e);
        if (!exit) return;
        e.preventDefault();
        if (exit === 'cancel') onCancel();
        else onCommit(e.currentTarget.value, exit);
      }} />
  );
}
