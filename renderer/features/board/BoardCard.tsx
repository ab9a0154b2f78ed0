/**
 * One card. Memoised on the task object (immer keeps unchanged tasks identical) and its derived
 * flags, so a drag or an edit elsewhere re-renders only the cards that changed.
 */
import { memo, useMemo, type KeyboardEvent } from 'react';
import { useSortable } from '@dnd-kit/react/sortable';
import { SortableKeyboardPlugin } from '@dnd-kit/dom/sortable';
import { cellKey, priorityLabel, type BoardCard } from '../../domain/board';
import { type ColumnId, percentText, type Plan, priorityLevel, type Resource, type TaskId } from '../../domain/model';
import type { RiskMarker as Marker } from '../../domain/raid';
import { useSession } from '../../store';
import { formatShortDate } from '../shared/format';
import { markersOf } from '../risks/use-risk-markers';
import { phaseColour, phaseTextColour } from '../phases/phase-text';
import { RiskMarker } from '../risks/RiskMarker';
import { acceptsKeyboardCard, cardDomId, type DragData } from './drag-data';
import { useIsDragged, useIsPointerDropTarget } from './drag-state';

/** Replaces dnd-kit's default sortable plugins: keyboard moves yes, DOM-moving optimistic sorting no. */
export const SORTABLE_PLUGINS = [SortableKeyboardPlugin];

export interface BoardCardProps {
  readonly card: BoardCard;
  readonly index: number;
  readonly columnId: ColumnId;
  readonly laneKey: string;
  readonly resources: Plan['resources'];
  readonly onOpen: (id: TaskId) => void;
}

function Flags({ card }: { card: BoardCard }) {
  const { isCritical, isLate, isBlocked, isMilestone } = card.flags;
  return (
    <span className="board-card__flags">
      {isMilestone && <span className="board-flag board-flag--milestone" title="Milestone">◆</span>}
      {isCritical && <span className="board-flag board-flag--critical" title="On the critical path">Critical</span>}
      {isLate && <span className="board-flag board-flag--late" title="Finishes late or is overdue">Late</span>}
      {isBlocked && <span className="board-flag board-flag--blocked" title="A predecessor is not finished">Blocked</span>}
    </span>
  );
}

function describe(card: BoardCard, people: string, marker: Marker | undefined): string {
  const { task, flags } = card;
  const parts = [task.name, `${percentText(task.percentComplete, 0)} complete`, `due ${formatShortDate(card.finish)}`];
  if (people) parts.push(`assigned to ${people}`);
  const flagWords = [flags.isMilestone && 'milestone', flags.isCritical && 'critical', flags.isLate && 'late', flags.isBlocked && 'blocked'];
  const words = [...parts, ...flagWords.filter(Boolean)].join(', ');
  return marker ? `${words}. ${marker.label}` : words;
}

/** The card's phase: a phase object by its name in its band colour, a fixed label in its theme colour; each in the text colour that reads on it. */
function PhaseChip({ card }: { card: BoardCard }) {
  if (card.phase === null) return null;
  if (card.phaseObject === null) return <span className={`chip chip--phase phase--${card.phase}`}>{card.phase}</span>;
  return (
    <span className="chip chip--phase chip--named" style={{ background: phaseColour(card.phaseObject), color: phaseTextColour(card.phaseObject) }} title={`Phase: ${card.phaseName ?? ''}`}>
      {card.phaseName}
    </span>
  );
}

