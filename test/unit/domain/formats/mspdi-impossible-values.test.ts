/**
 * A PM opens an MS Project XML in which someone typed values that cannot be: 30 February, a
 * Duration in words. The file opens (refusing it would lose every good task), and the import
 * warnings name each value: the task by name and ID, the field, the text, what Plotline used.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMspdi } from '../../../../renderer/domain/formats/msproject';
import { sequentialIds, type Plan } from '../../../../renderer/domain/model';
import { planWithScheduledDates } from '../../../../renderer/domain/schedule';
import { taskByName } from '../../../support/plan-builder';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const text = readFileSync(path.join(repoRoot, 'test/fixtures/mspdi/impossible-values.xml'), 'utf8');

function open(xml: string, scheduledByCaller = false): { plan: Plan; warnings: readonly string[] } {
  const result = importMspdi(xml, { newId: sequentialIds('m'), now: '2027-01-15T12:00:00.000Z', scheduledByCaller });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const byName = taskByName;

describe('MSPDI values no calendar or duration holds', () => {
  const { plan, warnings } = open(text);

  it('opens the file with every task and link', () => {
    expect(Object.values(plan.tasks).map((t) => t.name)).toEqual(['Design', 'Build', 'Vendor review', 'Test']);
    expect(Object.keys(plan.links)).toHaveLength(2);
  });

  it('names a Start of 30 February with its task, ID and what was done instead', () => {
    expect(warnings).toContain("Task 'Build' (ID 2): Start '2027-02-30T08:00:00' is not a real date and time; Plotline scheduled the task from its links instead.");
    // Scheduled after Design (finishes 3 Feb 17:00) by its FS link.
    expect(byName(planWithScheduledDates(plan), 'Build').start).toBe('2027-02-04T08:00');
  });

  it('names a Duration in words and says which duration was used', () => {
    expect(warnings).toContain("Task 'Build' (ID 2): Duration 'three days' is not a duration such as PT24H0M0S; Plotline took 25d from the project start to its Finish instead.");
    expect(warnings).toContain("Task 'Test' (ID 4): Duration '2d' is not a duration such as PT24H0M0S; Plotline took 2d from its Start and Finish instead.");
    expect(byName(plan, 'Test').durationMinutes).toBe(2 * 480);
  });

  it('takes an unreadable Finish from the Duration, keeping a manual task its length', () => {
    expect(warnings).toContain("Task 'Vendor review' (ID 3): Finish 'next week' is not a date and time such as 2027-02-01T08:00:00; Plotline took the finish from its Duration (2d) instead.");
    expect(byName(plan, 'Vendor review')).toMatchObject({ start: '2027-02-08T08:00', finish: '2027-02-09T17:00', durationMinutes: 960 });
  });

  it('names a Finish before its Start and takes the finish from the Duration', () => {
    const early = open(text.replace('<Finish>next week</Finish>', '<Finish>2027-02-01T17:00:00</Finish>'));
    expect(early.warnings).toContain("Task 'Vendor review' (ID 3): Finish '2027-02-01T17:00:00' is before its Start '2027-02-08T08:00:00'; Plotline took the finish from its Duration (2d) instead.");
    expect(byName(early.plan, 'Vendor review')).toMatchObject({ start: '2027-02-08T08:00', finish: '2027-02-09T17:00', durationMinutes: 960 });
  });

  it('names an unreadable baseline value, keeping the rest of that baseline', () => {
    const baseline = '<Baseline><Number>1</Number><Start>2027-02-30T08:00:00</Start><Finish>2027-02-03T17:00:00</Finish><Duration>PT24H0M0S</Duration><Work>lots</Work></Baseline>';
    const withBaseline = open(text.replace('<Duration>PT24H0M0S</Duration>\n        </Task>', `<Duration>PT24H0M0S</Duration>${baseline}\n        </Task>`));
    expect(withBaseline.warnings).toContain("Task 'Design' (ID 1): Baseline 1 Start '2027-02-30T08:00:00' is not a real date and time; Plotline kept the task's own start in that baseline instead.");
    expect(withBaseline.warnings).toContain("Task 'Design' (ID 1): Baseline 1 Work 'lots' is not a duration such as PT24H0M0S; Plotline kept no work in that baseline instead.");
    const saved = Object.values(withBaseline.plan.baselines)[0];
    expect(saved?.tasks[byName(withBaseline.plan, 'Design').id]).toMatchObject({ start: '2027-02-01T08:00', finish: '2027-02-03T17:00', durationMinutes: 1440, workMinutes: 0 });
  });

  it('names an assignment\'s unreadable Work and lets the work follow the task', () => {
    const staffed = '<Resources><Resource><UID>1</UID><ID>1</ID><Name>Ana Lopez</Name></Resource></Resources>'
      + '<Assignments><Assignment><UID>1</UID><TaskUID>10</TaskUID><ResourceUID>1</ResourceUID><Units>1</Units><Work>lots</Work></Assignment></Assignments>';
    const withWork = open(text.replace('</Project>', `${staffed}</Project>`));
    expect(withWork.warnings).toContain("Assignment of Ana Lopez on 'Design': Work 'lots' is not a duration such as PT24H0M0S; Plotline let the work follow the task's duration instead.");
    expect(Object.values(withWork.plan.assignments)).toEqual([expect.objectContaining({ workMinutes: null })]);
  });

  it('names an impossible Deadline and imports the task without one', () => {
    expect(warnings).toContain("Task 'Vendor review' (ID 3): Deadline '2027-13-01T17:00:00' is not a real date and time; Plotline imported the task without a deadline.");
    expect(byName(plan, 'Vendor review').deadline).toBeNull();
  });

  it('says the same when the app schedules the plan itself', () => {
    expect(open(text, true).warnings.filter((w) => w.startsWith('Task '))).toEqual(warnings.filter((w) => w.startsWith('Task ')));
  });

  it('says nothing about fields that are simply absent', () => {
    const bare = text.replace(/<Duration>three days<\/Duration>|<Start>2027-02-30T08:00:00<\/Start>|<Finish>next week<\/Finish>|<Deadline>[^<]*<\/Deadline>|<Duration>2d<\/Duration>/g, '');
    expect(open(bare).warnings.filter((w) => w.startsWith('Task '))).toEqual([]);
  });
});
