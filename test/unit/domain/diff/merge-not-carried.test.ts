/**
 * Three reads of copies of one CSV: each makes up a project id and spreads fresh ranks over its
 * rows. With what the format does not carry named (formats/not-carried.ts), only the rows' edits
 * and their order count.
 */
import { describe, expect, it } from 'vitest';
import { addDefaultPhases, addRisk } from '../../../../renderer/domain/commands';
import { mergePlans } from '../../../../renderer/domain/diff';
import { identityNotCarried, importCsv } from '../../../../renderer/domain/formats';
import { outlineRows, sequentialIds, type Plan } from '../../../../renderer/domain/model';
import { runOk } from '../../../support/plan-builder';

function read(text: string, prefix: string): Plan {
  const imported = importCsv(text, { newId: sequentialIds(prefix), now: '2026-03-01T08:00:00.000Z' });
  if (!imported.ok) throw new Error(imported.error.message);
  return imported.value.plan;
}

const table = { base: identityNotCarried('.csv'), ours: identityNotCarried('.csv'), theirs: identityNotCarried('.csv') };
const base = read('Name,Duration\nDesign,2d\nBuild,3d\nTest,1d\n', 'b');
const order = (plan: Plan): string[] => outlineRows(plan.tasks).map((r) => r.task.name);

describe('merging copies whose files carry no ids or ranks', () => {
  it('without saying so, meets the made-up project id and ranks as conflicts', () => {
    const ours = read('Name,Duration\nDesign,2d\nReview,1d\nBuild,3d\nTest,1d\n', 'o');
    const theirs = read('Name,Duration\nDesign,2d\nBuild,3d\nTest,1d\nShip,1d\n', 't');
    expect(mergePlans(base, ours, theirs).conflicts.map((c) => c.field)).toEqual(expect.arrayContaining(['id', 'rank', 'boardRank']));
  });

  it('keeps both copies\' inserted rows in their places, with no conflict', () => {
    const ours = read('Name,Duration\nDesign,2d\nReview,1d\nBuild,3d\nTest,1d\n', 'o');
    const theirs = read('Name,Duration\nDesign,2d\nBuild,3d\nTest,1d\nShip,1d\n', 't');
    const merged = mergePlans(base, ours, theirs, {}, { notCarried: table });
    expect(merged.conflicts).toEqual([]);
    expect(order(merged.plan)).toEqual(['Design', 'Review', 'Build', 'Test', 'Ship']);
  });

  it('reads a row moved in one copy as that task\'s move alone, beside the other copy\'s edit', () => {
    const ours = read('Name,Duration\nDesign,2d\nTest,1d\nBuild,3d\n', 'o');
    const theirs = read('Name,Duration\nDesign,2d\nBuild,5d\nTest,1d\n', 't');
    const merged = mergePlans(base, ours, theirs, {}, { notCarried: table });
    expect(merged.conflicts).toEqual([]);
    // Its place in the outline and, as the board's order follows the rows too, in its board column.
    expect(merged.ourChanges.map((c) => [c.label, c.field])).toEqual([["task 'Test'", 'boardRank'], ["task 'Test'", 'rank']]);
    expect(order(merged.plan)).toEqual(['Design', 'Test', 'Build']);
    expect(Object.values(merged.plan.tasks).find((t) => t.name === 'Build')?.durationMinutes).toBe(2400);
  });

  it('keeps the project id the base and a native copy carry', () => {
    const ours = read('Name,Duration\nDesign,4d\nBuild,3d\nTest,1d\n', 'o');
    const native = { base: identityNotCarried('.plotline'), ours: table.ours, theirs: identityNotCarried('.plotline') };
    const merged = mergePlans(base, ours, base, {}, { notCarried: native });
    expect(merged.plan.project.id).toBe(base.project.id);
  });

  it('keeps the phases and risks of a native base that a CSV copy has no place for', () => {
    const native = runOk(addRisk, runOk(addDefaultPhases, base, {}).plan, { fields: { title: 'Vendor late' } }).plan;
    const theirs = read('Name,Duration\nDesign,2d\nBuild,3d\nReview,1d\nTest,1d\n', 't');
    const merged = mergePlans(native, native, theirs, {}, { notCarried: { base: identityNotCarried('.plotline'), ours: identityNotCarried('.plotline'), theirs: table.theirs } });
    expect(merged.conflicts).toEqual([]);
    expect(merged.theirChanges.filter((c) => c.collection !== 'tasks' && c.collection !== 'project')).toEqual([]);
    expect(Object.keys(merged.plan.phases)).toHaveLength(5);
    expect(Object.values(merged.plan.risks).map((r) => r.title)).toEqual(['Vendor late']);
    expect(order(merged.plan)).toEqual(['Design', 'Build', 'Review', 'Test']);
  });

  it('keeps the budget and reserves of a native base that a copy\'s file has no place for', () => {
    const native: Plan = { ...base, project: { ...base.project, budget: 25_000, contingencyReserve: 2_000, managementReserve: 1_500 } };
    const plotline = identityNotCarried('.plotline');
    const theirs = read('Name,Duration\nDesign,2d\nBuild,5d\nTest,1d\n', 't');
    const merged = mergePlans(native, native, theirs, {}, { notCarried: { base: plotline, ours: plotline, theirs: table.theirs } });
    expect(merged.conflicts).toEqual([]);
    expect(merged.theirChanges.filter((c) => c.collection === 'project').map((c) => c.field)).toEqual([]);
    expect(merged.plan.project).toMatchObject({ budget: 25_000, contingencyReserve: 2_000, managementReserve: 1_500 });
  });
});
