/**
 * MSPDI (Microsoft Project XML, namespace http://schemas.microsoft.com/project) value codes and
 * their mapping to the Plotline model. Sources: the Project XML Data Interchange schema reference
 * (Project 2007-2016) and the MPXJ test corpus.
 */
import type { ConstraintType, LinkType, ResourceType } from '../../model/plan';
import { parseLocalDateTime, type LocalDateTime } from '../../model/time';

export const MSPDI_NAMESPACE = 'http://schemas.microsoft.com/project';

/** PredecessorLink/Type: 0 = FF, 1 = FS, 2 = SF, 3 = SS. */
export const LINK_TYPE_BY_CODE: Readonly<Record<string, LinkType>> = { 0: 'FF', 1: 'FS', 2: 'SF', 3: 'SS' };
export const LINK_CODE: Readonly<Record<LinkType, number>> = { FF: 0, FS: 1, SF: 2, SS: 3 };

/**
 * Task/ConstraintType: 0 = As Soon As Possible, 1 = As Late As Possible, 2 = Must Start On,
 * 3 = Must Finish On, 4 = Start No Earlier Than, 5 = Start No Later Than, 6 = Finish No Earlier
 * Than, 7 = Finish No Later Than.
 */
export const CONSTRAINT_BY_CODE: readonly ConstraintType[] = ['ASAP', 'ALAP', 'MSO', 'MFO', 'SNET', 'SNLT', 'FNET', 'FNLT'];

/**
 * DurationFormat / LagFormat: 3 m, 4 em, 5 h, 6 eh, 7 d, 8 ed, 9 w, 10 ew, 11 mo, 12 emo,
 * 19 %, 20 e%, 21 null; 35..52 are the same units flagged "estimated" (the unit + 32), 53 = null
 * estimated. The value itself (Duration, LinkLag) is always stored in time units, so the format
 * only says how it was shown and whether it is elapsed (calendar) time.
 */
export function isElapsedFormat(code: number): boolean {
  const unit = code >= 35 ? code - 32 : code;
  return unit === 4 || unit === 6 || unit === 8 || unit === 10 || unit === 12 || unit === 20;
}

export function isPercentFormat(code: number): boolean {
  const unit = code >= 35 ? code - 32 : code;
  return unit === 19 || unit === 20;
}

/** True for the 'estimated' variants (35..53), shown with a '?' in MS Project. */
export function isEstimatedFormat(code: number): boolean {
  return code >= 35 && code <= 53;
}

/** Resource/Type: 0 = material, 1 = work, 2 = cost (Project 2010+; older files set IsCostResource). */
export const RESOURCE_TYPE_BY_CODE: Readonly<Record<string, ResourceType>> = { 0: 'material', 1: 'work', 2: 'cost' };
export const RESOURCE_CODE: Readonly<Record<ResourceType, number>> = { material: 0, work: 1, cost: 2 };

const DURATION = /^(-)?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Duration, Work and their actual/remaining variants: an xsd:duration such as PT8H0M0S. MS Project
 * writes hours/minutes/seconds only; days count as 24 h. Years and months are refused (ambiguous).
 * Returns whole minutes, or null when unreadable.
 */
export function parseMspdiDuration(text: string): number | null {
  // A plan repeats a few durations many times (each task's, each assignment's work): answered once.
  const known = DURATIONS_READ.get(text);
  if (known !== undefined) return known;
  const minutes = readDuration(text);
  if (DURATIONS_READ.size >= DURATIONS_KEPT) DURATIONS_READ.clear();
  DURATIONS_READ.set(text, minutes);
  return minutes;
}

/** The durations read so far and their minutes; cleared when full, so any file keeps it small. */
const DURATIONS_READ = new Map<string, number | null>();
const DURATIONS_KEPT = 4096;

function readDuration(text: string): number | null {
  const m = DURATION.exec(text.trim());
  if (!m || text.trim() === 'P' || text.trim() === 'PT' || m[2] !== undefined || m[3] !== undefined) return null;
  const part = (i: number): number => Number(m[i] ?? 0);
  const minutes = part(4) * 1440 + part(5) * 60 + part(6) + part(7) / 60;
  if (!Number.isFinite(minutes) || minutes > 1e12) return null;
  return (m[1] ? -1 : 1) * Math.round(minutes);
}

/** Writes minutes as PT#H#M#S (MS Project's own form; negative values get a leading '-'). */
export function formatMspdiDuration(minutes: number): string {
  const abs = Math.abs(Math.round(minutes));
  return `${minutes < 0 ? '-' : ''}PT${String(Math.floor(abs / 60))}H${String(abs % 60)}M0S`;
}

/** Dates: xsd:dateTime YYYY-MM-DDTHH:MM:SS in project wall-clock time; zones are dropped. */
export function parseMspdiDate(text: string | undefined): LocalDateTime | null {
  if (text === undefined) return null;
  // Seconds are kept (MS Project writes 11:53:18); fractions of a second and zones are dropped.
  return parseLocalDateTime(text.trim().slice(0, 19)) ?? parseLocalDateTime(text.trim().slice(0, 16));
}

export function formatMspdiDate(value: LocalDateTime): string {
  return value.length === 16 ? `${value}:00` : value;
}

/** WorkingTime From/ToTime: HH:MM:SS; a ToTime of 00:00:00 means midnight at the end of the day. */
export function parseClock(text: string | undefined, isEnd: boolean): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(text?.trim() ?? '');
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  if (minutes > 1440) return null;
  return isEnd && minutes === 0 ? 1440 : minutes;
}

export function formatClock(minute: number): string {
  const m = minute % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00`;
}

/** A finite number or null ('1.0', '-4800'). */
export function parseNumber(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
