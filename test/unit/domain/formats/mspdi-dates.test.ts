import { describe, expect, it } from 'vitest';
import { parseMspdiDate } from '../../../../renderer/domain/formats/msproject/mspdi-codes';
import { parseLocalDateTime } from '../../../../renderer/domain/model/time';

/** parseLocalDateTime as it was before its character-code reading (regex, then a Date for the month's length): what that reading must agree with. */
function byRegex(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  const sec = Number(m[6] ?? 0);
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || sec > 59 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  return sec === 0 ? text.slice(0, 16) : text;
}

/** The general path parseMspdiDate always had: what its character-code reading must agree with. */
function general(text: string): string | null {
  return byRegex(text.trim().slice(0, 19)) ?? byRegex(text.trim().slice(0, 16));
}

describe('parseMspdiDate', () => {
  it('reads the fixed spelling by character code exactly as the general path does', () => {
    const samples: string[] = [];
    for (const year of ['0000', '0004', '0099', '0100', '1900', '2000', '2023', '2024', '2100', '9999']) {
      for (let month = 0; month <= 13; month++) {
        for (const day of [0, 1, 28, 29, 30, 31, 32]) {
          const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          for (const time of ['00:00:00', '08:00:00', '17:30:15', '23:59:59', '24:00:00', '12:60:00', '12:00:60', '1a:00:00', '12:00:0x']) {
            samples.push(`${date}T${time}`);
          }
        }
      }
    }
    samples.push('2026-03-02T08:00', '2026-03-02T08:00:00.000', '2026-03-02T08:00:00Z', ' 2026-03-02T08:00:00', '2026-03-02 08:00:00',
      '2026-03-02T08:00:00 ', '2026/03/02T08:00:00', '+2026-03-02T08:00', '２０２６-03-02T08:00:00', '');
    const differing = samples.filter((s) => parseMspdiDate(s) !== general(s));
    expect(differing).toEqual([]);
    const spellings = [...samples, ...samples.map((s) => s.slice(0, 16))];
    expect(spellings.filter((s) => parseLocalDateTime(s) !== byRegex(s))).toEqual([]);
    expect(parseMspdiDate('2024-02-29T08:00:00')).toBe('2024-02-29T08:00');
    expect(parseMspdiDate('2023-02-29T08:00:00')).toBeNull();
    expect(parseMspdiDate('2026-03-02T11:53:18')).toBe('2026-03-02T11:53:18');
    expect(parseMspdiDate(undefined)).toBeNull();
  });
});
