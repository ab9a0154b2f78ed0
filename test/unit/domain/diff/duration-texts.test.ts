/**
 * A diff's durations as each plan shows them (duration-texts.ts): days of that plan's length,
 * elapsed days as "ed", a link's lag, an assignment's work; null work left to the general wording.
 */
import { describe, expect, it } from 'vitest';
import { diffPlans, visibleChanges } from '../../../../renderer/domain/diff';
import type { Assignment, AssignmentId, Plan, ResourceId, TaskId } from '../../../../renderer/domain/model';
import { basePlan, withLink, withTask } from '../schedule/plan-kit';

const two = withLink(withTask(withTask(basePlan(), 'Design', { durationMinutes: 480 }), 'Build', { durationMinutes: 960 }), 'Design', 'Build');
const linkId = Object.keys(two.links)[0] ?? '';

function edit(p: Plan, id: string, fields: Partial<Plan['tasks'][string]>): Plan {
  const task = p.tasks[id];
  if (!task) throw new Error(id);
  return { ...p, tasks: { ...p.tasks, [id]: { ...task, ...fields } } };
}

const rows = (a: Plan, b: Plan): string[] =>
  visibleChanges(diffPlans(a, b, { withDates: false })).map((r) => `${r.what}|${r.field}|${r.before}|${r.after}`);

describe('durations in a diff', () => {
  it('writes a task\'s duration, actual work and leveling delay in the plan\'s units, not its minutes', () => {
    const other = edit(two, 'Build', { durationMinutes: 1200, actualWorkMinutes: 240, levelingDelayMinutes: 30 });
    expect(rows(two, other)).toEqual([
      "task 'Build'|actual work|—|4h",
      "task 'Build'|duration|2d|2.5d",
      "task 'Build'|leveling delay|—|30m",
    ]);
  });

  it('reads each side in its own plan: a copy with 7.5-hour days, an elapsed duration, an elapsed lag', () => {
    const shortDays: Plan = { ...edit(two, 'Build', { durationMinutes: 900 }), project: { ...two.project, minutesPerDay: 450, minutesPerWeek: 2250 } };
    expect(rows(two, shortDays)).toContain("task 'Build'|duration|2d|2d");
    const elapsed = edit(two, 'Design', { durationMinutes: 3 * 1440, durationIsElapsed: true });
    expect(rows(two, elapsed)).toContain("task 'Design'|duration|1d|3ed");
    const link = two.links[linkId];
    if (!link) throw new Error('no link');
    const lagged: Plan = { ...two, links: { ...two.links, [linkId]: { ...link, lagMinutes: 2 * 1440, lagIsElapsed: true } } };
    expect(rows(two, lagged).find((r) => r.includes('|lag|'))).toMatch(/\|lag\|0d\|2ed$/);
  });

  it('writes an assignment\'s work in days and leaves work "from the duration" (null) to the general wording', () => {
    const assignment: Assignment = { id: 'a1' as AssignmentId, taskId: 'Build' as TaskId, resourceId: 'r1' as ResourceId, units: 1, workMinutes: null };
    const withAna: Plan = {
      ...two,
      resources: { r1: { ...Object.values(basePlan().resources)[0], id: 'r1' as ResourceId, name: 'Ana', kind: 'work' } as Plan['resources'][string] },
      assignments: { a1: assignment },
    };
    const more: Plan = { ...withAna, assignments: { a1: { ...assignment, workMinutes: 1440 } } };
    expect(rows(withAna, more).find((r) => r.includes('|work|'))).toMatch(/\|work\|none\|3d$/);
    const less: Plan = { ...withAna, assignments: { a1: { ...assignment, workMinutes: 720 } } };
    expect(rows(more, less).find((r) => r.includes('|work|'))).toMatch(/\|work\|3d\|1\.5d$/);
  });
});
