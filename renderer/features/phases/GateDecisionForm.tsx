/**
 * Records a gate decision: go, go with conditions, no-go or recycle, with date, decider and notes.
 * A go with unticked criteria is allowed; the form says so before, and the recorded decision stays flagged.
 */
import { useId, useRef, useState } from 'react';
import { DateField, isRefusedDate } from '../../components/DateField';
import {
  GATE_DECISION_LABELS, GATE_DECISIONS, gateCompleteness, isFlaggedGo, type GateDecisionKind, type LifecyclePhase, type LocalDate,
} from '../../domain/model';
import { todayLocal } from '../costs/use-cost-model';
import { formatDate } from '../shared/format';
import { useRun } from '../stakeholders/use-run';

export function GateDecisionForm({ phase }: { readonly phase: LifecyclePhase }) {
  const run = useRun();
  const [decision, setDecision] = useState<GateDecisionKind>('go');
  const [date, setDate] = useState<string>(todayLocal());
  const [decider, setDecider] = useState('');
  const [notes, setNotes] = useState('');
  const [isChecked, setChecked] = useState(false);
  // Who decided is asked for at the field (it was only a notice at the window's foot), and the field takes the keyboard.
  const [isDeciderMissing, setDeciderMissing] = useState(false);
  const deciderInput = useRef<HTMLInputElement>(null);
  const deciderErrorId = useId();
  const recorded = phase.gate?.decision ?? null;
  const { done, total } = gateCompleteness(phase.gate);
  const open = total - done;
  const record = (): void => {
    // The field says why (once): decideGate's refusal said it again in a notice.
    if (isRefusedDate(date, false)) return setChecked(true);
    if (decider.trim() === '') {
      setDeciderMissing(true);
      deciderInput.current?.focus();
      return;
    }
    if (run('decideGate', { phaseId: phase.id, decision, date: date as LocalDate, decider, notes })) setNotes('');
  };
  return (
    <div className="gate-decision" role="group" aria-label={`${phase.name} gate decision`}>
      <h4>Gate decision</h4>
      {recorded ? (
        <p className={`gate-recorded${isFlaggedGo(phase.gate) ? ' is-flagged' : ''}`} role="status">
          <strong>{GATE_DECISION_LABELS[recorded.decision]}</strong> on {formatDate(recorded.date)} by {recorded.decider}
          {recorded.notes ? ` · ${recorded.notes}` : ''}
          {isFlaggedGo(phase.gate) ? <span className="gate-flag"> · Decided with {String(recorded.uncheckedCriteria.length)} criteria open: {recorded.uncheckedCriteria.join('; ')}</span> : null}
          <button type="button" className="button" onClick={() => run('clearGateDecision', { phaseId: phase.id })}>Clear</button>
        </p>
      ) : <p className="muted">Not decided yet.</p>}
      {/* A form, so Enter in Decided by or Notes records the decision, as a person expects of a form. */}
      <form className="gate-form" onSubmit={(e) => { e.preventDefault(); record(); }}>
        <label className="field">Decision
          <select className="select" value={decision} onChange={(e) => setDecision(e.target.value as GateDecisionKind)}>
            {GATE_DECISIONS.map((d) => <option key={d} value={d}>{GATE_DECISION_LABELS[d]}</option>)}
          </select>
        </label>
        {/* The app's date field, as the registers': typed in the person's order or ISO, or picked (a native date box took neither). Text that is not a date is refused by the field alone, not sent to decideGate. */}
        <DateField label="Date" value={date} isOptional={false} isChecked={isChecked} onChange={setDate} />
        <label className="field">Decided by
          <input ref={deciderInput} aria-label="Decided by" className={`text-input${isDeciderMissing ? ' is-refused' : ''}`} value={decider} aria-invalid={isDeciderMissing || undefined}
            aria-describedby={isDeciderMissing ? deciderErrorId : undefined}
            onChange={(e) => { setDecider(e.target.value); if (e.target.value.trim() !== '') setDeciderMissing(false); }} />
          {isDeciderMissing ? <span id={deciderErrorId} className="field-error" role="alert">Say who decided.</span> : null}
        </label>
        <label className="field gate-notes">Notes<input className="text-input" value={notes} onChange={(e) => setNotes(e.target.value)} /></label>
        <button type="submit" className="button primary">Record decision</button>
      </form>
      {open > 0 && (decision === 'go' || decision === 'go-with-conditions')
        ? <p className="gate-warning">{open === 1 ? '1 exit criterion is' : `${String(open)} exit criteria are`} not ticked; a go is recorded with {open === 1 ? 'it' : 'them'} flagged.</p> : null}
    </div>
  );
}
