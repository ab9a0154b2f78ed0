/**
 * Export the Gantt as SVG, PNG or PDF: the file to save (the caller saves it through
 * shared/use-export-source.ts, which names it as what it holds while a proposal is open).
 * PDF: the whole chart as a print layout (print-layout.ts) on the chosen paper and orientation,
 * either shrunk onto one page or tiled down by rows and across by time with the names and time
 * scale on every page, printed by Chromium's print engine.
 */
import { getPlatform, type SaveFileRequest } from '../../platform';
import type { GanttModel, GanttSettings } from '../gantt/use-gantt-model';
import { markersOf } from '../risks/use-risk-markers';
import { svgToPng, type RasterSize } from '../shared/svg-png';
import {
  buildGanttSvg, EXPORT_HEADER_HEIGHT, EXPORT_ROW_HEIGHT, PRESENTATION_LOOK, type SvgExportInput,
} from './export-svg';
import { exportTheme } from './export-theme';
import { DEFAULT_PDF_OPTIONS, type PdfOptions } from './pdf-pages';
import { ganttPrintHtml } from './print-layout';

export type ExportFormat = 'png' | 'svg' | 'pdf';

function resolveColour(value: string, doc: Document): string {
  const m = /^var\((--[\w-]+)(?:,\s*([^)]+))?\)$/.exec(value.trim());
  if (!m) return value;
  const v = getComputedStyle(doc.documentElement).getPropertyValue(m[1] ?? '').trim();
  return v || (m[2] ?? '#64748b');
}

/**
 * Presentation mode's chart as it looks: its focus (the model's rows are already filtered), its
 * large type, and the focus's dates when it is a date window.
 */
export interface PresentationExport {
  /** What the focus shows, appended to the project's name; null for the whole project. */
  readonly focusLabel: string | null;
  readonly window: { readonly from: number; readonly to: number } | null;
}

/** `titlePrefix` says what the chart is besides the project (an open proposal, export-source.ts). */
export function exportInput(model: GanttModel, settings: GanttSettings, doc: Document = document, presentation?: PresentationExport, titlePrefix = ''): SvgExportInput {
  const pad = 3 * 1440;
  const colours = new Map<string, string>();
  const name = model.plan.project.name;
  const from = presentation?.window?.from ?? model.span[0] - pad;
  const to = presentation?.window?.to ?? model.span[1] + pad;
  return {
    title: `${titlePrefix}${presentation?.focusLabel ? `${name}: ${presentation.focusLabel}` : name}`,
    rows: model.rows,
    links: Object.values(model.plan.links),
    scale: model.scale,
    from,
    to,
    ...(presentation ? { look: PRESENTATION_LOOK } : {}),
    isNonWorkingDay: nonWorkingDays(model, from, to),
    colourOf: (row) => {
      const raw = model.colouring.colourOf(row);
      let c = colours.get(raw);
      if (c === undefined) colours.set(raw, (c = resolveColour(raw, doc)));
      return c;
    },
    theme: exportTheme((name) => getComputedStyle(doc.documentElement).getPropertyValue(name), presentation !== undefined),
    showBaseline: settings.baselineId !== null,
    // The chart's own markers (the shown plan's: a proposal's while one is open).
    riskMarkers: markersOf(model.plan).markers,
  };
}

/** The chart's shaded days: its weekly non-working days and the holidays it draws over them (use-gantt-model.ts). */
function nonWorkingDays(model: GanttModel, from: number, to: number): (day: number) => boolean {
  const holidays = new Set(model.holidays(from, to).map((minutes) => Math.floor(minutes / 1440)));
  return (day) => !model.isWorkingWeekday(day) || holidays.has(day);
}

/**
 * Twice the chart's size, for sharp text on a high-density screen or a slide; browsers cap a
 * canvas's area and sides, so a very long chart is scaled down to stay within them.
 */
const chartRasterSize: RasterSize = ({ width, height }) => {
  const scale = Math.min(2, Math.sqrt(60_000_000 / Math.max(1, width * height)), 16000 / Math.max(width, height));
  return { width: width * scale, height: height * scale };
};

/**
 * The PDF is printed from the whole chart on every platform, not from the window: the window
 * shows only the rows and dates in view, and a printed PDF of it would not be the plan. The print
 * layout goes through the platform's print service (Chromium's print engine), so the PDF is
 * vector with searchable text; null when the browser's print dialog took it instead.
 */
function printPdf(input: SvgExportInput, options: PdfOptions): Promise<Uint8Array | null> {
  const layout = ganttPrintHtml(input, options);
  return getPlatform().printHtmlToPdf({ html: layout.html, pageSize: options.paper, landscape: options.orientation === 'landscape' });
}

export interface ExportOptions {
  readonly pdf?: PdfOptions;
  /** Export presentation mode's chart (focus, large type) instead of the Gantt view's. */
  readonly presentation?: PresentationExport;
  /** Before the chart's title: what it shows besides the plan (export-source.ts titlePrefix). */
  readonly titlePrefix?: string;
}

/** Builds the file to save; 'printed' when the browser's print dialog took the PDF instead. */
export async function ganttExportFile(
  format: ExportFormat, model: GanttModel, settings: GanttSettings, options: ExportOptions = {}, doc: Document = document,
): Promise<SaveFileRequest | 'printed'> {
  const input = exportInput(model, settings, doc, options.presentation, options.titlePrefix);
  const base = `${model.plan.project.name.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'Gantt'}${options.presentation ? ' presentation' : ''}`;
  let data: string | Uint8Array;
  if (format === 'pdf') {
    const pdf = await printPdf(input, options.pdf ?? DEFAULT_PDF_OPTIONS);
    if (pdf === null) return 'printed';
    data = pdf;
  } else {
    const svg = buildGanttSvg(input);
    data = format === 'svg' ? svg : await svgToPng(svg, input.theme.background, chartRasterSize, doc);
  }
  const filter = { svg: { name: 'SVG image', extensions: ['svg'] }, png: { name: 'PNG image', extensions: ['png'] }, pdf: { name: 'PDF document', extensions: ['pdf'] } }[format];
  return { suggestedName: `${base} Gantt.${format}`, filters: [filter], data };
}

export const PRINTED_NOTICE = 'Opened the print dialog: choose "Save as PDF" there.';

export { EXPORT_HEADER_HEIGHT, EXPORT_ROW_HEIGHT };
export { DEFAULT_PDF_OPTIONS, type PdfOptions };
