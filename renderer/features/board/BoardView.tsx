/** The board view: workflow columns of cards, optional swimlanes, filters, drag and drop. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  DragDropProvider, useDragDropMonitor, type DragDropManager, type DragEndEvent, type DragMoveEvent, type DragStartEvent,
} from '@dnd-kit/react';
import { isKeyboardEvent } from '@dnd-kit/dom/utilities';
import { boardLayout, cellKey, createLayoutMemory, type StartChoice } from '../../domain/board';
import type { LocalDate, Plan, TaskId } from '../../domain/model';
import { useSession, useSessionStore, useUi } from '../../store';
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
import { useCheckedMove } from './use-checked-move';
import { StartConflictDialog } from './StartConflictDialog';
import { useAtRiskFilter, useRiskMarkers } from '../risks/use-risk-markers';
import './board.css';

interface MonitorHandlers {
  readonly onDragMove: (event: DragMoveEvent, manager: DragDropManager) => void;
  readonly onDragEnd: (event: DragEndEvent, manager: DragDropManager) => void;
}

/**
 * Listens to moves and drops on dnd-kit's monitor rather than through DragDropProvider's props:
 * the provider runs those in a React transition and dnd-kit waits for that render to commit
 * before it finishes a drop, a scheduler task and usually a frame after the pointerup. Heard
 * here, the drop (and its write) completes in the pointerup's own task.
 */
function DragMonitor(props: MonitorHandlers) {
  const latest = useRef(props);
  latest.current = props;
  // One object for the component's life: the hook re-subscribes whenever its argument changes.
  const handlers = useMemo<MonitorHandlers>(() => ({
    onDragMove: (event, manager) => latest.current.onDragMove(event, manager),
    onDragEnd: (event, manager) => latest.current.onDragEnd(event, manager),
  }), []);
  useDragDropMonitor(handlers);
  return null;
}

export function BoardView() {
  const plan = useSession((s) => s.plan);
  if (!plan) return <p className="board-empty">Open a project to see its board.</p>;
  return <Board plan={plan} />;
}

function Board({ plan }: { plan: Plan }) {
  const schedule = useSession((s) => s.schedule);
  const dispatch = useSession((s) => s.dispatch);
  const openTaskEditor = useUi((s) => s.openTaskEditor);
  const { today, now } = useServices();
  const { laneMode, filter } = useBoardSettings();
  const [quickAddAt, setQuickAddAt] = useState<QuickAddPlace | null>(null);
  // The board's own memory of its last layout (board-layout.ts): an edit rebuilds what it changed.
  const [memory] = useState(createLayoutMemory);
  const [atRiskOnly, setAtRiskOnly] = useAtRiskFilter();
  const { markers } = useRiskMarkers(plan);
  const onlyTaskIds = atRiskOnly ? markers : null;
  const layout = useMemo(
    () => boardLayout({ plan, schedule, laneMode, filter, today: today() as LocalDate, onlyTaskIds }, memory),
    [plan, schedule, laneMode, filter, today, memory, onlyTaskIds],
  );
  const { columnActions, quickAdd, addColumn } = useBoardActions(dispatch, laneMode);
  const sessionStore = useSessionStore();
  const readSession = useCallback(() => sessionStore.getState(), [sessionStore]);
  const checked = useCheckedMove(readSession, dispatch, now);
  const dnd = useBoardDnd({
    plan, layout, laneMode,
    moveCard: checked.moveCard,
    moveColumn: (args) => dispatch('moveColumn', args),
  });
  const onOpen = useCallback((id: TaskId) => openTaskEditor(id), [openTaskEditor]);
  const boardRef = useRef<HTMLDivElement | null>(null);
  // The dialog hands the keyboard back to the card it opened from, which the move has replaced
  // by one in the new column: the keyboard goes to the card where it is now, moved or not.
  const answerMove = (choice: StartChoice | null): void => {
    const id = checked.pending?.args.id;
    checked.answer(choice);
    if (id === undefined) return;
    requestAnimationFrame(() => boardRef.current?.querySelector<HTMLElement>(`[data-task-id="${CSS.escape(id)}"]`)?.focus());
  };
  // Scroll events do not bubble, but a capturing listener on the board hears every list's.
  const { onScroll } = dnd;
  useEffect(() => {
    const board = boardRef.current;
    board?.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => board?.removeEventListener('scroll', onScroll, { capture: true });
  }, [onScroll]);
  const drags = useRef(0);
  const onDragStart = (event: DragStartEvent): void => {
    // Grabbing cursor and no text selection (board.css), by an attribute React does not own.
    drags.current++;
    boardRef.current?.setAttribute('data-dragging', '');
    document.getSelection()?.removeAllRanges();
    // A pointer drag leaves no focus on the card: dnd-kit puts the lifted element back in its
    // slot on drop, and moving a focused element costs a focus fix-up and a layout (~5 ms).
    // Keyboard drags keep focus, and get it back on the moved card (use-board-dnd.ts).
    const lifted = event.operation.source?.element;
    if (!isKeyboardEvent(event.operation.activatorEvent) && lifted?.contains(document.activeElement) && document.activeElement instanceof HTMLElement) {
      document.activeElement.blur();
    }
    const data = asDragData(event.operation.source?.data);
    setDraggedCard(data?.kind === 'card' ? { taskId: data.taskId, cell: cellKey(data.laneKey, data.columnId) } : null);
  };
  const onDragEnd = (event: DragEndEvent, manager: DragDropManager): void => {
    // The attribute's cursor and selection rules inherit: removing it restyles every element of
    // the board (550 with swimlanes on screen). That waits until the drop's frame is painted;
    // a drag started meanwhile keeps it.
    const drag = drags.current;
    requestAnimationFrame(() => setTimeout(() => {
      if (drags.current === drag) boardRef.current?.removeAttribute('data-dragging');
    }, 0));
    // The lifted look ends with the move itself, so the lists re-render once per drop.
    dnd.onDragEnd(event, manager, () => {
      setDraggedCard(null);
      setPointerDropTarget(null);
    });
  };
  const columnCount = layout.columns.length;
  return (
    <div ref={boardRef} className="board">
      <FilterBar
        filter={filter} laneMode={laneMode} resources={plan.resources} tags={layout.tags} phases={layout.phases}
        visibleCount={layout.visibleCount} totalCount={layout.totalCount}
        onFilter={(f) => setBoardSettings({ filter: f })} onLaneMode={(m) => setBoardSettings({ laneMode: m })}
        atRiskOnly={atRiskOnly} onAtRiskOnly={setAtRiskOnly}
      />
      <DragDropProvider plugins={dnd.plugins} onDragStart={onDragStart}>
        <DragMonitor onDragMove={dnd.onDragMove} onDragEnd={onDragEnd} />
        <div
          className={`board-grid${laneMode === 'none' ? '' : ' has-lanes'}`}
          style={{ gridTemplateColumns: `repeat(${String(columnCount)}, minmax(var(--board-column-min), var(--board-column-width))) auto` }}
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
      {checked.pending && (
        <StartConflictDialog taskName={checked.pending.taskName} columnName={checked.pending.columnName} conflict={checked.pending.conflict} onChoose={answerMove} />
      )}
    </div>
  );
}
