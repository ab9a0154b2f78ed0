/** A column's header: drag handle (reorder), name, count/limit with the WIP warning, quick add and menu. */
import { useMemo, useState } from 'react';
import { useSortable } from '@dnd-kit/react/sortable';
import type { BoardColumn } from '../../domain/board';
import type { ColumnId } from '../../domain/model';
import { SORTABLE_PLUGINS } from './BoardCard';
import { ColumnMenu, type ColumnActions } from './ColumnMenu';
import type { DragData } from './drag-data';

interface Props {
  readonly entry: BoardColumn;
  readonly index: number;
  readonly columns: readonly BoardColumn[];
  readonly actions: ColumnActions;
  readonly onQuickAdd: (columnId: ColumnId) => void;
}

export function ColumnHeader({ entry, index, columns, actions, onQuickAdd }: Props) {
  const { column, wip } = entry;
  const [isMenuOpen, setMenuOpen] = useState(false);
  const [menuButton, setMenuButton] = useState<HTMLButtonElement | null>(null);
  const data = useMemo<DragData>(() => ({ kind: 'column', columnId: column.id }), [column.id]);
  const { ref, handleRef, isDragSource, isDropTarget } = useSortable({
    id: `column|${column.id}`, index, group: 'columns', type: 'column', accept: 'column', data,
    plugins: SORTABLE_PLUGINS, transition: null,
  });
  const wipText = column.wipLimit === null
    ? `${String(entry.total)} cards`
    : `${String(entry.total)} of ${String(column.wipLimit)} cards${wip.isOver ? ', over the WIP limit' : ''}`;
  return (
    <header
      ref={ref}
      className={`column-header${wip.isOver ? ' is-over-wip' : ''}${isDragSource ? ' is-dragging' : ''}${isDropTarget ? ' is-drop-target' : ''}`}
      style={{ borderTopColor: column.color }}
    >
      <button ref={handleRef} type="button" className="column-header__grip" aria-label={`Move column '${column.name}'`}>⠿</button>
      <h2 className="column-header__name">{column.name}</h2>
      <span className="column-header__count" aria-label={wipText} title={wip.isOver ? 'Over the WIP limit (soft: drops are still allowed)' : wipText}>
        {wip.isOver && <span aria-hidden="true">⚠ </span>}
        {wip.label}
      </span>
      <button type="button" className="icon-button" aria-label={`Add a card to '${column.name}'`} onClick={() => onQuickAdd(column.id)}>+</button>
      <button
        ref={setMenuButton} type="button" className="icon-button" aria-label={`Column '${column.name}' options`}
        aria-haspopup="dialog" aria-expanded={isMenuOpen} onClick={() => setMenuOpen((o) => !o)}
      >⋯</button>
      {isMenuOpen && <ColumnMenu anchor={menuButton} column={column} columns={columns} actions={actions} onClose={() => setMenuOpen(false)} />}
    </header>
  );
}
