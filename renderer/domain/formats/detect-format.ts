/** What kind of plan file a file is, before any reader runs (importPlanFile in formats/index.ts, identityNotCarriedInFile). */

export type FileFormat = 'plotline' | 'mspdi' | 'gantt-project' | 'csv' | 'xlsx' | 'ical' | 'unknown';

/** What a file is, from its extension first and its first characters second. */
export function detectFormat(fileName: string, text: string): FileFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const byExtension: Readonly<Record<string, FileFormat>> = { plotline: 'plotline', gan: 'gantt-project', csv: 'csv', tsv: 'csv', xlsx: 'xlsx', ics: 'ical', ical: 'ical' };
  const known = Object.hasOwn(byExtension, ext) ? byExtension[ext] : undefined;
  if (known !== undefined) return known;
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{') && /"format"\s*:\s*"plotline"/.test(head)) return 'plotline';
  if (head.startsWith('BEGIN:VCALENDAR')) return 'ical';
  if (head.startsWith('<')) {
    if (/<Project[\s>]/.test(head) || head.includes('schemas.microsoft.com/project')) return 'mspdi';
    if (/<project[\s>]/.test(head)) return 'gantt-project';
    return 'unknown';
  }
  return ext === 'txt' && /[,;\t]/.test(head.split('\n')[0] ?? '') ? 'csv' : 'unknown';
}
