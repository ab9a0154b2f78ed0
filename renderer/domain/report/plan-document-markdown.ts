/**
 * The plan document as Markdown (CommonMark with pipe tables), for wikis and mail. Plan-typed text
 * goes through the report's mdText escaping, which also escapes "|" so a name cannot break a table.
 */
import { mdText } from './markdown';
import type { PlanDocBlock, PlanDocument } from './plan-document-types';
import type { ReportDates } from './text';

/** A table cell: escaped, and never empty (some renderers drop a row with an empty last cell). */
const cell = (text: string): string => (text.trim() === '' ? ' ' : mdText(text));

function block(b: PlanDocBlock, dates: ReportDates): string[] {
  switch (b.kind) {
    case 'paragraph': return b.text.trim() === '' ? [] : b.text.trim().split(/\n\s*\n/).flatMap((p) => [mdText(p), '']);
    case 'note': return [`*${mdText(b.text)}*`, ''];
    case 'list': return [...(b.caption ? [`**${mdText(b.caption)}**`, ''] : []), ...b.items.map((i) => `- ${mdText(i)}`), ''];
    case 'facts': return [...b.items.map((f) => `- ${mdText(f.label)}: **${mdText(f.value)}**`), ''];
    case 'table': return [
      `**${mdText(b.caption)}**`, '',
      `| ${b.columns.map(cell).join(' | ')} |`, `| ${b.columns.map(() => '---').join(' | ')} |`,
      ...b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`), '',
    ];
    case 'timeline': return [...b.timeline.items.map((m) => `- ${dates.day(m.finish)}: ${mdText(m.name)}${m.isDone ? ' (reached)' : ''}`), ''];
    default: {
      const never: never = b;
      return never;
    }
  }
}

export function writePlanDocumentMarkdown(doc: PlanDocument): string {
  const facts = [
    doc.manager ? `Manager ${mdText(doc.manager)}` : '', `Start ${doc.dates.day(doc.start)}`, `Forecast finish ${doc.dates.day(doc.finish)}`,
    `As of ${doc.dates.day(doc.asOf)}`, doc.baselineName ? `Against ${mdText(doc.baselineName)}` : 'No baseline saved',
  ].filter((x) => x !== '');
  const lines = [`# ${mdText(doc.projectName)}: project management plan`, '', `*${facts.join(' · ')}*`, ''];
  for (const p of doc.description.trim() === '' ? [] : doc.description.trim().split(/\n\s*\n/)) lines.push(mdText(p), '');
  lines.push('## Contents', '', ...doc.sections.map((s, i) => `${String(i + 1)}. ${mdText(s.title)}`), '');
  doc.sections.forEach((s, i) => lines.push(`## ${String(i + 1)}. ${mdText(s.title)}`, '', ...s.blocks.flatMap((b) => block(b, doc.dates))));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
