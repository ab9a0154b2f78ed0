/**
 * One objective: its title and success criterion, what measures it (a milestone, or a metric
 * with a target and the current value), and its status, derived unless set by hand.
 */
import type { ObjectiveFields } from '../../domain/commands';
import { numberText, readObjectiveValue, type ObjectiveView } from '../../domain/lifecycle';
import {
  OBJECTIVE_STATUS_LABELS, SETTABLE_OBJECTIVE_STATUSES, type ObjectiveMeasure, type Plan, type SettableObjectiveStatus,
  type TargetDirection, type Task, type TaskId,
} from '../../domain/model';
import { useSession } from '../../store';
import { formatDate } from '../shared/format';
import { useRun } from '../stakeholders/use-run';
import { CommitField } from './CommitField';

function MilestonePicker({ plan, view, update }: { readonly plan: Plan; readonly view: ObjectiveView; readonly update: (c: ObjectiveFields) => void }) {
  const { objective } = view;
  const schedule = useSession((s) => s.schedule);
  const finishOf = (t: Task): string => schedule?.tasks.get(t.id)?.finish ?? t.finish;
  const milestones = Object.values(plan.tasks).filter((t) => t.kind === 'milestone').sort((a, b) => finishOf(a).localeCompare(finishOf(b)) || a.name.localeCompare(b.name));
  const isDeleted = objective.milestoneId !== null && !plan.tasks[objective.milestoneId];
  return (
    <label className="field">Milestone
      <select className="select" aria-label={`Milestone of ${objective.title}`} value={objective.milestoneId ?? ''}
        onChange={(e) => update({ milestoneId: e.target.value === '' ? null : e.target.value as TaskId })}>
        <option value="">None chosen</option>
        {isDeleted ? <option value={objective.milestoneId ?? ''}>(deleted milestone)</option> : null}
        {milestones.map((m) => <option key={m.id} value={m.id}>{m.name} · {formatDate(finishOf(m))}</option>)}
      </select>
    </label>
  );
}

function TargetFields({ view, update }: { readonly view: ObjectiveView; readonly update: (c: ObjectiveFields) => void }) {
  const { objective } = view;
  const title = objective.title;
  return (
    <>
      <label className="field objective-metric">Metric
        <CommitField label={`Metric of ${title}`} value={objective.metric} placeholder="e.g. p95 latency, ms" onCommit={(metric) => update({ metric })} />
      </label>
      <label className="field">Target
        <select className="select" aria-label={`Target direction of ${title}`} value={objective.direction}
          onChange={(e) => update({ direction: e.target.value as TargetDirection })}>
          <option value="at-least">At least</option>
          <option value="at-most">At most</option>
        </select>
      </label>
      <label className="field objective-number">Target value
        <CommitField label={`Target value of ${title}`} value={objective.targetValue === null ? '' : numberText(objective.targetValue)}
          onCommit={(text) => update({ targetValue: readObjectiveValue(text) })} />
      </label>
      <label className="field objective-number">Current value
        <CommitField label={`Current value of ${title}`} value={objective.currentValue === null ? '' : numberText(objective.currentValue)}
          onCommit={(text) => update({ currentValue: readObjectiveValue(text) })} />
      </label>
    </>
  );
}

export function ObjectiveCard({ plan, view }: { readonly plan: Plan; readonly view: ObjectiveView }) {
  const run = useRun();
  const { objective } = view;
  const update = (changes: ObjectiveFields): void => { run('updateObjective', { id: objective.id, changes }); };
  return (
    <li className="objective-card" aria-label={`Objective ${objective.title}`} data-objective-id={objective.id}>
      <div className="objective-head">
        {/* An empty title is refused and the stored one put back (a typo in a value stays to be corrected; an empty title has nothing to correct). */}
        <CommitField label="Objective title" className="objective-title" value={objective.title} onCommit={(title) => run('updateObjective', { id: objective.id, changes: { title } })} />
        <span className={`objective-status status-${view.status}`} role="status" aria-label={`Status of ${objective.title}`}>
          {OBJECTIVE_STATUS_LABELS[view.status]}{view.isSetByHand ? ' (set by hand)' : ''}
        </span>
        <button type="button" className="button" aria-label={`Remove objective ${objective.title}`}
          onClick={() => run('removeObjective', { id: objective.id })}>Remove</button>
      </div>
      <label className="field">Success criterion
        <CommitField label={`Success criterion of ${objective.title}`} value={objective.successCriterion}
          placeholder="How success is judged, measurably" onCommit={(successCriterion) => update({ successCriterion })} />
      </label>
      <div className="objective-measure">
        <label className="field">Measured by
          <select className="select" aria-label={`Measured by, ${objective.title}`} value={objective.measure}
            onChange={(e) => update({ measure: e.target.value as ObjectiveMeasure })}>
            <option value="milestone">A milestone</option>
            <option value="target">A target value</option>
          </select>
        </label>
        {objective.measure === 'milestone' ? <MilestonePicker plan={plan} view={view} update={update} /> : <TargetFields view={view} update={update} />}
        <label className="field">Status
          <select className="select" aria-label={`Set status of ${objective.title}`} value={objective.statusOverride ?? ''}
            onChange={(e) => update({ statusOverride: e.target.value === '' ? null : e.target.value as SettableObjectiveStatus })}>
            <option value="">From the plan ({OBJECTIVE_STATUS_LABELS[view.derivedStatus]})</option>
            {SETTABLE_OBJECTIVE_STATUSES.map((s) => <option key={s} value={s}>{OBJECTIVE_STATUS_LABELS[s]} (set by hand)</option>)}
          </select>
        </label>
      </div>
      <p className={`objective-reason${view.derivedStatus === 'broken' ? ' is-broken' : ''}`}>{view.reason}</p>
    </li>
  );
}
