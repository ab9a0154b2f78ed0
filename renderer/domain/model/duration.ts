/**
 * Durations as people type and read them: "3d", "4h", "2w", "30m", "1.5d", "2ed" (elapsed days).
 * Stored as minutes; working units use the project's minutesPerDay/minutesPerWeek, elapsed units
 * use the clock (1 ed = 1440 min), as MS Project does.
 */
export interface DurationUnits {
  readonly minutesPerDay: number;
  readonly minutesPerWeek: number;
  /** Working days in a month ("mo"); absent = 20, as in MS Project. */
  readonly daysPerMonth?: number;
}

/** MS Project's default length of a working month, in days. */
export const DEFAULT_DAYS_PER_MONTH = 20;

export interface ParsedDuration {
  readonly minutes: number;
  readonly isElapsed: boolean;
}

type DurationUnit = 'm' | 'h' | 'd' | 'w' | 'mo';

const UNIT_ALIASES: Record<string, { unit: DurationUnit; elapsed: boolean }> = {
  m: { unit: 'm', elapsed: false }, min: { unit: 'm', elapsed: false }, mins: { unit: 'm', elapsed: false },
  minute: { unit: 'm', elapsed: false }, minutes: { unit: 'm', elapsed: false },
  h: { unit: 'h', elapsed: false }, hr: { unit: 'h', elapsed: false }, hrs: { unit: 'h', elapsed: false },
  hour: { unit: 'h', elapsed: false }, hours: { unit: 'h', elapsed: false },
  d: { unit: 'd', elapsed: false }, day: { unit: 'd', elapsed: false }, days: { unit: 'd', elapsed: false },
  w: { unit: 'w', elapsed: false }, wk: { unit: 'w', elapsed: false }, wks: { unit: 'w', elapsed: false },
  week: { unit: 'w', elapsed: false }, weeks: { unit: 'w', elapsed: false },
  mo: { unit: 'mo', elapsed: false }, mon: { unit: 'mo', elapsed: false }, month: { unit: 'mo', elapsed: false },
  months: { unit: 'mo', elapsed: false },
  em: { unit: 'm', elapsed: true }, eh: { unit: 'h', elapsed: true }, ed: { unit: 'd', elapsed: true },
  ew: { unit: 'w', elapsed: true }, emo: { unit: 'mo', elapsed: true },
};

function unitMinutes(unit: DurationUnit, elapsed: boolean, units: DurationUnits): number {
  switch (unit) {
    case 'm': return 1;
    case 'h': return 60;
    case 'd': return elapsed ? 1440 : units.minutesPerDay;
    case 'w': return elapsed ? 10080 : units.minutesPerWeek;
    // MS Project: a month is DaysPerMonth working days (20 unless set), or 30 elapsed days.
    case 'mo': return elapsed ? 43200 : units.minutesPerDay * (units.daysPerMonth ?? DEFAULT_DAYS_PER_MONTH);
    default: {
      const never: never = unit;
      return never;
    }
  }
}

/**
 * Parses "3d", "-1d", "4 h", "2.5 days", "1ed". A bare number means days. Null when unreadable.
 */
export function parseDuration(text: string, units: DurationUnits): ParsedDuration | null {
  const typed = readTyped(text);
  if (!typed) return null;
  const { value, unit, elapsed } = typed;
  return { minutes: Math.round(value * unitMinutes(unit, elapsed, units)), isElapsed: elapsed };
}

/** The number and the unit of a typed duration; a bare number is days. */
function readTyped(text: string): { value: number; unit: DurationUnit; elapsed: boolean } | null {
  const m = /^\s*([+-]?\d+(?:[.,]\d+)?)\s*([a-z]*)\s*\??\s*$/i.exec(text);
  if (!m) return null;
  const value = Number((m[1] ?? '').replace(',', '.'));
  const alias = UNIT_ALIASES[(m[2] ?? '').toLowerCase() || 'd'];
  if (!alias || !Number.isFinite(value)) return null;
  return { value, ...alias };
}

const UNIT_WORDS: Record<DurationUnit, string> = { m: 'minutes', h: 'hours', d: 'days', w: 'weeks', mo: 'months' };

/**
 * `minutes` in the unit `text` was typed in, for saying a limit to the person who typed it:
 * "21,915 working days" for "99999d", "7,305 elapsed days" for "9000ed". Rounded down to
 * hundredths, so a duration typed at the number shown fits. Null when `text` is not a duration.
 */
export function minutesInTypedUnit(minutes: number, text: string, units: DurationUnits): string | null {
  const typed = readTyped(text);
  if (!typed) return null;
  // The small epsilon keeps an exact quotient (1,095.75 months) from flooring a hundredth lower.
  const count = Math.floor((minutes / unitMinutes(typed.unit, typed.elapsed, units)) * 100 + 1e-6) / 100;
  return `${count.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${typed.elapsed ? 'elapsed' : 'working'} ${UNIT_WORDS[typed.unit]}`;
}

function trimNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * Shows minutes as a person reads a plan: under an hour in minutes, under a day in hours,
 * otherwise in days (MS Project's default display unit), e.g. "30m", "4h", "1.5d", "10d".
 */
export function formatDuration(minutes: number, units: DurationUnits, isElapsed = false): string {
  const suffix = isElapsed ? 'e' : '';
  const day = isElapsed ? 1440 : units.minutesPerDay;
  const abs = Math.abs(minutes);
  if (abs === 0) return '0d';
  if (abs < 60) return `${trimNumber(minutes)}${suffix}m`;
  if (abs < day) return `${trimNumber(minutes / 60)}${suffix}h`;
  return `${trimNumber(minutes / day)}${suffix}d`;
}
