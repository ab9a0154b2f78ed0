/** The small dialog a click on an arrow opens: change the link's type and lag, or delete it. */
import { useMemo, useState } from 'react';
import { Popover, pointAnchor } from '../../components/Popover';
import { LINK_TYPE_NAMES } from '../../domain/commands';
import { formatDuration, parseDuration, type Link, type LinkType, type Plan } from '../../domain/model';
import { useSession, useUi } from '../../store';

export interface LinkEditorProps {
  readonly plan: Plan;
  readonly link: Link;
  readonly x: number;
  readonly y: number;
  readonly onClose: () => void;
}

export function LinkEditor({ plan, link, x, y, onClose }: LinkEditorProps) {
  const dispatch = useSession((s) => s.dispatch);
  const notify = useUi((s) => s.notify);
  const [type, setType] = useState<LinkType>(link.type);
  const [lag, setLag] = useState(formatDuration(link.lagMinutes, plan.project, link.lagIsElapsed));
  const from = plan.tasks[link.predecessorId]?.name ?? '?';
  const to = plan.tasks[link.successorId]?.name ?? '?';
  // Hangs below the click on the arrow, inside the window.
  const anchor = useMemo(() => pointAnchor(x, y), [x, y]);

  const save = (): void => {
    const parsed = parseDuration(lag, plan.project);
    if (!parsed) {
      notify({ tone: 'error', message: `Lag '${lag}' is not a duration (try 2d, -4h or 1ed).` });
      return;
    }
    // A refused edit is reported by the app's notices (the session's lastProblem), with where it
    // happened; notifying it here too put up a second notice, the same words without the where.
    if (dispatch('updateLink', { id: link.id, changes: { type, lagMinutes: parsed.minutes, lagIsElapsed: parsed.isElapsed } }) === null) onClose();
  };
  const remove = (): void => {
    dispatch('removeLink', { id: link.id });
    onClose();
  };

  return (
    <Popover anchor={anchor} className="gl-link-editor" label="Edit link" placement="bottom" onClose={onClose}>
      <p className="gl-link-title">{from} → {to}</p>
      <label>
        Type
        <select value={type} onChange={(e) => setType(e.target.value as LinkType)}>
          {(Object.keys(LINK_TYPE_NAMES) as LinkType[]).map((t) => <option key={t} value={t}>{`${t} — ${LINK_TYPE_NAMES[t]}`}</option>)}
        </select>
      </label>
      <label>
        Lag
        <input value={lag} onChange={(e) => setLag(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && save()} />
      </label>
      <div className="gl-link-actions">
        <button type="button" className="gl-danger" onClick={remove}>Delete link</button>
        <button type="button" onClick={onClose}>Cancel</button>
        <button type="button" className="gl-primary" onClick={save}>Save</button>
      </div>
    </Popover>
  );
}
