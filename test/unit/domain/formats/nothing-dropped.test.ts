/**
 * Nothing dropped silently: what an import does not bring in is named with counts; placeholders
 * other tools write are recognised; an MSPDI export keeps the author's task UIDs and IDs.
 */
import { describe, expect, it } from 'vitest';
import { exportMspdi, importGanttProject, importMspdi } from '../../../../renderer/domain/formats';
import { outlineRows, sequentialIds } from '../../../../renderer/domain/model';

const ctx = { newId: sequentialIds('t'), now: '2026-03-01T08:00:00.000Z' };

const task = (uid: number, id: number, name: string, extra = '') =>
  `<Task><UID>${String(uid)}</UID><ID>${String(id)}</ID><Name>${name}</Name><OutlineLevel>1</OutlineLevel><Start>2026-03-02T08:00:00</Start><Finish>2026-03-02T17:00:00</Finish><Duration>PT8H0M0S</Duration>${extra}</Task>`;
const mspdi = (tasks: string, rest = '') =>
  `<Project xmlns="http://schemas.microsoft.com/project"><StartDate>2026-03-02T08:00:00</StartDate><Tasks>${tasks}</Tasks>${rest}</Project>`;

describe('MSPDI export keeps the author task numbers', () => {
  it('writes the UIDs and IDs the file came with, and links by those UIDs', () => {
    const link = '<PredecessorLink><PredecessorUID>40</PredecessorUID><Type>1</Type></PredecessorLink>';
    const imported = importMspdi(mspdi(task(40, 3, 'Design') + task(17, 8, 'Build', link)), ctx);
    if (!imported.ok) throw new Error(imported.error.message);
    const xml = exportMspdi(imported.value.plan, { now: ctx.now });
    expect([...xml.matchAll(/<Task>\s*<UID>(\d+)<\/UID>\s*<ID>(\d+)<\/ID>/g)].map((m) => `${m[1] ?? ''}/${m[2] ?? ''}`)).toEqual(['40/3', '17/8']);
    expect(xml).toMatch(/<PredecessorUID>40<\/PredecessorUID>/);
  });

  it('gives tasks added in Plotline UIDs above the largest, and renumbers IDs when they no longer rise down the outline', () => {
    const imported = importMspdi(mspdi(task(40, 3, 'Design') + task(17, 8, 'Build')), ctx);
    if (!imported.ok) throw new Error(imported.error.message);
    const plan = imported.value.plan;
    const [first] = outlineRows(plan.tasks);
    if (first === undefined) throw new Error('no tasks');
    // Rank 'Z' sorts between the two imported rows (their ranks are spread evenly), so IDs 3, 8 no longer fit.
    const added = { ...first.task, id: 'new' as typeof first.task.id, name: 'Added', rank: 'Z', extra: {} };
    const xml = exportMspdi({ ...plan, tasks: { ...plan.tasks, new: added } }, { now: ctx.now });
    expect([...xml.matchAll(/<Task>\s*<UID>(\d+)<\/UID>\s*<ID>(\d+)<\/ID>/g)].map((m) => `${m[1] ?? ''}/${m[2] ?? ''}`)).toEqual(['40/1', '41/2', '17/3']);
  });
});

