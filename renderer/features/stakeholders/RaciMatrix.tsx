/**
 * The RACI matrix: deliverables (summary tasks and milestones) down, the team and stakeholders
 * across. A cell is filled by typing R, A, C or I and cleared with Delete; arrows move between
 * cells (one Tab stop, a roving cursor, as in the task grid). A row without exactly one A is
 * flagged with the reason.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { TaskId } from '../../domain/model';
import { raciDeliverables, raciIndex, raciKey, raciParties, raciRoleOfKey, raciRowProblem, type RaciParty } from '../../domain/stakeholders';
import { useSession } from '../../store';
import { useRun } from './use-run';

const ROLE_NAMES = { R: 'Responsible', A: 'Accountable', C: 'Consulted', I: 'Informed' } as const;

export function RaciMatrix() {
  const plan = useSession((s) => s.plan);
  const run = useRun();
  const table = useRef<HTMLTableElement>(null);
  const [cursor, setCursor] = useState({ row: 0, col: 0 });
  const [hasFocus, setHasFocus] = useState(false);
  useEffect(() => {
    if (hasFocus) table.current?.querySelector<HTMLElement>(`[data-cell="${String(cursor.row)}:${String(cursor.col)}"]`)?.focus();
  }, [cursor, hasFocus]);
  if (!plan) return null;
  const rows = raciDeliverables(plan);
  const parties = raciParties(plan);
  const index = raciIndex(plan);
  if (rows.length === 0 || parties.length === 0) {
    return <p className="muted stakeholders-empty">{rows.length === 0
      ? 'The RACI matrix lists deliverables: summary tasks and milestones. Add some in the task table.'
      : 'Add team members (Team) or stakeholders (Register) to fill the RACI matrix.'}</p>;
  }
  // Rows or columns may have gone since the cursor was placed: keep it on a cell that exists.
  const at = { row: clamp(cursor.row, rows.length), col: clamp(cursor.col, parties.length) };
  const set = (taskId: TaskId, party: RaciParty, role: 'R' | 'A' | 'C' | 'I' | null): void => {
    run('setRaci', { taskId, partyKind: party.kind, partyId: party.id, role });
  };
  const onKey = (e: KeyboardEvent, taskId: TaskId, party: RaciParty): void => {
    const step = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[e.key];
    if (step) {
      e.preventDefault();
      setCursor({ row: clamp(at.row + (step[0] ?? 0), rows.length), col: clamp(at.col + (step[1] ?? 0), parties.length) });
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const role = raciRoleOfKey(e.key);
    if (role || e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      set(taskId, party, role);
    }
  };
  return (
    <div className="stakeholders-scroll">
      <table ref={table} className="data-table raci-table" role="grid" aria-label="RACI matrix"
        onFocus={() => setHasFocus(true)} onBlur={(e) => { if (!e.currentTarget.contains(e.relatedTarget)) setHasFocus(false); }}>
        <thead><tr>
          <th className="raci-deliverable-head">Deliverable · check</th>
          {parties.map((p) => <th key={`${p.kind}:${p.id}`} className="raci-party" title={`${p.name} (${p.kind === 'stakeholder' ? 'stakeholder' : 'team member'})`}>
            <span className="party-name">{p.name}</span><span className="party-kind">{p.kind === 'stakeholder' ? 'stakeholder' : 'team'}</span></th>)}
        </tr></thead>
        <tbody>
          {rows.map((task, r) => {
            const problem = raciRowProblem(plan, task.id);
            return (
              <tr key={task.id}>
                <th scope="row" className="raci-deliverable">{task.kind === 'milestone' ? '◆ ' : ''}{task.name}
                  {problem ? <span className="raci-flag">{problem}</span> : <span className="raci-ok">✓ one A</span>}</th>
                {parties.map((p, c) => {
                  const role = index.get(raciKey(task.id, p.kind, p.id))?.role ?? null;
                  const isCursor = at.row === r && at.col === c;
                  return (
                    <td key={`${p.kind}:${p.id}`} role="gridcell" tabIndex={isCursor ? 0 : -1} data-cell={`${String(r)}:${String(c)}`}
                      className={`raci-cell ${role ? `role-${role}` : ''}`} aria-label={`${task.name}, ${p.name}: ${role ? ROLE_NAMES[role] : 'empty'}`}
                      onClick={() => setCursor({ row: r, col: c })} onKeyDown={(e) => onKey(e, task.id, p)}>{role ?? ''}</td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted">Select a cell and type R, A, C or I; Delete clears it; arrows move. Each deliverable needs exactly one A.</p>
    </div>
  );
}

const clamp = (value: number, count: number): number => Math.max(0, Math.min(count - 1, value));
