/**
 * How the Gantt is laid out on PDF pages: blocks of rows down and blocks of time across, each
 * page repeating the task names and the time scale (the tiled print GanttProject users have asked
 * for). A chart small enough to stay legible fits on one page.
 */
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

/** Rows and chart pixels per page that keep 12 px labels readable on A4 landscape. */
export const ROWS_PER_PAGE = 32;
export const CHART_PX_PER_PAGE = 1100;

/**
 * Rows and chart pixels that fill a page at a legible scale: 0.58 pt per exported pixel, which
 * puts 12 px labels at 7 pt. `labelsPx`/`headPx`/`rowPx` are the export's fixed geometry.
 */
export function pageCapacity(page: { width: number; height: number }, geometry: { labelsPx: number; headPx: number; rowPx: number }, marginPt = 24): { rowsPerPage: number; chartPxPerPage: number } {
  const PT_PER_PX = 0.58;
  const widthPx = (page.width - 2 * marginPt) / PT_PER_PX;
  const heightPx = (page.height - 2 * marginPt) / PT_PER_PX;
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
