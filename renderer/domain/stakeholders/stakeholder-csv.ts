/**
 * CSV export of the stakeholder register through the task export's cell writer (formatCsv), so
 * quoting and formula neutralisation (formats/escape.ts) are the same as every other export.
 */
import { formatCsv } from '../formats/csv/csv-parse';
import type { Plan } from '../model/plan';
import { engagementGap, quadrantOf, QUADRANT_LABELS } from './engagement';

const BOM = '\uFEFF';

export const STAKEHOLDER_CSV_HEADER = [
  'Name', 'Role', 'Organisation / department', 'Email', 'Phone', 'Influence', 'Interest', 'Quadrant',
  'Current engagement', 'Desired engagement', 'Engagement gap', 'Communication', 'Notes',
] as const;

/** The register as CSV (UTF-8 with a BOM so Excel reads accents, CRLF rows), by name. */
export function exportStakeholdersCsv(plan: Plan): string {
  const rows = Object.values(plan.stakeholders)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((s) => {
      const gap = engagementGap(s);
      return [s.name, s.role, s.organisation, s.email, s.phone ?? '', String(s.influence), String(s.interest),
        QUADRANT_LABELS[quadrantOf(s)], s.currentEngagement ?? '', s.desiredEngagement ?? '', gap === null ? '' : String(gap),
        s.communication, s.notes];
    });
  return `${BOM}${formatCsv([[...STAKEHOLDER_CSV_HEADER], ...rows])}`;
}
