/**
 * The project management plan document: its section model from a hand-made plan, empty sections
 * that say what is missing, the charter first (from the charter's own summary), the section list open to one more builder, and
 * the HTML / Markdown writers keeping hostile text as text.
 *
 * Plan (report-plans.ts): Design Mon 2 - Fri 6 Mar 2026 -> Build Mon 9 - Fri 13 -> Launch (Fri 13),
 * Docs Mon 2 - Tue 3; baseline saved; on track at Wed 4 March. Design and Build are in the
 * Execution phase, renamed "Build & ship"; its gate is tied to Launch. Ana ($100/h) does Design:
 * 5 days x 8 h = $4,000.
 */
import { describe, expect, it } from 'vitest';
import {
  addCharterItem, addCommunication, addObjective, addStakeholder, setAssignees, updateCharter, setGateMilestone, setRaci, setTaskPhase, updatePhase,
} from '../../../../renderer/domain/commands';
import {
  orderedPhases, sequentialIds, withDefaultPhases, type CommunicationId, type Plan, type ResourceId, type StakeholderId,
} from '../../../../renderer/domain/model';
import {
  buildPlanDocument, PLAN_DOCUMENT_SECTIONS, writePlanDocumentHtml, writePlanDocumentMarkdown, type PlanDocBlock, type PlanDocument,
} from '../../../../renderer/domain/report';
import { withPerson } from '../../../support/cost-plan';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';
import { agreedPlan, day, onTrackAt4March, withChange, withRisk } from './report-plans';

const AS_OF = day('2026-03-04');

function plannedProject(names: { project?: string; phase?: string; person?: string; milestone?: string } = {}): Plan {
  let plan = withDefaultPhases(onTrackAt4March(agreedPlan()), sequentialIds('phase-'));
  const execution = orderedPhases(plan.phases)[2];
  if (!execution) throw new Error('setup: no Execution phase');
  plan = runOk(updatePhase, plan, { id: execution.id, changes: { name: names.phase ?? 'Build & ship' } }).plan;
  plan = runOk(setTaskPhase, plan, { taskIds: [taskByName(plan, 'Design').id, taskByName(plan, 'Build').id], phaseId: execution.id }).plan;
  plan = runOk(setGateMilestone, plan, { phaseId: execution.id, milestoneId: taskByName(plan, 'Launch').id }).plan;
  plan = withPerson(plan, 'ana', { name: names.person ?? 'Ana Ruiz', role: 'Lead engineer', costPerHour: 100 });
  plan = runOk(setAssignees, plan, { taskId: taskByName(plan, 'Design').id, resourceIds: ['ana' as ResourceId] }, testContext('asg-')).plan;
  plan = runOk(addStakeholder, plan, { id: 'sponsor' as StakeholderId, fields: { name: 'Dana Sponsor', role: 'Sponsor', influence: 5, interest: 4 } }).plan;
  plan = runOk(setRaci, plan, { taskId: taskByName(plan, 'Launch').id, partyKind: 'stakeholder', partyId: 'sponsor', role: 'A' }, testContext('raci-')).plan;
  plan = runOk(setRaci, plan, { taskId: taskByName(plan, 'Launch').id, partyKind: 'resource', partyId: 'ana', role: 'R' }, testContext('raci2-')).plan;
  plan = runOk(addCommunication, plan, {
    id: 'weekly' as CommunicationId,
    fields: { what: 'Weekly status report', audienceStakeholderIds: ['sponsor' as StakeholderId], channel: 'Email', frequency: 'weekly', nextDueOn: day('2026-03-02') },
  }).plan;
  plan = withChange(withRisk(plan, 'r1', 4, 3), 'c1', 'Add SSO', 'approved', '2026-03-03');
  if (names.milestone) plan = { ...plan, tasks: { ...plan.tasks, [taskByName(plan, 'Launch').id]: { ...taskByName(plan, 'Launch'), name: names.milestone } } };
  return names.project ? { ...plan, project: { ...plan.project, name: names.project } } : plan;
}

const section = (doc: PlanDocument, id: string) => {
  const found = doc.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};

function table(doc: PlanDocument, id: string, caption: string): Extract<PlanDocBlock, { kind: 'table' }> {
  const block = section(doc, id).blocks.find((b) => b.kind === 'table' && b.caption === caption);
  if (block?.kind !== 'table') throw new Error(`no table ${caption} in ${id}`);
  return block;
}

function list(doc: PlanDocument, id: string, caption: string): Extract<PlanDocBlock, { kind: 'list' }> {
  const found = section(doc, id).blocks.find((b): b is Extract<PlanDocBlock, { kind: 'list' }> => b.kind === 'list' && b.caption === caption);
  if (!found) throw new Error(`no list '${caption}' in ${id}`);
  return found;
}

