/**
 * Closure: the checklist (item, owner, done) and the lessons learned (what went well, what to
 * improve, recommendations; each with a category and an owner). Kept with the plan.
 */
import { useState } from 'react';
import { closureOf, closureOffer } from '../../domain/lifecycle';
import { LESSON_KIND_LABELS, LESSON_KINDS, lessonsCriterion, type LessonKind, type Plan, type Resource, type ResourceId } from '../../domain/model';
import { useRun } from '../stakeholders/use-run';
import { AddLine, CommitField } from './CommitField';
import { ClosureOffer } from './ClosureOffer';

function OwnerPicker({ label, people, value, onChange }: {
  readonly label: string; readonly people: readonly Resource[]; readonly value: ResourceId | null; readonly onChange: (id: ResourceId | null) => void;
}) {
  const isGone = value !== null && !people.some((p) => p.id === value);
  return (
    <select className="select" aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value as ResourceId)}>
      <option value="">No owner</option>
      {isGone ? <option value={value ?? ''}>(no longer on the team)</option> : null}
      {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
    </select>
  );
}

function ClosureChecklist({ plan, people }: { readonly plan: Plan; readonly people: readonly Resource[] }) {
  const run = useRun();
  const { checklist } = closureOf(plan);
  const done = checklist.filter((c) => c.done).length;
  return (
    <div className="closure-checklist" role="group" aria-label="Closure checklist">
      <h4>Closure checklist <span className="muted">{String(done)} of {String(checklist.length)} done</span></h4>
      <ul>
        {checklist.map((c) => (
          <li key={c.id}>
            <input type="checkbox" checked={c.done} aria-label={c.item}
              onChange={(e) => run('updateClosureItem', { itemId: c.id, changes: { done: e.target.checked } })} />
            <CommitField label={`Closure item: ${c.item}`} value={c.item} onCommit={(item) => run('updateClosureItem', { itemId: c.id, changes: { item } })} />
            <OwnerPicker label={`Owner of ${c.item}`} people={people} value={c.ownerId}
              onChange={(ownerId) => run('updateClosureItem', { itemId: c.id, changes: { ownerId } })} />
            <button type="button" className="button icon-button" aria-label={`Remove ${c.item}`} onClick={() => run('removeClosureItem', { itemId: c.id })}>×</button>
          </li>
        ))}
      </ul>
      <AddLine label="New closure item" placeholder="New closure item, Enter" onAdd={(item) => run('addClosureItem', { item })} />
    </div>
  );
}

function LessonForm({ people }: { readonly people: readonly Resource[] }) {
  const run = useRun();
  const [kind, setKind] = useState<LessonKind>('went-well');
  const [category, setCategory] = useState('');
  const [ownerId, setOwnerId] = useState<ResourceId | null>(null);
  return (
    <div className="lesson-form" role="group" aria-label="New lesson">
      <label className="field">Kind
        <select className="select" aria-label="Lesson kind" value={kind} onChange={(e) => setKind(e.target.value as LessonKind)}>
          {LESSON_KINDS.map((k) => <option key={k} value={k}>{LESSON_KIND_LABELS[k]}</option>)}
        </select>
      </label>
      <label className="field">Category
        <input className="text-input" aria-label="Lesson category" value={category} placeholder="e.g. Testing" onChange={(e) => setCategory(e.target.value)} />
      </label>
      <label className="field">Owner<OwnerPicker label="Lesson owner" people={people} value={ownerId} onChange={setOwnerId} /></label>
      <label className="field lesson-text">Lesson
        <AddLine label="New lesson" placeholder="What happened and what to do about it, Enter"
          onAdd={(text) => run('addLesson', { kind, text, category, ownerId })} />
      </label>
    </div>
  );
}

/** What recording a lesson does at the Closure gate (addLesson ticks its lessons criterion); nothing when it has none. */
function LessonsGateNote({ plan }: { readonly plan: Plan }) {
  const found = lessonsCriterion(plan.phases);
  const phase = found ? plan.phases[found.phaseId] : undefined;
  const criterion = phase?.gate?.criteria.find((c) => c.id === found?.criterionId);
  if (!phase || !criterion) return null;
  return (
    <p className="muted" role="status" aria-label="Closure gate criterion">
      {criterion.done ? `'${criterion.item}' is ticked at the ${phase.name} gate.` : `Recording a lesson ticks '${criterion.item}' at the ${phase.name} gate.`}
    </p>
  );
}

function LessonsLearned({ plan, people }: { readonly plan: Plan; readonly people: readonly Resource[] }) {
  const run = useRun();
  const { lessons } = closureOf(plan);
  return (
    <div className="lessons" role="group" aria-label="Lessons learned">
      <h4>Lessons learned <span className="muted">{String(lessons.length)} recorded</span></h4>
      <LessonsGateNote plan={plan} />
      <div className="lesson-kinds">
        {LESSON_KINDS.map((kind) => (
          <div key={kind} role="group" aria-label={LESSON_KIND_LABELS[kind]} className="lesson-kind">
            <h5>{LESSON_KIND_LABELS[kind]}</h5>
            {lessons.some((l) => l.kind === kind) ? null : <p className="muted">None yet.</p>}
            <ul>
              {lessons.filter((l) => l.kind === kind).map((l) => (
                <li key={l.id}>
                  <CommitField label={`Lesson: ${l.text}`} value={l.text} onCommit={(text) => run('updateLesson', { id: l.id, changes: { text } })} />
                  <CommitField label={`Category of ${l.text}`} className="lesson-category" value={l.category} placeholder="category"
                    onCommit={(category) => run('updateLesson', { id: l.id, changes: { category } })} />
                  <OwnerPicker label={`Owner of ${l.text}`} people={people} value={l.ownerId}
                    onChange={(ownerId) => run('updateLesson', { id: l.id, changes: { ownerId } })} />
                  <button type="button" className="button icon-button" aria-label={`Remove lesson ${l.text}`} onClick={() => run('removeLesson', { id: l.id })}>×</button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <LessonForm people={people} />
    </div>
  );
}

export function ClosureSection({ plan }: { readonly plan: Plan }) {
  const run = useRun();
  const offer = closureOffer(plan);
  const people = Object.values(plan.resources).filter((r) => r.type === 'work').sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section className="charter-section" aria-label="Closure">
      <h3>Closure</h3>
      {offer === 'not-yet' ? (
        <p className="muted">Closure is offered when the last phase gate passes.{' '}
          <button type="button" className="button" onClick={() => run('startClosure', {})}>Start closure now</button>
        </p>
      ) : null}
      {offer === 'offer' ? <ClosureOffer isOnCharter /> : null}
      {offer === 'started' ? (
        <div className="closure-body">
          <ClosureChecklist plan={plan} people={people} />
          <LessonsLearned plan={plan} people={people} />
        </div>
      ) : null}
    </section>
  );
}
