/**
 * Writes assets/sample-plan.plotline, the plan a new user sees on first run: a real software
 * delivery project across the five lifecycle phases, in progress as of its status date.
 * Run: npm run sample (re-run after changing the engine: stored dates come from it).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { castDraft, produce } from 'immer';
import {
  emptyPlan, firstColumnOf, initialRanks, newTask, sequentialIds, type AssignmentId, type ColumnId, type LinkId,
  type LinkType, type LocalDate, type LocalDateTime, type Phase, type Plan, type ResourceId, type RiskId,
  type StakeholderId, type TaskId, type ChangeRequestId, type Resource, type Task,
} from '../renderer/domain/model';
import { serializePlotline } from '../renderer/domain/formats/native';
import { applySchedule } from './sample-plan-schedule';

interface Row {
  readonly key: string;
  readonly name: string;
  readonly days?: number;
  readonly milestone?: boolean;
  readonly children?: readonly Row[];
  /** 'key' = FS; 'key:SS+1' = start-to-start, 1 day lag. */
  readonly after?: readonly string[];
  readonly who?: readonly string[];
  readonly done?: number;
  readonly priority?: number;
  readonly tags?: readonly string[];
  readonly notes?: string;
  /** Assignment units for everyone on the row (governance work is part-time). */
  readonly units?: number;
}

