/** Filters and swimlanes: every active filter shows as a chip that clears it. */
import {
  activeFilterChips, clearCriterion, LANE_MODES, NO_FILTER, priorityLabel, PROGRESS_RULES_TEXT,
  type BoardFilter, type Lane, type LaneMode,
} from '../../domain/board';
import { PRIORITY_LEVELS, type Plan, type PriorityLevel, type ResourceId } from '../../domain/model';
import { Tooltip } from '../../components/Tooltip';

interface Props {
  readonly filter: BoardFilter;
  readonly laneMode: LaneMode;
  readonly resources: Plan['resources'];
  readonly tags: readonly string[];
  /** The project's phases in order (BoardLayout.phases), by their current names. */
  readonly phases: readonly Lane[];
  readonly visibleCount: number;
  readonly totalCount: number;
  readonly onFilter: (filter: BoardFilter) => void;
  readonly onLaneMode: (mode: LaneMode) => void;
  /** "Tasks at risk" (a workspace preference shared with the Gantt and the task table). */
  readonly atRiskOnly: boolean;
  readonly onAtRiskOnly: (on: boolean) => void;
}

const LANE_LABELS: Record<LaneMode, string> = { none: 'None', assignee: 'Assignee', phase: 'Phase', priority: 'Priority' };

function RulesHint() {
  return (
    <Tooltip className="rules-hint" label="How status and progress agree" tipId="board-rules" tipClassName="rules-hint__tip" placement="bottom-start"
      tip={PROGRESS_RULES_TEXT.map((line) => <span key={line}>{line}</span>)}>
      <span className="rules-hint__icon" aria-hidden="true">i</span>Status &amp; progress
    </Tooltip>
  );
}

export function FilterBar({ filter, laneMode, resources, tags, phases, visibleCount, totalCount, onFilter, onLaneMode, atRiskOnly, onAtRiskOnly }: Props) {
  const set = (change: Partial<BoardFilter>): void => onFilter({ ...filter, ...change });
  const people = Object.values(resources).sort((a, b) => a.name.localeCompare(b.name));
  const chips = activeFilterChips(filter, (id) => resources[id]?.name ?? 'Unknown', (key) => phases.find((p) => p.key === key)?.label);
  return (
    <div className="board-toolbar">
      <div className="board-toolbar__row">
        <input type="search" aria-label="Filter cards" placeholder="Filter cards…" value={filter.text} onChange={(e) => set({ text: e.target.value })} />
        <select aria-label="Assignee" value={filter.assigneeId ?? '*'} onChange={(e) => set({ assigneeId: e.target.value === '*' ? null : (e.target.value as ResourceId | '') })}>
          <option value="*">Anyone</option>
          <option value="">Unassigned</option>
          {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
        <select aria-label="Phase" value={filter.phase ?? ''} onChange={(e) => set({ phase: e.target.value || null })}>
          <option value="">Any phase</option>
          {phases.map((p) => <option key={p.key} value={p.key}>{p.label}</option>)}
          {/* A phase deleted while chosen stays selectable as itself, so the select shows what filters. */}
          {filter.phase !== null && !phases.some((p) => p.key === filter.phase) && <option value={filter.phase}>Not in this project</option>}
        </select>
        <select aria-label="Tag" value={filter.tag ?? ''} onChange={(e) => set({ tag: e.target.value || null })}>
          <option value="">Any tag</option>
          {tags.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
        <select aria-label="Priority" value={filter.priority ?? ''} onChange={(e) => set({ priority: e.target.value ? (e.target.value as PriorityLevel) : null })}>
          <option value="">Any priority</option>
          {[...PRIORITY_LEVELS].reverse().map((l) => <option key={l} value={l}>{priorityLabel(l)}</option>)}
        </select>
        {/* The checks and Due within narrow the cards as one group, Swimlanes and the rules' hint show
            them: each wraps whole (app.css .toolbar-group), so at 1024 px the hint no longer starts a
            third line alone under Swimlanes. Wrapping, not a More menu: every filter is used as often. */}
        <span className="toolbar-group">
          <label className="check"><input type="checkbox" checked={filter.criticalOnly} onChange={(e) => set({ criticalOnly: e.target.checked })} /> Critical only</label>
          <label className="check"><input type="checkbox" checked={filter.blockedOnly} onChange={(e) => set({ blockedOnly: e.target.checked })} /> Blocked only</label>
          <label className="check"><input type="checkbox" checked={atRiskOnly} onChange={(e) => onAtRiskOnly(e.target.checked)} /> Tasks at risk</label>
          <label className="check">Due within
            <input
              type="number" min={0} className="days" aria-label="Due within days" value={filter.dueWithinDays ?? ''}
              onChange={(e) => set({ dueWithinDays: e.target.value === '' ? null : Math.max(0, Number(e.target.value)) })}
            /> days
          </label>
        </span>
        <span className="board-toolbar__spacer" />
        <span className="toolbar-group">
          <label className="check">Swimlanes
            <select aria-label="Swimlanes" value={laneMode} onChange={(e) => onLaneMode(e.target.value as LaneMode)}>
              {LANE_MODES.map((m) => <option key={m} value={m}>{LANE_LABELS[m]}</option>)}
            </select>
          </label>
          <RulesHint />
        </span>
      </div>
      {(chips.length > 0 || atRiskOnly) && (
        <div className="board-toolbar__chips" aria-label="Active filters" role="group">
          <span className="muted">{visibleCount} of {totalCount} cards</span>
          {chips.map((chip) => (
            <button key={chip.key} type="button" className="filter-chip" aria-label={`Clear filter ${chip.label}`} onClick={() => onFilter(clearCriterion(filter, chip.key))}>
              {chip.label} ×
            </button>
          ))}
          {atRiskOnly && <button type="button" className="filter-chip" aria-label="Clear filter Tasks at risk" onClick={() => onAtRiskOnly(false)}>Tasks at risk ×</button>}
          <button type="button" className="link-button" onClick={() => { onFilter(NO_FILTER); onAtRiskOnly(false); }}>Clear all filters</button>
        </div>
      )}
    </div>
  );
}
