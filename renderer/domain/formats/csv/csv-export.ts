/**
 * Task table export: the columns the user chose, in their order, one row per task in outline
 * order. Dates and durations are formatted by the caller (the UI owns the locale).
 */
import { outlineRows } from '../../model/outline';
import type { Plan, Task } from '../../model/plan';
import type { LocalDateTime } from '../../model/time';
import { formatDuration } from '../../model/duration';
import { csvList } from '../escape';
import { formatCsv, type CsvDelimiter } from './csv-parse';

export const CSV_COLUMNS = [
  'wbs', 'name', 'outlineLevel', 'kind', 'start', 'finish', 'duration', 'percentComplete', 'priority', 'predecessors',
  'resources', 'deadline', 'notes',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** English header labels; the UI may pass translated ones. */
export const CSV_HEADERS: Readonly<Record<CsvColumn, string>> = {
  wbs: 'WBS', name: 'Name', outlineLevel: 'Outline level', kind: 'Type', start: 'Start', finish: 'Finish', duration: 'Duration',
  percentComplete: '% Complete', priority: 'Priority', predecessors: 'Predecessors', resources: 'Resources', deadline: 'Deadline',
  notes: 'Notes',
};

export interface CsvExportOptions {
  readonly columns: readonly CsvColumn[];
  /** Locale-aware date formatting from the UI, e.g. d => new Intl.DateTimeFormat(...).format(...). */
  readonly formatDate: (value: LocalDateTime) => string;
  readonly formatDuration?: (minutes: number) => string;
  readonly headers?: Partial<Record<CsvColumn, string>>;
  readonly delimiter?: CsvDelimiter;
  /** Prefix a UTF-8 BOM so Excel reads non-ASCII names correctly. Default true. */
  readonly bom?: boolean;
}

/** Exports tasks as RFC 4180 CSV with formula injection neutralised. */
export function exportTasksCsv(plan: Plan, options: CsvExportOptions): string {
  const rows = outlineRows(plan.tasks);
  const wbsOf = new Map(rows.map((r) => [r.task.id, r.wbs]));
  const duration = options.formatDuration ?? ((m: number) => formatDuration(m, plan.project));
  const predecessors = new Map<string, string[]>();
  for (const l of Object.values(plan.links)) {
    const lagText = l.lagIsElapsed ? formatDuration(l.lagMinutes, plan.project, true) : duration(l.lagMinutes);
    const lag = l.lagMinutes === 0 ? '' : `${l.lagMinutes > 0 ? '+' : ''}${lagText}`;
    const label = `${wbsOf.get(l.predecessorId) ?? '?'}${l.type === 'FS' && lag === '' ? '' : l.type}${lag}`;
    predecessors.set(l.successorId, [...(predecessors.get(l.successorId) ?? []), label]);
  }
  const resources = new Map<string, string[]>();
  for (const a of Object.values(plan.assignments)) {
    const name = plan.resources[a.resourceId]?.name ?? '';
    resources.set(a.taskId, [...(resources.get(a.taskId) ?? []), a.units === 1 ? name : `${name}[${String(Math.round(a.units * 100))}%]`]);
  }
  const cell = (t: Task, wbs: string, depth: number, column: CsvColumn): string => {
    switch (column) {
      case 'wbs': return wbs;
      case 'name': return t.name;
      case 'outlineLevel': return String(depth + 1);
      case 'kind': return t.kind;
      case 'start': return options.formatDate(t.start);
      case 'finish': return options.formatDate(t.finish);
      case 'duration': return t.durationIsElapsed === true ? formatDuration(t.durationMinutes, plan.project, true) : duration(t.durationMinutes);
      case 'percentComplete': return String(t.percentComplete);
      case 'priority': return String(t.priority);
      case 'predecessors': return csvList(predecessors.get(t.id) ?? []);
      case 'resources': return csvList(resources.get(t.id) ?? []);
      case 'deadline': return t.deadline === null ? '' : options.formatDate(t.deadline);
      case 'notes': return t.notes;
      default: {
        const never: never = column;
        return never;
      }
    }
  };
  const header = options.columns.map((c) => options.headers?.[c] ?? CSV_HEADERS[c]);
  const body = rows.map((r) => options.columns.map((c) => cell(r.task, r.wbs, r.depth, c)));
  return `${options.bom === false ? '' : '\uFEFF'}${formatCsv([header, ...body], options.delimiter)}`;
}