const factValue = (doc: PlanDocument, id: string, label: string): string | undefined => section(doc, id).blocks
  .flatMap((b) => (b.kind === 'facts' ? b.items : [])).find((f) => f.label === label)?.value;

describe('plan document model', () => {
  const doc = buildPlanDocument(plannedProject(), { asOf: AS_OF });

  it('assembles the sections in reading order, with the project head', () => {
    expect(doc.sections.map((s) => s.id)).toEqual(['charter', 'phases', 'milestones', 'team', 'budget', 'risks', 'communication', 'changes']);
    expect(doc.sections.map((s) => s.title)).toEqual([
      'Project charter', 'Phases and gates', 'Milestone timeline', 'Team and RACI', 'Budget', 'Risk summary', 'Communication plan', 'Change process',
    ]);
    expect(doc).toMatchObject({ projectName: 'Relaunch', asOf: '2026-03-04', start: '2026-03-02', finish: '2026-03-13', baselineName: 'Baseline' });
  });

  it('lists the project’s phases by their names, with dates from their tasks and the gate', () => {
    const phases = table(doc, 'phases', 'Phases');
    expect(phases.rows.map((r) => r[0])).toEqual(['Initiation', 'Planning', 'Build & ship', 'Monitoring & control', 'Closure']);
    expect(phases.rows[2]).toEqual(['Build & ship', 'Mon 2 Mar 2026 – Fri 13 Mar 2026', '30%', 'Green', 'Launch', '0 of 1 done', 'Not decided']);
    expect(phases.rows[0]?.[1]).toBe('No tasks yet');
    expect(table(doc, 'phases', 'Gate exit criteria').rows).toContainEqual(['Build & ship', 'Deliverables built and tested', '', 'Open']);
  });

  it('puts milestones on a timeline and in a table against the baseline', () => {
    const blocks = section(doc, 'milestones').blocks;
    expect(blocks[0]).toMatchObject({ kind: 'timeline', timeline: { statusDate: '2026-03-04', items: [{ name: 'Launch', finish: '2026-03-13' }] } });
    expect(table(doc, 'milestones', 'Milestones').rows).toEqual([['Launch', 'Fri 13 Mar 2026', 'Fri 13 Mar 2026', 'On plan']]);
  });

  it('shows the team, stakeholders and the RACI matrix with its one-A check', () => {
    expect(table(doc, 'team', 'Team').rows).toEqual([['Ana Ruiz', 'Lead engineer', '100%', '', '1']]);
    expect(table(doc, 'team', 'Stakeholders').rows[0]?.slice(0, 4)).toEqual(['Dana Sponsor', 'Sponsor', '', '5 / 4']);
    const raci = table(doc, 'team', 'RACI');
    expect(raci.columns).toEqual(['Deliverable', 'Ana Ruiz', 'Dana Sponsor']);
    expect(raci.rows).toEqual([['Launch', 'R', 'A']]);
  });

  it('states the budget from the cost plan and the cost by phase name', () => {
    expect(factValue(doc, 'budget', 'Cost as scheduled (bottom-up EAC)')).toBe('$4,000');
    expect(factValue(doc, 'budget', 'Approved budget')).toBe('Not set');
    expect(table(doc, 'budget', 'Planned cost by phase').rows).toEqual([['Build & ship', '$4,000']]);
  });

  it('summarises risks by band, the communication plan and the change process', () => {
    expect(factValue(doc, 'risks', 'Open threats')).toBe('1 (severe 0, high 1, medium 0, low 0)');
    expect(table(doc, 'risks', 'Top risks').rows[0]?.slice(0, 4)).toEqual(['R-001', 'Vendor API late', '12 of 25', 'Ana']);
    expect(table(doc, 'communication', 'Communication plan').rows).toEqual([
      ['Weekly status report', 'Dana Sponsor', 'Email', 'Weekly', '', 'Mon 2 Mar 2026 (overdue)'],
    ]);
    const steps = section(doc, 'changes').blocks.find((b) => b.kind === 'list');
    expect(steps).toMatchObject({ kind: 'list', items: expect.arrayContaining(['Under review: can become approved or rejected or deferred', 'Implemented: final']) as unknown });
    expect(table(doc, 'changes', 'Change requests').rows[0]).toEqual(['CR-001', 'Add SSO', 'Approved', 'Mon 2 Mar 2026', 'Tue 3 Mar 2026', '2 working days']);
  });

  it('keeps every section in an empty plan, each saying what is missing', () => {
    const empty = buildPlanDocument(blankPlan('Empty'), { asOf: day('2026-03-02') });
    expect(empty.sections.map((s) => s.id)).toEqual(['charter', 'phases', 'milestones', 'team', 'budget', 'risks', 'communication', 'changes']);
    for (const s of empty.sections) expect(s.blocks.some((b) => b.kind === 'note'), s.id).toBe(true);
    expect(section(empty, 'team').blocks[0]).toEqual({ kind: 'note', text: 'No people on the team yet: add them in the Team view.' });
  });

  it('opens with the charter: its purpose, sponsor, objectives with their status and scope, as the Charter view reads them', () => {
    let plan = plannedProject();
    plan = runOk(updateCharter, plan, { changes: { purpose: 'Replace the checkout', sponsor: 'Dana Sponsor' } }, testContext('ch-')).plan;
    plan = runOk(addObjective, plan, { title: 'Ship on time', successCriterion: 'Launch by 13 March', measure: 'milestone', milestoneId: taskByName(plan, 'Launch').id }, testContext('obj-')).plan;
    plan = runOk(addCharterItem, plan, { list: 'scopeOut', text: 'Mobile app' }, testContext('item-')).plan;
    const withCharter = buildPlanDocument(plan, { asOf: AS_OF });
    expect(withCharter.sections[0]?.id).toBe('charter');
    expect(factValue(withCharter, 'charter', 'Purpose')).toBe('Replace the checkout');
    expect(factValue(withCharter, 'charter', 'Sponsor and approval')).toBe('Sponsor: Dana Sponsor. Not approved yet.');
    expect(list(withCharter, 'charter', 'Objectives and success criteria').items[0]).toMatch(/^Ship on time: Launch by 13 March \(.*\) - On track$/);
    expect(list(withCharter, 'charter', 'Out of scope').items).toEqual(['Mobile app']);
    // Said once, as the list's heading: a one-column table said it again as its column's.
    expect(writePlanDocumentHtml(withCharter).split('Out of scope')).toHaveLength(2);
    expect(writePlanDocumentMarkdown(withCharter)).toContain('**Out of scope**\n\n- Mobile app\n');
    expect(writePlanDocumentMarkdown(withCharter)).toContain('## 1. Project charter');
    // Without a charter the section stays, saying where to fill it.
    expect(section(doc, 'charter').blocks).toEqual([{ kind: 'note', text: 'No charter yet: its purpose, objectives and scope are filled in the Charter view.' }]);
  });

  it('takes one more section builder, and the writers lay it out without knowing it', () => {
    const withExtra = buildPlanDocument(plannedProject(), {
      asOf: AS_OF,
      sections: [(c) => ({ id: 'foreword', title: 'Foreword', blocks: [{ kind: 'paragraph', text: `Purpose of ${c.plan.project.name}` }] }), ...PLAN_DOCUMENT_SECTIONS],
    });
    expect(withExtra.sections[0]?.id).toBe('foreword');
    expect(writePlanDocumentHtml(withExtra)).toContain('1. Foreword</h2><p style="margin:0 0 8px">Purpose of Relaunch</p>');
    expect(writePlanDocumentMarkdown(withExtra)).toContain('## 1. Foreword\n\nPurpose of Relaunch\n');
  });
});

