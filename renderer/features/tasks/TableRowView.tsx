/** One row of the task table, memoised: editing a cell re-renders only its row. */
import { memo, type MouseEvent } from 'react';
import type { Plan, ResourceId, TaskId } from '../../domain/model';
import type { ScheduleResult } from '../../domain/schedule';
import { Icon } from '../../components/Icon';
import { markersOf } from '../risks/use-risk-markers';
import { RiskMarker } from '../risks/RiskMarker';
import { PROPOSED_ROW_DESCRIPTION } from '../shared/use-proposed-tasks';
import { CellEditor } from './CellEditor';
import { editTextOf } from './cell-text';
import type { ColumnDef } from './columns';
import type { TableRow } from './table-rows';
import type { EditorExit } from './use-grid';

/**
 * What a row's cells do, by row index and task id. The table hands every row the same object
 * for its whole life, so a row that only moves within the scrolled window is not rendered again.
 */
export interface RowHandlers {
  readonly cellClick: (index: number, col: number, e: MouseEvent) => void;
  readonly cellDoubleClick: (index: number, col: number) => void;
  readonly toggle: (taskId: TaskId) => void;
  readonly commit: (text: string, exit: EditorExit) => boolean;
  readonly cancel: () => void;
  readonly assign: (taskId: TaskId, ids: ResourceId[]) => void;
}

interface Props {
  readonly row: TableRow;
  readonly index: number;
  readonly plan: Plan;
  readonly schedule: ScheduleResult | null;
  readonly columns: readonly ColumnDef[];
  readonly template: string;
  /** Left offsets of the columns frozen while the table scrolls sideways (frozenOffsets), null where a column scrolls. */
  readonly frozen: readonly (number | null)[];
  readonly isSelected: boolean;
  /** Index into columns of the active cell, or -1. */
  readonly activeCol: number;
  readonly editing: { readonly seed: string | null } | null;
  readonly isCollapsed: boolean;
  /** Added or changed by the open change request's proposal. */
  readonly isProposed: boolean;
  readonly handlers: RowHandlers;
}

export const TableRowView = memo(function TableRowView(props: Props) {
  const { row, index, plan, columns, template, frozen, isSelected, activeCol, editing, handlers } = props;
  const task = row.outline.task;
  const isSummary = row.outline.hasChildren;
  const flags = [
    isSummary ? 'summary' : '', task.kind === 'milestone' ? 'milestone' : '',
    row.schedule?.isCritical ? 'critical' : '', row.schedule?.isLate ? 'late' : '', props.isProposed ? 'proposed' : '',
  ].filter(Boolean).join(' ');
  return (
    <div role="row" aria-rowindex={index + 2} aria-selected={isSelected} className={`grid-row ${flags}`} data-task-id={task.id}
      aria-description={props.isProposed ? PROPOSED_ROW_DESCRIPTION : undefined}
      style={{ gridTemplateColumns: `48px ${template}`, transform: `translateY(${String(index * 32)}px)` }}>
      <div role="rowheader" className="cell num frozen" style={frozenStyle(0)} onClick={(e) => handlers.cellClick(index, -1, e)} onDoubleClick={() => handlers.cellDoubleClick(index, -1)}>
        {row.rowNumber}
      </div>
      {columns.map((column, col) => {
        const isActive = activeCol === col;
        const isEditing = isActive && editing !== null && column.editor !== undefined;
        return (
          <div key={column.key} role="gridcell" aria-selected={isActive} data-column={column.key}
            className={`cell ${column.align ?? ''} ${isActive ? 'active' : ''} ${isEditing ? 'editing' : ''} ${frozenClass(frozen, col)}`} style={frozenStyle(frozen[col])}
            onClick={(e) => { if (!isEditing) handlers.cellClick(index, col, e); }} onDoubleClick={() => { if (!isEditing) handlers.cellDoubleClick(index, col); }}>
            {isEditing && column.editor ? (
              <CellEditor
                editor={column.editor}
                initialText={editTextOf(column.editor, task, plan, props.schedule)}
                seed={editing.seed}
                plan={plan}
                taskId={task.id}
                label={`${column.header} of ${task.name}`}
                onCommit={handlers.commit}
                onCancel={handlers.cancel}
                onAssign={(ids) => handlers.assign(task.id, ids)}
              />
            ) : column.key === 'name' ? (
              <NameCell row={row} plan={plan} isCollapsed={props.isCollapsed} onToggle={() => handlers.toggle(task.id)} />
            ) : (
              column.render(row, plan)
            )}
          </div>
        );
      })}
    </div>
  );
});

/** The class of a cell in a frozen column: the last frozen one draws the edge the others scroll under. */
export function frozenClass(frozen: readonly (number | null)[], col: number): string {
  if ((frozen[col] ?? null) === null) return '';
  return (frozen[col + 1] ?? null) === null ? 'frozen frozen-edge' : 'frozen';
}

/** A frozen cell's offset from the table's left edge; none for a column that scrolls. */
export function frozenStyle(left: number | null | undefined): { left: number } | undefined {
  return left === null || left === undefined ? undefined : { left };
}

function NameCell({ row, plan, isCollapsed, onToggle }: { row: TableRow; plan: Plan; isCollapsed: boolean; onToggle: () => void }) {
  const task = row.outline.task;
  return (
    <span className="name-cell" style={{ paddingLeft: row.outline.depth * 18 }}>
      {row.outline.hasChildren ? (
        // Not a Tab stop: the grid is one (Space on the row collapses it); the mouse still clicks it.
        <button type="button" tabIndex={-1} className="caret" aria-label={isCollapsed ? `Expand ${task.name}` : `Collapse ${task.name}`} aria-expanded={!isCollapsed}
          onClick={(e) => { e.stopPropagation(); onToggle(); }}>
          <Icon name={isCollapsed ? 'right' : 'down'} size={14} />
        </button>
      ) : <span className="caret-space" />}
      {task.kind === 'milestone' ? <span className="milestone-mark" aria-label="Milestone">◆</span> : null}
      <span className="name-text">{task.name}</span>
      {row.schedule?.isLate ? <span className="late-flag" title="Late: finishes after its deadline or behind the status date">Late</span> : null}
      {/* Computed once per plan for every row (use-risk-markers.ts). */}
      <RiskMarker marker={markersOf(plan).markers.get(task.id)} />
    </span>
  );
}
