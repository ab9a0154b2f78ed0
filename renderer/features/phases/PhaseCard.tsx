/** One phase: name, dates from its tasks, status (derived or set by hand), order, the gate milestone, checklist and decision. */
import type { PhaseStatus } from '../../domain/lifecycle';
import type { Plan, Rag, TaskId } from '../../domain/model';
import { RAG_WORDS, workingDays } from '../../domain/report';
import { useRun } from '../stakeholders/use-run';
import { GateChecklist } from './GateChecklist';
import { GateDecisionForm } from './GateDecisionForm';
import { phaseColour, phaseDates } from './phase-text';
import { formatCount } from '../shared/format';
import { percentText } from '../../domain/model';

const RAG_CHOICES: readonly Rag[] = ['green', 'amber', 'red'];

interface PhaseCardProps {
  readonly plan: Plan;
  readonly status: PhaseStatus;
  readonly index: number;
  readonly count: number;
}

function slipText(status: PhaseStatus): string {
  if (status.slipDays === null) return 'no baseline to measure against';
  if (status.slipDays === 0) return 'on baseline';
  return `${workingDays(status.slipDays)} ${status.slipDays > 0 ? 'late' : 'early'}`;
}

export function PhaseCard({ plan, status, index, count }: PhaseCardProps) {
  const run = useRun();
  const { phase } = status;
  const milestones = Object.values(plan.tasks).filter((t) => t.kind === 'milestone').sort((a, b) => a.start.localeCompare(b.start));
  const remove = (): void => {
    if (run('deletePhase', { id: phase.id })) return;
  };
  return (
    <section className="phase-card" aria-label={`Phase ${phase.name}`} style={{ borderLeftColor: phaseColour(phase) }}>
      <header className="phase-head">
        <input className="text-input phase-name" aria-label="Phase name" defaultValue={phase.name} key={phase.name}
          // A refused name (empty) puts the stored one back: a blank card read as a phase without a name until a reload.
          onBlur={(e) => { if (e.target.value !== phase.name && !run('updatePhase', { id: phase.id, changes: { name: e.target.value } })) e.target.value = phase.name; }}
          onKeyDown={(e) => { if (e.key === 'Enter') e.currentTarget.blur(); }} />
        <span className="phase-dates">{phaseDates(status)}</span>
        <span className="muted">{status.window ? `${formatCount(status.window.taskCount, 'task')} · ${percentText(status.window.percentComplete)} done` : ''}</span>
        <span className={`rag-chip rag-${status.rag}`} aria-label={`Status ${RAG_WORDS[status.rag]}`}>{RAG_WORDS[status.rag]}</span>
        <span className="phase-actions">
          <button type="button" className="button" aria-label={`Move ${phase.name} up`} disabled={index === 0}
            onClick={() => run('movePhase', { id: phase.id, toIndex: index - 1 })}>↑</button>
          <button type="button" className="button" aria-label={`Move ${phase.name} down`} disabled={index === count - 1}
            onClick={() => run('movePhase', { id: phase.id, toIndex: index + 1 })}>↓</button>
          <button type="button" className="button" aria-label={`Delete ${phase.name}`} onClick={remove}>Delete</button>
        </span>
      </header>
      <div className="phase-meta">
        <span className="muted">Schedule: {slipText(status)}</span>
        <label className="inline-field">Status
          <select className="select" aria-label={`Status of ${phase.name}`} value={phase.ragOverride ?? ''}
            onChange={(e) => run('updatePhase', { id: phase.id, changes: { ragOverride: e.target.value === '' ? null : e.target.value as Rag } })}>
            <option value="">From the schedule ({RAG_WORDS[status.derivedRag]})</option>
            {RAG_CHOICES.map((r) => <option key={r} value={r}>{RAG_WORDS[r]} (set by hand)</option>)}
          </select>
        </label>
        <label className="inline-field">Gate milestone
          <select className="select" aria-label={`Gate milestone of ${phase.name}`} value={phase.gate?.milestoneId ?? ''}
            onChange={(e) => run('setGateMilestone', { phaseId: phase.id, milestoneId: e.target.value === '' ? null : e.target.value as TaskId })}>
            <option value="">None</option>
            {milestones.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        </label>
      </div>
      <div className="phase-gate">
        <GateChecklist plan={plan} phase={phase} />
        <GateDecisionForm phase={phase} />
      </div>
    </section>
  );
}
