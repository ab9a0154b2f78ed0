/**
 * What a picked copy's reader made up, decided from the file as the reader sees it (the app's
 * "Merge a colleague's copy…" asks this of each file it picks): by the format detectFormat finds,
 * so an MS Project XML called copy.txt still counts, and a .plotline has nothing made up.
 */
import { describe, expect, it } from 'vitest';
import { diffPlans, mergePlans, visibleChanges } from '../../../../renderer/domain/diff';
import { CSV_COLUMNS, detectFormat, exportTasksCsv, identityNotCarried, identityNotCarriedInFile, importPlanFile, planFileFormatOf, type FileFormat, type NotCarried } from '../../../../renderer/domain/formats';
import { addDefaultPhases, addResource, insertTask, setAssignees } from '../../../../renderer/domain/commands';
import { sequentialIds, type Plan, type ResourceId, type TaskId } from '../../../../renderer/domain/model';
import { ONLY_IN_PLOTLINE, PERSON_BUT_THE_NAME, PROJECT_NOT_CARRIED } from '../../../support/not-carried-fields';
import { blankPlan, runOk } from '../../../support/plan-builder';

const TABLE = { project: PROJECT_NOT_CARRIED.table, ranks: true, collections: ONLY_IN_PLOTLINE, shownValues: true, taskFields: ['estimate'], resourceFields: PERSON_BUT_THE_NAME };
const MSPDI_HEAD = '<?xml version="1.0"?>\n<Project xmlns="http://schemas.microsoft.com/project"><Name>x</Name></Project>';

