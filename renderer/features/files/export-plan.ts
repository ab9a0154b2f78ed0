/**
 * What Export… and Save As write, as pure functions of the plan: the chosen format's text, a file
 * name and its save-dialog filter. Every writer carries the engine's dates: the exporters apply
 * them themselves (planWithScheduledDates, the one source of dates); passing the session's
 * schedule only saves them a scheduling run.
 */
import {
  CSV_COLUMNS, MONEY_COLUMNS, exportGanttProject, exportIcal, exportMspdi, exportTasksCsv, plotlineSizeProblem, serializePlotline, type CsvColumn,
} from '../../domain/formats';
import { fail, ok, type IdFactory, type LocalDateTime, type Plan, type ProjectId, type Result } from '../../domain/model';
import { scheduleProject, type KnownSchedule } from '../../domain/schedule';
import type { FileFilter, SaveFileRequest } from '../../platform';
import { writePlanWorkbookOffThread } from './xlsx-export-job';

/** The same plan under a fresh project id, so opening a file never overwrites a project. */
export function asNewProject(plan: Plan, newId: IdFactory, now: string, name = plan.project.name): Plan {
  return { ...plan, project: { ...plan.project, id: newId() as ProjectId, name, createdAt: now, updatedAt: now } };
}

/** Exports written as text, synchronously. */
export type TextExportChoice =
  | { readonly format: 'mspdi' }
  | { readonly format: 'gan' }
  | { readonly format: 'csv'; readonly columns: readonly CsvColumn[]; readonly localeDates?: boolean }
  | { readonly format: 'ical'; readonly milestones: boolean; readonly tasks: boolean };

export type ExportChoice = TextExportChoice | { readonly format: 'xlsx' };