const OUTLINE: readonly (Row & { phase: Phase })[] = [
  { key: 'init', name: 'Initiation', phase: 'initiation', children: [
    { key: 'kickoff', name: 'Project kick-off meeting', days: 1, who: ['maya', 'daniel'], done: 100, notes: 'Agree goals, scope boundaries and ways of working with the core team.' },
    { key: 'charter', name: 'Draft project charter', days: 3, after: ['kickoff'], who: ['maya'], done: 100, tags: ['governance'] },
    { key: 'stakeholders', name: 'Stakeholder analysis', days: 2, after: ['charter:SS+1'], who: ['maya'], done: 100 },
    { key: 'm-charter', name: 'Charter approved', milestone: true, after: ['charter', 'stakeholders'], done: 100 },
  ] },
  { key: 'plan', name: 'Planning', phase: 'planning', children: [
    { key: 'workshops', name: 'Requirements workshops', days: 5, after: ['m-charter'], who: ['maya', 'daniel', 'liam'], done: 100, tags: ['discovery'] },
    { key: 'prd', name: 'Write product requirements document', days: 4, after: ['workshops:SS+3'], who: ['maya'], done: 100 },
    { key: 'arch', name: 'Solution architecture', days: 5, after: ['prd:SS+2'], who: ['daniel'], done: 100, priority: 700, tags: ['architecture'] },
    { key: 'secreview', name: 'Security & compliance review', days: 3, after: ['arch'], who: ['daniel', 'tomas'], done: 100, tags: ['security'] },
    { key: 'estimate', name: 'Estimate and build schedule', days: 2, after: ['arch'], who: ['maya', 'daniel'], done: 100 },
    { key: 'riskws', name: 'Risk workshop', days: 1, after: ['estimate'], who: ['maya', 'aisha', 'daniel'], done: 100 },
    { key: 'm-baseline', name: 'Plan baselined', milestone: true, after: ['secreview', 'riskws'], done: 100 },
  ] },
  { key: 'exec', name: 'Execution', phase: 'execution', children: [
    { key: 'env', name: 'Environments and CI/CD', children: [
      { key: 'provision', name: 'Provision cloud environments', days: 3, after: ['m-baseline'], who: ['tomas'], done: 100, tags: ['infra'] },
      { key: 'ci', name: 'Set up CI pipeline', days: 2, after: ['provision:SS+1'], who: ['tomas'], done: 100, tags: ['infra'] },
      { key: 'iac', name: 'Infrastructure as code', days: 4, after: ['provision'], who: ['tomas'], done: 100, tags: ['infra'] },
    ] },
    { key: 'pay', name: 'Payments service', children: [
      { key: 'payapi', name: 'Payment API design', days: 3, after: ['m-baseline'], who: ['daniel', 'sofia'], done: 100, priority: 800, tags: ['payments', 'api'] },
      { key: 'gateway', name: 'Integrate payment gateway', days: 10, after: ['payapi', 'ci'], who: ['sofia'], done: 70, priority: 900, tags: ['payments'], notes: 'Sandbox credentials from the PSP arrived late; see risk R2.' },
      { key: 'refunds', name: 'Refunds and chargebacks', days: 6, after: ['gateway:SS+5'], who: ['sofia'], done: 20, priority: 700, tags: ['payments'] },
      { key: 'pci', name: 'PCI DSS controls', days: 5, after: ['gateway:FF+2'], who: ['tomas', 'daniel'], done: 0, priority: 800, tags: ['security', 'payments'] },
    ] },
    { key: 'portal', name: 'Self-service portal', children: [
      { key: 'ux', name: 'UX design and prototypes', days: 6, after: ['m-baseline'], who: ['liam'], done: 100, tags: ['ux'] },
      { key: 'dashboard', name: 'Account dashboard', days: 8, after: ['ux', 'payapi'], who: ['liam'], done: 60, tags: ['frontend'] },
      { key: 'invoices', name: 'Invoice history and downloads', days: 5, after: ['dashboard'], who: ['liam', 'sofia'], done: 0, tags: ['frontend'] },
      { key: 'a11y', name: 'Accessibility pass (WCAG 2.2 AA)', days: 3, after: ['invoices'], who: ['liam', 'aisha'], done: 0, tags: ['frontend', 'quality'] },
    ] },
    { key: 'data', name: 'Data migration', children: [
      { key: 'migscripts', name: 'Write migration scripts', days: 5, after: ['payapi'], who: ['sofia'], done: 40, tags: ['data'] },
      { key: 'dryrun', name: 'Dry-run migration on staging', days: 2, after: ['migscripts', 'iac'], who: ['sofia', 'tomas'], done: 0, tags: ['data'] },
    ] },
    { key: 'm-feature', name: 'Feature complete', milestone: true, after: ['refunds', 'pci', 'a11y', 'dryrun'] },
    { key: 'test', name: 'Testing', children: [
      { key: 'integration', name: 'Integration testing', days: 6, after: ['m-feature'], who: ['aisha'], tags: ['quality'] },
      { key: 'perf', name: 'Performance and load testing', days: 4, after: ['integration:SS+2'], who: ['aisha', 'tomas'], tags: ['quality'] },
      { key: 'pentest', name: 'Penetration test (external)', days: 3, after: ['m-feature:FS+2'], who: ['daniel'], tags: ['security'] },
      { key: 'uat', name: 'User acceptance testing', days: 5, after: ['integration', 'perf'], who: ['aisha', 'maya'], tags: ['quality'] },
    ] },
    { key: 'm-uat', name: 'UAT sign-off', milestone: true, after: ['uat', 'pentest'] },
  ] },
  { key: 'monitor', name: 'Monitoring and control', phase: 'monitoring', children: [
    { key: 'status', name: 'Weekly status reports and steering', days: 55, after: ['m-baseline:SS'], who: ['maya'], done: 45, tags: ['governance'], units: 0.2 },
    { key: 'ccb', name: 'Change control board reviews', days: 40, after: ['m-baseline:SS+5'], who: ['maya', 'daniel'], done: 40, tags: ['governance'], units: 0.1 },
    { key: 'gates', name: 'Quality gate reviews', days: 2, after: ['m-feature'], who: ['aisha', 'maya'], tags: ['quality'] },
  ] },
  { key: 'close', name: 'Closure', phase: 'closure', children: [
    { key: 'cutover', name: 'Production cut-over', days: 1, after: ['m-uat', 'gates'], who: ['tomas', 'sofia'], priority: 900 },
    { key: 'm-golive', name: 'Go-live', milestone: true, after: ['cutover'] },
    { key: 'hypercare', name: 'Hypercare support', days: 10, after: ['m-golive'], who: ['sofia', 'liam', 'tomas'] },
    { key: 'lessons', name: 'Lessons learned retrospective', days: 1, after: ['hypercare:FS+2'], who: ['maya'] },
    { key: 'handover', name: 'Handover to operations', days: 2, after: ['hypercare:SS+5'], who: ['tomas', 'maya'] },
    { key: 'm-closed', name: 'Project closed', milestone: true, after: ['lessons', 'handover'] },
  ] },
];

