/** The board's body: one row of cells per swimlane (a single row without lanes), each a card list. */
import { memo, useMemo } from 'react';
import { useDroppable } from '@dnd-kit/react';
import { cellKey, type BoardCard, type BoardLayout, type Lane, type LaneMode } from '../../domain/board';
import type { Plan, TaskId, WorkflowColumn } from '../../domain/model';
import { CardList } from './CardList';
import { acceptsPointerCard, type DragData } from './drag-data';
import { QuickAdd } from './QuickAdd';
import type { QuickAddPlace } from './use-board-actions';

interface LanesProps {
  readonly layout: BoardLayout;
  readonly laneMode: LaneMode;
  readonly plan: Plan;
  readonly onOpen: (id: TaskId) => void;
  /** The lane cell whose quick add is open, if any. */
  readonly quickAddAt: QuickAddPlace | null;
  readonly onQuickAddAt: (place: QuickAddPlace | null) => void;
  readonly onQuickAdd: (place: QuickAddPlace, name: string) => boolean;
}

interface LaneQuickAddProps extends Pick<LanesProps, 'onQuickAddAt' | 'onQuickAdd'> {
  readonly column: WorkflowColumn;
  readonly lane: Lane;
  readonly isOpen: boolean;
}

/** Quick add inside a lane cell: the card takes the lane's person, phase or priority. */
function LaneQuickAdd({ column, lane, isOpen, onQuickAddAt, onQuickAdd }: LaneQuickAddProps) {
  const place: QuickAddPlace = { columnId: column.id, laneKey: lane.key };
  if (isOpen) {
    return (
      <QuickAdd
        label={`New card in '${column.name}', lane '${lane.label}'`}
        onAdd={(name) => onQuickAdd(place, name)} onClose={() => onQuickAddAt(null)}
      />
    );
  }
  return (
    <button
      type="button" className="board-cell__add" aria-label={`Add a card to '${column.name}' in lane '${lane.label}'`}
      onClick={() => onQuickAddAt(place)}
    >+ Add card</button>
  );
}

interface CellProps extends Omit<LanesProps, 'layout' | 'quickAddAt' | 'plan'> {
  readonly resources: Plan['resources'];
  readonly column: WorkflowColumn;
  readonly lane: Lane;
  readonly cards: readonly BoardCard[];
  readonly isQuickAddOpen: boolean;
}

/**
 * One cell: the drop target of pointer drags into it (use-board-dnd.ts finds the card under the
 * pointer). Memoised: a drop re-renders the cells whose cards changed, not all of them.
 */
const BoardCell = memo(function BoardCell({ column, lane, cards, laneMode, resources, onOpen, isQuickAddOpen, onQuickAddAt, onQuickAdd }: CellProps) {
  const hasLanes = laneMode !== 'none';
  const data = useMemo<DragData>(() => ({ kind: 'cell', columnId: column.id, laneKey: lane.key }), [column.id, lane.key]);
  const { ref } = useDroppable({ id: `cell|${cellKey(lane.key, column.id)}`, accept: acceptsPointerCard, data });
  return (
    <section ref={ref} className="board-cell" aria-label={hasLanes ? `${column.name}, lane ${lane.label}` : column.name}>
      {hasLanes && (
        <LaneQuickAdd column={column} lane={lane} isOpen={isQuickAddOpen} onQuickAddAt={onQuickAddAt} onQuickAdd={onQuickAdd} />
      )}
      <CardList cards={cards} columnId={column.id} laneKey={lane.key} resources={resources} onOpen={onOpen} />
    </section>
  );
});

export function Lanes({ layout, quickAddAt, plan, ...rest }: LanesProps) {
  const hasLanes = rest.laneMode !== 'none';
  return layout.lanes.map((lane) => (
    <div key={lane.key} className="board-lane" role="group" aria-label={hasLanes ? `Lane ${lane.label}` : 'Cards'}>
      {hasLanes && <h3 className="board-lane__label">{lane.label}</h3>}
      {layout.columns.map(({ column }) => (
        <BoardCell
          key={column.id} column={column} lane={lane} cards={layout.cells.get(cellKey(lane.key, column.id)) ?? NO_CARDS}
          resources={plan.resources} {...rest}
          isQuickAddOpen={quickAddAt?.columnId === column.id && quickAddAt.laneKey === lane.key}
        />
      ))}
    </div>
  ));
}

/** One empty list for every empty cell, so CardList's memo holds across renders. */
const NO_CARDS: readonly BoardCard[] = [];
