/**
 * A file's plan scheduled while its summary is read (features/shared/schedule.ts): opening it
 * then takes over that work instead of running the plan afresh, and a summary closed without
 * opening leaves the open project's scheduler as it was.
 */
import { describe, expect, it } from 'vitest';
import { produce, type Draft } from 'immer';
import type { Plan, ProjectId, Task } from '../../../../renderer/domain/model';
import { scheduleProject, ScheduleTable, type ScheduleResult } from '../../../../renderer/domain/schedule';
import { dropScheduledAhead, scheduleAhead, scheduleForDisplay } from '../../../../renderer/features/shared/schedule';
import { generatePlan } from '../../../support/generate-plan';

const data = (r: ScheduleResult): unknown => JSON.parse(JSON.stringify({ ...r, tasks: Object.fromEntries(r.tasks) })) as unknown;
const table = (r: ScheduleResult): ScheduleTable => {
  if (!(r.tasks instanceof ScheduleTable)) throw new Error('the scheduler did not return its table');
  return r.tasks;
};
/** As "Open as new project" makes it (asNewProject): the file's plan under a new project id and name. */
const openedAs = (plan: Plan, name: string): Plan => ({ ...plan, project: { ...plan.project, id: `p-${name}` as ProjectId, name } });
const firstLeaf = (plan: Plan): Task => Object.values(plan.tasks).find((t) => t.kind === 'task') as Task;
const longer = (plan: Plan, task: Task): Plan => produce(plan, (d) => { (d.tasks[task.id] as Draft<Task>).durationMinutes += 480; });

describe('scheduling a file ahead while its summary is read', () => {
  it('is taken over when the plan is opened: the same schedule, on the network built ahead, nothing moved', () => {
    const file = generatePlan({ tasks: 300, seed: 11 });
    const aheadResult = scheduleAhead(file);
    const opened = openedAs(file, 'Opened');
    const shown = scheduleForDisplay(opened);
    expect(data(shown)).toEqual(data(scheduleProject(opened)));
    // A fresh run would build a network of its own (changedSince answers null).
    expect(aheadResult && table(shown).changedSince(table(aheadResult))).toEqual([]);
    // Edits of the opened plan go on from there.
    const leaf = firstLeaf(opened);
    const edited = longer(opened, leaf);
    const next = scheduleForDisplay(edited);
    expect(data(next)).toEqual(data(scheduleProject(edited)));
    expect(table(next).changedSince(table(shown))).toContain(leaf.id);
  });

  it('leaves the open project alone when the summary is closed, and then opens nothing from it', () => {
    const open = generatePlan({ tasks: 200, seed: 12 });
    const before = scheduleForDisplay(open);
    const file = generatePlan({ tasks: 200, seed: 13 });
    const aheadResult = scheduleAhead(file);
    dropScheduledAhead(file);
    // The open project's next edit still runs on its own network.
    const leaf = firstLeaf(open);
    const edited = longer(open, leaf);
    const after = scheduleForDisplay(edited);
    expect(data(after)).toEqual(data(scheduleProject(edited)));
    expect(table(after).changedSince(table(before))).toContain(leaf.id);
    // Opened later after all, the file's plan is run afresh: the work done ahead was let go.
    const opened = openedAs(file, 'Later');
    const shown = scheduleForDisplay(opened);
    expect(data(shown)).toEqual(data(scheduleProject(opened)));
    expect(aheadResult && table(shown).changedSince(table(aheadResult))).toBeNull();
  });

  it('keeps the work ahead for the plan it was done for only', () => {
    const file = generatePlan({ tasks: 150, seed: 14 });
    const aheadResult = scheduleAhead(file);
    // Closing another file's summary does not let this one's go.
    dropScheduledAhead(generatePlan({ tasks: 150, seed: 14 }));
    const shown = scheduleForDisplay(openedAs(file, 'Kept'));
    expect(aheadResult && table(shown).changedSince(table(aheadResult))).toEqual([]);
  });
});