describe('placeholders from known writers', () => {
  it("ignores Aspose's 2000-01-01 actual dates on unstarted tasks and names them", () => {
    const placeholder = '<PercentComplete>0</PercentComplete><ActualStart>2000-01-01T00:00:00</ActualStart><ActualFinish>2000-01-01T00:00:00</ActualFinish>';
    const real = '<PercentComplete>50</PercentComplete><ActualStart>2026-03-02T08:00:00</ActualStart>';
    const imported = importMspdi(mspdi(task(1, 1, 'Unstarted', placeholder) + task(2, 2, 'Started', real)), ctx);
    if (!imported.ok) throw new Error(imported.error.message);
    const tasks = outlineRows(imported.value.plan.tasks).map((r) => [r.task.name, r.task.actualStart, r.task.actualFinish]);
    expect(tasks).toEqual([['Unstarted', null, null], ['Started', '2026-03-02T08:00', null]]);
    expect(imported.value.warnings).toContain('Placeholder actual dates ignored: 1 unstarted task(s) carried an actual start or finish of 2000-01-01 00:00 (as Aspose.Tasks writes), which is not a real date.');
  });

  it("does not import MPXJ's 'Unassigned' resource as a person, and names it", () => {
    const resources = '<Resources><Resource><UID>0</UID><ID>0</ID><Name>Unassigned</Name></Resource><Resource><UID>1</UID><ID>1</ID><Name>Ada</Name></Resource></Resources>';
    const assignments = '<Assignments><Assignment><UID>1</UID><TaskUID>1</TaskUID><ResourceUID>0</ResourceUID></Assignment><Assignment><UID>2</UID><TaskUID>1</TaskUID><ResourceUID>1</ResourceUID></Assignment></Assignments>';
    const imported = importMspdi(mspdi(task(1, 1, 'Design'), resources + assignments), ctx);
    if (!imported.ok) throw new Error(imported.error.message);
    expect(Object.values(imported.value.plan.resources).map((r) => r.name)).toEqual(['Ada']);
    expect(Object.keys(imported.value.plan.assignments)).toHaveLength(1);
    expect(imported.value.warnings).toContain("Placeholder resource ignored: 'Unassigned' (UID 0, as MPXJ-based tools write) is not a person; its 1 assignment(s) were left unassigned.");
  });
});

describe('GanttProject fields the import does not bring in', () => {
  it('names kept custom columns, and manual costs that are not fixed costs, rubber links, colours, earliest starts and web links with counts', () => {
    const gan = `<project name="House"><tasks><taskproperties>
      <taskproperty id="tpd3" name="name" type="default" valuetype="text"/>
      <taskproperty id="tpc0" name="Is done" type="custom" valuetype="boolean"/></taskproperties>
      <task id="1" name="Walls" color="#99ccff" start="2026-03-02" duration="2" cost-manual-value="250" cost-calculated="false" thirdDate="2026-03-01" thirdDate-constraint="0" webLink="http://example.com/walls">
        <depend id="2" type="2" difference="0" hardness="Rubber"/><customproperty taskproperty-id="tpc0" value="true"/></task>
      <task id="2" name="Roof" color="#000000" start="2026-03-04" duration="1" cost-manual-value="400" cost-calculated="false" webLink="http://"><customproperty taskproperty-id="tpc0" value="false"/></task>
    </tasks><resources><resource id="0" name="Ada" function="Default:0"/></resources>
    <allocations><allocation task-id="2" resource-id="0" function="Default:0" responsible="true" load="100.0"/></allocations></project>`;
    const imported = importGanttProject(gan, ctx);
    if (!imported.ok) throw new Error(imported.error.message);
    expect(imported.value.warnings).toEqual([
      "Custom columns kept as custom fields in the plan file (no view shows them yet): 'Is done' (2 tasks).",
      'Manual costs not imported (on summaries or tasks with people, where Plotline computes the cost): 1 task, 400 in total.',
      'Link hardness not imported: 1 rubber link (the successor may start later in GanttProject) became ordinary links.',
      'Bar colours not imported: 2 tasks.',
      'Earliest-start dates (thirdDate) not imported: 1 task.',
      'Web links not imported: 1 task.',
    ]);
    expect(outlineRows(imported.value.plan.tasks).map((r) => r.task.extra?.ganId)).toEqual(['1', '2']);
    // A manual cost on a task with no people is the whole cost: a fixed cost, as Plotline's .gan export writes it.
    expect(outlineRows(imported.value.plan.tasks).map((r) => r.task.fixedCost ?? null)).toEqual([250, null]);
  });
});
