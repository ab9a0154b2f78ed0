/**
 * The two cost forecasts and what each is measured against, named the same wherever they are shown
 * (Cost view, status report, plan document, exports). PMI Practice Standard for EVM names:
 * - EAC (CPI method) = BAC / CPI: the work left done at today's cost efficiency;
 * - cost as scheduled (bottom-up EAC) = actual cost + the plan's remaining cost.
 * "Over budget" is always measured against the approved budget when one is set; a figure measured
 * against the baseline cost (BAC) says "the baseline cost", never "budget".
 */
import { money } from './text';

export type ForecastMethod = 'cpi' | 'bottom-up';

export const FORECAST_NAMES: Readonly<Record<ForecastMethod, string>> = {
  'cpi': 'EAC (CPI method)',
  'bottom-up': 'Cost as scheduled (bottom-up EAC)',
};

/** A forecast and the method that made it. */
export interface CostForecast {
  readonly method: ForecastMethod;
  readonly eac: number;
}

/** The forecast a report leads with: EAC by CPI once a CPI is measured, else the cost as scheduled. */
export function headlineForecast(figures: { readonly eacCpi: number | null; readonly eacBottomUp: number }): CostForecast {
  return figures.eacCpi === null ? { method: 'bottom-up', eac: figures.eacBottomUp } : { method: 'cpi', eac: figures.eacCpi };
}

/** What a forecast is measured against. */
export interface CostReference {
  readonly against: 'approved budget' | 'baseline cost';
  readonly amount: number;
}

/** The approved budget when one is set (above zero), else the baseline cost when a baseline has cost; null = neither. */
export function costReference(budget: number | null, bac: number): CostReference | null {
  if (budget !== null && budget > 0) return { against: 'approved budget', amount: budget };
  return bac > 0 ? { against: 'baseline cost', amount: bac } : null;
}

/** How far a forecast is over its reference, in % of the reference (negative = under). */
export function overrunPercent(eac: number, reference: CostReference): number {
  return ((eac - reference.amount) / reference.amount) * 100;
}

/** "USD 2,084 over the approved budget", "USD 280 under the baseline cost", "on the approved budget" (to the whole unit). */
export function varianceWords(eac: number, against: CostReference['against'], amount: number, currency: string): string {
  const over = Math.round(eac - amount);
  if (over === 0) return `on the ${against}`;
  return `${money(Math.abs(over), currency)} ${over > 0 ? 'over' : 'under'} the ${against}`;
}
