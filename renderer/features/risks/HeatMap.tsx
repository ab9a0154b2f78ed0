/** The 5x5 probability x impact matrix with counts; a cell filters the register or adds a risk there. */
import type { Plan } from '../../domain/model';
import { IMPACT_LABELS, PROBABILITY_BANDS, largestImpact, scoreBand } from '../../domain/raid';
import type { Cell } from './RisksView';

export function HeatMap({ plan, selected, onSelect, onAdd }: {
  plan: Plan; selected: Cell | null; onSelect: (cell: Cell | null) => void; onAdd: (cell: Cell) => void;
}) {
  const counts = new Map<string, number>();
  for (const r of Object.values(plan.risks)) {
    if (r.status === 'closed') continue;
    const key = `${String(r.probability)}:${String(largestImpact(r))}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return (
    <div className="heat-map" role="grid" aria-label="Heat map">
      {[5, 4, 3, 2, 1].map((p) => (
        <div role="row" key={p} className="heat-row">
          <div role="rowheader" className="heat-axis" title={PROBABILITY_BANDS[p - 1]?.label}>P{p} {/\(([^)]*)\)/.exec(PROBABILITY_BANDS[p - 1]?.label ?? '')?.[1]}</div>
          {[1, 2, 3, 4, 5].map((i) => {
            const count = counts.get(`${String(p)}:${String(i)}`) ?? 0;
            const isSelected = selected?.probability === p && selected.impact === i;
            return (
              <div role="gridcell" key={i} className={`heat-cell score-${scoreBand(p * i)} ${isSelected ? 'selected' : ''}`}>
                <button type="button" className="heat-count" aria-label={`Probability ${String(p)}, impact ${String(i)}: ${String(count)} risks`}
                  aria-pressed={isSelected} onClick={() => onSelect(isSelected ? null : { probability: p, impact: i })}>{count || ''}</button>
                <button type="button" className="heat-add" aria-label={`Add risk with probability ${String(p)} and impact ${String(i)}`}
                  onClick={() => onAdd({ probability: p, impact: i })}>+</button>
              </div>
            );
          })}
        </div>
      ))}
      <div role="row" className="heat-row">
        <div className="heat-axis" />
        {IMPACT_LABELS.map((label, i) => <div key={label} role="columnheader" className="heat-axis">I{i + 1} {label}</div>)}
      </div>
    </div>
  );
}
