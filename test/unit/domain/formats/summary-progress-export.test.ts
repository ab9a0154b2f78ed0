/**
 * A summary task's % complete in the table formats: a spreadsheet rolls nothing up, so the CSV
 * and Excel exports write the figure the task table shows (rolled up from the subtasks), where
 * they wrote the summary's stored 0. Leaves keep what was typed; our own file keeps the stored
 * value, which the engine rolls up again on open.
 */
import { describe, expect, it } from 'vitest';
import { indentTasks, insertTask, updateTask } from '../../../../renderer/domain/commands';
import { exportTasksCsv, parsePlotline, planToWorkbook, serializePlotline } from '../../../../renderer/domain/formats';
import type { Plan, Task } from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

/** Discovery > (Interviews 100 %, Survey 40 %, Synthesis 0 %), each two days; Launch. */
function progressPlan(): Plan {
  const c = testContext('s');
  let p = blankPlan('Rollup');
  for (const name of ['Discovery', 'Interviews', 'Survey', 'Synthesis', 'Launch']) p = runOk(insertTask, p, { name, fields: { durationMinutes: 960 } }, c).plan;
  p = runOk(indentTasks, p, { ids: ['Interviews', 'Survey', 'Synthesis'].map((n) => taskByName(p, n).id) }, c).plan;
  const set = (name: string, changes: Partial<Task>) => { p = runOk(updateTask, p, { id: taskByName(p, name).id, changes }, c).plan; };
  set('Interviews', { percentComplete: 100 });
  set('Survey', { percentComplete: 40 });
  return p;
}

describe("a summary's % complete in CSV and Excel", () => {
  it('is the rolled-up figure the table shows, whole, as the engine gives it', () => {
    const plan = progressPlan();
    const discovery = taskByName(plan, 'Discovery');
    expect(discovery.percentComplete).toBe(0);
    // (100 + 40 + 0) / 3 by duration = 46.7, shown as 47 %.
    expect(scheduleProject(plan).tasks.get(discovery.id)?.percentComplete).toBeCloseTo(46.67, 1);
    const text = exportTasksCsv(plan, { columns: ['name', 'percentComplete'], bom: false });
    expect(text).toBe('Name,% Complete\r\nDiscovery,47\r\nInterviews,100\r\nSurvey,40\r\nSynthesis,0\r\nLaunch,0\r\n');
  });

  it('is written to the Tasks sheet of the workbook', () => {
    const sheet = planToWorkbook(progressPlan()).sheets.find((s) => s.name === 'Tasks');
    const header = sheet?.rows[0] ?? [];
    const column = header.indexOf('% Complete');
    expect(column).toBeGreaterThan(0);
    expect(sheet?.rows.slice(1).map((row) => [row[2], row[column]])).toEqual([
      ['Discovery', 47], ['Interviews', 100], ['Survey', 40], ['Synthesis', 0], ['Launch', 0],
    ]);
  });

  it('stays as stored in a .plotline file', () => {
    const back = parsePlotline(serializePlotline(progressPlan(), { app: 'test', exported: '2026-03-01T08:00:00.000Z' }));
    if (!back.ok) throw new Error(back.error.message);
    expect(taskByName(back.value.plan, 'Discovery').percentComplete).toBe(0);
  });
});
