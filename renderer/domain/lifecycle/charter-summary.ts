/**
 * The charter and closure as a text model: headed sections of paragraphs and list items, plain
 * strings with ISO dates, for any writer (the project management plan document, Markdown, HTML)
 * to lay out. Nothing here formats for a screen.
 */
import { type Baseline, charterApproval, LESSON_KIND_LABELS, type LocalDate, LESSON_KINDS, percentText, type Plan, type ResourceId } from '../model';
import { riskScore } from '../raid/scoring';
import type { ScheduleResult } from '../schedule';
import {
  charterOf, charterRaid, closureOf, deliverableViews, numberText, objectiveStatusText, objectiveViews, type ObjectiveView,
} from './charter-status';

export interface CharterSummarySection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly items: readonly string[];
}

export interface CharterSummary {
  readonly title: string;
  /** Every section, in the charter's order; a section with nothing written says so rather than vanishing. */
  readonly sections: readonly CharterSummarySection[];
  /** Whether anything was written in the charter at all. */
  readonly isEmpty: boolean;
}

const NONE = 'None recorded.';

function section(heading: string, paragraphs: readonly string[], items: readonly string[] = []): CharterSummarySection {
  const written = paragraphs.filter((p) => p.trim() !== '');
  return { heading, paragraphs: written.length === 0 && items.length === 0 ? [NONE] : written, items };
}

function measureText(view: ObjectiveView, plan: Plan): string {
  const o = view.objective;
  if (o.measure === 'milestone') {
    if (o.milestoneId === null) return 'milestone: none chosen';
    return `milestone: ${plan.tasks[o.milestoneId]?.name ?? 'deleted task'}`;
  }
  const target = o.targetValue === null ? 'no target' : `${o.direction === 'at-least' ? 'at least' : 'at most'} ${numberText(o.targetValue)}`;
  const current = o.currentValue === null ? 'not measured' : `now ${numberText(o.currentValue)}`;
  return `${o.metric || 'target'}: ${target}, ${current}`;
}

function personName(plan: Plan, id: ResourceId | null): string {
  if (id === null) return 'no owner';
  return plan.resources[id]?.name ?? 'a person no longer on the team';
}

function closureSections(plan: Plan): CharterSummarySection[] {
  const closure = closureOf(plan);
  const done = closure.checklist.filter((c) => c.done).length;
  const checklist = section('Closure checklist',
    closure.checklist.length === 0 ? [] : [`${String(done)} of ${String(closure.checklist.length)} done.`],
    closure.checklist.map((c) => `[${c.done ? 'x' : ' '}] ${c.item} (${personName(plan, c.ownerId)})`));
  const lessons = LESSON_KINDS.map((kind) => {
    const entries = closure.lessons.filter((l) => l.kind === kind);
    return section(`Lessons learned: ${LESSON_KIND_LABELS[kind].toLowerCase()}`, [],
      entries.map((l) => `${l.text}${l.category ? ` [${l.category}]` : ''} (${personName(plan, l.ownerId)})`));
  });
  return [checklist, ...lessons];
}

/**
 * The charter as of `asOf` (with objective statuses on `schedule` against `baseline`), the assumptions and top
 * risks from the RAID log, and the closure, as sections of text.
 */
export function charterSummary(plan: Plan, asOf: LocalDate, schedule: ScheduleResult | null = null, baseline: Baseline | null = null): CharterSummary {
  const charter = charterOf(plan);
  const raid = charterRaid(plan);
  const objectives = objectiveViews(plan, schedule, baseline).map((v) =>
    `${v.objective.title}${v.objective.successCriterion ? `: ${v.objective.successCriterion}` : ''} (${measureText(v, plan)}) - ${objectiveStatusText(v)}`);
  const deliverables = deliverableViews(plan, schedule).map((d) => {
    if (d.isMissing) return `${d.deliverable.name} (its task was deleted)`;
    if (!d.task) return `${d.deliverable.name} (no task linked)`;
    return `${d.deliverable.name} (${d.task.name}, ${percentText(d.percentComplete ?? 0, 0)} done, finish ${(d.finish ?? '').slice(0, 10)})`;
  });
  const given = charterApproval(charter, asOf);
  const approval = given.kind === 'none' ? 'Not approved yet.'
    : given.kind === 'planned' ? `Not approved yet: approval planned for ${given.date}.` : `Approved on ${given.date}.`;
  const sections = [
    section('Purpose', [charter.purpose]),
    section('Business case', [charter.businessCase]),
    section('Objectives and success criteria', [], objectives),
    section('In scope', [], charter.scopeIn.map((i) => i.text)),
    section('Out of scope', [], charter.scopeOut.map((i) => i.text)),
    section('Deliverables', [], deliverables),
    section('Constraints', [], charter.constraints.map((i) => i.text)),
    section('Assumptions (from the RAID log)', [], raid.assumptions.map((a) => `${a.code} ${a.statement} (${a.status})`)),
    section('Top risks (from the RAID log)', [], raid.topRisks.map((r) => `${r.title} (score ${String(riskScore(r))}, ${r.status})`)),
    section('Sponsor and approval', [charter.sponsor ? `Sponsor: ${charter.sponsor}.` : 'No sponsor named.', approval]),
    ...closureSections(plan),
  ];
  const isEmpty = plan.project.charter === undefined
    || (!charter.purpose && !charter.businessCase && !charter.sponsor && charter.approvalDate === null && charter.objectives.length === 0
      && charter.scopeIn.length === 0 && charter.scopeOut.length === 0 && charter.deliverables.length === 0 && charter.constraints.length === 0);
  return { title: `Project charter: ${plan.project.name}`, sections, isEmpty };
}
