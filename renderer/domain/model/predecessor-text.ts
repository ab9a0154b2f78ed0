/**
 * MS Project's Predecessors column: "3FS+2d, 5SS-1d, 7" — row number, link type (FS when
 * omitted), and a signed lag in any duration unit ("2ed" = elapsed). Row numbers are the task's
 * ID, i.e. its position in display order starting at 1.
 */
import { formatDuration, parseDuration, type DurationUnits } from './duration';
import type { Link, LinkType } from './plan';
import type { Result } from './result';

export interface PredecessorSpec {
  readonly row: number;
  readonly type: LinkType;
  readonly lagMinutes: number;
  readonly lagIsElapsed: boolean;
  /** The entry as typed ('4FS+2d') and its lag without the sign ('2d'): what a refusal quotes. */
  readonly entry?: string;
  readonly lagText?: string;
}

const ENTRY = /^(\d+)\s*(FS|SS|FF|SF)?\s*(?:([+-])\s*(.+))?$/i;

/** Parses the whole cell; the error names the entry that could not be read. */
export function parsePredecessors(text: string, units: DurationUnits): Result<PredecessorSpec[]> {
  const specs: PredecessorSpec[] = [];
  for (const raw of text.split(/[,;]/)) {
    const entry = raw.trim();
    if (!entry) continue;
    const m = ENTRY.exec(entry);
    if (!m) return { ok: false, error: { message: `'${entry}' is not a predecessor. Write a row number with an optional type and lag, e.g. 3FS+2d.` } };
    let lagMinutes = 0;
    let lagIsElapsed = false;
    if (m[3] && m[4]) {
      const lag = parseDuration(m[4], units);
      if (!lag) return { ok: false, error: { message: `'${m[4]}' in '${entry}' is not a lag such as 2d, 4h or 1ed.` } };
      lagMinutes = m[3] === '-' ? -lag.minutes : lag.minutes;
      lagIsElapsed = lag.isElapsed;
    }
    specs.push({ row: Number(m[1]), type: (m[2]?.toUpperCase() ?? 'FS') as LinkType, lagMinutes, lagIsElapsed, entry, ...(m[4] ? { lagText: m[4].trim() } : {}) });
  }
  return { ok: true, value: specs };
}

/** "3FS+2d" style text for one link; plain "3" for a finish-to-start link without lag. */
export function formatPredecessor(row: number, link: Pick<Link, 'type' | 'lagMinutes' | 'lagIsElapsed'>, units: DurationUnits): string {
  const hasLag = link.lagMinutes !== 0;
  if (link.type === 'FS' && !hasLag) return String(row);
  const lag = hasLag ? `${link.lagMinutes > 0 ? '+' : ''}${formatDuration(link.lagMinutes, units, link.lagIsElapsed)}` : '';
  return `${String(row)}${link.type}${lag}`;
}