export const EXPORT_FILTERS: Readonly<Record<ExportChoice['format'] | 'plotline', FileFilter>> = {
  plotline: { name: 'Plotline plan', extensions: ['plotline'] },
  mspdi: { name: 'Microsoft Project XML', extensions: ['xml'] },
  gan: { name: 'GanttProject', extensions: ['gan'] },
  csv: { name: 'CSV table', extensions: ['csv'] },
  ical: { name: 'iCalendar', extensions: ['ics'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
};

const EXTENSIONS = { plotline: 'plotline', mspdi: 'xml', gan: 'gan', csv: 'csv', ical: 'ics', xlsx: 'xlsx' } as const;

/** A file name from the project name, without characters file systems refuse. */
export function fileNameFor(projectName: string, format: keyof typeof EXTENSIONS): string {
  const base = projectName.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || 'Plan';
  return `${base}.${EXTENSIONS[format]}`;
}

export interface ExportContext {
  readonly now: string;
  /** The user's locale for CSV dates (Intl). */
  readonly formatDate: (value: LocalDateTime) => string;
  /** The session's schedule of this plan; without it the plan is scheduled here. */
  readonly schedule?: KnownSchedule | null;
}

/** The save request for an export, with the scheduled dates. */
export function buildExport(plan: Plan, choice: TextExportChoice, ctx: ExportContext): SaveFileRequest {
  return buildTextExport(plan, choice, ctx).request;
}

/** The save request and what the format could not hold (one sentence per kind, with counts; .gan only for now). */
export function buildTextExport(plan: Plan, choice: TextExportChoice, ctx: ExportContext): { request: SaveFileRequest; warnings: readonly string[] } {
  // Scheduled before milestones may be dropped, so dropping them cannot move the other tasks.
  const schedule = ctx.schedule ?? scheduleProject(plan);
  const request = (data: string): SaveFileRequest => ({
    suggestedName: fileNameFor(plan.project.name, choice.format), filters: [EXPORT_FILTERS[choice.format]], data,
  });
  if (choice.format === 'gan') {
    const gan = exportGanttProject(plan, { now: ctx.now, schedule });
    return { request: request(gan.text), warnings: gan.warnings };
  }
  return { request: buildOtherText(plan, choice, ctx, schedule, request), warnings: [] };
}

function buildOtherText(
  plan: Plan, choice: Exclude<TextExportChoice, { format: 'gan' }>, ctx: ExportContext, schedule: KnownSchedule, request: (data: string) => SaveFileRequest,
): SaveFileRequest {
  switch (choice.format) {
    case 'mspdi': return request(exportMspdi(plan, { now: ctx.now, schedule }));
    case 'csv': return request(exportTasksCsv(plan, { columns: choice.columns, schedule, ...(choice.localeDates === true ? { formatDate: ctx.formatDate } : {}) }));
    case 'ical': return request(exportIcal(withoutMilestones(plan, !choice.milestones), { now: ctx.now, includeTasks: choice.tasks, schedule }));
    default: {
      const never: never = choice;
      return never;
    }
  }
}

/** Any export with its warnings; an Excel workbook is written by ExcelJS in a Web Worker (xlsx-export-job.ts), asynchronously. */
export async function buildExportFile(plan: Plan, choice: ExportChoice, ctx: ExportContext): Promise<Result<{ request: SaveFileRequest; warnings: readonly string[] }>> {
  if (choice.format !== 'xlsx') return ok(buildTextExport(plan, choice, ctx));
  const bytes = await writePlanWorkbookOffThread(plan);
  if (!bytes.ok) return bytes;
  return ok({ request: { suggestedName: fileNameFor(plan.project.name, 'xlsx'), filters: [EXPORT_FILTERS.xlsx], data: bytes.value }, warnings: [] });
}

/** exportIcal always writes milestones; "tasks only" drops them first (they are leaves, so the outline holds). */
function withoutMilestones(plan: Plan, isDropping: boolean): Plan {
  if (!isDropping) return plan;
  return { ...plan, tasks: Object.fromEntries(Object.entries(plan.tasks).filter(([, t]) => t.kind !== 'milestone')) };
}

/** Save As: the plan losslessly, each task with its scheduled dates (a manual task's are its own); refused when Plotline could not reopen it. */
export function buildPlotlineSave(plan: Plan, appVersion: string, now: string, schedule?: KnownSchedule | null): Result<SaveFileRequest> {
  const data = serializePlotline(plan, { app: `Plotline ${appVersion}`, exported: now, schedule: schedule ?? undefined });
  const tooBig = plotlineSizeProblem(data);
  if (tooBig !== null) return fail(tooBig, 'the whole plan');
  return ok({ suggestedName: fileNameFor(plan.project.name, 'plotline'), filters: [EXPORT_FILTERS.plotline], data });
}

/**
 * "3/1/2027, 9:00 AM", "01.03.2027, 09:00" or "2027. 3. 1. 오전 9:00": the locale's short date and
 * time with the year in full, which the CSV import reads back in the same locale (csv-import.ts,
 * locale-date-time.ts; a two-digit year, as the short style writes in en-US or de-DE, is a guess
 * about the century). Gregorian calendar, so a Thai locale writes the year the plan holds, and Latin
 * digits, which spreadsheets take as numbers (the import reads Arabic-Indic ones too). Plans are
 * wall-clock, so format as UTC (no shift).
 */
export function localeDateFormatter(locale?: string): (value: LocalDateTime) => string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' });
  return (value) => {
    const d = new Date(`${value}:00Z`);
    if (Number.isNaN(d.getTime())) return value;
    return format.formatToParts(d).map((part) => (part.type === 'year' ? String(d.getUTCFullYear()) : part.value)).join('');
  };
}

/**
 * Every column but notes (long text few spreadsheets want) and the money columns (ticked when
 * wanted: pricing the plan is extra work, and most task lists are shared without costs); ISO
 * dates unless asked for the locale's.
 */
export const DEFAULT_CSV_COLUMNS: readonly CsvColumn[] = CSV_COLUMNS.filter((c) => c !== 'notes' && !(MONEY_COLUMNS as readonly string[]).includes(c));
