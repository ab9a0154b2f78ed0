/** One row of the task table, memoised: editing a cell re-renders only its row. */
import { memo, type MouseEvent } from 'react';
import type { Plan, ResourceId } from '../../domain/model';
import { Icon } from '../../components/Icon';
import { CellEditor, type EditorExit } from './CellEditor';
import type { ColumnDef } from './columns';
import type { TableRow } from './table-rows';

interface Props {
  readonly row: TableRow;
  readonly index: number;
  readonly plan: Plan;
  readonly columns: readonly ColumnDef[];
  readonly template: string;
  readonly isSelected: boolean;
  /** Index into columns+1 (0 = the # cell) of the active cell, or -1. */
  readonly activeCol: number;
  readonly editing: { readonly seed: string | null } | null;
  readonly isCollapsed: boolean;
  readonly onCellClick: (col: number, e: MouseEvent) => void;
  readonly onCellDoubleClick: (col: number) => void;
  readonly onToggle: () => void;
  readonly onCommit: (column: ColumnDef, text: string, exit: EditorExit) => void;
  readonly onCancel: () => void;
  readonly onAssign: (ids: ResourceId[]) => void;
  readonly onStatus: (statusId: string) => void;
}

export const TableRowView = memo(function TableRowView(props: Props) {
  const { row, index, plan, columns, template, isSelected, activeCol, editing } = props;
  const task = row.outline.task;
  const isSummary = row.outline.hasChildren;
  const flags = [
    isSummary ? 'summary' : '', task.kind === 'milestone' ? 'milestone' : '',
    row.schedule?.isCritical ? 'critical' : '', row.schedule?.isLate ? 'late' : '',
  ].filter(Boolean).join(' ');
  return (
    <div role="row" aria-rowindex={index + 2} aria-selected={isSelected} className={`grid-row ${flags}`} data-task-id={task.id}
      style={{ gridTemplateColumns: `48px ${template}`, transform: `translateY(${String(index * 32)}px)` }}>
      <div role="rowheader" className="cell num" onClick={(e) => props.onCellClick(0, e)} onDoubleClick={() => props.onCellDoubleClick(0)}>
        {row.rowNumber}
      </div>
      {columns.map((column, c) => {
        const col = c + 1;
        const isActive = activeCol === col;
        const isEditing = isActive && editing !== null && column.editor !== undefined;
        return (
          <div key={column.key} role="gridcell" aria-selected={isActive} data-column={column.key}
            className={`cell ${column.align ?? ''} ${isActive ? 'active' : ''} ${isEditing ? 'editing' : ''}`}
            onClick={(e) => props.onCellClick(col, e)} onDoubleClick={() => props.onCellDoubleClick(col)}>
            {isEditing && column.editor ? (
              <CellEditor
                editor={column.editor}
                initialText={editing.seed ?? column.editText?.(row, plan) ?? ''}
                plan={plan}
                taskId={task.id}
                label={`${column.header} of ${task.name}`}
                onCommit={(text, exit) => props.onCommit(column, text, exit)}
                onCancel={props.onCancel}
                onAssign={props.onAssign}
                onStatus={props.onStatus}
              />
            ) : column.key === 'name' ? (
              <NameCell row={row} isCollapsed={props.isCollapsed} onToggle={props.onToggle} />
            ) : (
              column.render(row, plan)
            )}
          </div>
        );
      })}
    </div>
  );
});

function NameCell({ row, isCollapsed, onToggle }: { row: TableRow; isCollapsed: boolean; onToggle: () => void }) {
  const task = row.outline.task;
  return (
    <span className="name-cell" style={{ paddingLeft: row.outline.depth * 18 }}>
      {row.outline.hasChildren ? (
        <button type="button" className="caret" aria-label={isCollapsed ? `Expand ${task.name}` : `Collapse ${task.name}`} aria-expanded={!isCollapsed}
          onClick={(e) => { e.stopPropagation(); onToggle(); }}>
          <Icon name={isCollapsed ? 'right' : 'down'} size={14} />
        </button>
      ) : <span className="caret-space" />}
      {task.kind === 'milestone' ? <span className="milestone-mark" aria-label="Milestone">◆</span> : null}
      <span className="name-text">{task.name}</span>
      {row.schedule?.isLate ? <span className="late-flag" title="Late: finishes after its deadline or behind the status date">Late</span> : null}
    </span>
  );
}
