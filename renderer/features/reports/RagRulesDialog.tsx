/** The RAG rules, visible and editable; saved with the project through the setRagRules command. */
import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { DEFAULT_RAG_RULES, type Plan, type RagRules } from '../../domain/model';
import { useSessionStore } from '../../store';

type Path = readonly [keyof RagRules, string] | readonly ['periodDays'];

const FIELDS: readonly { path: Path; label: string }[] = [
  { path: ['schedule', 'amberSlipDays'], label: 'Schedule amber: finish late by more than (working days)' },
  { path: ['schedule', 'redSlipDays'], label: 'Schedule red: finish late by more than (working days)' },
  { path: ['schedule', 'amberSpi'], label: 'Schedule amber: SPI below' },
  { path: ['schedule', 'redSpi'], label: 'Schedule red: SPI below' },
  { path: ['cost', 'amberCpi'], label: 'Cost amber: CPI below' },
  { path: ['cost', 'redCpi'], label: 'Cost red: CPI below' },
  { path: ['cost', 'amberOverrunPercent'], label: 'Cost amber: forecast over the approved budget by more than (%)' },
  { path: ['cost', 'redOverrunPercent'], label: 'Cost red: forecast over the approved budget by more than (%)' },
  { path: ['scope', 'amberChanges'], label: 'Scope amber: approved changes since the last report, from' },
  { path: ['scope', 'redChanges'], label: 'Scope red: approved changes since the last report, from' },
  { path: ['risk', 'amberScore'], label: 'Risk amber: highest open threat score from' },
  { path: ['risk', 'redScore'], label: 'Risk red: highest open threat score from' },
  { path: ['periodDays'], label: 'Reporting period (days): "next period" looks this far ahead' },
];

function read(rules: RagRules, path: Path): number {
  if (path[0] === 'periodDays') return rules.periodDays;
  const group = rules[path[0]] as unknown as Record<string, number>;
  return group[path[1] ?? ''] ?? 0;
}

function write(rules: RagRules, path: Path, value: number): RagRules {
  if (path[0] === 'periodDays') return { ...rules, periodDays: value };
  const [group, key] = path;
  return { ...rules, [group]: { ...(rules[group] as object), [key ?? '']: value } };
}

export function RagRulesDialog({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const session = useSessionStore();
  const [rules, setRules] = useState<RagRules>(plan.project.ragRules ?? DEFAULT_RAG_RULES);
  const [problem, setProblem] = useState<string | null>(null);
  const save = (next: RagRules | null): void => {
    const refused = session.getState().dispatch('setRagRules', { rules: next });
    if (refused) setProblem(refused.message);
    else onClose();
  };
  const footer = (
    <>
      <button type="button" className="button" onClick={() => save(null)}>Restore defaults</button>
      <button type="button" className="button" onClick={onClose}>Cancel</button>
      <button type="button" className="button primary" onClick={() => save(rules)}>Save rules</button>
    </>
  );
  return (
    <Dialog title="RAG rules" onClose={onClose} footer={footer} width={560}>
      <p className="muted">Red when any red test holds, else amber when any amber test holds, else green. Overall is the worst dimension.
        {' '}The cost forecast is EAC (CPI method) once a CPI is measured, else the cost as scheduled (bottom-up EAC). With no approved budget set, it is measured against the baseline cost (BAC).</p>
      <div className="rag-rules">
        {FIELDS.map((f) => (
          <label key={f.path.join('.')} className="rag-rule">
            <span>{f.label}</span>
            <input type="number" step="any" value={read(rules, f.path)} aria-label={f.label}
              onChange={(e) => setRules(write(rules, f.path, Number(e.target.value)))} />
          </label>
        ))}
      </div>
      {problem ? <p role="alert" className="rag-problem">{problem}</p> : null}
    </Dialog>
  );
}
