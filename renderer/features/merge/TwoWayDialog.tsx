/**
 * No common ancestor (an unrelated plan, a file from MS Project, or history this machine never
 * saw): the two plans compared, and each change accepted or rejected. Accepted changes apply as
 * one undoable command, through the import gate.
 */
import { useMemo, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { applyChanges, diffPlans, fieldInWords, meaningfulChanges, visibleChanges } from '../../domain/diff';
import { admitPlan, type NotCarried } from '../../domain/formats';
import type { Plan } from '../../domain/model';
import { useSession, useSessionStore, useUiStore } from '../../store';
import { useServices } from '../shared/services';
import { applyMergeNow, mergeSummary } from './apply-merge';
import { ChangeTable } from './ChangeTable';
import './merge.css';

export interface TwoWayProps {
  readonly name: string;
  readonly theirs: Plan;
  /** What their file has no place for (a CSV's project id and name, its rows' ranks): read as ours, so no change. */
  readonly notCarried: NotCarried | undefined;
  readonly why: string;
  readonly onClose: () => void;
}

export function TwoWayDialog({ name, theirs, notCarried, why, onClose }: TwoWayProps) {
  const services = useServices();
  const session = useSessionStore();
  const ui = useUiStore();
  const ours = useSession((s) => s.plan);
  const diff = useMemo(() => (ours ? diffPlans(ours, theirs, { notCarried: { b: notCarried } }) : null), [ours, theirs, notCarried]);
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  if (!ours || !diff) return null;
  const toggle = (key: string): void => setAccepted((s) => {
    const next = new Set(s);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    return next;
  });
  const apply = async (): Promise<void> => {
    const chosen = meaningfulChanges(diff.changes).filter((c) => accepted.has(c.key));
    const admitted = admitPlan(applyChanges(ours, chosen), 'merge');
    if (!admitted.ok) {
      setProblem(`Those changes cannot be applied together: ${admitted.error.message} Your plan is unchanged.`);
      return;
    }
    const refused = await applyMergeNow(services, session, {
      merged: admitted.value.plan, theirs, theirText: '', name, changeCount: chosen.length, conflictCount: 0, details: chosen.map((c) => `${c.label}: ${c.field === undefined ? c.op : fieldInWords(c.field)}`),
    });
    if (refused !== null) {
      setProblem(refused);
      return;
    }
    ui.getState().notify({ tone: 'info', message: `${mergeSummary(name, chosen.length, 0)}.` });
    onClose();
  };
  return (
    <Dialog title={`Compare and accept changes from “${name}”`} onClose={onClose} width={1000}
      footer={<>
        <button type="button" className="button" onClick={onClose}>Cancel</button>
        <button type="button" className="button primary" disabled={accepted.size === 0} onClick={() => void apply()}>Apply {accepted.size} accepted</button>
      </>}>
      <p role="note" className="merge-why">{why}</p>
      {problem ? <p role="alert" className="merge-problem">{problem}</p> : null}
      <ChangeTable rows={visibleChanges(diff).filter((r) => !r.key.startsWith('dates/'))} accepted={accepted} onToggle={toggle} />
    </Dialog>
  );
}
