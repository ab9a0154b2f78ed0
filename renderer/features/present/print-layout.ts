/**
 * The Gantt's print layout: one HTML document holding the chart's SVG page by page, which the
 * platform's print service (Chromium's print engine: Electron's printToPDF, page.pdf() in the
 * tests) turns into a vector PDF with selectable, searchable text. Each tiled page repeats the
 * task names and the time scale (buildGanttSvg draws both on every page); @page gives the paper,
 * and the footer names the project and numbers the pages. No script, no request (its CSP says so).
 */
import { cssString, escapeHtml } from '../../domain/report';
import { svgPaint } from '../../domain/formats/escape';
import { buildGanttSvg, ganttSvgSize, NORMAL_LOOK, type SvgExportInput } from './export-svg';
import { PAGE_MARGIN_PT, pageCapacity, pageSize, pdfPageWindows, PT_PER_PX, type PdfOptions, type PdfPageWindow } from './pdf-pages';

export const GANTT_PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

/** The pages of the chart: one for "fit", else tiles that keep the chart at a legible scale. */
export function ganttPrintWindows(input: SvgExportInput, options: PdfOptions): PdfPageWindow[] {
  if (options.layout === 'fit') return [{ firstRow: 0, endRow: input.rows.length, from: input.from, to: input.to }];
  const look = input.look ?? NORMAL_LOOK;
  const capacity = pageCapacity(pageSize(options.paper, options.orientation), { labelsPx: look.labelsWidth, headPx: 2 * look.tierHeight + 8, rowPx: look.rowHeight });
  return pdfPageWindows({ rowCount: input.rows.length, from: input.from, to: input.to, pxPerMinute: input.scale.pxPerMinute }, capacity.rowsPerPage, capacity.chartPxPerPage);
}

/** Points, rounded down so a page's chart never spills onto a page of its own. */
const pt = (v: number): string => `${String(Math.floor(v * 100) / 100)}pt`;

/** One page: the window's SVG, scaled to fit inside the margins and never above PT_PER_PX. */
function pageHtml(input: SvgExportInput, window: PdfPageWindow, previous: PdfPageWindow | undefined, next: PdfPageWindow | undefined, content: { width: number; height: number }): string {
  // The tiles left and right of this one, of the same rows: a name their shared edge would cut is drawn whole on one of them.
  const isBeside = (tile: PdfPageWindow | undefined): tile is PdfPageWindow => tile !== undefined && tile.firstRow === window.firstRow;
  const chartPx = (tile: PdfPageWindow): number => (tile.to - tile.from) * input.scale.pxPerMinute;
  const pageInput = {
    ...input, from: window.from, to: window.to,
    ...(isBeside(previous) ? { previousTileChartPx: chartPx(previous) } : {}), ...(isBeside(next) ? { nextTileChartPx: chartPx(next) } : {}),
  };
  const size = ganttSvgSize(pageInput, window.firstRow, window.endRow);
  const scale = Math.min(PT_PER_PX, content.width / Math.max(1, size.width), content.height / Math.max(1, size.height));
  return `<div class="page" style="width:${pt(size.width * scale)};height:${pt(size.height * scale)}">${buildGanttSvg(pageInput, window.firstRow, window.endRow)}</div>`;
}

function styles(input: SvgExportInput, paper: { width: number; height: number }): string {
  const box = `font-size:8pt;color:${svgPaint(input.theme.muted)};font-family:Helvetica,Arial,sans-serif`;
  return `@page{size:${String(paper.width)}pt ${String(paper.height)}pt;margin:${String(PAGE_MARGIN_PT)}pt;`
    + `@bottom-left{content:"${cssString(input.title)}";${box}}`
    + `@bottom-right{content:"Page " counter(page) " of " counter(pages);${box}}}`
    + `html{background:${svgPaint(input.theme.background)};-webkit-print-color-adjust:exact;print-color-adjust:exact}`
    + 'body{margin:0;padding:0}.page{overflow:hidden;break-after:page;break-inside:avoid}.page:last-child{break-after:auto}'
    + '.page>svg{display:block;width:100%;height:100%}';
}

export interface GanttPrintLayout {
  readonly html: string;
  readonly pageCount: number;
}

/** The whole print layout for the chart in `input` on the paper of `options`. */
export function ganttPrintHtml(input: SvgExportInput, options: PdfOptions): GanttPrintLayout {
  const paper = pageSize(options.paper, options.orientation);
  const content = { width: paper.width - 2 * PAGE_MARGIN_PT, height: paper.height - 2 * PAGE_MARGIN_PT };
  const windows = ganttPrintWindows(input, options);
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${GANTT_PRINT_CSP}">
<title>${escapeHtml(`${input.title} Gantt`)}</title>
<style>${styles(input, paper)}</style>
</head>
<body>
${windows.map((w, i) => pageHtml(input, w, windows[i - 1], windows[i + 1], content)).join('\n')}
</body>
</html>
`;
  return { html, pageCount: windows.length };
}
