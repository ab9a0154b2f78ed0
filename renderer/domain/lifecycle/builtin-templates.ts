/**
 * The templates Plotline ships: the five kinds of technical project a TPM runs most. Each has the
 * five lifecycle phases, a gate milestone closing each phase, a WBS with typical durations
 * (working days) and links, and typical risks. They are starting points to edit, not standards.
 */
import type { SpecRow, TemplateSpec } from './template-spec';

/** Initiation and planning are alike in every template: charter, approval, plan, approval. */
function frontPhases(scopeRow: SpecRow): SpecRow[] {
  return [
    { key: 'ini', name: 'Initiation', level: 0, phase: 'initiation' },
    { key: 'charter', name: 'Write project charter and objectives', level: 1, days: 3 },
    { key: 'stake', name: 'Identify stakeholders', level: 1, days: 2, after: ['charter SS+1'] },
    { key: 'g1', name: 'Gate: charter approved', level: 1, milestone: true, after: ['charter', 'stake'] },
    { key: 'pln', name: 'Planning', level: 0, phase: 'planning' },
    scopeRow,
    { key: 'sched', name: 'Build schedule, budget and risk register', level: 1, days: 4, after: [scopeRow.key] },
    { key: 'comms', name: 'Agree communication plan', level: 1, days: 1, after: [`${scopeRow.key} SS+2`] },
    { key: 'g2', name: 'Gate: plan approved', level: 1, milestone: true, after: ['sched', 'comms'] },
  ];
}

function closure(lastKey: string): SpecRow[] {
  return [
    { key: 'cls', name: 'Closure', level: 0, phase: 'closure' },
    { key: 'handover', name: 'Hand over to operations', level: 1, days: 2, after: [lastKey] },
    { key: 'lessons', name: 'Lessons learned review', level: 1, days: 1, after: ['handover'] },
    { key: 'g5', name: 'Gate: project closed', level: 1, milestone: true, after: ['lessons'] },
  ];
}

const SOFTWARE_RELEASE: TemplateSpec = {
  key: 'software-release',
  name: 'Software release',
  description: 'Feature development to a production release: build, test, release candidate, staged rollout.',
  rows: [
    ...frontPhases({ key: 'scope', name: 'Define release scope and acceptance criteria', level: 1, days: 3, after: ['g1'] }),
    { key: 'exe', name: 'Execution', level: 0, phase: 'execution' },
    { key: 'design', name: 'Technical design and review', level: 1, days: 5, after: ['g2'] },
    { key: 'build', name: 'Build features', level: 1, days: 15, after: ['design'] },
    { key: 'tests', name: 'Automated and integration tests', level: 1, days: 10, after: ['build SS+5'] },
    { key: 'rc', name: 'Release candidate cut', level: 1, milestone: true, after: ['build', 'tests'] },
    { key: 'g3', name: 'Gate: release candidate accepted', level: 1, milestone: true, after: ['rc'] },
    { key: 'mon', name: 'Monitoring and control', level: 0, phase: 'monitoring' },
    { key: 'uat', name: 'User acceptance testing', level: 1, days: 5, after: ['g3'] },
    { key: 'rollout', name: 'Staged rollout (1% → 100%)', level: 1, days: 5, after: ['uat'] },
    { key: 'g4', name: 'Gate: release complete', level: 1, milestone: true, after: ['rollout'] },
    ...closure('g4'),
  ],
  risks: [
    { title: 'Scope grows during build', category: 'scope', probability: 4, impact: 3, mitigation: 'Change requests for every addition after the plan gate.', rows: ['build'] },
    { title: 'Integration defects found late', category: 'technical', probability: 3, impact: 4, mitigation: 'Integration tests start five days into the build.', rows: ['tests', 'uat'] },
    { title: 'Rollout causes an incident', category: 'technical', probability: 2, impact: 5, mitigation: 'Feature flags and a tested rollback at each stage.', rows: ['rollout'] },
  ],
};

