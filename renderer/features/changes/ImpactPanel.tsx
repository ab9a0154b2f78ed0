/** What a request's proposed edits do to the live plan: finish, critical path, milestones, cost, people, risks. */
import type { ProposalImpact } from '../../domain/changes';
import type { ChangeRequest, Plan } from '../../domain/model';
import { formatDate, formatMoney } from '../shared/format';
import type { ProposalReading } from './use-proposal-impact';

const days = (n: number): string => `${String(Math.abs(n))} working day${Math.abs(n) === 1 ? '' : 's'}`;

function finishLine(impact: ProposalImpact): string {
  if (impact.finishChangeDays === 0) return `Finish unchanged: ${formatDate(impact.finishAfter)}`;
  const way = impact.finishChangeDays > 0 ? 'later' : 'earlier';
  return `Finish moves ${days(impact.finishChangeDays)} ${way}: ${formatDate(impact.finishBefore)} → ${formatDate(impact.finishAfter)}`;
}

/** "Release: 2 working days later, Fri, Dec 18, 26 → Tue, Dec 22, 26", in the finish line's words. */
function milestoneLine(move: ProposalImpact['milestonesMoved'][number]): string {
  const dates = `${formatDate(move.from)} → ${formatDate(move.to)}`;
  if (move.days === 0) return `${move.name}: ${dates}`;
  return `${move.name}: ${days(move.days)} ${move.days > 0 ? 'later' : 'earlier'}, ${dates}`;
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return <><dt>{label}</dt><dd>{children}</dd></>;
}

function Measured({ plan, impact }: { plan: Plan; impact: ProposalImpact }) {
  const none = <span className="muted">none</span>;
  const critical = [...impact.criticalAdded.map((n) => `+ ${n}`), ...impact.criticalRemoved.map((n) => `− ${n}`)];
  return (
    <dl className="impact-list">
      <Item label="Finish"><strong data-testid="impact-finish">{finishLine(impact)}</strong></Item>
      <Item label="Critical path">{critical.length ? critical.join(', ') : 'unchanged'}</Item>
      <Item label="Milestones moved">{impact.milestonesMoved.length ? impact.milestonesMoved.map((m) => <span key={m.taskId} className="impact-move">{milestoneLine(m)}</span>) : none}</Item>
      <Item label="Cost">{impact.cost ? `${impact.cost.delta >= 0 ? '+' : ''}${formatMoney(impact.cost.delta, plan.project.currency)} (${formatMoney(impact.cost.before, plan.project.currency)} → ${formatMoney(impact.cost.after, plan.project.currency)})` : <span className="muted">no costs in this plan</span>}</Item>
      <Item label="Newly over-allocated">{impact.newlyOverAllocated.length ? <span className="impact-warn">{impact.newlyOverAllocated.join(', ')}</span> : none}</Item>
      <Item label="Risks">{impact.risks.length ? impact.risks.join('; ') : none}</Item>
      <Item label="Tasks changed">{String(impact.changedTaskIds.length)}</Item>
    </dl>
  );
}

/** The recorded impact of an implemented request (measured when it was approved). */
function Recorded({ plan, change }: { plan: Plan; change: ChangeRequest }) {
  const d = Math.round((change.scheduleImpactMinutes / plan.project.minutesPerDay) * 100) / 100;
  return (
    <dl className="impact-list">
      <Item label="Finish"><strong data-testid="impact-finish">{d === 0 ? 'Finish unchanged' : `Finish moved ${days(d)} ${d > 0 ? 'later' : 'earlier'}`}</strong></Item>
      <Item label="Cost">{change.costImpact === 0 ? 'unchanged' : `${change.costImpact > 0 ? '+' : ''}${formatMoney(change.costImpact, plan.project.currency)}`}</Item>
      <Item label="Implemented">{change.implementedOn ? formatDate(change.implementedOn) : ''}</Item>
    </dl>
  );
}

export function ImpactPanel({ plan, change, reading }: { plan: Plan; change: ChangeRequest; reading: ProposalReading }) {
  return (
    <section className="impact-panel" aria-label="Impact">
      <h3>Impact on the live plan</h3>
      {change.status === 'implemented' && (change.proposedEdits?.length ?? 0) > 0 ? <Recorded plan={plan} change={change} />
        : reading.kind === 'measured' ? <Measured plan={plan} impact={reading.impact} />
          : reading.kind === 'unschedulable' ? <p role="alert">The plan with these edits cannot be scheduled: {reading.message}</p>
            : <p className="muted">No proposed edits. Press Propose edits to try the change in the Tasks, Gantt or Board views.</p>}
    </section>
  );
}
