/** The plan document's control sections: budget, risk summary, and the change process. */
import { CHANGE_STATUS_LABELS, CHANGE_TRANSITIONS } from '../changes/transitions';
import { changeCodes } from '../changes/records';
import { CHANGE_STATUSES, effectivePhase, orderedPhases, phaseOfTask, type Plan, type Task } from '../model';
import { RISK_RESPONSE_LABELS } from '../raid/raid-labels';
import { isIssueOpen, isLiveRisk, riskCodes, riskExposure, riskScore, scoreBand } from '../raid/scoring';
import type { PlanDocumentContext } from './plan-document';
import type { PlanDocBlock, PlanDocSection } from './plan-document-types';
import { FORECAST_NAMES } from './cost-forecast';
import { moneyLines } from './section-text';
import { formatNumber, money } from './text';

const TOP_RISKS = 10;
const CHANGES_LISTED = 20;

/** The phase a task's cost is counted under: its phase object's name, else its fixed label, else none. */
function phaseNameOf(plan: Plan, task: Task): string {
  if (orderedPhases(plan.phases).length > 0) {
    const id = phaseOfTask(plan, task);
    return (id === null ? undefined : plan.phases[id]?.name) ?? 'No phase';
  }
  const label = effectivePhase(plan.tasks, task);
  return label === null ? 'No phase' : `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
}

function costByPhase(c: PlanDocumentContext): PlanDocBlock | null {
  const totals = new Map<string, number>();
  for (const f of c.facts.tasks) {
    if (f.row.isSummary) continue;
    const cost = c.costs.tasks.get(f.task.id)?.cost ?? 0;
    if (cost === 0) continue;
    const name = phaseNameOf(c.plan, f.task);
    totals.set(name, (totals.get(name) ?? 0) + cost);
  }
  if (totals.size === 0) return null;
  const order = orderedPhases(c.plan.phases).map((p) => p.name);
  const rank = (name: string): number => (order.includes(name) ? order.indexOf(name) : order.length);
  const rows = [...totals].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0]))
    .map(([name, cost]) => [name, money(cost, c.plan.project.currency)]);
  return { kind: 'table', caption: 'Planned cost by phase', columns: ['Phase', 'Planned cost'], rows };
}

export function budgetSection(c: PlanDocumentContext): PlanDocSection {
  const { project } = c.plan;
  const m = (n: number): string => money(n, project.currency);
  const planned = c.costs.project.cost;
  const hasMoney = planned > 0 || project.budget !== undefined || (project.contingencyReserve ?? 0) > 0 || (project.managementReserve ?? 0) > 0;
  if (!hasMoney) return { id: 'budget', title: 'Budget', blocks: [{ kind: 'note', text: 'No costs or budget yet: assign people with hourly rates to tasks, or set the budget in Project settings.' }] };
  const items = [
    { label: 'Approved budget', value: project.budget === undefined ? 'Not set' : m(project.budget) },
    { label: FORECAST_NAMES['bottom-up'], value: m(planned) },
    ...(project.budget === undefined ? [] : [{ label: planned <= project.budget ? 'Under the approved budget by' : 'Over the approved budget by', value: m(Math.abs(project.budget - planned)) }]),
    { label: 'Contingency reserve (known risks)', value: m(project.contingencyReserve ?? 0) },
    { label: 'Management reserve (unknown work)', value: m(project.managementReserve ?? 0) },
    { label: 'Planned work', value: `${formatNumber(c.costs.project.workMinutes / 60)} hours` },
  ];
  const evm = c.facts.evm;
  const earned: PlanDocBlock[] = evm === null || c.facts.baseline === null ? [] : [{
    kind: 'list',
    items: moneyLines({
      kind: 'earned-value', currency: project.currency, bac: evm.bac, pv: evm.pv, ev: evm.ev, ac: evm.ac, hasBaseline: true, spi: evm.spi, cpi: evm.cpi,
      eacCpi: evm.eacCpi, eacBottomUp: evm.eacBottomUp, budget: project.budget ?? null,
    }, 'team').map((line) => `Earned value at ${c.dates.day(c.asOf)}: ${line}`),
  }];
  const byPhase = costByPhase(c);
  return { id: 'budget', title: 'Budget', blocks: [{ kind: 'facts', items }, ...(byPhase ? [byPhase] : []), ...earned] };
}

export function riskSection(c: PlanDocumentContext): PlanDocSection {
  const { plan } = c;
  const live = Object.values(plan.risks).filter(isLiveRisk);
  const threats = live.filter((r) => (r.kind ?? 'threat') === 'threat').sort((a, b) => riskScore(b) - riskScore(a) || a.title.localeCompare(b.title));
  const openIssues = Object.values(plan.issues).filter(isIssueOpen).length;
  if (live.length === 0 && openIssues === 0) return { id: 'risks', title: 'Risk summary', blocks: [{ kind: 'note', text: 'No open risks or issues recorded: review the RAID log with the team.' }] };
  const bands = { severe: 0, high: 0, medium: 0, low: 0 };
  for (const r of threats) bands[scoreBand(riskScore(r))] += 1;
  const facts: PlanDocBlock = {
    kind: 'facts',
    items: [
      { label: 'Open threats', value: `${String(threats.length)} (severe ${String(bands.severe)}, high ${String(bands.high)}, medium ${String(bands.medium)}, low ${String(bands.low)})` },
      { label: 'Open opportunities', value: String(live.length - threats.length) },
      { label: 'Expected cost of threats (EMV)', value: money(riskExposure(plan), plan.project.currency) },
      { label: 'Open issues', value: String(openIssues) },
    ],
  };
  if (threats.length === 0) return { id: 'risks', title: 'Risk summary', blocks: [facts] };
  const codes = riskCodes(plan);
  const rows = threats.slice(0, TOP_RISKS).map((r) => [
    codes.get(r.id) ?? '', r.title, `${String(riskScore(r))} of 25`,
    (r.ownerId ? plan.resources[r.ownerId]?.name : undefined) ?? r.owner, r.response ? RISK_RESPONSE_LABELS[r.response] : '', r.mitigation,
  ]);
  const more: PlanDocBlock[] = threats.length > TOP_RISKS ? [{ kind: 'note', text: `…and ${String(threats.length - TOP_RISKS)} more threats in the RAID log.` }] : [];
  return { id: 'risks', title: 'Risk summary', blocks: [facts, { kind: 'table', caption: 'Top risks', columns: ['Code', 'Risk', 'Score', 'Owner', 'Response', 'Mitigation'], rows }, ...more] };
}

/** The life cycle, written from the same transition table the change log enforces. */
function lifecycleSteps(): string[] {
  return CHANGE_STATUSES.map((s) => {
    const next = CHANGE_TRANSITIONS[s].map((n) => CHANGE_STATUS_LABELS[n].toLowerCase());
    return `${CHANGE_STATUS_LABELS[s]}: ${next.length === 0 ? 'final' : `can become ${next.join(' or ')}`}`;
  });
}

export function changeProcessSection(c: PlanDocumentContext): PlanDocSection {
  const { plan } = c;
  const intro: PlanDocBlock = {
    kind: 'paragraph',
    text: 'Every change to the agreed scope, schedule or budget is raised as a change request in the change log. Its proposed edits are previewed against the live plan to measure the schedule and cost impact before it is decided; an approved request is applied to the plan and kept with its decision, date and impact.',
  };
  const steps: PlanDocBlock = { kind: 'list', items: lifecycleSteps() };
  const changes = Object.values(plan.changes).sort((a, b) => a.requestedOn.localeCompare(b.requestedOn) || a.title.localeCompare(b.title));
  if (changes.length === 0) return { id: 'changes', title: 'Change process', blocks: [intro, steps, { kind: 'note', text: 'No change requests raised yet.' }] };
  const counts = CHANGE_STATUSES.flatMap((s) => {
    const n = changes.filter((ch) => ch.status === s).length;
    return n === 0 ? [] : [`${CHANGE_STATUS_LABELS[s].toLowerCase()} ${String(n)}`];
  });
  const codes = changeCodes(plan);
  const perDay = plan.project.minutesPerDay;
  const rows = changes.slice(-CHANGES_LISTED).map((ch) => [
    codes.get(ch.id) ?? '', ch.title, CHANGE_STATUS_LABELS[ch.status], c.dates.day(ch.requestedOn), ch.decidedOn === null ? '' : c.dates.day(ch.decidedOn),
    [ch.scheduleImpactMinutes !== 0 ? `${formatNumber(ch.scheduleImpactMinutes / perDay)} working days` : '', ch.costImpact !== 0 ? money(ch.costImpact, plan.project.currency) : ''].filter((x) => x !== '').join(', '),
  ]);
  return {
    id: 'changes', title: 'Change process',
    blocks: [intro, steps, { kind: 'facts', items: [{ label: 'Change requests', value: `${String(changes.length)} (${counts.join(', ')})` }] },
      { kind: 'table', caption: changes.length > CHANGES_LISTED ? `Latest ${String(CHANGES_LISTED)} change requests` : 'Change requests', columns: ['Code', 'Request', 'Status', 'Raised', 'Decided', 'Impact'], rows }],
  };
}
