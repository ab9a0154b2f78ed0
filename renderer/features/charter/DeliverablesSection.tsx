/** Deliverables, each tied to the summary task or milestone that produces it, with that task's progress. */
import { canDeliver, type DeliverableView } from '../../domain/lifecycle';
import type { Plan, Task, TaskId } from '../../domain/model';
import { useSession } from '../../store';
import { formatDate } from '../shared/format';
import { useRun } from '../stakeholders/use-run';
import { AddLine, CommitField } from './CommitField';
import { percentText } from '../../domain/model';

function progressText(view: DeliverableView): string {
  if (view.isMissing) return 'Its task is no longer in the plan';
  if (!view.task) return 'No task linked';
  return `${percentText(view.percentComplete ?? 0, 0)} done · finish ${formatDate(view.finish ?? view.task.finish)}`;
}

function DeliverableRow({ plan, view }: { readonly plan: Plan; readonly view: DeliverableView }) {
  const run = useRun();
  const { deliverable } = view;
  const schedule = useSession((s) => s.schedule);
  const startOf = (t: Task): string => schedule?.tasks.get(t.id)?.start ?? t.start;
  const producers = Object.values(plan.tasks).filter(canDeliver).sort((a, b) => startOf(a).localeCompare(startOf(b)) || a.name.localeCompare(b.name));
  return (
    <li className="deliverable-row" aria-label={`Deliverable ${deliverable.name}`}>
      <CommitField label="Deliverable name" value={deliverable.name}
        onCommit={(name) => run('updateDeliverable', { id: deliverable.id, changes: { name } })} />
      <select className="select" aria-label={`Task of ${deliverable.name}`} value={deliverable.taskId ?? ''}
        onChange={(e) => run('updateDeliverable', { id: deliverable.id, changes: { taskId: e.target.value === '' ? null : e.target.value as TaskId } })}>
        <option value="">No task</option>
        {view.isMissing ? <option value={deliverable.taskId ?? ''}>(deleted task)</option> : null}
        {producers.map((t) => <option key={t.id} value={t.id}>{t.kind === 'milestone' ? '◆ ' : ''}{t.name}</option>)}
      </select>
      <span className={view.isMissing ? 'is-broken' : 'muted'}>{progressText(view)}</span>
      <button type="button" className="button icon-button" aria-label={`Remove deliverable ${deliverable.name}`}
        onClick={() => run('removeDeliverable', { id: deliverable.id })}>×</button>
    </li>
  );
}

export function DeliverablesSection({ plan, deliverables }: { readonly plan: Plan; readonly deliverables: readonly DeliverableView[] }) {
  const run = useRun();
  return (
    <section className="charter-section" aria-label="Deliverables">
      <h3>Deliverables <span className="muted">each tied to the summary task or milestone that produces it</span></h3>
      <ul className="deliverable-list">
        {deliverables.map((view) => <DeliverableRow key={view.deliverable.id} plan={plan} view={view} />)}
      </ul>
      <AddLine label="New deliverable" placeholder="New deliverable, Enter" onAdd={(name) => run('addDeliverable', { name })} />
    </section>
  );
}
