/**
 * `plotline simulate` run as a process on a plan written to a temp .plotline: task 'Build' with
 * a triangular (2, 4, 9)-day estimate, then milestone 'Launch', and a threat linked to Build.
 * The numbers themselves are tested in test/unit/domain/simulation; here: the table, the JSON,
 * the same output for the same seed, and the refusals; and the JSON's fingerprints of the plan,
 * against those a file keeps with the result saved in it (the same, or other where it changed).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializePlotline } from '../../../renderer/domain/formats/native';
import type { Plan, RiskId, SimulationSummary, TaskId } from '../../../renderer/domain/model';
import { simulate, simulationInputs } from '../../../renderer/domain/simulation';
import { basePlan, withLink, withTask } from '../domain/schedule/plan-kit';
import { changedParts, keptInputs, runPlotline, simulatedInputs, type CliRun } from '../../support/plotline-process';

const root = path.resolve(import.meta.dirname, '../../..');

const plotline = (...args: string[]): CliRun => runPlotline(root, args);

function simulatedPlan(): Plan {
  let plan: Plan = withTask(basePlan(), 'Build', {
    durationMinutes: 4 * 480, estimate: { optimisticMinutes: 960, mostLikelyMinutes: 1920, pessimisticMinutes: 4320, distribution: 'triangular' },
  });
  plan = withTask(plan, 'Launch', { kind: 'milestone', durationMinutes: 0 });
  plan = withLink(plan, 'Build', 'Launch');
  const risk = {
    id: 'r1' as RiskId, title: 'Vendor slips', description: '', category: 'vendor', probability: 3, impact: 4, status: 'open' as const,
    owner: '', mitigation: '', contingency: '', trigger: '', taskIds: ['Build' as TaskId], raisedOn: '2026-03-01' as never, reviewOn: null,
    scheduleImpactMinutes: 2 * 480,
  };
  const column = Object.keys(plan.columns)[0] as never;
  return { ...plan, risks: { r1: risk }, tasks: Object.fromEntries(Object.entries(plan.tasks).map(([id, t]) => [id, { ...t, statusId: column }])) };
}

function planFile(plan: Plan = simulatedPlan(), name = 'plan.plotline'): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'plotline-sim-')), name);
  writeFileSync(file, serializePlotline(plan, { app: 'test', exported: '2026-03-01T00:00:00Z' }));
  return file;
}

/** The plan with the result of a run kept in it, as the app saves it: the fingerprints of the plan it ran on. */
function withKeptResult(plan: Plan): Plan {
  const run = simulate(plan, { iterations: 200, seed: 3 }, '2026-03-01T10:00:00.000Z');
  if (!run.ok) throw new Error(run.error.message);
  const last: SimulationSummary = { ...run.value, inputs: simulationInputs(plan) };
  return { ...plan, project: { ...plan.project, scheduleRisk: { iterations: 200, seed: 3, targetDate: null, last } } };
}