const TEAM: readonly (Pick<Resource, 'name' | 'role' | 'costPerHour' | 'maxUnits' | 'email'> & { key: string })[] = [
  { key: 'maya', name: 'Maya Chen', role: 'Technical Program Manager', costPerHour: 110, maxUnits: 1, email: 'maya.chen@example.com' },
  { key: 'daniel', name: 'Daniel Okafor', role: 'Tech Lead / Architect', costPerHour: 125, maxUnits: 1, email: 'daniel.okafor@example.com' },
  { key: 'sofia', name: 'Sofia Martins', role: 'Backend Engineer', costPerHour: 95, maxUnits: 1, email: 'sofia.martins@example.com' },
  { key: 'liam', name: "Liam O'Brien", role: 'Frontend Engineer', costPerHour: 90, maxUnits: 1, email: 'liam.obrien@example.com' },
  { key: 'aisha', name: 'Aisha Rahman', role: 'QA Lead', costPerHour: 85, maxUnits: 1, email: 'aisha.rahman@example.com' },
  { key: 'tomas', name: 'Tomás Ruiz', role: 'DevOps Engineer (80 %)', costPerHour: 100, maxUnits: 0.8, email: 'tomas.ruiz@example.com' },
];

const NOW = '2026-11-20T16:00:00.000Z';
const ids = sequentialIds('s');

