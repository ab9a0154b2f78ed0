/**
 * One function per report section. Each returns null when the plan has no data for it, so the
 * report shows only what it can say. "Since the last report" compares with the previous issued
 * report's frozen figures; with no previous report, the period starts at the project start.
 */
import { addDays, type ChangeRequest, type LocalDate, type Plan, type ReportAudience, type Risk, type StatusReport } from '../model';
import { isLiveRisk, reserveCover, riskScore } from '../raid';
import { doneDate, milestoneLine, phaseProgress, slipBetween, workLine, type ReportFacts, type TaskFact } from './facts';
import { phaseObjectRows } from './phase-lines';
import type { ScheduleIssueKind } from '../schedule';
import type { ChangeLine, IssueLine, ReportSection, RiskLine, WarningLine } from './types';

export interface SectionContext {
  readonly plan: Plan;
  readonly facts: ReportFacts;
  readonly statusDate: LocalDate;
  readonly periodStart: LocalDate;
  readonly nextUntil: LocalDate;
  readonly audience: ReportAudience;
}

const isTeam = (c: SectionContext): boolean => c.audience === 'team';
/** Lines per list: the executive page stays one page; the team report shows the detail. */
const limit = (c: SectionContext): number => (isTeam(c) ? 50 : 5);
const milestones = (c: SectionContext): TaskFact[] => c.facts.tasks.filter((f) => f.row.isMilestone);
const leaves = (c: SectionContext): TaskFact[] => c.facts.tasks.filter((f) => !f.row.isSummary && !f.row.isMilestone);

/**
 * What an issued report recorded as done (completed tasks and reached milestones), as a set: asked
 * once per finished task, a scan of its lists made a 10,000-task report with thousands done
 * quadratic. Issued reports are frozen, so the set is kept with the report's figures.
 */
const doneSets = new WeakMap<StatusReport['figures'], ReadonlySet<string>>();
function doneOn(previous: StatusReport): ReadonlySet<string> {
  let done = doneSets.get(previous.figures);
  if (!done) {
    done = new Set([...previous.figures.completedTaskIds, ...previous.figures.milestones.filter((m) => m.isDone).map((m) => m.taskId)]);
    doneSets.set(previous.figures, done);
  }
  return done;
}

/** Done in (last report, status date]: with a previous report, what was not done on it. */
function isNewlyDone(c: SectionContext, f: TaskFact): boolean {
  if (!f.isDone) return false;
  const previous = c.facts.previous;
  if (previous === null) return doneDate(f) <= c.statusDate;
  return !doneOn(previous).has(f.task.id);
}

export function milestonesDone(c: SectionContext): ReportSection | null {
  const items = milestones(c).filter((f) => isNewlyDone(c, f)).map((f) => milestoneLine(f, isTeam(c)));
  return items.length === 0 ? null : { kind: 'milestones-done', items };
}

export function milestonesDue(c: SectionContext): ReportSection | null {
  const items = milestones(c).filter((f) => !f.isDone && f.finish > c.statusDate && f.finish <= c.nextUntil).map((f) => milestoneLine(f, isTeam(c)));
  return items.length === 0 ? null : { kind: 'milestones-due', items, until: c.nextUntil };
}

export function milestonesSlipped(c: SectionContext): ReportSection | null {
  const all = milestones(c);
  if (all.length === 0) return null;
  if (c.facts.baseline === null) {
    return { kind: 'slip-absent', reason: 'No baseline is saved, so there is nothing to measure slips against. Save a baseline when the plan is agreed.' };
  }
  if (all.every((f) => f.baselineFinish === null)) {
    return { kind: 'slip-absent', reason: `None of the milestones is in ${c.facts.baseline.name}: they were added after it was saved.` };
  }
  const items = all.filter((f) => (f.slipDays ?? 0) > 0).sort((a, b) => (b.slipDays ?? 0) - (a.slipDays ?? 0)).map((f) => milestoneLine(f, isTeam(c)));
  return { kind: 'milestones-slipped', items };
}