describe('plotline simulate', () => {
  const file = planFile();
  it('prints P-values, the planned finish chance, criticality and drivers as Markdown', () => {
    const run = plotline('simulate', file, '--iterations', '2000', '--seed', '5');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Schedule risk: Test\n\n2,000 iterations, seed 5\./);
    expect(run.stdout).toMatch(/^\| Project finish \| 2026-03-\d\d \d\d:\d\d \| 2026-03-\d\d/m);
    expect(run.stdout).toMatch(/^\| Launch \(planned 2026-03-05 17:00\) \|/m);
    expect(run.stdout).toMatch(/The planned finish \(2026-03-05 17:00\) has a \d+(\.\d)?% chance\./);
    expect(run.stdout).toMatch(/^\| Build \| 100% \|$/m);
    expect(run.stdout).toMatch(/^\| (task \| Build|risk \| Vendor slips) \| 0\.\d{3} \|$/m);
  });
  it('prints the same JSON for the same seed', () => {
    const a = plotline('simulate', file, '--iterations', '500', '--seed', '9', '--format', 'json');
    const b = plotline('simulate', file, '--iterations', '500', '--seed', '9', '--format', 'json');
    expect(a.code).toBe(0);
    const summary = JSON.parse(a.stdout) as { iterations: number; finish: { p80: string }; drivers: { name: string }[] };
    expect(summary.iterations).toBe(500);
    expect(summary.drivers.map((d) => d.name).sort()).toEqual(['Build', 'Vendor slips']);
    // Only the time of the run differs.
    const withoutTime = (text: string): string => text.replace(/"ranAt": "[^"]*"/, '');
    expect(withoutTime(b.stdout)).toBe(withoutTime(a.stdout));
  });
  it('refuses iterations and seeds out of range as usage errors, each alike, and a bad format', () => {
    const refused = (...options: string[]): string => {
      const run = plotline('simulate', file, ...options);
      return `${String(run.code)} ${run.stderr}`;
    };
    const help = ' See plotline simulate --help.\n';
    expect(refused('--iterations', '1000000')).toBe(`2 plotline simulate: --iterations must be a whole number from 1 to 100,000, not '1000000'.${help}`);
    expect(refused('--iterations', '0')).toBe(`2 plotline simulate: --iterations must be a whole number from 1 to 100,000, not '0'.${help}`);
    expect(refused('--iterations', '1e3')).toBe(`2 plotline simulate: --iterations must be a whole number from 1 to 100,000, not '1e3'.${help}`);
    expect(refused('--seed', '-1')).toBe(`2 plotline simulate: --seed must be a whole number from 0 to 4,294,967,295, not '-1'.${help}`);
    expect(plotline('simulate', file, '--iterations', '1,000', '--seed', '4294967295').code).toBe(0);
    expect(plotline('simulate', file, '--format', 'csv').code).toBe(2);
    expect(plotline('--help').stdout).toMatch(/^ {2}simulate /m);
  });
});

describe('plotline simulate on a plan where nothing varies', () => {
  it('says there is no driver, and how to give it one, instead of an empty table', () => {
    const run = plotline('simulate', planFile(withTask(basePlan(), 'Build', { durationMinutes: 2 * 480 })), '--iterations', '100');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('## Top drivers (correlation with the finish)\n\nNone: nothing drawn moved the finish. Give tasks a three-point estimate, or link risks to them.\n');
    expect(run.stdout).not.toContain('| Kind | Name | Correlation |');
  });
});

describe('plotline simulate --format json tells a kept result from the plan as it is', () => {
  const simulated = (file: string): Readonly<Record<string, string>> | undefined => {
    const run = plotline('simulate', file, '--iterations', '200', '--seed', '3', '--format', 'json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    return simulatedInputs(run);
  };
  const kept = (file: string): Readonly<Record<string, string>> | undefined => keptInputs(readFileSync(file, 'utf8'));
  it('prints the fingerprints the file keeps when its result was run on the plan as it is', () => {
    const file = planFile(withKeptResult(simulatedPlan()), 'current.plotline');
    expect(Object.keys(kept(file) ?? {}).sort()).toEqual(['assignments', 'calendars', 'estimates', 'links', 'project', 'risks', 'tasks']);
    expect(simulated(file)).toEqual(kept(file));
  });
  it('prints other fingerprints, for the parts changed, when the plan changed after the run', () => {
    const ran = withKeptResult(simulatedPlan());
    const build = ran.tasks['Build'];
    if (!build) throw new Error('no Build');
    // Build lengthened from 4 to 6 days after the run: the kept result no longer describes the plan.
    const file = planFile({ ...ran, tasks: { ...ran.tasks, Build: { ...build, durationMinutes: 6 * 480 } } }, 'stale.plotline');
    expect(changedParts(simulated(file), kept(file))).toEqual(['tasks']);
  });
});
