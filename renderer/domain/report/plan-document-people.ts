/** The plan document's people sections: the team, stakeholders and RACI, and the communication plan. */
import type { Plan } from '../model';
import { isCommunicationOverdue } from '../stakeholders/communication';
import { raciDeliverables, raciIndex, raciKey, raciParties, raciRowProblem, type RaciParty } from '../stakeholders/raci';
import type { PlanDocumentContext } from './plan-document';
import type { PlanDocBlock, PlanDocSection } from './plan-document-types';
import { shareText } from '../model';

/** Parties per RACI table: more columns than this do not fit a portrait page, so the matrix is split. */
const RACI_COLUMNS_PER_TABLE = 6;

const capital = (text: string): string => (text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : '');

function teamTable(plan: Plan): PlanDocBlock {
  const taskCount = new Map<string, number>();
  for (const a of Object.values(plan.assignments)) taskCount.set(a.resourceId, (taskCount.get(a.resourceId) ?? 0) + 1);
  const people = Object.values(plan.resources).sort((a, b) => a.name.localeCompare(b.name));
  const rows = people.map((r) => [
    r.name, r.role, r.type === 'work' ? shareText(r.maxUnits, 0) : capital(r.type), r.email, String(taskCount.get(r.id) ?? 0),
  ]);
  return { kind: 'table', caption: 'Team', columns: ['Name', 'Role', 'Availability', 'Email', 'Tasks'], rows };
}

function stakeholderTable(plan: Plan): PlanDocBlock | null {
  const list = Object.values(plan.stakeholders).sort((a, b) => b.influence - a.influence || a.name.localeCompare(b.name));
  if (list.length === 0) return null;
  const rows = list.map((s) => [
    s.name, s.role, s.organisation, `${String(s.influence)} / ${String(s.interest)}`,
    s.currentEngagement || s.desiredEngagement ? `${capital(s.currentEngagement ?? 'not assessed')} → ${capital(s.desiredEngagement ?? 'not set')}` : '',
  ]);
  return { kind: 'table', caption: 'Stakeholders', columns: ['Name', 'Role', 'Organisation', 'Influence / interest', 'Engagement now → wanted'], rows };
}

/** The RACI matrix over the parties that hold a cell, split into tables narrow enough to print. */
function raciBlocks(plan: Plan): PlanDocBlock[] {
  const index = raciIndex(plan);
  const used = new Set([...index.values()].map((e) => raciKey('', e.partyKind, e.partyId)));
  const parties = raciParties(plan).filter((p) => used.has(raciKey('', p.kind, p.id)));
  const deliverables = raciDeliverables(plan);
  if (parties.length === 0 || deliverables.length === 0) {
    return [{ kind: 'note', text: 'No RACI assignments yet: fill the RACI matrix in the Stakeholders view (one Accountable per deliverable).' }];
  }
  const groups: RaciParty[][] = [];
  for (let i = 0; i < parties.length; i += RACI_COLUMNS_PER_TABLE) groups.push(parties.slice(i, i + RACI_COLUMNS_PER_TABLE));
  const tables = groups.map((group, g): PlanDocBlock => ({
    kind: 'table',
    caption: groups.length > 1 ? `RACI (${String(g + 1)} of ${String(groups.length)})` : 'RACI',
    columns: ['Deliverable', ...group.map((p) => p.name)],
    rows: deliverables.map((t) => [t.name, ...group.map((p) => index.get(raciKey(t.id, p.kind, p.id))?.role ?? '')]),
  }));
  const problems = deliverables.flatMap((t) => {
    const problem = raciRowProblem(plan, t.id);
    return problem === null ? [] : [`${t.name}: ${problem}`];
  });
  return [...tables, ...(problems.length > 0 ? [{ kind: 'list', items: problems } as const] : [])];
}

export function teamSection(c: PlanDocumentContext): PlanDocSection {
  const { plan } = c;
  const team: PlanDocBlock = Object.keys(plan.resources).length === 0
    ? { kind: 'note', text: 'No people on the team yet: add them in the Team view.' } : teamTable(plan);
  const stakeholders = stakeholderTable(plan);
  return { id: 'team', title: 'Team and RACI', blocks: [team, ...(stakeholders ? [stakeholders] : []), ...raciBlocks(plan)] };
}

const FREQUENCY_WORDS: Readonly<Record<string, string>> = {
  'weekly': 'Weekly', 'fortnightly': 'Fortnightly', 'monthly': 'Monthly', 'per-milestone': 'At each milestone', 'once': 'Once',
};

export function communicationSection(c: PlanDocumentContext): PlanDocSection {
  const { plan, asOf, dates } = c;
  const title = 'Communication plan';
  const entries = Object.values(plan.communications)
    .sort((a, b) => (a.nextDueOn ?? '9999').localeCompare(b.nextDueOn ?? '9999') || a.what.localeCompare(b.what));
  if (entries.length === 0) return { id: 'communication', title, blocks: [{ kind: 'note', text: 'No communication plan yet: add entries (what, audience, channel, frequency) in the Stakeholders view.' }] };
  const rows = entries.map((e) => {
    const audience = [...e.audienceStakeholderIds.map((id) => plan.stakeholders[id]?.name ?? ''), e.audienceGroups.trim()].filter((x) => x !== '').join(', ');
    const next = e.nextDueOn === null ? 'Nothing due' : `${dates.day(e.nextDueOn)}${isCommunicationOverdue(e, asOf) ? ' (overdue)' : ''}`;
    return [e.what, audience, e.channel, FREQUENCY_WORDS[e.frequency] ?? e.frequency, (e.ownerId === null ? undefined : plan.resources[e.ownerId]?.name) ?? '', next];
  });
  return { id: 'communication', title, blocks: [{ kind: 'table', caption: 'Communication plan', columns: ['What', 'Audience', 'Channel', 'Frequency', 'Owner', 'Next due'], rows }] };
}
