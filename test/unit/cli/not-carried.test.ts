/** What `plotline convert` says a format leaves behind: what is really lost, not what travels another way. */
import { describe, expect, it } from 'vitest';
import { notCarried, readPlanFile } from '../../../cli/plan-files';
import { addResource, insertTask, setAssignees } from '../../../renderer/domain/commands';
import { sequentialIds, type LocalDateTime, type ResourceId, type TaskId } from '../../../renderer/domain/model';
import { ONLY_IN_PLOTLINE, PERSON_BUT_THE_NAME, PROJECT_NOT_CARRIED } from '../../support/not-carried-fields';
import { blankPlan, runOk } from '../../support/plan-builder';

function staffedPlan() {
  let plan = blankPlan('Billing revamp');
  plan = runOk(insertTask, plan, { id: 't1' as TaskId, name: 'Survey' }).plan;
  plan = runOk(insertTask, plan, { id: 't2' as TaskId, name: 'Report', fields: { constraint: { type: 'SNET', date: '2026-03-09T09:00' as LocalDateTime } } }).plan;
  plan = runOk(addResource, plan, { id: 'r1' as ResourceId, fields: { name: 'Ana', costPerHour: 90 } }).plan;
  return runOk(setAssignees, plan, { taskId: 't1' as TaskId, resourceIds: ['r1' as ResourceId] }).plan;
}

describe('what an export leaves behind, as the command line says it', () => {
  it('CSV: the people\'s details and the constraints, not the assignments its Resources column carries', () => {
    const said = notCarried(staffedPlan(), '.csv');
    expect(said).toContain('not written to .csv: the rates, roles and e-mail of 1 person (the Resources column names the people assigned, with their units; anyone on no task is not in the file).');
    expect(said).toContain('not written to .csv: 1 task constraint (start no earlier than and the like; the tasks are read back as soon as possible).');
    expect(said.join(' ')).not.toMatch(/assignments/);
  });

  it('Excel and MS Project XML keep people, assignments and constraints; iCalendar keeps none of them', () => {
    for (const format of ['.xlsx', '.xml'] as const) expect(notCarried(staffedPlan(), format).join(' ')).not.toMatch(/people|assignments|constraints/);
    const ics = notCarried(staffedPlan(), '.ics').join(' ');
    for (const lost of ['1 person', '1 assignment', '1 task constraint']) expect(ics).toContain(lost);
  });
});


describe('what a read makes up, which `plotline merge` does not compare', () => {
  it('a table\'s project id, name and row ranks; MS Project\'s id and what only a .plotline holds; the registers and phases either leaves empty; nothing of a .plotline', async () => {
    const clock = { now: '2026-03-01T08:00:00.000Z', newId: sequentialIds('r'), version: 'test' };
    const made = async (path: string) => {
      const read = await readPlanFile(path, clock);
      if (!read.ok) throw new Error(read.error.message);
      return read.value.notCarried;
    };
    expect(await made('test/fixtures/cli/tasks.csv')).toEqual({ project: PROJECT_NOT_CARRIED.table, ranks: true, collections: ONLY_IN_PLOTLINE, shownValues: true, taskFields: ['estimate'], resourceFields: PERSON_BUT_THE_NAME });
    expect(await made('test/fixtures/cli/chain.xml')).toEqual({ project: PROJECT_NOT_CARRIED.xml, ranks: true, collections: ONLY_IN_PLOTLINE, shownValues: true, taskFields: ['phase', 'tags', 'budget', 'estimate', 'board'], resourceFields: [] });
    expect(await made('test/fixtures/gan/features.gan')).toEqual({ project: PROJECT_NOT_CARRIED.gan, ranks: true, collections: ONLY_IN_PLOTLINE, shownValues: true, taskFields: ['phase', 'tags', 'budget', 'estimate', 'board'], resourceFields: [] });
    expect(await made('test/fixtures/native/plotline-v5.plotline')).toEqual({ project: [], ranks: false, collections: [], shownValues: false, taskFields: [], resourceFields: [] });
  });
});
