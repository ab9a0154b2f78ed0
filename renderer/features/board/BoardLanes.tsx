/** The board's body: one row of cells per swimlane (a single row without lanes), each a card list. */
import { cellKey, type BoardLayout, type LaneMode } from '../../domain/board';
import type { Plan, TaskId, WorkflowColumn } from '../../domain/model';
import { CardList } from './CardList';
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
  readonly lane: { readonly key: string; readonly label: string };
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

export function Lanes({ layout, laneMode, plan, onOpen, quickAddAt, onQuickAddAt, onQuickAdd }: LanesProps) {
  const hasLanes = laneMode !== 'none';
  return layout.lanes.map((lane) => (
    <div key={lane.key} className="board-lane" role="group" aria-label={hasLanes ? `Lane ${lane.label}` : 'Cards'}>
      {hasLanes && <h3 className="board-lane__label">{lane.label}</h3>}
      {layout.columns.map(({ column }) => (
        <section
          key={column.id} className="board-cell"
          aria-label={hasLanes ? `${column.name}, lane ${lane.label}` : column.name}
        >
          {hasLanes && (
            <LaneQuickAdd
              column={column} lane={lane} onQuickAddAt={onQuickAddAt} onQuickAdd={onQuickAdd}
              isOpen={quickAddAt?.columnId === column.id && quickAddAt.laneKey === lane.key}
            />
          )}
          <CardList
            cards={layout.cells.get(cellKey(lane.key, column.id)) ?? []} columnId={column.id} laneKey={lane.key}
            resources={plan.resources} onOpen={onOpen}
          />
        </section>
      ))}
    </div>
  ));
}