export function criticalPath(c: SectionContext): ReportSection | null {
  const { facts, plan } = c;
  const ids = facts.schedule.criticalTaskIds;
  if (facts.tasks.length === 0) return null;
  const previous = facts.previous;
  const names = ids.map((id) => plan.tasks[id]?.name ?? '');
  const before = new Set(previous?.figures.criticalTaskIds ?? []);
  const now = new Set(ids);
  const joined = previous ? ids.filter((id) => !before.has(id)).map((id) => plan.tasks[id]?.name ?? '') : [];
  const left = previous ? previous.figures.criticalTaskIds.filter((id) => !now.has(id)).map((id) => plan.tasks[id]?.name ?? previous.figures.criticalTaskNames[previous.figures.criticalTaskIds.indexOf(id)] ?? '') : [];
  const moved = previous ? slipBetween(facts.calendar, plan.project.minutesPerDay, previous.figures.projectFinish, facts.projectFinish) : null;
  return {
    kind: 'critical-path', finish: facts.projectFinish, baselineFinish: facts.baselineFinish, slipDays: facts.finishSlipDays,
    previousFinish: previous?.figures.projectFinish ?? null, movedSinceLastDays: moved,
    taskNames: isTeam(c) ? names : [], joined: isTeam(c) ? joined : [], left: isTeam(c) ? left : [],
  };
}

/**
 * Progress by phase. A new project has the five standard phases before any task is in one; listing
 * them all at "0 % · Not measured" says nothing, so the section is left out until a task is in a phase.
 */
export function phases(c: SectionContext): ReportSection | null {
  if (Object.keys(c.plan.phases).length === 0) {
    const rows = phaseProgress(c.plan, c.facts.tasks);
    return rows.length === 0 ? null : { kind: 'phase-progress', rows };
  }
  const rows = phaseObjectRows(c.plan, c.facts.schedule, c.facts.baseline);
  return rows.some((r) => r.start !== undefined) ? { kind: 'phase-progress', rows } : null;
}

export function earnedValueSection(c: SectionContext): ReportSection | null {
  const evm = c.facts.evm;
  if (evm === null) return null;
  return {
    kind: 'earned-value', currency: c.plan.project.currency, bac: evm.bac, pv: evm.pv, ev: evm.ev, ac: evm.ac,
    hasBaseline: c.facts.baseline !== null, spi: evm.spi, cpi: evm.cpi, eacCpi: evm.eacCpi, eacBottomUp: evm.eacBottomUp, budget: c.plan.project.budget ?? null,
    reserveCover: reserveCover(c.plan),
  };
}

export function liveThreats(plan: Plan): Risk[] {
  return Object.values(plan.risks).filter((r) => isLiveRisk(r) && r.kind !== 'opportunity')
    .sort((a, b) => riskScore(b) - riskScore(a) || (a.code ?? a.title).localeCompare(b.code ?? b.title));
}

export function topRisks(c: SectionContext): ReportSection | null {
  const risks = liveThreats(c.plan);
  if (risks.length === 0) return null;
  const shown = isTeam(c) ? 10 : 3;
  const people = c.plan.resources;
  const items = risks.slice(0, shown).map((r): RiskLine => {
    const score = riskScore(r);
    const before = c.facts.previous?.figures.riskScores[r.id];
    const trend = before === undefined ? 'new' : score > before ? 'up' : score < before ? 'down' : 'flat';
    const owner = (r.ownerId ? people[r.ownerId]?.name : undefined) ?? r.owner;
    return { code: r.code ?? '', title: r.title, score, previousScore: before ?? null, trend: c.facts.previous ? trend : 'flat', owner };
  });
  return { kind: 'risks', items, more: risks.length - items.length };
}

const PRIORITY_ORDER = { critical: 0, high: 1, medium: 2, low: 3 } as const;

export function decisionsNeeded(c: SectionContext): ReportSection | null {
  const open = Object.values(c.plan.issues).filter((i) => i.status === 'open' || i.status === 'in-progress')
    .sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] || (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
  if (open.length === 0) return null;
  const items = open.slice(0, limit(c)).map((i): IssueLine => ({ code: i.code, title: i.title, priority: i.priority, dueOn: i.dueOn, isOverdue: i.dueOn !== null && i.dueOn < c.statusDate }));
  return { kind: 'decisions-needed', items, more: open.length - items.length };
}

