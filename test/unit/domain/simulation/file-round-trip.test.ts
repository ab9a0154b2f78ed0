/** Three-point estimates and the last simulation's summary survive a .plotline save and open (optional fields: no file version bump). */
import { describe, expect, it } from 'vitest';
import { parsePlotline, serializePlanAsStored } from '../../../../renderer/domain/formats/native';
import { simulate, simulationInputs } from '../../../../renderer/domain/simulation';
import { basePlan, withLink, withTask } from '../schedule/plan-kit';

describe('.plotline round trip', () => {
  it('keeps estimates and the simulation summary with the fingerprints of the plan it ran on', () => {
    let plan = withTask(basePlan(), 'a', { durationMinutes: 960, estimate: { optimisticMinutes: 480, mostLikelyMinutes: 960, pessimisticMinutes: 2400, distribution: 'pert' } });
    plan = withTask(plan, 'm', { kind: 'milestone', durationMinutes: 0 });
    plan = withLink(plan, 'a', 'm');
    const column = Object.keys(plan.columns)[0] as never;
    plan = { ...plan, tasks: Object.fromEntries(Object.entries(plan.tasks).map(([id, t]) => [id, { ...t, statusId: column }])) };
    const run = simulate(plan, { iterations: 300, seed: 4, targetDate: '2026-03-05' as never }, '2026-12-02T12:00:00.000Z');
    if (!run.ok) throw new Error(run.error.message);
    plan = { ...plan, project: { ...plan.project, scheduleRisk: { iterations: 300, seed: 4, targetDate: null, last: { ...run.value, inputs: simulationInputs(plan) } } } };
    const back = parsePlotline(serializePlanAsStored(plan, { app: 'test', exported: '2026-12-02T12:00:00.000Z' }));
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.plan.tasks['a']?.estimate).toEqual(plan.tasks['a']?.estimate);
    expect(back.value.plan.project.scheduleRisk).toEqual(plan.project.scheduleRisk);
  });
});
