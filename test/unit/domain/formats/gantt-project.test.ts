import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGanttProject } from '../../../../renderer/domain/formats/gantt-project';
import { sequentialIds, type Plan } from '../../../../renderer/domain/model';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

function load(): { plan: Plan; warnings: readonly string[] } {
  const result = importGanttProject(readFileSync(path.join(repoRoot, 'test/fixtures/gan/features.gan'), 'utf8'), { newId: sequentialIds('g'), now: '2026-03-01T12:00:00.000Z' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('GanttProject import (hand-written fixture)', () => {
  const { plan } = load();
  const task = (name: string) => Object.values(plan.tasks).find((t) => t.name === name)!;

  it('reads nested tasks, milestones, notes, progress and the five priorities', () => {
    expect(plan.project.name).toBe('House & garden');
    expect(task('Foundations')).toMatchObject({ kind: 'summary', parentId: null, notes: 'Pour when dry.', percentComplete: 100, priority: 700 });
    expect(task('Dig')).toMatchObject({ parentId: task('Foundations').id, priority: 100, start: '2024-01-01T09:00', durationMinutes: 960 });
    // 2 working days from Monday 1 January: the 2nd.
    expect(task('Dig').finish).toBe('2024-01-02T17:00');
    // Pour starts Thursday the 4th (the 3rd is a holiday); one day.
    expect(task('Pour')).toMatchObject({ priority: 300, finish: '2024-01-04T17:00', percentComplete: 50 });
    expect(task('Walls')).toMatchObject({ priority: 900, finish: '2024-01-09T17:00' });
    expect(task('Inspection')).toMatchObject({ kind: 'milestone', durationMinutes: 0, priority: 500, finish: '2024-01-10T09:00' });
  });

  it('reads depend elements from the predecessor: 1=SS 2=FS 3=FF 4=SF with lag days', () => {
    const name = (id: string) => plan.tasks[id]?.name;
    expect(Object.values(plan.links).map((l) => [name(l.predecessorId), name(l.successorId), l.type, l.lagMinutes])).toEqual([
      ['Dig', 'Pour', 'FS', 0], ['Dig', 'Walls', 'SS', -480], ['Pour', 'Walls', 'FF', 960], ['Pour', 'Inspection', 'SF', 0],
    ]);
  });

  it('reads the week, holidays (one-off and yearly), resources, allocations, vacations and baselines', () => {
    const standard = plan.calendars[plan.project.calendarId]!;
    expect(standard.workWeek?.map((d) => d.length)).toEqual([0, 1, 1, 1, 1, 1, 0]);
    expect(standard.exceptions).toEqual([
      { name: "Builders' day", from: '2024-01-03', to: '2024-01-03', isWorking: false, intervals: [], recurrence: null },
      { name: 'Christmas', from: '2024-12-25', to: '2074-12-31', isWorking: false, intervals: [], recurrence: { kind: 'yearly-date', month: 12, day: 25 } },
    ]);
    const [jack, jill] = Object.values(plan.resources);
    expect(jack).toMatchObject({ name: 'Jack', role: 'Project manager', email: 'jack@example.com', costPerHour: 50, extra: { phone: '555-0100' } });
    expect(jill).toMatchObject({ role: 'Bricklayer' });
    expect(plan.calendars[jill!.calendarId!]?.exceptions).toMatchObject([{ from: '2024-01-08', to: '2024-01-09', isWorking: false }]);
    expect(Object.values(plan.assignments).map((a) => [plan.resources[a.resourceId]?.name, plan.tasks[a.taskId]?.name, a.units])).toEqual([
      ['Jack', 'Dig', 0.5], ['Jill', 'Walls', 1],
    ]);
    const [baseline] = Object.values(plan.baselines);
    expect(baseline).toMatchObject({ number: 0, name: 'Signed off' });
    expect(baseline!.tasks[task('Dig').id]).toEqual({ start: '2024-01-01T09:00', finish: '2024-01-01T17:00', durationMinutes: 480, workMinutes: 0, cost: 0 });
  });

  it('refuses other XML clearly', () => {
    const result = importGanttProject('<Project/>', { newId: sequentialIds('g'), now: '2026-03-01T12:00:00.000Z' });
    expect(result.ok || result.error.message).toMatch(/not a GanttProject file/);
  });
});
