/**
 * `plotline new` and `plotline portfolio` run as processes. The portfolio's plans are made with
 * the domain and written as .plotline files: Maya (the same email in both) is on a 5-day task at
 * 60 % in each project in the same week, so she is over-allocated across the projects, and within
 * neither.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializePlotline } from '../../../renderer/domain/formats';
import {
  newTask, type Assignment, type AssignmentId, type LocalDateTime, type Plan, type Resource, type ResourceId, type TaskId,
} from '../../../renderer/domain/model';
import { blankPlan } from '../../support/plan-builder';
import { runPlotline, type CliRun } from '../../support/plotline-process';


const plotline = (cwd: string, ...args: string[]): CliRun => runPlotline(cwd, args);

function projectWithMaya(name: string, taskName: string, units = 0.6): Plan {
  const base = blankPlan(name);
  const statusId = Object.values(base.columns)[0]?.id;
  if (!statusId) throw new Error('no column');
  const maya: Resource = {
    id: 'maya' as ResourceId, name: 'Maya Chen', initials: 'MC', role: '', email: 'maya@example.com', type: 'work', maxUnits: 1,
    costPerHour: 0, overtimeCostPerHour: 0, costPerUse: 0, calendarId: null,
  };
  const task = newTask({
    id: 't1' as TaskId, name: taskName, parentId: null, rank: 'V', start: '2026-03-02T09:00' as LocalDateTime,
    finish: '2026-03-02T09:00' as LocalDateTime, statusId, boardRank: 'V', durationMinutes: 5 * 480,
  });
  const assignment: Assignment = { id: 'a1' as AssignmentId, taskId: task.id, resourceId: maya.id, units, workMinutes: null };
  return { ...base, tasks: { [task.id]: task }, resources: { [maya.id]: maya }, assignments: { [assignment.id]: assignment } };
}

describe('plotline new', () => {
  it('writes a plan from a built-in template at the start date, and reads a template file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plotline-new-'));
    const first = plotline(dir, 'new', '--template', 'security-audit', '--start', '2027-01-04', '--name', 'SOC 2', 'audit.plotline');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const file = JSON.parse(readFileSync(path.join(dir, 'audit.plotline'), 'utf8')) as { project: Plan };
    expect(file.project.project.name).toBe('SOC 2');
    expect(file.project.project.start).toBe('2027-01-04T09:00');
    expect(Object.values(file.project.tasks).map((t) => t.name)).toContain('Gate: ready for audit');

    const again = plotline(dir, 'new', '--template', 'audit.plotline', '--start', '2027-06-07', 'next.plotline');
    expect(again.code).toBe(0);
    const next = JSON.parse(readFileSync(path.join(dir, 'next.plotline'), 'utf8')) as { project: Plan };
    expect(next.project.project.start).toBe('2027-06-07T09:00');
    expect(Object.keys(next.project.tasks)).toHaveLength(Object.keys(file.project.tasks).length);
  });

  it('refuses an unknown template by listing the built-in ones, and a missing start as a usage error', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plotline-new-'));
    const unknown = plotline(dir, 'new', '--template', 'moon-landing', '--start', '2027-01-04', 'x.plotline');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("no built-in template 'moon-landing'");
    expect(unknown.stderr).toContain('cloud-migration');
    const noStart = plotline(dir, 'new', '--template', 'cloud-migration', 'x.plotline');
    expect(noStart.code).toBe(2);
    expect(noStart.stderr).toContain('--start YYYY-MM-DD is required');
  });
});

describe('plotline portfolio', () => {
  it('lists each project and the person over-allocated across projects', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plotline-portfolio-'));
    for (const [name, task] of [['Payments', 'Build'], ['Search', 'Index']] as const) {
      writeFileSync(path.join(dir, `${name}.plotline`), serializePlotline(projectWithMaya(name, task), { app: 'test', exported: '2026-03-01T00:00:00Z' }));
    }
    const run = plotline(dir, 'portfolio', '--status-date', '2026-03-01', 'Payments.plotline', 'Search.plotline');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // Its status report's colour at that date (neither plan has a status date of its own), with the reasons.
    expect(run.stdout).toContain('| Payments | Green (at 2026-03-01) | 0% | 2026-03-02 | 2026-03-06 | — | no baseline |');
    expect(run.stdout).toContain('- **Payments**: schedule not measured: No baseline is saved, so the schedule is not measured.');
    expect(run.stdout).toContain('| Maya Chen | Payments, Search | 5 days | 2026-03-02: Payments (Build, 4.8 h) + Search (Index, 4.8 h) |');
    // One project, where Maya is booked at 150 %: she works on no other, so she is not in the
    // table, as in the app's Portfolio view (that is the project's own leveling).
    writeFileSync(path.join(dir, 'Busy.plotline'), serializePlotline(projectWithMaya('Busy', 'Migrate', 1.5), { app: 'test', exported: '2026-03-01T00:00:00Z' }));
    const busy = JSON.parse(plotline(dir, 'portfolio', '--format', 'json', '--status-date', '2026-03-01', 'Busy.plotline').stdout) as { people: { name: string; overAllocatedDays: string[] }[] };
    expect(busy.people.map((p) => `${p.name}: ${String(p.overAllocatedDays.length)} days`)).toEqual(['Maya Chen: 5 days']);
    const alone = plotline(dir, 'portfolio', '--status-date', '2026-03-01', 'Busy.plotline');
    expect(alone.code).toBe(0);
    expect(alone.stdout).toContain('## People across projects\n\nNo one works on more than one of these projects.\n');
    expect(alone.stdout).not.toContain('Maya Chen');

    const json = JSON.parse(plotline(dir, 'portfolio', '--format', 'json', 'Payments.plotline', 'Search.plotline').stdout) as { people: { overAllocatedWithin: string[] }[] };
    expect(json.people[0]?.overAllocatedWithin).toEqual([]);
    const badDate = plotline(dir, 'portfolio', '--status-date', '2026-02-30', 'Payments.plotline');
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toBe("plotline portfolio: --status-date '2026-02-30' is not a date; write it as YYYY-MM-DD. See plotline portfolio --help.\n");
  });
});
