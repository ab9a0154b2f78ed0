/** The charter's objectives, each with a measurable success criterion and its status. */
import { useEffect, useRef, useState } from 'react';
import type { ObjectiveView } from '../../domain/lifecycle';
import type { Plan } from '../../domain/model';
import { useSessionStore } from '../../store';
import { useRun } from '../stakeholders/use-run';
import { AddLine } from './CommitField';
import { ObjectiveCard } from './ObjectiveCard';

export function ObjectivesSection({ plan, objectives, hasBaseline }: {
  readonly plan: Plan; readonly objectives: readonly ObjectiveView[]; readonly hasBaseline: boolean;
}) {
  const run = useRun();
  const session = useSessionStore();
  const list = useRef<HTMLUListElement>(null);
  // The objective just added: once its card is on screen the keyboard goes to its title, as a row
  // added in Linear or Excel takes the cursor, so its name is worked on at once.
  const [addedId, setAddedId] = useState<string | null>(null);
  useEffect(() => {
    if (addedId === null) return;
    const title = list.current?.querySelector<HTMLInputElement>(`[data-objective-id="${CSS.escape(addedId)}"] .objective-title`);
    if (!title) return;
    title.focus();
    title.setSelectionRange(title.value.length, title.value.length);
    setAddedId(null);
  }, [addedId, objectives]);
  const add = (title: string): boolean => {
    const before = new Set(objectives.map((o) => o.objective.id));
    if (!run('addObjective', { title })) return false;
    setAddedId(session.getState().plan?.project.charter?.objectives.find((o) => !before.has(o.id))?.id ?? null);
    return true;
  };
  const achieved = objectives.filter((o) => o.status === 'achieved').length;
  return (
    <section className="charter-section" aria-label="Objectives">
      <h3>Objectives and success criteria <span className="muted">{String(achieved)} of {String(objectives.length)} achieved</span></h3>
      {!hasBaseline && objectives.some((o) => o.objective.measure === 'milestone')
        ? <p className="muted">Milestones are measured against the baseline (else their deadline); save a baseline to see them on track or late.</p> : null}
      <ul className="objective-list" ref={list}>
        {objectives.map((view) => <ObjectiveCard key={view.objective.id} plan={plan} view={view} />)}
      </ul>
      <AddLine label="New objective" placeholder="New objective, Enter" onAdd={add} />
    </section>
  );
}
