/**
 * The report's outputs: PDF through the platform's print service (Chromium's print engine),
 * self-contained HTML, Markdown, a 16:9 slide PNG of the executive summary, and rich text on the
 * clipboard. Every file is built by the pure writers in domain/report.
 * The PDF and HTML are the report as a document, on paper's white in either theme; the slide is a
 * picture for a deck, so like the Gantt's and the Costs charts' pictures it is drawn in the theme
 * the app shows: dark from the dark theme, white from the light.
 */
import { reportBodyHtml, writeReportHtml, writeReportMarkdown, type ReportPaper, type StatusReportModel } from '../../domain/report';
import { getPlatform, type SaveFileRequest } from '../../platform';
import { svgToPng } from '../shared/svg-png';
import { APP_REPORT_DATES } from './report-dates';
import { LIGHT_SLIDE, slideSvg, SLIDE_HEIGHT, SLIDE_WIDTH, type SlideColours } from './slide-svg';

export type ReportFormat = 'pdf' | 'html' | 'md' | 'png';

const FILTERS = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  html: { name: 'Web page', extensions: ['html'] },
  md: { name: 'Markdown', extensions: ['md'] },
  png: { name: 'PNG image', extensions: ['png'] },
} as const;

export function reportFileName(model: StatusReportModel, format: ReportFormat): string {
  const base = model.projectName.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim() || 'Project';
  return `${base} status ${model.statusDate}${model.audience === 'executive' ? ' executive' : ' team'}.${format}`;
}

/** The file to save (shared/use-export-source.ts saves it); 'printed' when the browser's print dialog took the PDF instead. */
export async function reportExportFile(model: StatusReportModel, format: ReportFormat, paper: ReportPaper): Promise<SaveFileRequest | 'printed'> {
  const platform = getPlatform();
  let data: string | Uint8Array;
  if (format === 'pdf') {
    const pdf = await platform.printHtmlToPdf({ html: writeReportHtml(model, { paper, dates: APP_REPORT_DATES }), pageSize: paper, landscape: false });
    if (pdf === null) return 'printed';
    data = pdf;
  } else if (format === 'html') data = writeReportHtml(model, { paper, dates: APP_REPORT_DATES });
  else if (format === 'md') data = writeReportMarkdown(model, APP_REPORT_DATES);
  else data = await slidePng(model);
  return { suggestedName: reportFileName(model, format), filters: [FILTERS[format]], data };
}

/** The slide's colours in the theme the page shows (theme.css under <html data-theme>). */
function shownSlideColours(): SlideColours {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  return { background: read('--surface', LIGHT_SLIDE.background), text: read('--text', LIGHT_SLIDE.text), muted: read('--muted', LIGHT_SLIDE.muted) };
}

/** The slide drawn as SVG at 1920 x 1080 on its own ground (shared/svg-png.ts). */
function slidePng(model: StatusReportModel): Promise<Uint8Array> {
  const colours = shownSlideColours();
  return svgToPng(slideSvg(model, colours), colours.background, () => ({ width: SLIDE_WIDTH, height: SLIDE_HEIGHT }));
}

/** Copies the report as rich text (text/html, for mail and documents) with a Markdown text/plain twin. */
export async function copyReport(model: StatusReportModel): Promise<void> {
  const item = new ClipboardItem({
    'text/html': new Blob([reportBodyHtml(model, APP_REPORT_DATES)], { type: 'text/html' }),
    'text/plain': new Blob([writeReportMarkdown(model, APP_REPORT_DATES)], { type: 'text/plain' }),
  });
  await navigator.clipboard.write([item]);
}
