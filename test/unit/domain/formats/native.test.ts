import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planWithScheduledDates } from '../../../../renderer/domain/schedule';
import {
  CURRENT_FILE_VERSION, FILE_EXTRA_KEY, MIGRATIONS, migrateFile, parsePlotline, serializePlotline, type Migration,
} from '../../../../renderer/domain/formats/native';
import { ok, type LocalDate } from '../../../../renderer/domain/model';
import { samplePlan } from './sample-plan';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const options = { app: 'Plotline 0.1.0', exported: '2026-03-01T12:00:00.000Z' };

function reopen(text: string) {
  const result = parsePlotline(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('.plotline', () => {
  it('round-trips a plan losslessly (deep equal), each task carrying its scheduled dates', () => {
    const plan = samplePlan();
    expect(reopen(serializePlotline(plan, options)).plan).toEqual(planWithScheduledDates(plan));
  });

  it('keeps the optional task fields the engine and board write (leveling delay, reopen progress)', () => {
    const plan = samplePlan();
    const [first] = Object.values(plan.tasks);
    if (!first) throw new Error('sample plan has no tasks');
    const edited = { ...plan, tasks: { ...plan.tasks, [first.id]: { ...first, levelingDelayMinutes: 960, reopenPercentComplete: 40 } } };
    expect(reopen(serializePlotline(edited, options)).plan.tasks[first.id]).toMatchObject({ levelingDelayMinutes: 960, reopenPercentComplete: 40 });
  });

  it('writes the header the issue specifies', () => {
    const file = JSON.parse(serializePlotline(samplePlan(), options)) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['format', 'version', 'app', 'exported', 'project']);
    expect(file).toMatchObject({ format: 'plotline', version: CURRENT_FILE_VERSION, app: 'Plotline 0.1.0', exported: options.exported });
    expect(Object.keys(file.project as object)).toEqual([
      'project', 'tasks', 'links', 'calendars', 'resources', 'assignments', 'baselines', 'risks', 'stakeholders', 'changes', 'columns',
      'issues', 'assumptions', 'decisions', 'raci', 'communications', 'reports', 'phases',
    ]);
  });

  it('opens the frozen version-1 fixture', () => {
    const text = readFileSync(path.join(repoRoot, 'test/fixtures/native/plotline-v1.plotline'), 'utf8');
    const { plan, warnings } = reopen(text);
    expect(warnings).toEqual([`Upgraded from file version 1; saving writes version ${String(CURRENT_FILE_VERSION)}.`]);
    expect(plan.project.name).toBe('Apollo & "Gemini" <launch>');
    expect(plan.issues).toEqual({});
    expect(Object.keys(plan.tasks)).toEqual(['t1', 't2', 't3', 't4']);
    expect(plan.tasks.t2?.extra).toEqual({ storyPoints: 5 });
    expect(plan.links.l3).toMatchObject({ type: 'FF', lagMinutes: 2880, lagIsElapsed: true });
  });

  it('opens the frozen version-3 fixture: stakeholders, RACI, communications, change control, estimates and an issued report', () => {
    const text = readFileSync(path.join(repoRoot, 'test/fixtures/native/plotline-v3.plotline'), 'utf8');
    const { plan, warnings } = reopen(text);
    // Version 4 added lifecycle phases; a version-3 file opens with none.
    expect(warnings).toEqual([`Upgraded from file version 3; saving writes version ${String(CURRENT_FILE_VERSION)}.`]);
    expect(plan.phases).toEqual({});
    expect(plan.stakeholders.s1).toMatchObject({ name: 'Dana Okafor', currentEngagement: 'neutral', desiredEngagement: 'supportive', phone: '+1 555 0100' });
    expect(Object.values(plan.raci)).toEqual([expect.objectContaining({ taskId: 'b', partyKind: 'stakeholder', partyId: 's1', role: 'A' })]);
    expect(plan.communications.c1).toMatchObject({ what: 'Weekly status report', frequency: 'weekly', nextDueOn: '2026-03-27' });
    expect(plan.changes.cr1).toMatchObject({ title: 'Add SSO', category: 'scope', priority: 'high', status: 'proposed' });
    expect(plan.tasks.a?.estimate).toEqual({ optimisticMinutes: 960, mostLikelyMinutes: 1440, pessimisticMinutes: 2880, distribution: 'triangular' });
    expect(Object.values(plan.reports)).toEqual([expect.objectContaining({ statusDate: '2026-03-20', audience: 'executive', headline: 'On track' })]);
  });

  it('opens the frozen version-4 fixture: lifecycle phases, a task set to a phase, and a gate decided with an item unticked', () => {
    const text = readFileSync(path.join(repoRoot, 'test/fixtures/native/plotline-v4.plotline'), 'utf8');
    const { plan, warnings } = reopen(text);
    expect(warnings).toEqual([`Upgraded from file version 4; saving writes version ${String(CURRENT_FILE_VERSION)}.`]);
    const phases = Object.values(plan.phases).sort((a, b) => a.order - b.order);
    expect(phases.map((p) => p.name)).toEqual(['Discovery', 'Planning', 'Execution', 'Monitoring & control', 'Closure']);
    expect(plan.tasks.a?.phaseId).toBe(phases[0]?.id);
    expect(plan.tasks.g1).toMatchObject({ name: 'Discovery gate', kind: 'milestone' });
    expect(phases[0]?.gate).toMatchObject({
      milestoneId: 'g1',
      criteria: [expect.objectContaining({ item: 'Charter signed by the sponsor', done: true }), expect.objectContaining({ item: 'Key stakeholders identified', done: false })],
      decision: { decision: 'go-with-conditions', date: '2026-03-06', decider: 'Dana Okafor', notes: 'Budget by 20 March', uncheckedCriteria: ['Key stakeholders identified'] },
    });
    // What version 3 carried is still there.
    expect(plan.stakeholders.s1).toMatchObject({ name: 'Dana Okafor' });
    expect(Object.values(plan.reports)).toHaveLength(1);
  });

  it('opens the frozen version-5 fixture: a charter with objectives on a milestone and a target, scope, a deliverable, and closure with lessons', () => {
    const text = readFileSync(path.join(repoRoot, 'test/fixtures/native/plotline-v5.plotline'), 'utf8');
    const { plan, warnings } = reopen(text);
    expect(warnings).toEqual([]);
    expect(plan.project.charter).toMatchObject({
      purpose: 'Replace the vendor integration before the contract ends', businessCase: 'Saves 40k a year in licence fees',
      sponsor: 'Dana Okafor', approvalDate: '2026-03-06',
      objectives: [
        { title: 'Discovery signed off', measure: 'milestone', milestoneId: 'g1' },
        { title: 'Faster sync', measure: 'target', metric: 'p95 sync time, s', direction: 'at-most', targetValue: 30, currentValue: 42, statusOverride: 'on-track' },
      ],
      scopeIn: [{ text: 'Nightly sync' }], scopeOut: [{ text: 'Real-time sync' }], constraints: [{ text: 'Done before the contract ends on 30 June' }],
      deliverables: [{ name: 'Discovery report', taskId: 'g1' }],
    });
    expect(plan.project.closure?.checklist.filter((c) => c.done).map((c) => c.item)).toEqual(['Deliverables accepted by the sponsor']);
    expect(plan.project.closure?.lessons.map((l) => `${l.kind}: ${l.text} [${l.category}]`)).toEqual([
      'went-well: Early vendor call [Vendors]', 'improve: Estimate the migration [Planning]', 'recommendation: Keep a sandbox account []',
    ]);
    // What version 4 carried is still there.
    expect(Object.values(plan.phases).find((p) => p.order === 0)?.gate?.decision?.decision).toBe('go-with-conditions');
  });

  it('keeps a status report draft (headline, narrative, status date) on a round trip; files without one open with none', () => {
    const plan = samplePlan();
    const drafted = { ...plan, project: { ...plan.project, reportDraft: { statusDate: '2026-03-06' as LocalDate, headline: 'On track', narrative: 'Week one.\nNext: QA.' } } };
    const text = serializePlotline(drafted, options);
    expect(JSON.parse(text)).toMatchObject({ version: CURRENT_FILE_VERSION });
    expect(reopen(text).plan.project.reportDraft).toEqual(drafted.project.reportDraft);
    const undated = { ...plan, project: { ...plan.project, reportDraft: { headline: '', narrative: 'Only words.' } } };
    expect(reopen(serializePlotline(undated, options)).plan.project.reportDraft).toEqual({ headline: '', narrative: 'Only words.' });
    expect(reopen(serializePlotline(plan, options)).plan.project).not.toHaveProperty('reportDraft');
    const v5 = reopen(readFileSync(path.join(repoRoot, 'test/fixtures/native/plotline-v5.plotline'), 'utf8'));
    expect(v5.plan.project).not.toHaveProperty('reportDraft');
    const malformed = JSON.parse(text) as { project: { project: { reportDraft: Record<string, unknown> } } };
    malformed.project.project.reportDraft.statusDate = 'next Friday';
    expect(parsePlotline(JSON.stringify(malformed)).ok).toBe(false);
  });

  it('keeps unknown fields of a newer minor writer on a round trip', () => {
    const file = JSON.parse(serializePlotline(samplePlan(), options)) as Record<string, Record<string, unknown>>;
    (file as Record<string, unknown>).futureHeader = { a: 1 };
    const body = file.project!;
    body.sprints = { s1: { name: 'Sprint 1' } };
    (body.tasks as Record<string, Record<string, unknown>>).t1!.storyPoints = 8;
    (body.tasks as Record<string, Record<string, unknown>>).t1!.extra = { name: 'collides' };
    (body.columns as Record<string, Record<string, unknown>>)[Object.keys(body.columns as object)[0]!]!.emoji = '🚀';
    (body.project as Record<string, unknown>).timezone = 'Europe/Paris';
    const first = reopen(JSON.stringify(file));
    expect(first.plan.tasks.t1?.extra).toEqual({ storyPoints: 8, name: 'collides' });
    expect(first.plan.project.extra).toMatchObject({ timezone: 'Europe/Paris', [FILE_EXTRA_KEY]: { file: { futureHeader: { a: 1 } } } });
    const again = JSON.parse(serializePlotline(first.plan, options)) as Record<string, Record<string, unknown>>;
    expect(again).toEqual(file);
    expect(reopen(JSON.stringify(again)).plan).toEqual(first.plan);
  });

  it('refuses a file from a newer version with a clear message', () => {
    const file = JSON.parse(serializePlotline(samplePlan(), options)) as Record<string, unknown>;
    file.version = CURRENT_FILE_VERSION + 1;
    file.app = 'Plotline 9.0.0';
    const result = parsePlotline(JSON.stringify(file));
    expect(result.ok || result.error.message).toBe(
      `This plan was saved by Plotline 9.0.0 in file version ${String(CURRENT_FILE_VERSION + 1)}; this Plotline reads versions up to ${String(CURRENT_FILE_VERSION)}. Update Plotline to open it.`,
    );
  });

  it('refuses other JSON, bad JSON and oversized files with clear messages', () => {
    expect(parsePlotline('{"format":"other"}').ok || 'x').toBe('x');
    const bad = parsePlotline('{"format":"plotline",\n"version": }');
    expect(bad.ok || bad.error.message).toMatch(/not valid JSON/);
    const big = parsePlotline('x'.repeat(101), { maxChars: 100 });
    expect(big.ok || big.error.message).toMatch(/Plotline opens files up to/);
    const file = JSON.parse(serializePlotline(samplePlan(), options)) as Record<string, Record<string, Record<string, Record<string, unknown>>>>;
    file.project!.tasks!.t2!.percentComplete = 'half';
    const wrong = parsePlotline(JSON.stringify(file));
    expect(wrong.ok || wrong.error.message).toMatch(/The \.plotline file is not valid: tasks\['t2'\]\.percentComplete: expected a number/);
  });
});

describe('migrations', () => {
  it('has one numbered step per version up to the current one', () => {
    MIGRATIONS.forEach((m, i) => expect([m.from, m.to]).toEqual([i + 1, i + 2]));
    expect(MIGRATIONS.length).toBe(CURRENT_FILE_VERSION - 1);
  });

  it('upgrades the frozen version-2 file to version 3 with no reports issued yet', () => {
    const text = readFileSync(path.join(repoRoot, 'test/fixtures/native/plotline-v2.plotline'), 'utf8');
    const { plan, warnings } = reopen(text);
    expect(warnings).toEqual([`Upgraded from file version 2; saving writes version ${String(CURRENT_FILE_VERSION)}.`]);
    expect(plan.reports).toEqual({});
    expect(plan.project.ragRules).toBeUndefined();
  });

  it('runs steps in order and stamps each version', () => {
    const steps: Migration[] = [
      { from: 1, to: 2, description: 'rename title to name', migrate: (f) => ok({ ...f, name: f.title, title: undefined }) },
      { from: 2, to: 3, description: 'add tags', migrate: (f) => ok({ ...f, tags: [] }) },
    ];
    const result = migrateFile({ version: 1, title: 'X' }, 1, 3, steps);
    expect(result.ok && result.value).toEqual({ version: 3, name: 'X', title: undefined, tags: [] });
    const gap = migrateFile({ version: 1 }, 1, 4, steps);
    expect(gap.ok || gap.error.message).toBe('No migration from file version 3 to 4.');
  });
});