describe('plan document writers', () => {
  const hostile = plannedProject({
    project: 'Relaunch </style><script>x()</script>', phase: 'Ship <img src=x onerror=alert(1)>', person: 'Ana | **Ruiz**', milestone: 'Launch [link](http://evil.example)',
  });
  const doc = buildPlanDocument(hostile, { asOf: AS_OF });

  it('writes self-contained HTML with no script, handler or external URL, names shown as typed', () => {
    const out = writePlanDocumentHtml(doc, { paper: 'Letter' });
    expect(out).not.toMatch(/<script/i);
    const tags = out.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((t) => /^<(?:img|iframe|link|object|embed|base|a)\b/i.test(t))).toEqual([]);
    expect(tags.filter((t) => /\son\w+=|\s(?:src|href|srcset|action)=/i.test(t))).toEqual([]);
    expect(out).not.toMatch(/url\(|@import/i);
    expect(out).toContain('Ship &lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain("Content-Security-Policy\" content=\"default-src 'none'");
    expect(out).toContain('@page{size:Letter');
    expect(out.match(/<\/style>/g)).toHaveLength(1);
    for (const title of ['Phases and gates', 'Milestone timeline', 'Team and RACI', 'Budget', 'Risk summary', 'Communication plan', 'Change process']) {
      expect(out).toContain(title);
    }
  });

  it('writes Markdown whose tables keep their columns and whose names stay text', () => {
    const md = writePlanDocumentMarkdown(doc);
    expect(md).toContain('# Relaunch \\</style\\>\\<script\\>x()\\</script\\>: project management plan');
    expect(md).toContain('Ship \\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('Ana \\| \\*\\*Ruiz\\*\\*');
    expect(md).toContain('Launch \\[link\\](http://evil.example)');
    const tables = md.split('\n\n').filter((part) => part.startsWith('| '));
    expect(tables.length).toBeGreaterThan(5);
    for (const t of tables) {
      const cells = t.trim().split('\n').map((line) => line.replace(/\\\|/g, '').split('|').length);
      expect(new Set(cells).size, t).toBe(1);
    }
  });
});
