/**
 * The plan document's files: PDF through the platform's print service (the same Chromium print
 * path as the status report), self-contained HTML and Markdown, all written by domain/report.
 */
import { writePlanDocumentHtml, writePlanDocumentMarkdown, type PlanDocument, type ReportPaper } from '../../domain/report';
import { getPlatform, type SaveFileResult } from '../../platform';

export type PlanDocumentFormat = 'pdf' | 'html' | 'md';

export const PLAN_DOCUMENT_FORMATS: readonly { readonly format: PlanDocumentFormat; readonly label: string }[] = [
  { format: 'pdf', label: 'PDF' }, { format: 'html', label: 'HTML' }, { format: 'md', label: 'Markdown' },
];

const FILTERS = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  html: { name: 'Web page', extensions: ['html'] },
  md: { name: 'Markdown', extensions: ['md'] },
} as const;

export function planDocumentFileName(doc: PlanDocument, format: PlanDocumentFormat): string {
  const base = doc.projectName.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim() || 'Project';
  return `${base} project management plan ${doc.asOf}.${format}`;
}

/** Resolves the save outcome; 'printed' when the browser's print dialog took the PDF instead. */
export async function exportPlanDocument(doc: PlanDocument, format: PlanDocumentFormat, paper: ReportPaper): Promise<SaveFileResult | 'printed'> {
  const platform = getPlatform();
  let data: string | Uint8Array;
  if (format === 'pdf') {
    const pdf = await platform.printHtmlToPdf({ html: writePlanDocumentHtml(doc, { paper }), pageSize: paper, landscape: false });
    if (pdf === null) return 'printed';
    data = pdf;
  } else data = format === 'html' ? writePlanDocumentHtml(doc, { paper }) : writePlanDocumentMarkdown(doc);
  return platform.saveFile({ suggestedName: planDocumentFileName(doc, format), filters: [FILTERS[format]], data });
}
