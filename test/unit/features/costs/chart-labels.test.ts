/**
 * The S-curve's level labels (BAC, Budget, EAC) clear of every line, in the cases a reviewer saw:
 * the EAC label's descenders crossed by its own dashed line, PV and the forecast running through
 * "BAC" at the plot's right end, and "Budget" touching the status-date line on the chart's first day.
 */
import { describe, expect, it } from 'vitest';
import { placeLevelLabels, segmentMeetsBox, type Box, type LabelScene, type LevelLabel, type PlacedLabel, type Point } from '../../../../renderer/features/costs/chart-labels';

// A plot 1040 x 470 px with money 0 to 6,500 on it (y grows downwards), labels in an 11 px font.
const plot: Box = { left: 60, top: 10, right: 1100, bottom: 480 };
const yOf = (money: number): number => plot.bottom - (money / 6500) * (plot.bottom - plot.top);
const GAP = 3;
const bac = (y: number): LevelLabel => ({ y, width: 22, ascent: 8, descent: 0, prefers: 'right' });
const budget = (y: number): LevelLabel => ({ y, width: 40, ascent: 8.2, descent: 2.4, prefers: 'left' });
const eac = (y: number): LevelLabel => ({ y, width: 88, ascent: 8.2, descent: 2.4, prefers: 'right' });

/** Every way a label can be crossed: its own line, another level, the status line, a curve, another label. */
function crossings(scene: LabelScene, placed: readonly PlacedLabel[]): string[] {
  const found: string[] = [];
  placed.forEach((label, i) => {
    const own = scene.levels[i];
    if (!own) throw new Error('one label per level');
    const { box } = label;
    // Within the gap, not at it: a line exactly the gap away is clear.
    const g = GAP - 0.01;
    const near: Box = { left: box.left - g, top: box.top - g, right: box.right + g, bottom: box.bottom + g };
    if (own.y >= near.top && own.y <= near.bottom) found.push(`label ${String(i)} meets its own line`);
    scene.levels.forEach((other, k) => {
      if (k !== i && other.y >= near.top && other.y <= near.bottom) found.push(`label ${String(i)} meets level ${String(k)}`);
    });
    if (scene.statusX !== null && scene.statusX >= near.left && scene.statusX <= near.right) found.push(`label ${String(i)} meets the status line`);
    scene.curves.forEach((curve, c) => {
      curve.forEach((p, j) => {
        const q = curve[j + 1] ?? null;
        if (p && q && segmentMeetsBox(p, q, near)) found.push(`label ${String(i)} meets curve ${String(c)}`);
      });
    });
    placed.forEach((other, k) => {
      if (k > i && other.box.left <= box.right && box.left <= other.box.right && other.box.top <= box.bottom && box.top <= other.box.bottom) found.push(`labels ${String(i)} and ${String(k)} overlap`);
    });
    if (box.left < plot.left || box.right > plot.right || box.top < plot.top || box.bottom > plot.bottom) found.push(`label ${String(i)} leaves the plot`);
  });
  return found;
}

describe('a segment meeting a box', () => {
  const box: Box = { left: 10, top: 10, right: 20, bottom: 20 };
  it('is told apart from one passing by', () => {
    expect(segmentMeetsBox({ x: 0, y: 0 }, { x: 30, y: 30 }, box)).toBe(true);
    expect(segmentMeetsBox({ x: 0, y: 15 }, { x: 12, y: 15 }, box)).toBe(true);
    expect(segmentMeetsBox({ x: 0, y: 0 }, { x: 30, y: 5 }, box)).toBe(false);
    expect(segmentMeetsBox({ x: 0, y: 30 }, { x: 30, y: 31 }, box)).toBe(false);
    expect(segmentMeetsBox({ x: 25, y: 0 }, { x: 25, y: 30 }, box)).toBe(false);
  });
});

describe('the S-curve level labels', () => {
  // The status date is the chart's first day; BAC $4,000 and EAC $4,100 seven px apart, the budget
  // at $6,000; PV and the forecast lie flat, then rise steeply to BAC and EAC at the right end.
  const early: LabelScene = {
    plot, statusX: plot.left, gap: GAP,
    levels: [bac(yOf(4000)), budget(yOf(6000)), eac(yOf(4100))],
    curves: [
      [{ x: 60, y: 480 }, { x: 1000, y: 480 }, { x: 1100, y: yOf(4000) }],
      [{ x: 60, y: 480 }, { x: 960, y: 480 }, { x: 985, y: yOf(900) }, { x: 1100, y: yOf(4100) }],
    ],
  };

  it('keep clear of their own lines, the other lines, the curves and the status line when the status date is the first day', () => {
    const placed = placeLevelLabels(early);
    expect(placed).toHaveLength(3);
    expect(crossings(early, placed)).toEqual([]);
  });

  it('put the budget label to the right of the status line, with a gap, not touching it', () => {
    const [, budgetLabel] = placeLevelLabels(early);
    expect(budgetLabel?.box.left).toBeGreaterThanOrEqual(plot.left + 2 * GAP);
  });

  it('keep the EAC label\'s descenders above its own dashed line', () => {
    // Alone, with nothing in its way, at its right end above its line: the "p" ends the gap above it.
    const only = placeLevelLabels({ ...early, levels: [eac(yOf(4100))], curves: [] })[0];
    expect(only?.box.right).toBeLessThanOrEqual(plot.right);
    expect(only?.baseline).toBeCloseTo(yOf(4100) - GAP - 2.4);
    expect((only?.box.bottom ?? Infinity) + GAP).toBeLessThanOrEqual(yOf(4100));
  });

  it('keep clear mid-project: the status line in the middle, the forecast crossing BAC on its way to EAC', () => {
    const statusX = 520;
    const mid: LabelScene = {
      plot, statusX, gap: GAP,
      levels: [bac(yOf(5200)), budget(yOf(6000)), eac(yOf(5700))],
      curves: [
        [{ x: 60, y: 480 }, { x: statusX, y: yOf(2400) }, { x: 900, y: yOf(4000) }, { x: 1100, y: yOf(5200) }],
        [{ x: 60, y: 480 }, { x: statusX, y: yOf(2800) }],
        [{ x: 60, y: 480 }, { x: statusX, y: yOf(3300) }],
        [{ x: statusX, y: yOf(3300) }, { x: 900, y: yOf(4500) }, { x: 1100, y: yOf(5700) }],
      ],
    };
    expect(crossings(mid, placeLevelLabels(mid))).toEqual([]);
  });

  it('keep apart when BAC and EAC coincide', () => {
    const same: LabelScene = { plot, statusX: 300, gap: GAP, levels: [bac(yOf(4000)), eac(yOf(4000))], curves: [] };
    expect(crossings(same, placeLevelLabels(same))).toEqual([]);
  });

  it('still label every level where no place is clear, at the fewest crossings', () => {
    // A plot too short for any label to clear the three lines: each is drawn all the same.
    const cramped: Box = { left: 60, top: 10, right: 200, bottom: 30 };
    const curve: Point[] = [{ x: 60, y: 30 }, { x: 200, y: 10 }];
    const placed = placeLevelLabels({ plot: cramped, statusX: 130, gap: GAP, levels: [bac(15), budget(20), eac(25)], curves: [curve] });
    expect(placed).toHaveLength(3);
  });
});
