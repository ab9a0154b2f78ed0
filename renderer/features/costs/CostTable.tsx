/**
 * The Cost table: every task in outline order with its budget, baseline cost, forecast cost,
 * actual and remaining cost, variance and earned value at the status date. Budget, fixed cost and
 * actual cost are typed in place (Enter or leaving the cell commits, Esc restores). Only the rows
 * in view are drawn, so a 10,000-task plan scrolls like a 30-task one.
 */
import { useMemo, useRef, useState } from 'react';
import { outlineRows, type Task } from '../../domain/model';
import { deriveEarnedValue, readTypedAmount, ZERO_COST, type EarnedValueFigures } from '../../domain/money';
import { AmountInput } from '../../components/AmountInput';
import { useSessionStore, useUi, useUiStore } from '../../store';
import { formatCostVariance, formatDate, formatMoney, type CostVarianceText } from '../shared/format';
import { scheduledDates } from '../shared/schedule';
import type { CostModel } from './use-cost-model';

const ROW_HEIGHT = 30;
const OVERSCAN = 10;

type Editable = 'budget' | 'fixedCost' | 'actualCost';

interface MoneyCellProps {
  readonly label: string;
  readonly value: number | null;
  readonly currency: string;
  /** Called with what was read (null for an empty cell); returns the command's refusal, if any (already shown by the app). */
  readonly onCommit: (value: number | null) => { message: string } | null;
  readonly onRefuse: (problem: { message: string }) => void;
}

/** A money cell typed in place (money/amount-text.ts reads it); an empty cell clears the value. */
function MoneyCell({ label, value, currency, onCommit, onRefuse }: MoneyCellProps) {
  const commit = (text: string): boolean => {
    const read = readTypedAmount(text, { label, currency, noun: 'an amount' });
    if (!read.ok) {
      onRefuse(read.error);
      return false;
    }
    // A command's refusal is shown by the app's notices (the session's lastProblem).
    return read.value === value || onCommit(read.value) === null;
  };
  return (
    <AmountInput className="inline-input right money-input" aria-label={label} inputMode="decimal"
      value={value === null ? '' : formatMoney(value, currency)} editValue={value === null ? '' : String(Math.round(value * 100) / 100)}
      onCommit={commit} />
  );
}

const ratio = (v: number | null): string => (v === null ? '–' : v.toFixed(2));

const VARIANCE_TONE: Readonly<Record<CostVarianceText['side'], string>> = { over: 'bad', under: 'good', on: '' };

/** Cost − baseline cost, its side in words and colour: "+$400" over (danger), "−$150" under (success). */
function VarianceCell({ variance, currency }: { variance: number | null; currency: string }) {
  if (variance === null) return <td className="right">–</td>;
  const shown = formatCostVariance(variance, currency);
  // The sign is for the eye; a screen reader hears the words (a bare "+" or "−" is easily missed).
  return (
    <td className={`right ${VARIANCE_TONE[shown.side]}`} title={shown.words}>
      <span className="variance-figure" aria-hidden="true">{shown.text}</span><span className="visually-hidden">{shown.words}</span>
    </td>
  );
}

