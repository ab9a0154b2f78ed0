/**
 * What a risk's fields are called, with their units, wherever a person reads them: the risk
 * editor's labels and the register's CSV headers, so a column in Excel says what the editor says.
 * The 1–5 ratings carry "level" and their scale: beside them sit the cost amount (in the project
 * currency) and the delay (in working days), which are impacts too.
 */

/** The three rated dimensions of a risk's impact and the words their fields are named by. */
export const IMPACT_DIMENSIONS = [['schedule', 'Schedule'], ['cost', 'Cost'], ['scope', 'Scope/quality']] as const;

/** A 1–5 rating's name: "Schedule impact level (1–5)", "Residual impact level (1–5)". */
export const impactLevelName = (dimension: string): string => `${dimension} impact level (1–5)`;

/** The delay (threat) or time saved (opportunity), in the project's working days (minutesPerDay). */
export const SCHEDULE_IMPACT_DAYS = 'Schedule impact (working days)';

/** The money lost or saved, named with the plan's currency: "Cost impact amount (EUR)". */
export const costImpactAmountName = (currency: string): string => `Cost impact amount (${currency})`;

/** The 1–5 probability ratings, named as the impact levels are (the editor's "Probability" and "Residual probability"). */
export const PROBABILITY_LEVEL = 'Probability level (1–5)';
export const RESIDUAL_PROBABILITY_LEVEL = 'Residual probability level (1–5)';
