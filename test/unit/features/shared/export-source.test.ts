/** Which plan each export holds while a change request's proposal is open (issue 16): one rule for every export. */
import { describe, expect, it } from 'vitest';
import { insertTask, planCommands } from '../../../../renderer/domain/commands';
import { sequentialIds, type ChangeRequestId, type Plan } from '../../../../renderer/domain/model';
import { exportRaidCsv } from '../../../../renderer/domain/raid';
import { exportedMessage, exportSource, labelledFileName } from '../../../../renderer/features/shared/export-source';
import { createSessionStore } from '../../../../renderer/store';
import { MemoryStorage } from '../../../support/memory-persistence';
import { blankPlan, runOk, taskByName } from '../../../support/plan-builder';

const CR = 'cr1' as ChangeRequestId;

function planWithRequest(): Plan {
  const plan = runOk(insertTask, blankPlan('Payments'), { id: 'build' as never, name: 'Build', fields: { durationMinutes: 2400 } }).plan;
  return runOk(planCommands.addChangeRequest, plan, { id: CR, fields: { title: 'More testing' } }).plan;
}

async function openSession(plan: Plan) {
  const storage = new MemoryStorage();
  storage.put(plan);
  const session = createSessionStore({
    persistence: storage.window('w1'), newId: sequentialIds('w1-'), now: () => '2026-03-05T10:00:00.000Z',
    schedule: (p) => Object.keys(p.tasks).length, notify: () => undefined,
  });
  await session.getState().openProject(plan.project.id);
  return session;
}

describe('exportSource', () => {
  it('without a proposal: every export holds the live plan, unlabelled and with nothing to say', async () => {
    const session = await openSession(planWithRequest());
    for (const kind of ['live', 'shown'] as const) {
      const source = exportSource(session.getState(), kind)!;
      expect(source.plan).toBe(session.getState().livePlan);
      expect(source.schedule).toBe(1);
      expect(source).toMatchObject({ proposalCode: null, isProposal: false, fileSuffix: '', titlePrefix: '', note: null });
      expect(labelledFileName('Payments issues.csv', source)).toBe('Payments issues.csv');
      expect(exportedMessage('Payments issues.csv', source)).toBe('Exported Payments issues.csv.');
    }
  });

  it('with a proposal open: records hold the live plan and say so; pictures hold the proposal, named and titled as it', async () => {
    const session = await openSession(planWithRequest());
    expect(session.getState().openProposal(CR)).toBeNull();
    expect(session.getState().dispatch('updateTask', { id: 'build' as never, changes: { name: 'Build (proposed)' } })).toBeNull();
    expect(session.getState().dispatch('raiseIssue', { fields: { title: 'Vendor late (proposed)' } })).toBeNull();

    const record = exportSource(session.getState(), 'live')!;
    expect(record.plan).toBe(session.getState().livePlan);
    expect(record.schedule).toBe(session.getState().liveSchedule);
    expect(taskByName(record.plan, 'Build')).toBeDefined();
    expect(record).toMatchObject({ proposalCode: 'CR-001', isProposal: false, fileSuffix: '', titlePrefix: '' });
    expect(record.note).toBe('A proposal (CR-001) is open: the export holds the live plan, without its proposed edits.');
    // The issues register written from it has no row for the issue raised in the proposal.
    expect(exportRaidCsv(record.plan, 'issues')).not.toContain('Vendor late');
    expect(exportRaidCsv(session.getState().plan!, 'issues')).toContain('Vendor late (proposed)');
    expect(labelledFileName('Payments issues.csv', record)).toBe('Payments issues.csv');
    expect(exportedMessage('Payments issues.csv', record)).toBe(`Exported Payments issues.csv. ${record.note}`);

    const picture = exportSource(session.getState(), 'shown')!;
    expect(picture.plan).toBe(session.getState().plan);
    expect(taskByName(picture.plan, 'Build (proposed)')).toBeDefined();
    expect(picture).toMatchObject({ proposalCode: 'CR-001', isProposal: true, fileSuffix: ' (proposal CR-001)', titlePrefix: 'Proposal CR-001 (not approved): ' });
    expect(labelledFileName('Payments Gantt.png', picture)).toBe('Payments Gantt (proposal CR-001).png');
    expect(labelledFileName('no-extension', picture)).toBe('no-extension (proposal CR-001)');
    expect(picture.note).toMatch(/shows the proposal, not the live plan/);

    // Back to the live plan: nothing is labelled any more.
    session.getState().closeProposal();
    expect(exportSource(session.getState(), 'shown')).toMatchObject({ isProposal: false, fileSuffix: '', note: null });
  });

  it('holds nothing when no plan is open', () => {
    expect(exportSource({ plan: null, schedule: null, livePlan: null, liveSchedule: null, proposal: null }, 'live')).toBeNull();
  });
});