describe('what a picked copy\'s reader made up', () => {
  it('is decided by the format the reader takes the file for', () => {
    expect(identityNotCarriedInFile('copy.csv', 'Name\nDesign\n')).toEqual(TABLE);
    expect(identityNotCarriedInFile('copy.TSV', 'Name\nDesign\n')).toEqual(TABLE);
    expect(identityNotCarriedInFile('copy.xml', MSPDI_HEAD)).toEqual({ project: PROJECT_NOT_CARRIED.xml, ranks: true, collections: ONLY_IN_PLOTLINE, shownValues: true, taskFields: ['phase', 'tags', 'budget', 'estimate', 'board'], resourceFields: [] });
    // By its contents when the name says nothing: MS Project XML, a table saved as .txt.
    expect(identityNotCarriedInFile('copy.txt', MSPDI_HEAD)).toEqual({ project: PROJECT_NOT_CARRIED.xml, ranks: true, collections: ONLY_IN_PLOTLINE, shownValues: true, taskFields: ['phase', 'tags', 'budget', 'estimate', 'board'], resourceFields: [] });
    expect(identityNotCarriedInFile('copy.txt', 'Name;Duration\nDesign;2d\n')).toEqual(TABLE);
    expect(identityNotCarriedInFile('copy.gan', '<project name="x"/>')).toEqual({ project: PROJECT_NOT_CARRIED.gan, ranks: true, collections: ONLY_IN_PLOTLINE, shownValues: true, taskFields: ['phase', 'tags', 'budget', 'estimate', 'board'], resourceFields: [] });
    expect(identityNotCarriedInFile('copy.plotline', '{"format":"plotline"}')).toEqual({ project: [], ranks: false, collections: [], shownValues: false, taskFields: [], resourceFields: [] });
    expect(identityNotCarriedInFile('notes.txt', 'hello')).toBeUndefined();
  });

  it('maps every detected format to the extension Plotline writes it with', () => {
    const all: Record<FileFormat, string | undefined> = { plotline: '.plotline', mspdi: '.xml', 'gantt-project': '.gan', csv: '.csv', xlsx: '.xlsx', ical: '.ics', unknown: undefined };
    for (const [format, extension] of Object.entries(all)) expect(planFileFormatOf(format as FileFormat)).toBe(extension);
    for (const extension of ['.plotline', '.gan', '.csv', '.xlsx', '.ics'] as const) {
      const format = planFileFormatOf(detectFormat(`plan${extension}`, ''));
      expect(format).toBe(extension);
      expect(identityNotCarriedInFile(`plan${extension}`, '')).toEqual(identityNotCarried(extension));
    }
  });

  it('lets a CSV copy with one row inserted read as that one task added: nothing moved, no project renamed, no phase removed', () => {
    // A new project comes with five empty phases, which a CSV has no place for.
    let ours: Plan = runOk(addDefaultPhases, blankPlan('Billing revamp'), {}).plan;
    for (const [id, name] of [['t1', 'Design'], ['t2', 'Build'], ['t3', 'Test'], ['t4', 'Ship']] as const) ours = runOk(insertTask, ours, { id: id as TaskId, name }).plan;
    const rows = exportTasksCsv(ours, { columns: CSV_COLUMNS }).split('\n');
    const buildRow = rows.findIndex((r) => r.includes('Build'));
    const text = [...rows.slice(0, buildRow + 1), (rows[buildRow] ?? '').replace('Build', 'Review'), ...rows.slice(buildRow + 1)].join('\n');
    const read = importPlanFile('copy.csv', text, { newId: sequentialIds('c'), now: '2026-03-01T08:00:00.000Z' });
    if (!read.ok) throw new Error(read.error.message);
    const theirs = read.value.plan;

    const listed = (notCarried: NotCarried | undefined): string[] => visibleChanges(diffPlans(ours, theirs, { notCarried: { b: notCarried } }))
      .filter((r) => !r.key.startsWith('dates/')).map((r) => `${r.what}: ${r.field}`);
    const made = identityNotCarriedInFile('copy.csv', text);
    expect(listed(made)).toEqual(["task 'Review': added"]);
    // Without it, the rows below the new one have moved, the project is renamed and the phases removed.
    expect(listed(undefined)).toEqual(expect.arrayContaining(['project: name', "task 'Test': outline position", "task 'Ship': outline position", "phase 'Planning': removed"]));
  });

  it('lets two CSV copies merge without pricing the plan at nothing: the rates a CSV has no place for are no edit', () => {
    let base: Plan = blankPlan('Billing revamp');
    base = runOk(addResource, base, { id: 'ana' as ResourceId, fields: { name: 'Ana Lima', role: 'Engineer', email: 'ana@example.com', costPerHour: 100, costPerUse: 50 } }).plan;
    for (const [id, name] of [['t1', 'Design'], ['t2', 'Build']] as const) {
      base = runOk(insertTask, base, { id: id as TaskId, name }).plan;
      base = runOk(setAssignees, base, { taskId: id as TaskId, resourceIds: ['ana' as ResourceId] }).plan;
    }
    const csv = exportTasksCsv(base, { columns: CSV_COLUMNS });
    const copy = (text: string, prefix: string): Plan => {
      const read = importPlanFile('copy.csv', text, { newId: sequentialIds(prefix), now: '2026-03-01T08:00:00.000Z' });
      if (!read.ok) throw new Error(read.error.message);
      return read.value.plan;
    };
    // Each copy's reader gives Ana no rate, role or e-mail; ours adds a row, theirs adds another.
    const rows = csv.trimEnd().split('\n');
    const ours = copy([...rows, (rows[1] ?? '').replace('Design', 'Review')].join('\n'), 'o');
    const theirs = copy([...rows, (rows[2] ?? '').replace('Build', 'Ship')].join('\n'), 't');
    expect(Object.values(ours.resources).map((r) => r.costPerHour)).toEqual([0]);

    const notCarried = identityNotCarriedInFile('copy.csv', csv);
    const merged = mergePlans(base, ours, theirs, {}, { notCarried: { ours: notCarried, theirs: notCarried } });
    expect(merged.conflicts).toEqual([]);
    expect(Object.values(merged.plan.resources).map(({ name, role, email, costPerHour, costPerUse }) => ({ name, role, email, costPerHour, costPerUse })))
      .toEqual([{ name: 'Ana Lima', role: 'Engineer', email: 'ana@example.com', costPerHour: 100, costPerUse: 50 }]);
    expect(Object.values(merged.plan.tasks).map((t) => t.name).sort()).toEqual(['Build', 'Design', 'Review', 'Ship']);
    // The diff of a copy lists no person's fields; one the copy added keeps what its reader gave.
    const people = (made: NotCarried | undefined): string[] => visibleChanges(diffPlans(base, ours, { notCarried: { b: made } }))
      .filter((r) => r.key.startsWith('resources/')).map((r) => `${r.what}: ${r.field}`);
    expect(people(notCarried)).toEqual([]);
    expect(people(undefined)).toEqual(expect.arrayContaining(["person 'Ana Lima': cost per hour", "person 'Ana Lima': role"]));
    // Without it, each copy "changed" Ana's rate, role and e-mail, and the merge wrote them.
    const blind = mergePlans(base, ours, theirs);
    expect(Object.values(blind.plan.resources).map((r) => r.costPerHour)).toEqual([0]);
  });
});
