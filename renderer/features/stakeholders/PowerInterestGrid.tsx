/**
 * The power / interest grid: a 5 x 5 grid (influence up, interest right) in four quadrants, each
 * stakeholder a chip. Dragging a chip to another cell, or arrow keys on a focused chip, changes
 * their scores as one undoable command. Chips whose engagement is below the desired level are
 * marked, and the gaps are listed beside the grid.
 *
 * The drag uses pointer events rather than dnd-kit: dnd-kit stays in features/board (STYLE.md),
 * and a drop here is only a point on a fixed grid, not a sortable list.
 */
import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { Stakeholder, StakeholderId } from '../../domain/model';
import { QUADRANT_LABELS, describeGap, engagementGap, nudgeScores, quadrantOf, scoresAtPoint, type Scores } from '../../domain/stakeholders';
import { useSession } from '../../store';
import { useRun } from './use-run';

const ROWS = [5, 4, 3, 2, 1];
const COLUMNS = [1, 2, 3, 4, 5];
/** Quadrant names over the grid's columns (high influence) and under them (low): interest 1-2 and 3-5. */
function QuadrantNames({ top }: { top: boolean }) {
  return (
    <div className="quadrant-names" aria-hidden="true">
      <span className={`q-${top ? 'keep-satisfied' : 'monitor'}`}>{QUADRANT_LABELS[top ? 'keep-satisfied' : 'monitor']}</span>
      <span className={`q-${top ? 'manage-closely' : 'keep-informed'}`}>{QUADRANT_LABELS[top ? 'manage-closely' : 'keep-informed']}</span>
    </div>
  );
}

interface Drag { readonly id: StakeholderId; readonly startX: number; readonly startY: number; readonly dx: number; readonly dy: number }

export function PowerInterestGrid() {
  const plan = useSession((s) => s.plan);
  const run = useRun();
  const grid = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [focusId, setFocusId] = useState<StakeholderId | null>(null);
  useEffect(() => {
    if (focusId === null) return;
    grid.current?.querySelector<HTMLElement>(`[data-chip="${CSS.escape(focusId)}"]`)?.focus();
    setFocusId(null);
  }, [focusId, plan]);
  if (!plan) return null;
  const people = Object.values(plan.stakeholders).sort((a, b) => a.name.localeCompare(b.name));
  const move = (s: Stakeholder, scores: Scores): void => {
    if (scores.influence === s.influence && scores.interest === s.interest) return;
    if (run('updateStakeholder', { id: s.id, changes: { influence: scores.influence, interest: scores.interest } })) setFocusId(s.id);
  };
  const drop = (s: Stakeholder, e: ReactPointerEvent): void => {
    const rect = grid.current?.getBoundingClientRect();
    if (rect && drag && Math.hypot(drag.dx, drag.dy) > 4) move(s, scoresAtPoint(e.clientX - rect.left, e.clientY - rect.top, rect.width, rect.height));
    setDrag(null);
  };
  const chip = (s: Stakeholder) => {
    const gap = engagementGap(s);
    const isDragged = drag?.id === s.id;
    return (
      <button key={s.id} type="button" data-chip={s.id} className={`chip ${gap !== null && gap > 0 ? 'gap' : ''} ${isDragged ? 'dragging' : ''}`}
        aria-label={`${s.name}: influence ${String(s.influence)}, interest ${String(s.interest)}${gap !== null && gap > 0 ? `, engagement gap ${describeGap(s)}` : ''}`}
        title={`${s.name} — ${QUADRANT_LABELS[quadrantOf(s)]}${describeGap(s) ? `; ${describeGap(s)}` : ''}. Drag or use the arrow keys to move.`}
        style={isDragged ? { transform: `translate(${String(drag.dx)}px, ${String(drag.dy)}px)` } : undefined}
        onKeyDown={(e) => {
          const next = nudgeScores(s, e.key);
          if (e.key.startsWith('Arrow')) e.preventDefault();
          if (next) move(s, next);
        }}
        onPointerDown={(e) => { e.currentTarget.setPointerCapture(e.pointerId); setDrag({ id: s.id, startX: e.clientX, startY: e.clientY, dx: 0, dy: 0 }); }}
        onPointerMove={(e) => { if (isDragged) setDrag({ ...drag, dx: e.clientX - drag.startX, dy: e.clientY - drag.startY }); }}
        onPointerUp={(e) => { if (isDragged) drop(s, e); }}
        onPointerCancel={() => setDrag(null)}>
        {s.name}{gap !== null && gap > 0 ? <span className="gap-badge" aria-hidden="true">↑{gap}</span> : null}
      </button>
    );
  };
  const gaps = people.filter((s) => (engagementGap(s) ?? 0) !== 0);
  return (
    <div className="power-grid-layout">
      <div className="power-grid-frame">
        <div />
        <QuadrantNames top />
        <div className="axis-y" aria-hidden="true">Influence →</div>
        <div ref={grid} className="power-grid" role="group" aria-label="Power / interest grid">
          {ROWS.flatMap((influence) => COLUMNS.map((interest) => (
            <div key={`${String(influence)}:${String(interest)}`} className={`power-cell q-${quadrantOf({ influence, interest })}`}
              data-cell={`${String(influence)}:${String(interest)}`}>
              {people.filter((s) => s.influence === influence && s.interest === interest).map(chip)}
            </div>
          )))}
        </div>
        <div />
        <QuadrantNames top={false} />
        <div className="axis-x" aria-hidden="true">Interest →</div>
      </div>
      <aside className="gap-list" aria-label="Engagement gaps">
        <h3>Engagement gaps</h3>
        {gaps.length === 0 ? <p className="muted">No gaps: set current and desired engagement in the register.</p> : (
          <ul>{gaps.map((s) => <li key={s.id} className={(engagementGap(s) ?? 0) > 0 ? 'gap' : ''}><strong>{s.name}</strong> {describeGap(s)}</li>)}</ul>
        )}
        <p className="muted">Drag a chip, or focus it and use the arrow keys: ↑↓ influence, ←→ interest.</p>
      </aside>
    </div>
  );
}
