/**
 * The Risks view: the risk register (5x5 heat map + table) and the issues log, assumptions and
 * decisions as tabs. Scores, codes and exposure come from domain/raid; edits are commands.
 */
import { useMemo, useState } from 'react';
import type { RiskId } from '../../domain/model';
import {
  riskCodes, riskScore, largestImpact, scoreBand, scoreTrend, TREND_ARROWS, isReviewOverdue, personName, RISK_KIND_LABELS, RISK_STATUS_LABELS, SCORE_TREND_LABELS,
} from '../../domain/raid';
import { useSession } from '../../store';
import type { AddRiskArgs } from '../../domain/commands';
import { todayLocal } from '../costs/use-cost-model';
import { formatDate } from '../shared/format';
import { OPEN_THREATS_EXPOSURE, OPEN_THREATS_EXPOSURE_MEANING, openThreatsExposureText } from '../shared/exposure-text';
import { useServices } from '../shared/services';
import { HeatMap } from './HeatMap';
import { RaidLogs, RegisterExportButton, type LogTab } from './RaidLogs';
import { RiskEditor } from './RiskEditor';
import { RiskCategoriesDialog } from './RiskCategoriesDialog';
import { TaskChips } from './TaskChips';
import { ScheduleRiskView } from './ScheduleRiskView';
import './risks.css';

type Tab = 'risks' | LogTab | 'schedule-risk';
const TABS: readonly { tab: Tab; label: string }[] = [
  { tab: 'risks', label: 'Risk register' }, { tab: 'issues', label: 'Issues' },
  { tab: 'assumptions', label: 'Assumptions' }, { tab: 'decisions', label: 'Decisions' },
  { tab: 'schedule-risk', label: 'Schedule risk' },
];

export function RisksView() {
  const [tab, setTab] = useState<Tab>('risks');
  // A risk named in a log (an assumption's) opened from there: the register shows it in its editor.
  const [shownRisk, setShownRisk] = useState<RiskId | null>(null);
  const showRisk = (id: RiskId): void => { setShownRisk(id); setTab('risks'); };
  return (
    <div className="risks-view">
      <div className="risks-tabs" role="tablist" aria-label="RAID log">
        {TABS.map((t) => (
          <button key={t.tab} type="button" role="tab" aria-selected={tab === t.tab} className={`tab ${tab === t.tab ? 'active' : ''}`}
            onClick={() => { setShownRisk(null); setTab(t.tab); }}>{t.label}</button>
        ))}
      </div>
      {tab === 'risks' ? <RiskRegister shownRisk={shownRisk} onEditorClosed={() => setShownRisk(null)} />
        : tab === 'schedule-risk' ? <ScheduleRiskView /> : <RaidLogs tab={tab} onShowRisk={showRisk} />}
    </div>
  );
}

export interface Cell { readonly probability: number; readonly impact: number }

/** `shownRisk` is open in the editor as the register shows (a risk opened from a log); `onEditorClosed` says it was closed. */
function RiskRegister({ shownRisk, onEditorClosed }: { shownRisk: RiskId | null; onEditorClosed: () => void }) {
  const plan = useSession((s) => s.plan);
  const { newId } = useServices();
  const [cell, setCell] = useState<Cell | null>(null);
  const [editing, setEditing] = useState<RiskId | null>(shownRisk);
  // A risk "Add risk" is adding: shown in the editor, added to the plan with its first change or on Done.
  const [adding, setAdding] = useState<{ id: RiskId; fields: AddRiskArgs['fields'] } | null>(null);
  const [isEditingCategories, setEditingCategories] = useState(false);
  const codes = useMemo(() => (plan ? riskCodes(plan) : new Map<string, string>()), [plan]);
  if (!plan) return null;
  const today = todayLocal();
  const risks = Object.values(plan.risks)
    .filter((r) => !cell || (r.probability === cell.probability && largestImpact(r) === cell.impact))
    .sort((a, b) => riskScore(b) - riskScore(a) || ((codes.get(a.id) ?? '') < (codes.get(b.id) ?? '') ? -1 : 1));
  const addRisk = (preset: Cell | null): void => {
    const id = newId() as RiskId;
    setAdding({ id, fields: { title: 'New risk', ...(preset ? { probability: preset.probability, impact: preset.impact } : {}) } });
    setEditing(id);
  };
  const open = (id: RiskId | null): void => {
    setAdding(null);
    setEditing(id);
    if (id === null) onEditorClosed();
  };
  return (
    <div className="risk-register">
      <div className="toolbar" role="toolbar" aria-label="Risk register">
        <button type="button" className="button primary" onClick={() => addRisk(cell)}>Add risk{cell ? ` (P${String(cell.probability)} × I${String(cell.impact)})` : ''}</button>
        {cell ? <button type="button" className="button" onClick={() => setCell(null)}>Show all risks</button> : null}
        <button type="button" className="button" onClick={() => setEditingCategories(true)}>Categories…</button>
        <RegisterExportButton tab="risks" />
        <span className="muted" title={OPEN_THREATS_EXPOSURE_MEANING}>{OPEN_THREATS_EXPOSURE}: {openThreatsExposureText(plan)}</span>
      </div>
      <div className="risk-body">
        <HeatMap plan={plan} selected={cell} onSelect={setCell} onAdd={addRisk} />
        <table className="risk-table" aria-label="Risks">
          <thead><tr><th>ID</th><th>Title</th><th>Type</th><th>Category</th><th>P</th><th>I</th><th>Score</th><th>Owner</th><th>Status</th><th>Review</th><th>Tasks</th></tr></thead>
          <tbody>
            {risks.map((r) => {
              const score = riskScore(r);
              const overdue = isReviewOverdue(r, today);
              return (
                <tr key={r.id}>
                  <td>{codes.get(r.id)}</td>
                  <td><button type="button" className="link-button" onClick={() => open(r.id)}>{r.title}</button></td>
                  <td>{RISK_KIND_LABELS[r.kind ?? 'threat']}</td>
                  <td>{r.category}</td>
                  <td>{r.probability}</td>
                  <td>{largestImpact(r)}</td>
                  <td className="score-cell"><span className={`score score-${scoreBand(score)}`}>{score}</span> <span aria-label={`trend ${SCORE_TREND_LABELS[scoreTrend(r)].toLowerCase()}`}>{TREND_ARROWS[scoreTrend(r)]}</span></td>
                  <td>{personName(plan, r.ownerId, r.owner)}</td>
                  <td>{RISK_STATUS_LABELS[r.status]}</td>
                  {/* Dated as every date in the app (the Decisions tab's, the change log's), the ISO day as its tooltip. */}
                  <td className={overdue ? 'review-cell overdue' : 'review-cell'} title={r.reviewOn ?? undefined}>{r.reviewOn ? formatDate(r.reviewOn) : ''}{overdue ? ' (overdue)' : ''}</td>
                  <td><TaskChips plan={plan} ids={[...r.taskIds, ...(r.mitigationTaskIds ?? [])]} showPercent /></td>
                </tr>
              );
            })}
            {risks.length === 0 ? <tr><td colSpan={11} className="muted">No risks{cell ? ' in this cell' : ''} yet.</td></tr> : null}
          </tbody>
        </table>
      </div>
      {editing && (plan.risks[editing] || adding?.id === editing) ? <RiskEditor plan={plan} riskId={editing} onClose={() => open(null)}
        {...(adding?.id === editing ? { adding: adding.fields } : {})} /> : null}
      {isEditingCategories ? <RiskCategoriesDialog plan={plan} onClose={() => setEditingCategories(false)} /> : null}
    </div>
  );
}