function build(): Plan {
  const base = emptyPlan({ name: 'Customer Portal 2.0: payments and self-service', start: '2026-09-07T09:00' as LocalDateTime, now: NOW, newId: ids });
  return produce(base, (draft) => {
    draft.project.description = 'Replace the legacy billing pages with a self-service portal and an in-house payments service (PCI DSS scope), and migrate 1.2 M customer accounts.';
    draft.project.manager = 'Maya Chen';
    draft.project.statusDate = '2026-11-20' as LocalDate;
    const calendar = draft.calendars[draft.project.calendarId];
    calendar?.exceptions.push(
      { name: 'Thanksgiving', from: '2026-11-26' as LocalDate, to: '2026-11-27' as LocalDate, isWorking: false, intervals: [], recurrence: null },
      { name: 'Christmas Day', from: '2026-12-25' as LocalDate, to: '2030-12-25' as LocalDate, isWorking: false, intervals: [], recurrence: { kind: 'yearly-date', month: 12, day: 25 } },
      { name: "New Year's Day", from: '2027-01-01' as LocalDate, to: '2030-01-01' as LocalDate, isWorking: false, intervals: [], recurrence: { kind: 'yearly-date', month: 1, day: 1 } },
    );
    const people = new Map<string, ResourceId>();
    for (const person of TEAM) {
      const id = ids() as ResourceId;
      people.set(person.key, id);
      const initials = person.name.split(' ').map((w) => w.charAt(0)).join('').slice(0, 2).toUpperCase();
      draft.resources[id] = { id, name: person.name, role: person.role, email: person.email, initials, type: 'work', maxUnits: person.maxUnits, costPerHour: person.costPerHour, overtimeCostPerHour: person.costPerHour * 1.5, costPerUse: 0, calendarId: null };
    }
    const columns = Object.values(draft.columns).sort((a, b) => (a.rank < b.rank ? -1 : 1));
    const progressOf = new Map<string, number>();
    const collect = (list: readonly Row[]): void => {
      for (const row of list) {
        progressOf.set(row.key, row.done ?? 0);
        if (row.children) collect(row.children);
      }
    };
    collect(OUTLINE);
    const keys = new Map<string, TaskId>();
    const rows: { row: Row; id: TaskId }[] = [];
    const addRows = (list: readonly Row[], parentId: TaskId | null, phase: Phase): void => {
      const ranks = initialRanks(list.length);
      list.forEach((row, i) => {
        const id = ids() as TaskId;
        keys.set(row.key, id);
        rows.push({ row, id });
        const done = row.done ?? 0;
        // Not started: "To do" once every predecessor has started, else still in the backlog.
        const isReady = (row.after ?? []).every((spec) => (progressOf.get(spec.split(':')[0] ?? '') ?? 0) > 0);
        const column = done >= 100 ? columns[4] : done >= 60 ? columns[3] : done > 0 ? columns[2] : isReady ? columns[1] : columns[0];
        const task: Task = newTask({
          id, name: row.name, parentId, rank: ranks[i] ?? 'V', start: base.project.start, finish: base.project.start,
          statusId: (column?.id ?? firstColumnOf(base, 'not-started')?.id ?? '') as ColumnId, boardRank: ranks[i] ?? 'V',
          kind: row.children ? 'summary' : row.milestone ? 'milestone' : 'task',
          durationMinutes: row.milestone ? 0 : (row.days ?? 1) * 480,
          percentComplete: done, phase, priority: row.priority ?? 500, tags: [...(row.tags ?? [])], notes: row.notes ?? '',
        });
        draft.tasks[id] = castDraft(task);
        if (row.children) addRows(row.children, id, phase);
      });
    };
    const phaseRanks = initialRanks(OUTLINE.length);
    for (const phase of OUTLINE) addRows([phase], null, phase.phase);
    for (const [i, phase] of OUTLINE.entries()) {
      const t = draft.tasks[keys.get(phase.key) ?? ''];
      if (t) t.rank = phaseRanks[i] ?? t.rank;
    }
    for (const { row, id } of rows) {
      for (const spec of row.after ?? []) {
        const m = /^([\w-]+)(?::(FS|SS|FF|SF)([+-]\d+)?)?$/.exec(spec);
        const predecessorId = keys.get(m?.[1] ?? '');
        if (!m || !predecessorId) throw new Error(`bad link ${spec} on ${row.key}`);
        const linkId = ids() as LinkId;
        draft.links[linkId] = { id: linkId, predecessorId, successorId: id, type: (m[2] ?? 'FS') as LinkType, lagMinutes: Number(m[3] ?? 0) * 480, lagIsElapsed: false };
      }
      for (const who of row.who ?? []) {
        const resourceId = people.get(who);
        if (!resourceId) throw new Error(`unknown person ${who}`);
        const assignmentId = ids() as AssignmentId;
        draft.assignments[assignmentId] = { id: assignmentId, taskId: id, resourceId, units: row.units ?? (who === 'tomas' ? 0.8 : 1), workMinutes: null };
      }
    }
    addRegisters(draft, keys);
  });
}

