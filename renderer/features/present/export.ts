/**
 * Export the Gantt as SVG, PNG or PDF and save it through the platform (a save dialog on the
 * desktop, a download in the browser). PDF: the whole chart rasterised into pages of the chosen
 * paper and orientation, either shrunk onto one page or tiled down by rows and across by time
 * with the names and time scale on every page.
 */
import { getPlatform } from '../../platform';
import type { GanttModel, GanttSettings } from '../gantt/use-gantt-model';
import {
  buildGanttSvg, EXPORT_HEADER_HEIGHT, EXPORT_ROW_HEIGHT, NORMAL_LOOK, PRESENTATION_LOOK, type SvgExportInput, type SvgTheme,
} from './export-svg';
import { buildPdf, pageSize, type Orientation, type PaperName, type PdfImage } from './pdf';
import { pageCapacity, pdfPageWindows } from './pdf-pages';

export type ExportFormat = 'png' | 'svg' | 'pdf';


function resolveColour(value: string, doc: Document): string {
  const m = /^var\((--[\w-]+)(?:,\s*([^)]+))?\)$/.exec(value.trim());
  if (!m) return value;
  const v = getComputedStyle(doc.documentElement).getPropertyValue(m[1] ?? '').trim();
  return v || (m[2] ?? '#64748b');
}

/** The theme's colours; presentation mode's high contrast draws lines and arrows in the text colour. */
function theme(doc: Document, isPresentation: boolean): SvgTheme {
  const v = (name: string, fallback: string): string => getComputedStyle(doc.documentElement).getPropertyValue(name).trim() || fallback;
  const text = v('--text', '#111827');
  return {
    background: v('--surface', '#ffffff'), text, muted: v('--muted', '#5b6475'),
    border: isPresentation ? v('--border-strong', v('--border', '#dfe3ea')) : v('--border', '#dfe3ea'),
    summary: text, arrow: isPresentation ? text : v('--muted', '#5b6475'),
    baseline: v('--muted', '#9aa4b2'), font: v('--font-ui', 'sans-serif'),
  };
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

export function exportInput(model: GanttModel, settings: GanttSettings, doc: Document = document, presentation?: PresentationExport): SvgExportInput {
  const pad = 3 * 1440;
  const colours = new Map<string, string>();
  const name = model.plan.project.name;
  return {
    title: presentation?.focusLabel ? `${name}: ${presentation.focusLabel}` : name,
    rows: model.rows,
    links: Object.values(model.plan.links),
    scale: model.scale,
    from: presentation?.window?.from ?? model.span[0] - pad,
    to: presentation?.window?.to ?? model.span[1] + pad,
    ...(presentation ? { look: PRESENTATION_LOOK } : {}),
    colourOf: (row) => {
      const raw = model.colouring.colourOf(row);
      let c = colours.get(raw);
      if (c === undefined) colours.set(raw, (c = resolveColour(raw, doc)));
      return c;
    },
    theme: theme(doc, presentation !== undefined),
    showBaseline: settings.baselineId !== null,
  };
}

async function rasterise(svg: string, type: 'image/png' | 'image/jpeg', doc: Document): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = doc.createElement('canvas');
    // Browsers cap canvas area; very long charts are scaled down to stay within it.
    const scale = Math.min(2, Math.sqrt(60_000_000 / Math.max(1, image.width * image.height)), 16000 / Math.max(image.width, image.height));
    canvas.width = Math.max(1, Math.floor(image.width * scale));
    canvas.height = Math.max(1, Math.floor(image.height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, 0.92));
    if (!blob) throw new Error('the image could not be encoded');
    return { bytes: new Uint8Array(await blob.arrayBuffer()), width: canvas.width, height: canvas.height };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Paper, orientation, and whether the chart is tiled legibly or shrunk onto one page. */
export interface PdfOptions {
  readonly paper: PaperName;
  readonly orientation: Orientation;
  readonly layout: 'tile' | 'fit';
}

export const DEFAULT_PDF_OPTIONS: PdfOptions = { paper: 'A4', orientation: 'landscape', layout: 'tile' };

/**
 * The PDF is built from the whole chart on every platform, not by printing the window: the
 * window shows only the rows and dates in view, and a printed PDF of it would not be the plan.
 */
async function pdfBytes(input: SvgExportInput, options: PdfOptions, doc: Document): Promise<Uint8Array> {
  const page = pageSize(options.paper, options.orientation);
  const pages: PdfImage[] = [];
  const layout = { rowCount: input.rows.length, from: input.from, to: input.to, pxPerMinute: input.scale.pxPerMinute };
  const look = input.look ?? NORMAL_LOOK;
  const capacity = pageCapacity(page, { labelsPx: look.labelsWidth, headPx: 2 * look.tierHeight + 8, rowPx: look.rowHeight });
  const windows = options.layout === 'fit'
    ? [{ firstRow: 0, endRow: input.rows.length, from: input.from, to: input.to }]
    : pdfPageWindows(layout, capacity.rowsPerPage, capacity.chartPxPerPage);
  for (const w of windows) {
    const page = await rasterise(buildGanttSvg({ ...input, from: w.from, to: w.to }, w.firstRow, w.endRow), 'image/jpeg', doc);
    pages.push({ jpeg: page.bytes, width: page.width, height: page.height });
  }
  return buildPdf(pages, page);
}

export interface ExportOptions {
  readonly pdf?: PdfOptions;
  /** Export presentation mode's chart (focus, large type) instead of the Gantt view's. */
  readonly presentation?: PresentationExport;
}

/** Builds the file and saves it; resolves the saved name, or null when the user cancelled. */
export async function exportGantt(
  format: ExportFormat, model: GanttModel, settings: GanttSettings, options: ExportOptions = {}, doc: Document = document,
): Promise<string | null> {
  const input = exportInput(model, settings, doc, options.presentation);
  const pdf = options.pdf ?? DEFAULT_PDF_OPTIONS;
  const base = `${model.plan.project.name.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'Gantt'}${options.presentation ? ' presentation' : ''}`;
  const svg = buildGanttSvg(input);
  const data = format === 'svg' ? svg : format === 'png' ? (await rasterise(svg, 'image/png', doc)).bytes : await pdfBytes(input, pdf, doc);
  const filter = { svg: { name: 'SVG image', extensions: ['svg'] }, png: { name: 'PNG image', extensions: ['png'] }, pdf: { name: 'PDF document', extensions: ['pdf'] } }[format];
  const result = await getPlatform().saveFile({ suggestedName: `${base} Gantt.${format}`, filters: [filter], data });
  return result.saved ? result.name : null;
}

export { EXPORT_HEADER_HEIGHT, EXPORT_ROW_HEIGHT };
