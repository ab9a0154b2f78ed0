/**
 * The plan document as one self-contained HTML document, which is also its print layout (the PDF):
 * inline styles, the report's Content-Security-Policy (no script, no request), @page rules with
 * the project in the header and "Page n of m" in the footer, table headers repeated on each page.
 * Every plan-typed string goes through the report's html() escaping.
 */
import { cssString, html, paragraphs } from './escape-html';
import { REPORT_CSP, type ReportPaper } from './html';
import type { PlanDocBlock, PlanDocument } from './plan-document-types';
import type { ReportDates } from './text';
import { timelineSvg } from './timeline-svg';

const FONT = "font-family:'Segoe UI',Helvetica,Arial,sans-serif;color:#111827";
const S = {
  body: `${FONT};margin:0;padding:24px;background:#ffffff;font-size:12.5px;line-height:1.45`,
  h1: 'font-size:24px;margin:0 0 2px',
  sub: 'margin:0 0 12px;color:#4b5563',
  h2: 'font-size:16px;margin:22px 0 8px;padding-bottom:3px;border-bottom:2px solid #e5e7eb;break-after:avoid',
  h3: 'font-size:12.5px;margin:10px 0 4px;color:#374151;break-after:avoid',
  p: 'margin:0 0 8px',
  note: 'margin:0 0 8px;color:#4b5563;font-style:italic',
  ul: 'margin:0 0 8px;padding-left:20px',
  li: 'margin:0 0 3px',
  table: 'border-collapse:collapse;width:100%;margin:0 0 10px;font-size:11.5px',
  th: 'text-align:left;border-bottom:1px solid #d1d5db;padding:3px 6px;color:#374151;vertical-align:bottom',
  td: 'border-bottom:1px solid #f3f4f6;padding:3px 6px;vertical-align:top;overflow-wrap:anywhere',
  label: 'padding:2px 12px 2px 0;color:#4b5563;vertical-align:top;white-space:nowrap',
  value: 'padding:2px 0;font-weight:600',
} as const;

function table(caption: string, columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = columns.map((c) => `<th style="${S.th}">${html(c)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((cell) => `<td style="${S.td}">${html(cell)}</td>`).join('')}</tr>`).join('');
  return `<h3 style="${S.h3}">${html(caption)}</h3><table style="${S.table}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function block(b: PlanDocBlock, dates: ReportDates): string {
  switch (b.kind) {
    case 'paragraph': return paragraphs(b.text, S.p);
    case 'note': return `<p style="${S.note}">${html(b.text)}</p>`;
    case 'list': return `${b.caption ? `<h3 style="${S.h3}">${html(b.caption)}</h3>` : ''}<ul style="${S.ul}">${b.items.map((i) => `<li style="${S.li}">${html(i)}</li>`).join('')}</ul>`;
    case 'facts': return `<table style="border-collapse:collapse;margin:0 0 10px"><tbody>${b.items.map((f) => `<tr><td style="${S.label}">${html(f.label)}</td><td style="${S.value}">${html(f.value)}</td></tr>`).join('')}</tbody></table>`;
    case 'table': return table(b.caption, b.columns, b.rows);
    case 'timeline': return `<div style="margin:0 0 10px">${timelineSvg(b.timeline, dates)}</div>`;
    default: {
      const never: never = b;
      return never;
    }
  }
}

/** The document's body: title, summary line, contents, then each numbered section. */
export function planDocumentBodyHtml(doc: PlanDocument): string {
  const facts = [
    doc.manager ? `Manager ${doc.manager}` : '', `Start ${doc.dates.day(doc.start)}`, `Forecast finish ${doc.dates.day(doc.finish)}`,
    `As of ${doc.dates.day(doc.asOf)}`, doc.baselineName ? `Against ${doc.baselineName}` : 'No baseline saved',
  ].filter((x) => x !== '');
  const head = `<h1 style="${S.h1}">${html(doc.projectName)}</h1><p style="${S.sub}">Project management plan · ${html(facts.join(' · '))}</p>`;
  const contents = `<ol style="${S.ul}">${doc.sections.map((s) => `<li style="${S.li}">${html(s.title)}</li>`).join('')}</ol>`;
  const sections = doc.sections.map((s, i) => `<section data-section="${html(s.id)}"><h2 style="${S.h2}">${String(i + 1)}. ${html(s.title)}</h2>${s.blocks.map((b) => block(b, doc.dates)).join('')}</section>`).join('\n');
  return `${head}${paragraphs(doc.description, S.p)}<h2 style="${S.h2}">Contents</h2>${contents}\n${sections}`;
}

function pageRules(doc: PlanDocument, paper: ReportPaper): string {
  const box = 'font-size:9pt;color:#4b5563;font-family:Helvetica,Arial,sans-serif';
  return `@page{size:${paper};margin:18mm 14mm 16mm;`
    + `@top-left{content:"${cssString(doc.projectName)}";${box}}@top-right{content:"${cssString(`Project management plan, ${doc.dates.day(doc.asOf)}`)}";${box}}`
    + `@bottom-center{content:"Page " counter(page) " of " counter(pages);${box}}}`
    + '@media print{body{padding:0!important}thead{display:table-header-group}tr,li{break-inside:avoid}h3{break-after:avoid}}';
}

/** The whole document: the exported .html and the print layout for the PDF. */
export function writePlanDocumentHtml(doc: PlanDocument, options: { readonly paper?: ReportPaper } = {}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(`${doc.projectName}: project management plan`)}</title>
<style>${pageRules(doc, options.paper ?? 'A4')}</style>
</head>
<body style="${S.body}">
${planDocumentBodyHtml(doc)}
</body>
</html>
`;
}