/** What a card shows: memoised apart from the card's drag wiring, so a card that only changed place re-renders its wrapper. */
const CardBody = memo(function CardBody({ card, people, marker }: { card: BoardCard; people: readonly Resource[]; marker: Marker | undefined }) {
  const { task } = card;
  const level = priorityLevel(task.priority);
  return (
    <>
      <div className="board-card__title">
        <span className={`prio prio--${level}`} title={`Priority: ${priorityLabel(level)}`} aria-hidden="true" />
        <span className="board-card__name">{task.name}</span>
        <RiskMarker marker={marker} />
      </div>
      <div className="board-card__tags">
        <PhaseChip card={card} />
        {task.tags.map((tag) => <span key={tag} className="chip">{tag}</span>)}
      </div>
      <div className="board-card__meta">
        {/* No people, no span: an empty one still took its padding and the row's gap before the date. */}
        {people.length > 0 && (
          <span className="avatars">
            {people.slice(0, 3).map((p) => <span key={p.id} className="avatar" title={p.name}>{p.initials}</span>)}
          </span>
        )}
        <span className="board-card__due" title="Finish">{formatShortDate(card.finish)}</span>
        <Flags card={card} />
      </div>
      {/* Along the bottom edge rather than in the footer row: the row needs its width for people and flags. */}
      <span className="board-card__progress" title={`${percentText(task.percentComplete, 0)} complete`}>
        <span className="board-card__progress-bar" style={{ width: `${String(task.percentComplete)}%` }} />
      </span>
    </>
  );
});

function BoardCardView({ card, index, columnId, laneKey, resources, onOpen }: BoardCardProps) {
  const { task } = card;
  const data = useMemo<DragData>(() => ({ kind: 'card', taskId: task.id, columnId, laneKey }), [task.id, columnId, laneKey]);
  // Not dnd-kit's isDragSource: reading it would re-render the card again a task later (drag-state.ts).
  const isDragged = useIsDragged(task.id);
  const isPointerTarget = useIsPointerDropTarget(task.id);
  // A drop target for keyboard drags only; pointer drags target the cell (drag-data.ts).
  const { ref, isDropTarget } = useSortable({
    id: task.id, index, group: cellKey(laneKey, columnId), type: 'card', accept: acceptsKeyboardCard, data,
    plugins: SORTABLE_PLUGINS, transition: null,
  });
  const people = useMemo(() => card.assigneeIds.map((id) => resources[id]).filter((r) => r !== undefined), [card.assigneeIds, resources]);
  // The same object while the card's risks read the same (use-risk-markers.ts), so other edits do not re-render it.
  const marker = useSession((s) => (s.plan ? markersOf(s.plan).markers.get(task.id) : undefined));
  const label = useMemo(() => describe(card, people.map((p) => p.name).join(' and '), marker), [card, people, marker]);
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'e' || event.key === 'E') onOpen(task.id);
  };
  const className = `board-card${isDragged ? ' is-dragging' : ''}${isDropTarget || isPointerTarget ? ' is-drop-target' : ''}`;
  return (
    <div
      ref={ref} id={cardDomId(task.id)} className={className} role="button" tabIndex={0}
      aria-label={label} data-task-id={task.id} onClick={() => onOpen(task.id)} onKeyDown={onKeyDown}
      // Each list's top card is a candidate; the first in the document (the first lane's leftmost
      // list with cards) is where a view command (Ctrl+3) puts the keyboard, ready to pick up.
      data-view-start={index === 0 ? '' : undefined}
    >
      <CardBody card={card} people={people} marker={marker} />
    </div>
  );
}

function sameCard(a: BoardCardProps, b: BoardCardProps): boolean {
  if (a.index !== b.index || a.columnId !== b.columnId || a.laneKey !== b.laneKey || a.resources !== b.resources || a.onOpen !== b.onOpen) return false;
  // The board's layout hands back the same card object while nothing on it changed.
  if (a.card === b.card) return true;
  return a.card.task === b.card.task && a.card.finish === b.card.finish
    && a.card.assigneeIds.join() === b.card.assigneeIds.join()
    && a.card.phase === b.card.phase && a.card.phaseName === b.card.phaseName && a.card.phaseObject === b.card.phaseObject
    && a.card.flags.isCritical === b.card.flags.isCritical && a.card.flags.isLate === b.card.flags.isLate
    && a.card.flags.isBlocked === b.card.flags.isBlocked;
}

export const MemoBoardCard = memo(BoardCardView, sameCard);