export function CostTable({ model }: { model: CostModel }) {
  const { plan, costs, evm } = model;
  const currency = plan.project.currency;
  const collapsed = useUi((s) => s.collapsed);
  const ui = useUiStore();
  const session = useSessionStore();
  const rows = useMemo(() => outlineRows(plan.tasks, (id) => collapsed.has(id)), [plan.tasks, collapsed]);
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);
  const money = (v: number): string => formatMoney(v, currency);

  const commit = (task: Task, field: Editable, value: number | null): { message: string } | null => {
    const state = session.getState();
    if (field === 'budget') return state.dispatch('setBudget', { taskId: task.id, budget: value });
    if (field === 'fixedCost') return state.dispatch('updateTaskCosts', { id: task.id, changes: { fixedCost: value ?? 0 } });
    // The dates as scheduled: an actual cost on a task not yet started marks it started as scheduled (money-commands.ts).
    const scheduled = state.plan ? scheduledDates(state.plan, model.schedule, task.id) : {};
    const refused = state.dispatch('updateTaskCosts', { id: task.id, changes: { actualCost: value }, ...scheduled });
    const started = session.getState().plan?.tasks[task.id]?.actualStart ?? null;
    if (refused === null && task.actualStart === null && started !== null) {
      ui.getState().notify({ tone: 'info', message: `'${task.name}' had not started: it is now marked started on ${formatDate(started)}, its scheduled start, to hold its actual cost.` });
    }
    return refused;
  };
  const refuse = (problem: { message: string }): void => { ui.getState().notify({ tone: 'error', message: problem.message }); };

  return (
    <div className="cost-table-scroll" ref={scroller} tabIndex={-1}
      onScroll={(e) => setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}>
      <table className="data-table cost-table" aria-label="Costs" aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            <th className="name">Task</th><th className="right">Budget</th><th className="right">Baseline</th>
            <th className="right" title="Cost as scheduled (bottom-up EAC): actual + remaining">Cost</th><th className="right">Fixed cost</th><th className="right" title="Actual cost recorded on the task (MS Project's Actual Cost), whenever it was spent; the Actual cost (AC) figure counts only what was spent by the status date">Actual</th><th className="right" title="Cost less the actual cost recorded (MS Project's Remaining Cost); the column adds up to the summary's Remaining">Remaining</th>
            <th className="right" title="Cost variance: cost less baseline cost (MS Project's Cost Variance). + is over the baseline, − is under">Variance</th><th className="right" title="Planned value (BCWS)">PV</th><th className="right" title="Earned value (BCWP)">EV</th>
            <th className="right" title="Schedule performance index">SPI</th><th className="right" title="Cost performance index">CPI</th>
            <th className="right" title="EAC (CPI method): baseline cost / CPI">EAC</th>
          </tr>
        </thead>
        <tbody>
          {first > 0 ? <tr aria-hidden="true" style={{ height: first * ROW_HEIGHT }} /> : null}
          {rows.slice(first, last).map((row, i) => {
            const { task } = row;
            const cost = costs.tasks.get(task.id) ?? ZERO_COST;
            const base = evm.tasks.get(task.id);
            const ev: EarnedValueFigures | null = base ? deriveEarnedValue(base) : null;
            const baselineCost = model.baseline?.tasks[task.id]?.cost ?? null;
            const variance = baselineCost === null ? null : cost.cost - baselineCost;
            const isOver = task.budget !== undefined && cost.cost > task.budget;
            return (
              <tr key={task.id} aria-rowindex={first + i + 2} className={`${row.hasChildren ? 'summary' : ''} ${isOver ? 'over-budget' : ''}`} style={{ height: ROW_HEIGHT }}>
                <td className="name" style={{ paddingLeft: 8 + row.depth * 16 }}><div className="cost-task-name">
                  {row.hasChildren ? (
                    <button type="button" className="icon-button tiny" aria-expanded={!collapsed.has(task.id)} aria-label={`${collapsed.has(task.id) ? 'Expand' : 'Collapse'} ${task.name}`}
                      onClick={() => ui.getState().toggleCollapsed(task.id)}>{collapsed.has(task.id) ? '▸' : '▾'}</button>
                  ) : null}
                  <span className="muted wbs">{row.wbs}</span> <span title={task.name}>{task.name}</span>{isOver ? <span className="cost-flag" title="Cost as scheduled is over this task's budget"> over budget</span> : null}
                </div></td>
                <td className="right"><MoneyCell label={`Budget of ${task.name}`} value={task.budget ?? null} currency={currency} onCommit={(v) => commit(task, 'budget', v)} onRefuse={refuse} /></td>
                <td className="right">{baselineCost === null ? '–' : money(baselineCost)}</td>
                <td className="right">{money(cost.cost)}</td>
                {/* A summary's own fixed cost is typed like a leaf's (MS Project allows it); its row's Cost adds it to its subtasks'. */}
                <td className="right"><MoneyCell label={`Fixed cost of ${task.name}`} value={task.fixedCost ?? 0} currency={currency} onCommit={(v) => commit(task, 'fixedCost', v)} onRefuse={refuse} /></td>
                <td className="right">{row.hasChildren ? money(cost.actualCost)
                  : <MoneyCell label={`Actual cost of ${task.name}`} value={cost.actualCost} currency={currency} onCommit={(v) => commit(task, 'actualCost', v)} onRefuse={refuse} />}</td>
                <td className="right">{money(cost.remainingCost)}</td>
                <VarianceCell variance={variance} currency={currency} />
                <td className="right">{ev ? money(ev.pv) : '–'}</td>
                <td className="right">{ev ? money(ev.ev) : '–'}</td>
                <td className="right">{ratio(ev?.spi ?? null)}</td>
                <td className="right">{ratio(ev?.cpi ?? null)}</td>
                <td className="right">{ev?.eacCpi === null || ev?.eacCpi === undefined ? '–' : money(ev.eacCpi)}</td>
              </tr>
            );
          })}
          {last < rows.length ? <tr aria-hidden="true" style={{ height: (rows.length - last) * ROW_HEIGHT }} /> : null}
        </tbody>
      </table>
      {rows.length === 0 ? <div className="empty-state"><h2>No tasks yet</h2><p>Add tasks and people with rates to see what the plan costs.</p></div> : null}
    </div>
  );
}
