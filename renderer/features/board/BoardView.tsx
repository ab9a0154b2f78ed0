/** The board view: workflow columns of cards, optional swimlanes, filters, drag and drop. */
import { useCallback, useMemo, useRef, useState } from 'react';
import { DragDropProvider, type DragEndEvent, type DragStartEvent } from '@dnd-kit/react';
import { allTags, boardLayout, cellKey } from '../../domain/board';
import type { LocalDate, Plan, TaskId } from '../../domain/model';
import { useSession, useUi } from '../../store';
import { useServices } from '../shared/services';
import { AddColumn } from './AddColumn';
import { Lanes } from './BoardLanes';
import { ColumnHeader } from './ColumnHeader';
import { FilterBar } from './FilterBar';
import { QuickAdd } from './QuickAdd';
import { asDragData } from './drag-data';
import { setDraggedCard, setPointerDropTarget } from './drag-state';
import { setBoardSettings, useBoardSettings } from './board-settings';
import { useBoardActions, type QuickAddPlace } from './use-board-actions';
import { useBoardDnd } from './use-board-dnd';
import './board.css';

export function BoardView() {
  const plan = useSession((s) => s.plan);
  if (!plan) return <p className="board-empty">Open a project to see its board.</p>;
  return <Board plan={plan} />;
}

function Board({ plan }: { plan: Plan }) {
  const schedule = useSession((s) => s.schedule);
  const dispatch = useSession((s) => s.dispatch);
  const openTaskEditor = useUi((s) => s.openTaskEditor);
  const { today } = useServices();
  const { laneMode, filter } = useBoardSettings();
  const [quickAddAt, setQuickAddAt] = useState<QuickAddPlace | null>(null);
  const layout = useMemo(
    () => boardLayout({ plan, schedule, laneMode, filter, today: today() as LocalDate }),
    [plan, schedule, laneMode, filter, today],
  );
  const tags = useMemo(() => allTags(Object.values(plan.tasks)), [plan.tasks]);
  const { columnActions, quickAdd, addColumn } = useBoardActions(dispatch, laneMode);
  const dnd = useBoardDnd({
    plan, layout, laneMode,
    moveCard: (args) => dispatch('moveCard', args),
    moveColumn: (args) => dispatch('moveColumn', args),
  });
  const onOpen = useCallback((id: TaskId) => openTaskEditor(id), [openTaskEditor]);
  const boardRef = useRef<HTMLDivElement | null>(null);
  const onDragStart = (event: DragStartEvent): void => {
    // Grabbing cursor and no text selection (board.css), by an attribute React does not own.
    boardRef.current?.setAttribute('data-dragging', '');
    document.getSelection()?.removeAllRanges();
    const data = asDragData(event.operation.source?.data);
    setDraggedCard(data?.kind === 'card' ? { taskId: data.taskId, cell: cellKey(data.laneKey, data.columnId) } : null);
  };
  const onDragEnd = (event: DragEndEvent): void => {
    boardRef.current?.removeAttribute('data-dragging');
    setDraggedCard(null);
    setPointerDropTarget(null);
    dnd.onDragEnd(event);
  };
  const columnCount = layout.columns.length;
  return (
    <div ref={boardRef} className="board">
      <FilterBar
        filter={filter} laneMode={laneMode} resources={plan.resources} tags={tags}
        visibleCount={layout.visibleCount} totalCount={layout.totalCount}
        onFilter={(f) => setBoardSettings({ filter: f })} onLaneMode={(m) => setBoardSettings({ laneMode: m })}
      />
      <DragDropProvider plugins={dnd.plugins} onDragStart={onDragStart} onDragMove={dnd.onDragMove} onDragEnd={onDragEnd}>
        <div
          className={`board-grid${laneMode === 'none' ? '' : ' has-lanes'}`}
          style={{ gridTemplateColumns: `repeat(${String(columnCount)}, var(--board-column-width)) auto` }}
        >
          <div className="board-headers">
            {layout.columns.map((entry, index) => (
              <div key={entry.column.id} className="board-header-cell">
                <ColumnHeader
                  entry={entry} index={index} columns={layout.columns} actions={columnActions}
                  onQuickAdd={(columnId) => setQuickAddAt({ columnId, laneKey: null })}
                />
                {quickAddAt?.columnId === entry.column.id && quickAddAt.laneKey === null && (
                  <QuickAdd
                    label={`New card in '${entry.column.name}'`}
                    onAdd={(name) => quickAdd(quickAddAt, name)} onClose={() => setQuickAddAt(null)}
                  />
                )}
              </div>
            ))}
            <AddColumn onAdd={addColumn} />
          </div>
          <Lanes
            layout={layout} laneMode={laneMode} plan={plan} onOpen={onOpen}
            quickAddAt={quickAddAt} onQuickAddAt={setQuickAddAt} onQuickAdd={quickAdd}
          />
        </div>
      </DragDropProvider>
    </div>
  );
}
