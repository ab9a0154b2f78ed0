/** Assumptions and top risks as the RAID log holds them: shown here, edited there, never typed twice. */
import { charterRaid, TOP_RISK_COUNT } from '../../domain/lifecycle';
import type { Plan } from '../../domain/model';
import { ASSUMPTION_STATUS_LABELS, RISK_STATUS_LABELS, riskScore } from '../../domain/raid';
import { useUiStore } from '../../store';

export function RaidSection({ plan }: { readonly plan: Plan }) {
  const ui = useUiStore();
  const { assumptions, topRisks } = charterRaid(plan);
  return (
    <section className="charter-section" aria-label="Assumptions and top risks">
      <h3>Assumptions and top risks <span className="muted">from the RAID log</span>
        <button type="button" className="button" onClick={() => ui.getState().setView('risks')}>Open the RAID log</button>
      </h3>
      <div className="charter-columns">
        <div role="group" aria-label="Assumptions">
          <h4>Assumptions</h4>
          {assumptions.length === 0 ? <p className="muted">None in the RAID log yet.</p> : (
            <ul className="charter-readonly">
              {assumptions.map((a) => <li key={a.id}><span className="muted">{a.code}</span> {a.statement} <span className="muted">· {ASSUMPTION_STATUS_LABELS[a.status]}</span></li>)}
            </ul>
          )}
        </div>
        <div role="group" aria-label="Top risks">
          <h4>Top {String(TOP_RISK_COUNT)} risks</h4>
          {topRisks.length === 0 ? <p className="muted">No open risks in the RAID log.</p> : (
            <ul className="charter-readonly">
              {topRisks.map((r) => <li key={r.id}>{r.title} <span className="muted">· score {String(riskScore(r))} · {RISK_STATUS_LABELS[r.status]}</span></li>)}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
