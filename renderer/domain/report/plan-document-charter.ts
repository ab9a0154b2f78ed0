/**
 * The plan document's first section: the project charter (lifecycle/charter-summary), read from the
 * same schedule and baseline as the rest of the document, so an objective's status here is the
 * one the Charter view shows. Paragraph parts become label/value facts, list parts small tables.
 */
import { charterSummary } from '../lifecycle';
import type { PlanDocumentContext } from './plan-document';
import type { PlanDocBlock, PlanDocSection } from './plan-document-types';

export function charterSection(c: PlanDocumentContext): PlanDocSection {
  const summary = charterSummary(c.plan, c.asOf, c.facts.schedule, c.facts.baseline);
  if (summary.isEmpty) {
    return { id: 'charter', title: 'Project charter', blocks: [{ kind: 'note', text: 'No charter yet: its purpose, objectives and scope are filled in the Charter view.' }] };
  }
  const facts: { label: string; value: string }[] = [];
  const blocks: PlanDocBlock[] = [];
  for (const part of summary.sections) {
    const text = part.paragraphs.filter((p) => p.trim() !== '').join(' ');
    if (text !== '') facts.push({ label: part.heading, value: text });
    // A list under its heading: a one-column table said the heading twice, as its caption and its column's (a new user's third hour).
    if (part.items.length > 0) blocks.push({ kind: 'list', caption: part.heading, items: part.items });
  }
  return { id: 'charter', title: 'Project charter', blocks: facts.length > 0 ? [{ kind: 'facts', items: facts }, ...blocks] : blocks };
}