const CLOUD_MIGRATION: TemplateSpec = {
  key: 'cloud-migration',
  name: 'Cloud migration',
  description: 'Move workloads to the cloud: discovery, landing zone, pilot, migration waves and decommissioning.',
  rows: [
    ...frontPhases({ key: 'discovery', name: 'Discover and assess workloads', level: 1, days: 8, after: ['g1'] }),
    { key: 'exe', name: 'Execution', level: 0, phase: 'execution' },
    { key: 'landing', name: 'Build landing zone (network, identity, guardrails)', level: 1, days: 10, after: ['g2'] },
    { key: 'pilot', name: 'Migrate pilot workload', level: 1, days: 5, after: ['landing'] },
    { key: 'wave1', name: 'Migration wave 1', level: 1, days: 10, after: ['pilot'] },
    { key: 'wave2', name: 'Migration wave 2', level: 1, days: 10, after: ['wave1 SS+5'] },
    { key: 'g3', name: 'Gate: all workloads migrated', level: 1, milestone: true, after: ['wave2'] },
    { key: 'mon', name: 'Monitoring and control', level: 0, phase: 'monitoring' },
    { key: 'hypercare', name: 'Hypercare and cost tuning', level: 1, days: 10, after: ['g3'] },
    { key: 'decom', name: 'Decommission on-premises servers', level: 1, days: 5, after: ['hypercare SS+5'] },
    { key: 'g4', name: 'Gate: steady state reached', level: 1, milestone: true, after: ['hypercare', 'decom'] },
    ...closure('g4'),
  ],
  risks: [
    { title: 'Undocumented dependencies between workloads', category: 'technical', probability: 4, impact: 4, mitigation: 'Dependency mapping in discovery; pilot a workload with known neighbours.', rows: ['discovery', 'wave1'] },
    { title: 'Cloud spend above forecast', category: 'cost', probability: 3, impact: 3, mitigation: 'Budgets and alerts in the landing zone; rightsizing in hypercare.', rows: ['hypercare'] },
    { title: 'Data transfer slower than planned', category: 'schedule', probability: 3, impact: 3, mitigation: 'Measure bandwidth in the pilot; seed large data sets offline.', rows: ['wave1', 'wave2'] },
  ],
};

const SYSTEM_UPGRADE: TemplateSpec = {
  key: 'system-upgrade',
  name: 'System upgrade with a maintenance window',
  description: 'Upgrade a production system in a planned maintenance window, with rehearsal and rollback.',
  rows: [
    ...frontPhases({ key: 'impact', name: 'Assess upgrade impact and prerequisites', level: 1, days: 4, after: ['g1'] }),
    { key: 'exe', name: 'Execution', level: 0, phase: 'execution' },
    { key: 'staging', name: 'Upgrade staging environment', level: 1, days: 3, after: ['g2'] },
    { key: 'regress', name: 'Regression tests on staging', level: 1, days: 5, after: ['staging'] },
    { key: 'rehearse', name: 'Rehearse cut-over and rollback', level: 1, days: 2, after: ['regress'] },
    { key: 'notice', name: 'Announce the maintenance window', level: 1, days: 1, after: ['rehearse'] },
    { key: 'window', name: 'Maintenance window: production upgrade', level: 1, days: 1, after: ['notice FS+5'] },
    { key: 'g3', name: 'Gate: production upgraded', level: 1, milestone: true, after: ['window'] },
    { key: 'mon', name: 'Monitoring and control', level: 0, phase: 'monitoring' },
    { key: 'verify', name: 'Post-upgrade verification and monitoring', level: 1, days: 5, after: ['g3'] },
    { key: 'g4', name: 'Gate: upgrade stable', level: 1, milestone: true, after: ['verify'] },
    ...closure('g4'),
  ],
  risks: [
    { title: 'Upgrade overruns the maintenance window', category: 'schedule', probability: 3, impact: 5, mitigation: 'Timed rehearsal; a go/no-go point with rollback inside the window.', rows: ['window'] },
    { title: 'Vendor incompatibility found in staging', category: 'technical', probability: 3, impact: 3, mitigation: 'Check the vendor matrix during impact assessment.', rows: ['regress'] },
  ],
};

