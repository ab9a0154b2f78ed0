/**
 * The open threats' exposure (raid/scoring.ts): one name and one way of writing it wherever it is
 * shown (the Costs toolbar, the Risks register), as the contingency cover note and the status
 * report name it. "Risk exposure" read as all risks, opportunities and closed ones included.
 */
import { riskExposure } from '../../domain/raid';
import type { Plan } from '../../domain/model';
import { formatMoney } from './format';

export const OPEN_THREATS_EXPOSURE = "Open threats' exposure";

/** What the figure is, for a tooltip beside its name. */
export const OPEN_THREATS_EXPOSURE_MEANING = 'The expected monetary value of the open threats (probability band mid-point × cost impact): a contingency the risks suggest';

/** The amount in the project's currency, as every money figure is written ("$2,200"). */
export function openThreatsExposureText(plan: Plan): string {
  return formatMoney(riskExposure(plan), plan.project.currency);
}