/**
 * The schedule's warnings as the Gantt lists them, so a report is never all Green in silence while
 * a person is booked twice over or a deadline is missed. Executives read what threatens dates and
 * people; the team report lists every warning, the plan's own faults included.
 */
const WARNING_ORDER: readonly ScheduleIssueKind[] = ['missed-deadline', 'over-allocation', 'constraint-conflict', 'violated-link', 'cycle', 'invalid-link', 'horizon'];
const EXECUTIVE_WARNINGS: ReadonlySet<ScheduleIssueKind> = new Set(['missed-deadline', 'over-allocation']);

export function scheduleWarnings(c: SectionContext): ReportSection | null {
  const shown = c.facts.schedule.issues
    .filter((i) => isTeam(c) || EXECUTIVE_WARNINGS.has(i.kind))
    .sort((a, b) => WARNING_ORDER.indexOf(a.kind) - WARNING_ORDER.indexOf(b.kind));
  if (shown.length === 0) return null;
  const items = shown.slice(0, limit(c)).map((i): WarningLine => ({ kind: i.kind, parts: i.messageParts ?? [i.message] }));
  return { kind: 'schedule-warnings', items, more: shown.length - items.length };
}

/**
 * A change approved stays approved once applied: Approve applies a request's proposed edits and
 * leaves it implemented, and Mark implemented follows an approval. A merge of another file is
 * recorded as implemented with no one deciding it: it is in the change log, not a decision.
 */
function wasApproved(change: ChangeRequest): boolean {
  return change.status === 'approved' || (change.status === 'implemented' && change.decidedBy.trim() !== '');
}

export function changesApproved(c: SectionContext): ReportSection | null {
  const since = c.facts.previous?.statusDate ?? null;
  const items = Object.values(c.plan.changes)
    .filter((ch) => wasApproved(ch) && ch.decidedOn !== null && ch.decidedOn <= c.statusDate && (since === null || ch.decidedOn > since))
    .sort((a, b) => (a.decidedOn ?? '').localeCompare(b.decidedOn ?? ''))
    .map((ch): ChangeLine => ({
      title: ch.title, decidedOn: ch.decidedOn ?? c.statusDate, decidedBy: ch.decidedBy,
      scheduleImpactDays: Math.round((ch.scheduleImpactMinutes / c.plan.project.minutesPerDay) * 10) / 10, costImpact: ch.costImpact,
    }));
  return items.length === 0 ? null : { kind: 'changes-approved', items, currency: c.plan.project.currency };
}

export function workCompleted(c: SectionContext): ReportSection | null {
  const done = leaves(c).filter((f) => isNewlyDone(c, f));
  if (done.length === 0) return null;
  const items = done.slice(0, limit(c)).map((f) => workLine(f, isTeam(c)));
  return { kind: 'work-completed', items, more: done.length - items.length };
}

export function workPlanned(c: SectionContext): ReportSection | null {
  const next = leaves(c).filter((f) => !f.isDone && f.start <= c.nextUntil && f.finish > c.statusDate);
  if (next.length === 0) return null;
  const items = next.slice(0, limit(c)).map((f) => workLine(f, isTeam(c)));
  return { kind: 'work-planned', items, more: next.length - items.length, until: c.nextUntil };
}

export function timeline(c: SectionContext): ReportSection | null {
  const items = milestones(c).map((f) => milestoneLine(f, false)).sort((a, b) => a.finish.localeCompare(b.finish));
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return null;
  const from = [first.finish, c.facts.tasks[0]?.start ?? first.finish, c.statusDate].sort()[0] ?? first.finish;
  const to = [last.finish, c.statusDate, ...items.map((m) => m.baselineFinish ?? m.finish)].sort().pop() ?? last.finish;
  return { kind: 'timeline', from, to: to === from ? addDays(to, 1) : to, statusDate: c.statusDate, items };
}
