/**
 * Whether the contingency reserve covers the risks it is held for. PMI sizes the contingency
 * reserve from the expected monetary value of the identified threats (PMBOK 7, 4.6.4), so a reserve
 * below the open threats' EMV ({@link riskExposure}) is a gap a TPM has to explain or close.
 */
import type { Plan } from '../model/plan';
import { riskExposure } from './scoring';

export interface ReserveCover {
  /** The project's contingency reserve (none = 0). */
  readonly reserve: number;
  /** Expected monetary value of the open threats. */
  readonly exposure: number;
  /**
   * Whole percent of the exposure the reserve covers, rounded down so a reserve short by a little
   * never reads "100%" beside a warning.
   */
  readonly percent: number;
  /** The reserve is below the exposure. */
  readonly isShort: boolean;
}

/** How far the contingency reserve covers the open threats' exposure; null when no open threat has a cost. */
export function reserveCover(plan: Plan): ReserveCover | null {
  const exposure = riskExposure(plan);
  if (exposure <= 0) return null;
  const reserve = plan.project.contingencyReserve ?? 0;
  return { reserve, exposure, percent: Math.floor((reserve / exposure) * 100), isShort: reserve < exposure };
}

/**
 * The cover as a sentence, amounts written by `money` (the UI's locale, a report's own style):
 * "Contingency reserve $1,000 covers 45% of the open threats' exposure ($2,200)."
 */
export function reserveCoverWords(cover: ReserveCover, money: (amount: number) => string): string {
  const share = cover.isShort ? `${String(cover.percent)}% of` : 'all of';
  return `Contingency reserve ${money(cover.reserve)} covers ${share} the open threats' exposure (${money(cover.exposure)}).`;
}
