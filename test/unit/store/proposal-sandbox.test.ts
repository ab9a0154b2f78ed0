import { describe, expect, it } from 'vitest';
import { createSessionStore } from '../../../renderer/store';
import { sequentialIds, type ChangeRequestId, type Plan } from '../../../renderer/domain/model';
import { insertTask, planCommands } from '../../../renderer/domain/commands';
import { blankPlan, runOk, taskByName } from '../../support/plan-builder';
import { MemoryStorage } from '../../support/memory-persistence';

const CR = 'cr1' as ChangeRequestId;

async function openWith(plan: Plan, storage = new MemoryStorage()) {
  storage.put(plan);
  const session = createSessionStore({
    persistence: storage.window('w1'), newId: sequentialIds('w1-'), now: () => '2026-03-05T10:00:00.000Z',
    schedule: (p) => Object.keys(p.tasks).length, notify: () => undefined,
  });
  await session.getState().openProject(plan.project.id);
  return { session, storage };
}

const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

function planWithRequest(): Plan {
  const plan = runOk(insertTask, blankPlan('Payments'), { id: 'build' as never, name: 'Build', fields: { durationMinutes: 2400 } }).plan;
  return runOk(planCommands.addChangeRequest, plan, { id: CR, fields: { title: 'More testing' } }).plan;
}

describe('proposal sandbox', () => {
  it('records view edits on the request, leaves the live plan alone, and undoes them one by one', async () => {
    const { session } = await openWith(planWithRequest());
    expect(session.getState().openProposal(CR)).toBeNull();
    expect(session.getState().dispatch('updateTask', { id: 'build' as never, changes: { durationMinutes: 4800 } })).toBeNull();
    expect(session.getState().dispatch('insertTask', { name: 'Pen test' })).toBeNull();
    await settle();
    let state = session.getState();
    expect(taskByName(state.plan!, 'Build').durationMinutes).toBe(4800);
    expect(taskByName(state.plan!, 'Pen test')).toBeDefined();
    expect(taskByName(state.livePlan!, 'Build').durationMinutes).toBe(2400);
    expect(Object.keys(state.livePlan!.tasks)).toEqual(['build']);
    expect(state.livePlan!.changes[CR]?.proposedEdits?.map((e) => e.label)).toEqual(['Change duration', 'Insert task']);
    expect(state.history.undo.map((e) => e.label)).toEqual(['Change duration (proposal)', 'Insert task (proposal)']);
    expect(state.schedule).toBe(2);
    expect(state.liveSchedule).toBe(1);

    await session.getState().undo();
    state = session.getState();
    expect(Object.keys(state.plan!.tasks)).toEqual(['build']);
    expect(taskByName(state.plan!, 'Build').durationMinutes).toBe(4800);

    session.getState().closeProposal();
    expect(taskByName(session.getState().plan!, 'Build').durationMinutes).toBe(2400);
  });

  it('keeps the proposal across a reload, and closes it when the request is decided', async () => {
    const storage = new MemoryStorage();
    const { session } = await openWith(planWithRequest(), storage);
    session.getState().openProposal(CR);
    session.getState().dispatch('updateTask', { id: 'build' as never, changes: { durationMinutes: 4800 } });
    await settle();
    const again = createSessionStore({
      persistence: storage.window('w2'), newId: sequentialIds('w2-'), now: () => '2026-03-05T11:00:00.000Z',
      schedule: () => 0, notify: () => undefined,
    });
    await again.getState().openProject(session.getState().projectId);
    expect(again.getState().openProposal(CR)).toBeNull();
    expect(taskByName(again.getState().plan!, 'Build').durationMinutes).toBe(4800);
    again.getState().dispatch('setChangeStatus', { id: CR, status: 'under-review' });
    expect(again.getState().dispatch('approveChange', { id: CR, decidedBy: 'PM', rationale: 'ok' })).toBeNull();
    const state = again.getState();
    expect(state.proposal).toBeNull();
    expect(state.plan).toBe(state.livePlan);
    expect(taskByName(state.livePlan!, 'Build').durationMinutes).toBe(4800);
    expect(state.livePlan!.changes[CR]?.status).toBe('implemented');
  });
});