const SECURITY_AUDIT: TemplateSpec = {
  key: 'security-audit',
  name: 'Security / compliance audit',
  description: 'Prepare for and pass an external security or compliance audit (SOC 2, ISO 27001, PCI DSS).',
  rows: [
    ...frontPhases({ key: 'controls', name: 'Map controls to the framework', level: 1, days: 5, after: ['g1'] }),
    { key: 'exe', name: 'Execution', level: 0, phase: 'execution' },
    { key: 'gap', name: 'Gap assessment', level: 1, days: 5, after: ['g2'] },
    { key: 'remediate', name: 'Remediate gaps', level: 1, days: 20, after: ['gap'] },
    { key: 'evidence', name: 'Collect evidence', level: 1, days: 10, after: ['remediate SS+10'] },
    { key: 'g3', name: 'Gate: ready for audit', level: 1, milestone: true, after: ['remediate', 'evidence'] },
    { key: 'mon', name: 'Monitoring and control', level: 0, phase: 'monitoring' },
    { key: 'fieldwork', name: 'Auditor fieldwork', level: 1, days: 10, after: ['g3'] },
    { key: 'findings', name: 'Respond to findings', level: 1, days: 5, after: ['fieldwork'] },
    { key: 'g4', name: 'Gate: audit report received', level: 1, milestone: true, after: ['findings'] },
    ...closure('g4'),
  ],
  risks: [
    { title: 'Evidence missing for a control period', category: 'compliance', probability: 3, impact: 4, mitigation: 'Collect evidence continuously from the gap assessment on.', rows: ['evidence'] },
    { title: 'Remediation needs more engineering time than planned', category: 'people', probability: 4, impact: 3, mitigation: 'Agree capacity with engineering managers at the plan gate.', rows: ['remediate'] },
  ],
};

const HARDWARE_ROLLOUT: TemplateSpec = {
  key: 'hardware-rollout',
  name: 'Hardware rollout',
  description: 'Procure, stage and deploy hardware to sites, with a pilot site and waves.',
  rows: [
    ...frontPhases({ key: 'spec', name: 'Specify hardware and sites', level: 1, days: 4, after: ['g1'] }),
    { key: 'exe', name: 'Execution', level: 0, phase: 'execution' },
    { key: 'procure', name: 'Procure hardware (vendor lead time)', level: 1, days: 20, after: ['g2'] },
    { key: 'image', name: 'Build and test the standard image', level: 1, days: 5, after: ['g2'] },
    { key: 'stage', name: 'Stage and configure devices', level: 1, days: 5, after: ['procure', 'image'] },
    { key: 'pilotsite', name: 'Pilot site deployment', level: 1, days: 3, after: ['stage'] },
    { key: 'waves', name: 'Deploy remaining sites in waves', level: 1, days: 15, after: ['pilotsite'] },
    { key: 'g3', name: 'Gate: all sites deployed', level: 1, milestone: true, after: ['waves'] },
    { key: 'mon', name: 'Monitoring and control', level: 0, phase: 'monitoring' },
    { key: 'support', name: 'Floor support and defect fixes', level: 1, days: 10, after: ['pilotsite SS', 'g3 FF+5'] },
    { key: 'g4', name: 'Gate: operations accept', level: 1, milestone: true, after: ['support'] },
    ...closure('g4'),
  ],
  risks: [
    { title: 'Vendor delivery delayed', category: 'schedule', probability: 4, impact: 4, mitigation: 'Order early; a second supplier for critical parts.', rows: ['procure'] },
    { title: 'Site not ready on install day', category: 'vendor', probability: 3, impact: 3, mitigation: 'Site readiness checklist signed a week before each wave.', rows: ['waves'] },
  ],
};

export const BUILTIN_TEMPLATES: readonly TemplateSpec[] = [
  SOFTWARE_RELEASE, CLOUD_MIGRATION, SYSTEM_UPGRADE, SECURITY_AUDIT, HARDWARE_ROLLOUT,
];

export function builtinTemplate(key: string): TemplateSpec | undefined {
  return BUILTIN_TEMPLATES.find((t) => t.key === key);
}
