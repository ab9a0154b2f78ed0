/**
 * How the Gantt is laid out on PDF pages: blocks of rows down and blocks of time across, each
 * page repeating the task names and the time scale (the tiled print GanttProject users have asked
 * for). A chart small enough to stay legible fits on one page.
 */
import type { PdfPageSize } from '../../platform';

export interface PdfPageWindow {
  readonly firstRow: number;
  readonly endRow: number;
  /** Wall minutes shown across this page. */
  readonly from: number;
  readonly to: number;
}

export interface PdfLayoutInput {
  readonly rowCount: number;
  readonly from: number;
  readonly to: number;
  readonly pxPerMinute: number;
}

/** Portrait sizes in points (1/72 in); the print service's paper names. */
export const PAPER_SIZES = {
  A4: { width: 595, height: 842 },
  A3: { width: 842, height: 1191 },
  Letter: { width: 612, height: 792 },
  Legal: { width: 612, height: 1008 },
  Tabloid: { width: 792, height: 1224 },
} as const satisfies Record<PdfPageSize, { width: number; height: number }>;
export type PaperName = keyof typeof PAPER_SIZES;
export type Orientation = 'landscape' | 'portrait';

/** Paper, orientation, and whether the chart is tiled legibly or shrunk onto one page. */
export interface PdfOptions {
  readonly paper: PaperName;
  readonly orientation: Orientation;
  readonly layout: 'tile' | 'fit';
}

export const DEFAULT_PDF_OPTIONS: PdfOptions = { paper: 'A4', orientation: 'landscape', layout: 'tile' };

export function pageSize(paper: PaperName, orientation: Orientation): { width: number; height: number } {
  const { width, height } = PAPER_SIZES[paper];
  return orientation === 'landscape' ? { width: height, height: width } : { width, height };
}

/** Page margin in points; the footer (project, page n of m) sits in the bottom one. */
export const PAGE_MARGIN_PT = 24;
/**
 * The largest scale a page is printed at: 0.58 pt per exported pixel puts 12 px labels at 7 pt,
 * legible on paper while a page still holds a working month or two. A chart that is smaller
 * than its page is printed at this scale, not blown up.
 */
export const PT_PER_PX = 0.58;

/** Rows and chart pixels per page that keep 12 px labels readable on A4 landscape. */
export const ROWS_PER_PAGE = 32;
export const CHART_PX_PER_PAGE = 1100;

/**
 * Rows and chart pixels that fill a page at PT_PER_PX. `labelsPx`/`headPx`/`rowPx` are the
 * export's fixed geometry.
 */
export function pageCapacity(page: { width: number; height: number }, geometry: { labelsPx: number; headPx: number; rowPx: number }, marginPt = PAGE_MARGIN_PT): { rowsPerPage: number; chartPxPerPage: number } {
  const widthPx = (page.width - 2 * marginPt) / PT_PER_PX;
  // 8 px: the export's padding under the last row.
  const heightPx = (page.height - 2 * marginPt) / PT_PER_PX - 8;
  return {
    rowsPerPage: Math.max(1, Math.floor((heightPx - geometry.headPx) / geometry.rowPx)),
    chartPxPerPage: Math.max(200, Math.floor(widthPx - geometry.labelsPx)),
  };
}

/** Pages in reading order: all time blocks of the first rows, then the next rows (MS Project's order). */
export function pdfPageWindows(input: PdfLayoutInput, rowsPerPage = ROWS_PER_PAGE, chartPxPerPage = CHART_PX_PER_PAGE): PdfPageWindow[] {
  const minutesPerPage = chartPxPerPage / Math.max(input.pxPerMinute, Number.EPSILON);
  const span = Math.max(0, input.to - input.from);
  const across = Math.max(1, Math.ceil(span / minutesPerPage - 1e-9));
  const down = Math.max(1, Math.ceil(input.rowCount / rowsPerPage));
  const pages: PdfPageWindow[] = [];
  for (let d = 0; d < down; d++) {
    const firstRow = d * rowsPerPage;
    const endRow = Math.min(input.rowCount, firstRow + rowsPerPage);
    for (let a = 0; a < across; a++) {
      const from = input.from + a * minutesPerPage;
      pages.push({ firstRow, endRow, from, to: Math.min(input.to, from + minutesPerPage) });
    }
  }
  return pages;
}
