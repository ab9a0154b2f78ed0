/**
 * RAG per dimension from the visible rules (model/reports.ts RagRules). Each result carries the
 * reason in plain words, naming the threshold that decided it, so a reader can check the colour.
 */
import type { Rag, RagRules } from '../model';
import { FORECAST_NAMES, type CostReference, type ForecastMethod } from './cost-forecast';
import { formatNumber, ratio, ratioAgainst, workingDays } from './text';
import { percentText } from '../model';

export interface RagInputs {
  /** Working days the forecast finish is past the baseline's; null = no baseline. */
  readonly finishSlipDays: number | null;
  readonly spi: number | null;
  readonly cpi: number | null;
  /**
   * The headline forecast over its reference in % of it (negative = under), with what it is and
   * what it is measured against (cost-forecast.ts); null = no costs, or neither a budget nor a baseline cost.
   */
  readonly overrun: { readonly percent: number; readonly forecast: ForecastMethod; readonly against: CostReference['against'] } | null;
  readonly approvedChanges: number;
  /** Highest score of a live threat; null = none. */
  readonly topRiskScore: number | null;
}

export interface RagResult {
  readonly rag: Rag;
  readonly reason: string;
}

const WORST: readonly Rag[] = ['red', 'amber', 'green'];

/** The worst colour among those measured; nothing measured is 'none'. */
export function worstRag(rags: readonly Rag[]): Rag {
  return WORST.find((r) => rags.includes(r)) ?? 'none';
}

export function scheduleRag(input: RagInputs, rules: RagRules['schedule']): RagResult {
  const { finishSlipDays: slip, spi } = input;
  if (slip === null && spi === null) return { rag: 'none', reason: 'No baseline is saved, so the schedule is not measured.' };
  const parts = [
    slip === null ? 'no baseline finish' : `finish ${slip > 0 ? `${workingDays(slip)} late` : slip < 0 ? `${workingDays(slip)} early` : 'on baseline'}`,
    ...(spi === null ? [] : [`SPI ${ratioAgainst(spi, [rules.amberSpi, rules.redSpi])}`]),
  ].join(', ');
  const rule = `amber above ${formatNumber(rules.amberSlipDays)} days or SPI below ${ratio(rules.amberSpi)}; red above ${formatNumber(rules.redSlipDays)} days or SPI below ${ratio(rules.redSpi)}`;
  const isRed = (slip !== null && slip > rules.redSlipDays) || (spi !== null && spi < rules.redSpi);
  const isAmber = (slip !== null && slip > rules.amberSlipDays) || (spi !== null && spi < rules.amberSpi);
  return { rag: isRed ? 'red' : isAmber ? 'amber' : 'green', reason: `${capitalise(parts)} (${rule}).` };
}

export function costRag(input: RagInputs, rules: RagRules['cost']): RagResult {
  const { cpi, overrun } = input;
  const over = overrun?.percent ?? null;
  if (cpi === null && overrun === null) return { rag: 'none', reason: 'No costs, or neither a budget nor a cost baseline, so cost is not measured.' };
  const parts = [
    ...(cpi === null ? [] : [`CPI ${ratioAgainst(cpi, [rules.amberCpi, rules.redCpi])}`]),
    ...(overrun === null ? [] : [`${FORECAST_NAMES[overrun.forecast]} ${overrun.percent >= 0 ? `${percentText(overrun.percent)} over` : `${percentText(-overrun.percent)} under`} the ${overrun.against}`]),
  ].join(', ');
  const rule = `amber below CPI ${ratio(rules.amberCpi)} or over ${percentText(rules.amberOverrunPercent)}; red below ${ratio(rules.redCpi)} or over ${percentText(rules.redOverrunPercent)}`;
  const isRed = (cpi !== null && cpi < rules.redCpi) || (over !== null && over > rules.redOverrunPercent);
  const isAmber = (cpi !== null && cpi < rules.amberCpi) || (over !== null && over > rules.amberOverrunPercent);
  return { rag: isRed ? 'red' : isAmber ? 'amber' : 'green', reason: `${capitalise(parts)} (${rule}).` };
}

export function scopeRag(input: RagInputs, rules: RagRules['scope']): RagResult {
  const n = input.approvedChanges;
  const rule = `amber from ${formatNumber(rules.amberChanges)}, red from ${formatNumber(rules.redChanges)}`;
  const rag: Rag = n >= rules.redChanges ? 'red' : n >= rules.amberChanges ? 'amber' : 'green';
  return { rag, reason: `${String(n)} approved ${n === 1 ? 'change' : 'changes'} since the last report (${rule}).` };
}

export function riskRag(input: RagInputs, rules: RagRules['risk']): RagResult {
  const top = input.topRiskScore;
  if (top === null) return { rag: 'green', reason: 'No open threats in the risk register.' };
  const rule = `amber from ${formatNumber(rules.amberScore)}, red from ${formatNumber(rules.redScore)}`;
  const rag: Rag = top >= rules.redScore ? 'red' : top >= rules.amberScore ? 'amber' : 'green';
  return { rag, reason: `Highest open threat scores ${String(top)} of 25 (${rule}).` };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