function addRegisters(draft: { risks: Record<string, unknown>; stakeholders: Record<string, unknown>; changes: Record<string, unknown> }, keys: Map<string, TaskId>): void {
  const task = (k: string): TaskId => keys.get(k) as TaskId;
  const risks = [
    { title: 'PSP sandbox access delayed', category: 'Vendor', probability: 4, impact: 4, status: 'occurred', owner: 'Daniel Okafor', mitigation: 'Weekly escalation call with the PSP account manager; mock gateway for local development.', contingency: 'Shift refunds work earlier; use the mock gateway for integration tests until sandbox access.', trigger: 'No sandbox credentials by 2026-10-19.', taskIds: [task('gateway')] },
    { title: 'PCI DSS assessment finds gaps late', category: 'Compliance', probability: 3, impact: 5, status: 'mitigating', owner: 'Tomás Ruiz', mitigation: 'Pre-assessment with the QSA during the security review; tokenise card data so no PAN touches our servers.', contingency: 'Launch with hosted payment pages and bring the in-house flow in a later release.', trigger: 'QSA pre-assessment lists a high finding.', taskIds: [task('pci')] },
    { title: 'Migration data quality worse than sampled', category: 'Data', probability: 3, impact: 4, status: 'open', owner: 'Sofia Martins', mitigation: 'Profile the full legacy dataset before writing scripts; agree cleansing rules with Finance.', contingency: 'Add a second dry run and a one-week buffer before cut-over.', trigger: 'Dry run rejects more than 0.5 % of accounts.', taskIds: [task('migscripts'), task('dryrun')] },
    { title: 'Key engineer unavailable during hypercare', category: 'Resourcing', probability: 2, impact: 3, status: 'open', owner: 'Maya Chen', mitigation: 'Pair Liam and Sofia on the portal so two people know each area; runbooks before go-live.', contingency: 'Borrow an engineer from the platform team for two weeks.', trigger: 'Leave requests overlapping the hypercare window.', taskIds: [task('hypercare')] },
    { title: 'Load test shows checkout latency over SLO', category: 'Technical', probability: 2, impact: 4, status: 'open', owner: 'Aisha Rahman', mitigation: 'Performance budget per endpoint from the start; profile the gateway client early.', contingency: 'Scale out the payments service and defer non-critical portal widgets.', trigger: 'p95 checkout latency above 800 ms in staging.', taskIds: [task('perf')] },
  ];
  risks.forEach((r, i) => {
    const id = `risk-${String(i + 1)}` as RiskId;
    draft.risks[id] = { id, description: '', raisedOn: '2026-10-02', reviewOn: '2026-11-27', ...r };
  });
  const stakeholders = [
    { name: 'Helen Park', role: 'Sponsor, VP Customer Experience', organisation: 'Customer Experience', influence: 5, interest: 4, communication: 'Fortnightly steering meeting; monthly one-page summary.' },
    { name: 'Raj Patel', role: 'Head of Finance Operations', organisation: 'Finance', influence: 4, interest: 5, communication: 'Weekly status email; invoice data sign-off.' },
    { name: 'Claire Dubois', role: 'CISO', organisation: 'Security', influence: 5, interest: 3, communication: 'Security review gates; PCI DSS reports.' },
    { name: 'Marcus Lee', role: 'Customer Support Lead', organisation: 'Support', influence: 2, interest: 5, communication: 'Demo at each milestone; hypercare rota.' },
  ];
  stakeholders.forEach((s, i) => {
    const id = `sh-${String(i + 1)}` as StakeholderId;
    draft.stakeholders[id] = { id, email: '', notes: '', ...s };
  });
  const changes = [
    { title: 'Add Apple Pay and Google Pay wallets', description: 'Sales asks for wallet payments at launch.', requestedBy: 'Helen Park', requestedOn: '2026-10-21', status: 'proposed', scheduleImpactMinutes: 5 * 480, costImpact: 18000, decidedOn: null, decidedBy: '', taskIds: [task('gateway')] },
    { title: 'Export invoices as CSV as well as PDF', description: 'Finance needs CSV for reconciliation.', requestedBy: 'Raj Patel', requestedOn: '2026-10-08', status: 'approved', scheduleImpactMinutes: 480, costImpact: 1500, decidedOn: '2026-10-12', decidedBy: 'Helen Park', taskIds: [task('invoices')] },
  ];
  changes.forEach((c, i) => {
    const id = `cr-${String(i + 1)}` as ChangeRequestId;
    draft.changes[id] = { id, ...c };
  });
}

const plan = applySchedule(build());
writeFileSync(resolve(process.cwd(), 'assets/sample-plan.plotline'), serializePlotline(plan, { app: 'Plotline 0.1.0', exported: NOW }));
console.log(`assets/sample-plan.plotline: ${String(Object.keys(plan.tasks).length)} tasks, ${String(Object.keys(plan.links).length)} links`);
