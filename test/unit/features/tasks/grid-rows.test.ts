/** The grid reads a view's rows by position (gridRowsOf): no object per row, the same answers. */
import { describe, expect, it } from 'vitest';
import type { TaskId } from '../../../../renderer/domain/model';
import { gridRowsOf, idsBetween } from '../../../../renderer/features/tasks/use-grid';

const rows = [
  { id: 'a' as TaskId, hasChildren: true },
  { id: 'b' as TaskId, hasChildren: false },
  { id: 'c' as TaskId, hasChildren: false },
];

describe('grid rows', () => {
  const grid = gridRowsOf(rows, (r) => r.id, (r) => r.hasChildren);

  it('answers each row’s id and whether it is a summary, and nothing past the rows (the entry row)', () => {
    expect(grid.length).toBe(3);
    expect([0, 1, 2, 3, -1].map((i) => grid.idAt(i))).toEqual(['a', 'b', 'c', undefined, undefined]);
    expect([0, 1, 2, 3].map((i) => grid.isSummaryAt(i))).toEqual([true, false, false, false]);
  });

  it('lists the ids of a range of rows in order, both ends included and clipped to the rows', () => {
    expect(idsBetween(grid, 1, 1)).toEqual(['b']);
    expect(idsBetween(grid, 0, 2)).toEqual(['a', 'b', 'c']);
    // A range reaching the entry row (Shift+Down onto it) selects the tasks only.
    expect(idsBetween(grid, 1, 3)).toEqual(['b', 'c']);
    expect(idsBetween(grid, -1, 0)).toEqual(['a']);
    expect(idsBetween(gridRowsOf([], (r: { id: TaskId }) => r.id, () => false), 0, -1)).toEqual([]);
  });
});
