/**
 * When a kept simulation result is out of date: the fingerprints of what a run reads, kept with
 * the result, against the plan now. Each edit a person makes to an input names its part; edits the
 * run does not read (a task's name, notes, a risk's title) leave the result current.
 */
import { describe, expect, it } from 'vitest';
import { addRisk, type CommandContext } from '../../../../renderer/domain/commands';
import { sequentialIds, type Plan, type RiskId, type Task, type TaskId, type ThreePointEstimate } from '../../../../renderer/domain/model';
import { changedInputs, hashText, simulationInputs } from '../../../../renderer/domain/simulation';
import { runOk } from '../../../support/plan-builder';
import { basePlan, chain, withLink, withTask } from '../schedule/plan-kit';

const est: ThreePointEstimate = { optimisticMinutes: 480, mostLikelyMinutes: 960, pessimisticMinutes: 1920, distribution: 'triangular' };
const ctx = (): CommandContext => ({ newId: sequentialIds('n'), now: '2026-03-02T08:00:00.000Z' });

/** Design, Build, Test in a chain, each 2 days, Design and Build estimated. */
function plan(): Plan {
  const p = chain(basePlan(), ['design', 'build', 'test'], 960);
  return { ...p, tasks: { ...p.tasks, design: { ...p.tasks['design']!, estimate: est }, build: { ...p.tasks['build']!, estimate: est } } };
}

const editTask = (p: Plan, id: string, fields: Partial<Task>): Plan => ({ ...p, tasks: { ...p.tasks, [id]: { ...p.tasks[id]!, ...fields } } });
const kept = (p: Plan) => ({ inputs: simulationInputs(p) });

describe('a kept simulation result against the plan now', () => {
  it('is current for the plan it was run on, however its records are ordered', () => {
    const p = plan();
    expect(changedInputs(p, kept(p))).toEqual([]);
    // A plan read back from the database lists its tasks in another order: still the same plan.
    const reordered = { ...p, tasks: Object.fromEntries(Object.entries(p.tasks).reverse()) };
    expect(changedInputs(reordered, kept(p))).toEqual([]);
  });

  it('names the part a person changed: a task lengthened, an estimate changed, a link added', () => {
    const p = plan();
    expect(changedInputs(editTask(p, 'test', { durationMinutes: 2400 }), kept(p))).toEqual(['tasks']);
    expect(changedInputs(editTask(p, 'build', { estimate: { ...est, pessimisticMinutes: 4800 } }), kept(p))).toEqual(['estimates']);
    expect(changedInputs(withLink(withTask(p, 'docs', { durationMinutes: 480 }), 'docs', 'test'), kept(p))).toEqual(['tasks', 'links']);
    expect(changedInputs({ ...p, project: { ...p.project, start: '2026-03-09T09:00' as never } }, kept(p))).toEqual(['project']);
  });

  it('names a risk with a schedule impact on a task, not one without', () => {
    const p = plan();
    const noImpact = runOk(addRisk, p, { id: 'r1' as RiskId, fields: { title: 'Vendor late', taskIds: ['build' as TaskId] } }, ctx()).plan;
    expect(changedInputs(noImpact, kept(p))).toEqual([]);
    const withImpact = runOk(addRisk, p, { id: 'r1' as RiskId, fields: { title: 'Vendor late', taskIds: ['build' as TaskId], scheduleImpactMinutes: 960 } }, ctx()).plan;
    expect(changedInputs(withImpact, kept(p))).toEqual(['risks']);
  });

  it('stays current after edits a run does not read: names, notes, tags, board order', () => {
    const p = plan();
    const renamed = editTask(editTask(p, 'build', { name: 'Build the app', notes: 'ask Ana', tags: ['api'], boardRank: 'zz' }), 'test', { priority: 900 });
    expect(changedInputs(renamed, kept(p))).toEqual([]);
  });

  it('cannot tell for a result kept before fingerprints were', () => {
    expect(changedInputs(plan(), {})).toBeNull();
  });
});

describe('fingerprints kept by the records they are made from', () => {
  // Each part is kept by its records (an edit makes new records only for what it changes), and
  // each task's text by its task: a plan edited step by step must read as the same plan read afresh.
  const afresh = (p: Plan): Plan => structuredClone(p);

  it('match the same plan with nothing shared, after each of a run of edits', () => {
    let p = plan();
    const steps: ((q: Plan) => Plan)[] = [
      (q) => editTask(q, 'test', { durationMinutes: 2400 }),
      (q) => editTask(q, 'build', { estimate: { ...est, mostLikelyMinutes: 1200 } }),
      (q) => withTask(q, 'docs', { durationMinutes: 480 }),
      (q) => withLink(q, 'docs', 'test'),
      (q) => editTask(q, 'docs', { estimate: est }),
      (q) => { const { build: _dropped, ...tasks } = q.tasks; return { ...q, tasks }; },
      (q) => withTask(q, 'aaa', { durationMinutes: 960 }),
      (q) => editTask(q, 'design', { name: 'Design it' }),
    ];
    for (const step of steps) {
      const before = simulationInputs(p);
      p = step(p);
      expect(simulationInputs(p)).toEqual(simulationInputs(afresh(p)));
      expect(simulationInputs(afresh(p))).toEqual(simulationInputs(p));
      expect(changedInputs(p, { inputs: before })).toEqual(changedInputs(afresh(p), { inputs: before }));
    }
  });

  it('tell an edit from the plan before it when the plans share all but one task', () => {
    const p = plan();
    const first = simulationInputs(p);
    const edited = editTask(p, 'design', { durationMinutes: 480 });
    expect(simulationInputs(edited).tasks).not.toBe(first.tasks);
    expect(simulationInputs(p)).toEqual(first);
  });
});

describe('hashText', () => {
  it('is the cyrb53 hash a saved result was kept with', () => {
    // Values of the hash before it was fed text by text: results saved then must stay current.
    expect(hashText('abc')).toBe('11f9f91ac18c8d');
    expect(hashText('[["a",1],["b",2]]')).toBe('1f88458d3bec49');
    expect(hashText('')).toBe('bdcb81aee8d83');
  });

  it('is stable and tells near texts apart', () => {
    expect(hashText('abc')).toBe(hashText('abc'));
    expect(hashText('[1,2]')).not.toBe(hashText('[2,1]'));
    expect(hashText('')).toMatch(/^[0-9a-f]+$/);
  });
});
