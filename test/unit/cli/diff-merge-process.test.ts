/**
 * `plotline diff` and `plotline merge` run as processes (node bin/plotline.mjs) on three copies
 * of one plan written here: Design → Build → Test, one working day each from Mon 2 Mar 2026.
 * Ours renames Build to "Build (ours)"; theirs renames it "Build (theirs)", makes Design two days
 * and adds Docs. So a merge meets one conflict (Build's name) and applies two changes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlotline, serializePlotline } from '../../../renderer/domain/formats';
import type { Plan } from '../../../renderer/domain/model';
import { basePlan, chain, withLink, withTask } from '../domain/schedule/plan-kit';
import { runPlotline, type CliRun } from '../../support/plotline-process';

const root = path.resolve(import.meta.dirname, '../../..');
let dir = '';

const plotline = (...args: string[]): CliRun => runPlotline(root, args);

function edit(p: Plan, id: string, fields: Partial<Plan['tasks'][string]>): Plan {
  const task = p.tasks[id];
  if (!task) throw new Error(id);
  return { ...p, tasks: { ...p.tasks, [id]: { ...task, ...fields } } };
}

const file = (name: string): string => path.join(dir, name);
function readPlan(name: string): Plan {
  const parsed = parsePlotline(readFileSync(file(name), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.plan;
}
const write = (name: string, plan: Plan): void => writeFileSync(file(name), serializePlotline(plan, { app: 'test', exported: '2026-03-01T00:00:00Z' }));

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'plotline-merge-'));
  const base = chain(basePlan(), ['Design', 'Build', 'Test']);
  const columnId = Object.keys(base.columns)[0] ?? '';
  const fixed = Object.keys(base.tasks).reduce((p, id) => edit(p, id, { statusId: columnId as never }), base);
  write('base.plotline', fixed);
  write('ours.plotline', edit(fixed, 'Build', { name: 'Build (ours)' }));
  write('theirs.plotline', withTask(edit(edit(fixed, 'Build', { name: 'Build (theirs)' }), 'Design', { durationMinutes: 960 }), 'Docs', { statusId: columnId as never }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plotline diff', () => {
  it('finds no change between a plan and its own MS Project XML, whichever comes first', () => {
    const sample = path.join(root, 'assets/sample-plan.plotline');
    const converted = plotline('convert', sample, file('sample.xml'));
    expect(converted.code).toBe(0);
    // The XML has no place for tags, phases, the board, stakeholders or change requests, and carries each
    // assignment's work as a number: none of that is a change in either direction.
    for (const [a, b] of [[sample, file('sample.xml')], [file('sample.xml'), sample]] as const) {
      const run = plotline('diff', a, b);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('0 changes.');
    }
  });

  it('prints what changed from A to B as Markdown, with the rule that matched each task', () => {
    const run = plotline('diff', file('base.plotline'), file('theirs.plotline'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# base.plotline → theirs.plotline');
    expect(run.stdout).toContain("| duration | task 'Design' | duration | 1d | 2d | id |");
    expect(run.stdout).toContain("| renamed | task 'Build' | name | Build | Build (theirs) | id |");
    expect(run.stdout).toContain("| added | task 'Docs' | added |  |  |  |");
    // Design is two days, so Build moves from Tue 3 to Wed 4 March.
    expect(run.stdout).toContain("| dates | task 'Build' | scheduled start | 2026-03-03 09:00 | 2026-03-04 09:00 | id |");
  });

  it('with --base, lists both copies\' changes and the conflicts as JSON', () => {
    const run = plotline('diff', file('ours.plotline'), file('theirs.plotline'), '--base', file('base.plotline'), '--format', 'json');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { conflicts: { id: string; a: string; b: string }[] };
    expect(out.conflicts).toEqual([expect.objectContaining({ id: 'field:tasks/Build/name', a: 'Build (ours)', b: 'Build (theirs)' })]);
  });
});

describe('plotline merge', () => {
  it('refuses with exit 1 and lists the conflicts when nothing settles them; writes nothing', () => {
    const run = plotline('merge', file('base.plotline'), file('ours.plotline'), file('theirs.plotline'), '-o', file('out.plotline'));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("plotline merge: 1 conflict; nothing written. Resolve them in Plotline, or choose a side for all with --prefer ours|theirs:\n  field:tasks/Build/name: Both copies changed the name of task 'Build'.\n");
    expect(() => readFileSync(file('out.plotline'))).toThrow();
  });

  it('with --prefer theirs, writes the merged plan: their name, their new task and their longer Design', () => {
    const run = plotline('merge', file('base.plotline'), file('ours.plotline'), file('theirs.plotline'), '-o', file('out.plotline'), '--prefer', 'theirs');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // Their new task and longer Design; the name is the conflict, counted once, as a conflict.
    expect(run.stdout).toMatch(/^Merged 2 changes from theirs.plotline into ours.plotline; 1 conflict settled for theirs: /);
    const merged = parsePlotline(readFileSync(file('out.plotline'), 'utf8'));
    if (!merged.ok) throw new Error(merged.error.message);
    const names = Object.values(merged.value.plan.tasks).map((t) => t.name).sort();
    expect(names).toEqual(['Build (theirs)', 'Design', 'Docs', 'Test']);
    expect(merged.value.plan.tasks.Design?.durationMinutes).toBe(960);
    // Scheduled on the way out: Test follows the two-day Design and Build, on Thu 5 March.
    expect(merged.value.plan.tasks.Test?.start).toBe('2026-03-05T09:00');
  });

  it('writes the merge but exits 3 when a CSV copy has a row it cannot read (the task reads as deleted in that copy)', () => {
    writeFileSync(file('base.csv'), 'Name,Duration,Start\nDesign,2d,2026-03-02\nBuild,3d,2026-03-04\nTest,1d,2026-03-09\n');
    writeFileSync(file('ours.csv'), 'Name,Duration,Start\nDesign,2d,2026-03-02\nBuild,three days,2026-03-04\nTest,1d,2026-03-09\n');
    writeFileSync(file('theirs.csv'), 'Name,Duration,Start\nDesign,2d,2026-03-02\nBuild,3d,2026-03-04\nTest,2d,2026-03-09\n');
    // Each CSV read makes up a project id, which is no one's edit (merge-tables-process.test.ts): no --prefer is needed.
    const run = plotline('merge', file('base.csv'), file('ours.csv'), file('theirs.csv'), '-o', file('merged.csv'));
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^warning: ours\.csv: row 3, column 2 \(Duration\): 'three days' is not a duration$/m);
    expect(run.stderr).toMatch(/^plotline merge: merged\.csv is written without 1 input row of ours\.csv that could not be read \(the warnings above name each row and why\)\.\n$/m);
    expect(readFileSync(file('merged.csv'), 'utf8').split('\n').slice(1, -1).map((row) => row.split(',')[1])).toEqual(['Design', 'Test']);
  });

  it('writes the merge without their link that would close a loop with ours, names it and its copy, and exits 3', () => {
    const base = withTask(chain(basePlan(), ['Design', 'Build', 'Test']), 'Docs');
    const columnId = Object.keys(base.columns)[0] ?? '';
    const fixed = Object.keys(base.tasks).reduce((p, id) => edit(p, id, { statusId: columnId as never }), base);
    write('loop-base.plotline', fixed);
    write('loop-ours.plotline', withLink(fixed, 'Test', 'Docs'));
    write('loop-theirs.plotline', withLink(fixed, 'Docs', 'Design'));
    const run = plotline('merge', file('loop-base.plotline'), file('loop-ours.plotline'), file('loop-theirs.plotline'), '-o', file('loop.plotline'));
    expect(run.code).toBe(3);
    expect(run.stderr).toBe([
      // The rows of loop.plotline as the task table numbers them (ranks are the names: Build, Design, Docs, Test).
      "warning: loop.plotline: Their copy's link 'Docs' → 'Design' would close a loop (#3 'Docs' → #2 'Design' → #1 'Build' → #4 'Test' → #3 'Docs', numbered by the merged plan's rows), so it was left out.",
      "plotline merge: loop.plotline is written without the link 'Docs' → 'Design' of loop-theirs.plotline, which would close a loop (the warning above shows it).",
      '',
    ].join('\n'));
    const merged = parsePlotline(readFileSync(file('loop.plotline'), 'utf8'));
    if (!merged.ok) throw new Error(merged.error.message);
    expect(Object.values(merged.value.plan.links).map((l) => `${l.predecessorId}→${l.successorId}`).sort()).toEqual(['Build→Test', 'Design→Build', 'Test→Docs']);
  });

  it('merges a colleague\'s MS Project copy that changed one duration: one change, and every tag and phase kept', () => {
    const tagged = edit(edit(readPlan('base.plotline'), 'Design', { tags: ['api'], phase: 'planning' }), 'Test', { tags: ['qa'] });
    write('tagged.plotline', tagged);
    expect(plotline('convert', file('tagged.plotline'), file('colleague.xml')).code).toBe(0);
    // The colleague's MS Project made the task Test two days: its <Duration> in the file (the project is called Test too).
    const xml = readFileSync(file('colleague.xml'), 'utf8');
    const longer = xml.replace(/(<Task>(?:(?!<\/Task>)[\s\S])*?<Name>Test<\/Name>(?:(?!<\/Task>)[\s\S])*?<Duration>)PT8H0M0S(<\/Duration>)/, '$1PT16H0M0S$2');
    expect(longer).not.toBe(xml);
    writeFileSync(file('colleague.xml'), longer);
    const run = plotline('merge', file('tagged.plotline'), file('tagged.plotline'), file('colleague.xml'), '-o', file('merged-xml.plotline'));
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`Merged 1 change from colleague.xml into tagged.plotline: ${file('merged-xml.plotline')}\n`);
    const merged = readPlan('merged-xml.plotline');
    expect(merged.tasks['Test']?.durationMinutes).toBe(960);
    expect(Object.values(merged.tasks).map((t) => [t.name, t.tags, t.phase, t.statusId])).toEqual(Object.values(tagged.tasks).map((t) => [t.name, t.tags, t.phase, t.statusId]));
  });

  it('with --prefer ours keeps our name and says so', () => {
    const run = plotline('merge', file('base.plotline'), file('ours.plotline'), file('theirs.plotline'), '--output', file('ours-out.plotline'), '--prefer', 'ours');
    expect(run.code).toBe(0);
    const merged = parsePlotline(readFileSync(file('ours-out.plotline'), 'utf8'));
    if (!merged.ok) throw new Error(merged.error.message);
    expect(merged.value.plan.tasks.Build?.name).toBe('Build (ours)');
  });
});
