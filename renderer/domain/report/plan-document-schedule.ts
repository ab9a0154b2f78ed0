/** The plan document's schedule sections: phases with their gates, and the milestone timeline. */
import { phaseStatuses, type PhaseStatus } from '../lifecycle/phase-status';
import { phaseWindows } from '../lifecycle/phase-windows';
import { addDays, dateOf, GATE_DECISION_LABELS, type LocalDateTime, orderedPhases, percentText, type Plan } from '../model';
import { milestoneLine, type TaskFact } from './facts';
import type { PlanDocumentContext } from './plan-document';
import type { PlanDocBlock, PlanDocSection, TimelineData } from './plan-document-types';
import { RAG_WORDS, slipWords, type ReportDates } from './text';

const span = (start: LocalDateTime, finish: LocalDateTime, dates: ReportDates): string => `${dates.day(dateOf(start))} – ${dates.day(dateOf(finish))}`;

function gateDecision(s: PhaseStatus, dates: ReportDates): string {
  const d = s.phase.gate?.decision;
  if (!d) return 'Not decided';
  const flag = s.isFlagged ? `; decided with ${String(d.uncheckedCriteria.length)} exit criteria open` : '';
  return `${GATE_DECISION_LABELS[d.decision]}, ${dates.day(d.date)}${d.decider ? `, ${d.decider}` : ''}${flag}`;
}

function phaseTable(plan: Plan, statuses: readonly PhaseStatus[], dates: ReportDates): PlanDocBlock {
  const rows = statuses.map((s) => {
    const milestoneId = s.phase.gate?.milestoneId ?? null;
    return [
      s.phase.name,
      s.window ? span(s.window.start, s.window.finish, dates) : 'No tasks yet',
      s.window ? percentText(s.window.percentComplete) : '',
      RAG_WORDS[s.rag],
      (milestoneId === null ? undefined : plan.tasks[milestoneId]?.name) ?? 'None tied',
      s.gateTotal === 0 ? 'None' : `${String(s.gateDone)} of ${String(s.gateTotal)} done`,
      gateDecision(s, dates),
    ];
  });
  return { kind: 'table', caption: 'Phases', columns: ['Phase', 'Dates', 'Done', 'Status', 'Gate milestone', 'Exit criteria', 'Gate decision'], rows };
}

function criteriaTable(plan: Plan, statuses: readonly PhaseStatus[]): PlanDocBlock | null {
  const rows = statuses.flatMap((s) => (s.phase.gate?.criteria ?? []).map((c) => [
    s.phase.name, c.item, (c.ownerId === null ? undefined : plan.resources[c.ownerId]?.name) ?? '', c.done ? 'Done' : 'Open',
  ]));
  return rows.length === 0 ? null : { kind: 'table', caption: 'Gate exit criteria', columns: ['Phase', 'Criterion', 'Owner', 'State'], rows };
}

function decisionNotes(statuses: readonly PhaseStatus[]): PlanDocBlock | null {
  const items = statuses.flatMap((s) => {
    const notes = s.phase.gate?.decision?.notes.trim() ?? '';
    return notes === '' ? [] : [`${s.phase.name} gate: ${notes}`];
  });
  return items.length === 0 ? null : { kind: 'list', items };
}

/** Phase objects with their gates; plans without them show the fixed lifecycle labels' dates. */
export function phasesSection(c: PlanDocumentContext): PlanDocSection {
  const { plan, facts } = c;
  const title = 'Phases and gates';
  if (orderedPhases(plan.phases).length === 0) {
    const windows = phaseWindows(plan, facts.schedule);
    if (windows.length === 0) return { id: 'phases', title, blocks: [{ kind: 'note', text: 'No phases yet: add them in the Phases view and assign tasks to them.' }] };
    const rows = windows.map((w) => [w.phase.charAt(0).toUpperCase() + w.phase.slice(1), span(w.start, w.finish, c.dates), percentText(w.percentComplete)]);
    return { id: 'phases', title, blocks: [{ kind: 'table', caption: 'Phases', columns: ['Phase', 'Dates', 'Done'], rows }] };
  }
  const statuses = phaseStatuses(plan, facts.schedule, facts.baseline);
  const blocks = [phaseTable(plan, statuses, c.dates), criteriaTable(plan, statuses), decisionNotes(statuses)];
  return { id: 'phases', title, blocks: blocks.filter((b): b is PlanDocBlock => b !== null) };
}

function milestoneState(f: TaskFact): string {
  if (f.isDone) return 'Reached';
  if (f.slipDays !== null && f.slipDays > 0) return slipWords(f.slipDays);
  return f.baselineFinish === null ? 'Planned' : 'On plan';
}

function timelineOf(c: PlanDocumentContext, milestones: readonly TaskFact[]): TimelineData {
  const items = milestones.map((f) => milestoneLine(f, false)).sort((a, b) => a.finish.localeCompare(b.finish));
  const dates = items.flatMap((m) => [m.finish, m.baselineFinish ?? m.finish]);
  const from = [...dates, c.facts.tasks[0]?.start ?? c.asOf].sort()[0] ?? c.asOf;
  const to = [...dates, c.asOf].sort().pop() ?? c.asOf;
  return { kind: 'timeline', from, to: to === from ? addDays(to, 1) : to, statusDate: c.asOf, items };
}

export function milestoneSection(c: PlanDocumentContext): PlanDocSection {
  const milestones = c.facts.tasks.filter((f) => f.row.isMilestone);
  const title = 'Milestone timeline';
  if (milestones.length === 0) return { id: 'milestones', title, blocks: [{ kind: 'note', text: 'No milestones yet: add a task of zero duration to mark each checkpoint.' }] };
  const rows = [...milestones].sort((a, b) => a.finish.localeCompare(b.finish)).map((f) => [
    f.task.name, c.dates.day(f.finish), f.baselineFinish === null ? '' : c.dates.day(dateOf(f.baselineFinish)), milestoneState(f),
  ]);
  return {
    id: 'milestones', title,
    blocks: [
      { kind: 'timeline', timeline: timelineOf(c, milestones) },
      { kind: 'table', caption: 'Milestones', columns: ['Milestone', 'Date', 'Baseline', 'State'], rows },
    ],
  };
}
