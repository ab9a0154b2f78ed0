/** The project's money at a glance: budget, baseline, both forecasts by their standard names (cost-forecast.ts), actual, and how cost and schedule perform. */
import { deriveEarnedValue } from '../../domain/money';
import { reserveCover, reserveCoverWords } from '../../domain/raid';
import { FORECAST_NAMES } from '../../domain/report';
import { formatDate, formatMoney } from '../shared/format';
import type { CostModel } from './use-cost-model';

const ratio = (value: number | null): string => (value === null ? '–' : value.toFixed(2));

export function CostSummary({ model }: { model: CostModel }) {
  const { plan, costs, evm } = model;
  const currency = plan.project.currency;
  const money = (v: number): string => formatMoney(v, currency);
  const p = deriveEarnedValue(evm.project);
  const budget = plan.project.budget;
  // Each forecast says for itself when it passes the approved budget: the CPI method can be over
  // while the plan as scheduled is not (work done so far cost more than it earned).
  const overBudget = budget !== undefined && costs.project.cost > budget;
  const cpiOverBudget = budget !== undefined && p.eacCpi !== null && p.eacCpi > budget;
  const tone = (value: number | null): string => (value === null ? '' : value < 0.95 ? 'bad' : value < 1 ? 'warn' : 'good');
  return (
    <>
      <dl className="cost-summary" aria-label="Project money">
        <div><dt>Budget</dt><dd>{budget === undefined ? 'Not set' : money(budget)}</dd></div>
        <div><dt>Baseline cost (BAC)</dt><dd>{model.baseline ? money(p.bac) : 'No baseline'}</dd></div>
        <div className={`cost-eac${overBudget ? ' bad' : ''}`}><dt title="All actual cost recorded + Remaining: the sum of the Cost table's Cost column">{FORECAST_NAMES['bottom-up']}</dt><dd>{money(costs.project.cost)}{overBudget ? <span className="cost-flag"> over budget</span> : null}</dd></div>
        {/* As of the status date, as the S-curve's actual cost line ends (doneByStatus): nothing before the work starts. */}
        <div><dt title="Spent by the end of the status date (ACWP); the Cost table's Actual column holds all actual cost recorded">Actual cost (AC)</dt><dd>{money(p.ac)}</dd></div>
        {/* MS Project's Remaining Cost (Cost - Actual Cost), the figure each row of the Cost table shows, so the column adds up to it. */}
        <div><dt title="Cost as scheduled less all actual cost recorded (MS Project's Remaining Cost): the sum of the Cost table's Remaining column">Remaining</dt><dd>{money(costs.project.remainingCost)}</dd></div>
        <div className={tone(p.cpi)}><dt>CPI</dt><dd aria-label="Cost performance index">{ratio(p.cpi)}</dd></div>
        <div className={tone(p.spi)}><dt>SPI</dt><dd aria-label="Schedule performance index">{ratio(p.spi)}</dd></div>
        <div className={cpiOverBudget ? 'bad' : ''}><dt title="Baseline cost / CPI">{FORECAST_NAMES.cpi}</dt><dd>{p.eacCpi === null ? '–' : money(p.eacCpi)}{cpiOverBudget ? <span className="cost-flag"> over budget</span> : null}</dd></div>
        <div><dt>Reserves</dt><dd>{money(plan.project.contingencyReserve ?? 0)} + {money(plan.project.managementReserve ?? 0)}</dd></div>
      </dl>
      <ActualAfterStatusNote model={model} ac={p.ac} etc={p.etc} />
      <ReserveCoverNote model={model} />
    </>
  );
}

/**
 * Why the summary's AC and the table's Actual column disagree, shown only when they do: AC counts
 * what was spent by the status date (ACWP), while the column is the actual cost recorded on each
 * task (MS Project's Actual Cost), some of it for work after that date. That part is in neither AC
 * nor Remaining (cost less actual recorded), so the note names what is left to spend after the
 * status date as earned value's ETC, a figure of its own.
 */
function ActualAfterStatusNote({ model, ac, etc }: { model: CostModel; ac: number; etc: number }) {
  const recorded = model.costs.project.actualCost;
  if (Math.abs(recorded - ac) < 0.005) return null;
  const money = (v: number): string => formatMoney(v, model.plan.project.currency);
  return (
    <p className="cost-summary-note muted" role="note">
      Actual cost (AC) is what was spent by the end of the status date ({formatDate(model.statusDate)}): {money(ac)} of
      the {money(recorded)} in the Actual column. The other {money(recorded - ac)} is recorded for work after that date:
      with the {money(model.costs.project.remainingCost)} Remaining, {money(etc)} is left to spend after the status date (ETC).
    </p>
  );
}

/** Whether the contingency reserve covers the open threats' expected value (raid/reserve-cover.ts); a warning when it falls short. */
function ReserveCoverNote({ model }: { model: CostModel }) {
  const cover = reserveCover(model.plan);
  if (cover === null) return null;
  const money = (v: number): string => formatMoney(v, model.plan.project.currency);
  return (
    <p className={`cost-summary-note cost-reserve-cover ${cover.isShort ? 'warn' : 'muted'}`} role="note"
      title="The contingency reserve is sized from the expected monetary value of the open threats (probability band mid-point x cost impact), as the Risks view's Exposure (open threats)">
      {reserveCoverWords(cover, money)}
    </p>
  );
}
