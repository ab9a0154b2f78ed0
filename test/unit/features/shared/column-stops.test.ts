import { describe, expect, it } from 'vitest';
import { frozenOffsets, frozenWidth } from '../../../../renderer/features/tasks/column-layout';
import { columnStops, scrollAfterWidening, scrollToShow, trailingRoom } from '../../../../renderer/features/shared/column-stops';

const col = (key: string, width: number): { key: string; width: number } => ({ key, width });
// The default table's first columns: # (48), WBS and Task name frozen, then Duration, Start, Finish, Predecessors.
const COLUMNS = [col('wbs', 64), col('name', 280), col('duration', 84), col('start', 130), col('finish', 130), col('predecessors', 118)];
const FROZEN = frozenOffsets(COLUMNS);

describe('where the task table rests scrolled sideways', () => {
  it('starts the scrolled columns after #, WBS and the task name, at each whole column', () => {
    expect(frozenWidth(COLUMNS, FROZEN)).toBe(48 + 64 + 280);
    expect(columnStops(COLUMNS, FROZEN)).toEqual([0, 84, 214, 344, 462]);
  });

  it('scrolls every column when nothing but # is frozen (the name after wide columns)', () => {
    const columns = [col('start', 300), col('finish', 300), col('name', 280)];
    const frozen = frozenOffsets(columns);
    expect(frozenWidth(columns, frozen)).toBe(48);
    expect(columnStops(columns, frozen)).toEqual([0, 300, 600, 880]);
  });

  it('adds room after the last column so the farthest scroll is a whole column, none when nothing scrolls', () => {
    const stops = [0, 84, 214, 344, 462];
    // 462 px of columns in a 300 px view: the farthest scroll, 162, would cut Start; room to 214.
    expect(trailingRoom(stops, 300)).toBe(52);
    // Farthest scroll 214 is a stop already.
    expect(trailingRoom(stops, 248)).toBe(0);
    expect(trailingRoom(stops, 462)).toBe(0);
    expect(trailingRoom(stops, 900)).toBe(0);
  });

  it('brings a column into view whole, moving as little as possible, and stays put when it shows', () => {
    const stops = [0, 84, 214, 344, 462];
    // Predecessors (344-462) from the start in a 250 px view: the first stop that leaves its right edge in view.
    expect(scrollToShow(stops, 3, 0, 250)).toBe(214);
    // Duration, scrolled past, comes back to the frozen edge.
    expect(scrollToShow(stops, 0, 214, 250)).toBe(0);
    // Finish (214-344) shows whole at 214: nothing moves.
    expect(scrollToShow(stops, 2, 214, 250)).toBe(214);
    // A column wider than the view shows from its left edge.
    expect(scrollToShow(stops, 2, 0, 100)).toBe(214);
    // No such column: nothing moves.
    expect(scrollToShow(stops, 9, 84, 250)).toBe(84);
  });

  it('brings back the columns scrolled under the frozen ones when the view widens, as far as the cursor\'s column stays whole', () => {
    const stops = [0, 84, 214, 344, 462, 622];
    // Assigned to (462-622) at 1024 px (a 384 px view) rested at 344; at 1440 px (800 px) nothing need be scrolled.
    expect(scrollAfterWidening(stops, 4, 344, 800)).toBe(0);
    // A 500 px view: the least stop that keeps its right edge in view is 214 (Duration and Start come back, Finish stays under).
    expect(scrollAfterWidening(stops, 4, 344, 500)).toBe(214);
    // Never further right than it was, and never past the column's own left edge.
    expect(scrollAfterWidening(stops, 1, 0, 300)).toBe(0);
    expect(scrollAfterWidening(stops, 1, 214, 100)).toBe(84);
    // No such column: nothing moves.
    expect(scrollAfterWidening(stops, 9, 84, 250)).toBe(84);
  });
});
