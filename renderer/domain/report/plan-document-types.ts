/**
 * The project management plan document: one document that assembles what the plan already holds
 * (phases and gates, milestones, team and RACI, budget, risks, communication, change control).
 * A section is a title and generic blocks, so the writers (HTML, Markdown, the print layout) lay
 * out any section without knowing it, and a new section (the charter) is one builder in the list.
 */
import type { LocalDate } from '../model';
import type { ReportDates } from './text';
import type { ReportSection } from './types';

/** The milestone timeline block reuses the status report's timeline (and its SVG). */
export type TimelineData = Extract<ReportSection, { kind: 'timeline' }>;

export type PlanDocBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  /** Says why a part is empty, in words a PM can act on ("No people on the team yet: …"). */
  | { readonly kind: 'note'; readonly text: string }
  /** A list, under its own small heading when it has a caption (a charter part's items). */
  | { readonly kind: 'list'; readonly caption?: string; readonly items: readonly string[] }
  /** Label and value pairs ("Budget at completion: USD 120,000"). */
  | { readonly kind: 'facts'; readonly items: readonly { readonly label: string; readonly value: string }[] }
  | { readonly kind: 'table'; readonly caption: string; readonly columns: readonly string[]; readonly rows: readonly (readonly string[])[] }
  | { readonly kind: 'timeline'; readonly timeline: TimelineData };

export interface PlanDocSection {
  /** Stable key for tests and anchors ('phases', 'team'). */
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly PlanDocBlock[];
}

export interface PlanDocument {
  readonly projectName: string;
  readonly manager: string;
  readonly description: string;
  /** The date the figures are read at (the status date). */
  readonly asOf: LocalDate;
  readonly start: LocalDate;
  readonly finish: LocalDate;
  /** The baseline milestones and phases are compared with; null = none saved. */
  readonly baselineName: string | null;
  readonly sections: readonly PlanDocSection[];
  /** How its days are written (PlanDocumentOptions.dates), so the writers write the header's and the timeline's days as the sections' were. */
  readonly dates: ReportDates;
}
