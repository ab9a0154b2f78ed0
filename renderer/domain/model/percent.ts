/**
 * Percentages as MS Project, Excel and English prose write them: "42.5%". The sign is joined to
 * the number, so a narrow cell or a report line never breaks between them, and every view,
 * report and message writes them the same way.
 */

/** `value` in percent, rounded half away from zero to `places` decimals (as Excel's ROUND): percentText(42.46) = "42.5%". */
export function percentText(value: number, places = 1): string {
  const factor = 10 ** places;
  const rounded = Math.sign(value) * Math.round(Math.abs(value) * factor) / factor;
  return `${String(rounded === 0 ? 0 : rounded)}%`;
}

/** A share of one as a percentage: shareText(0.425) = "42.5%". */
export function shareText(share: number, places = 1): string {
  return percentText(share * 100, places);
}
