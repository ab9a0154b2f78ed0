import { describe, expect, it } from 'vitest';
import { widestDatePx } from '../../../../renderer/features/gantt/date-column';
import { gridLayout, NAME_WANTED_PX } from '../../../../renderer/features/gantt/GanttGrid';
import { formatDate } from '../../../../renderer/features/shared/format';

// Column widths (GANTT_COLUMNS): WBS 44, name, Duration 70, Start and Finish 112 (unless
// measured), Predecessors 106, People 104, % Done 64.
const widths = (grid: number, dates?: number): number[] => gridLayout(grid, dates).template.split(' ').map((w) => Number.parseInt(w, 10));

describe('gridLayout: the Gantt grid\'s columns for a divider position', () => {
  it('gives the name its wanted width first, then shows each column after it that fits whole, and the name the rest', () => {
    // 1024 px window: the grid opens at 45 % of it (461 px). Finish does not fit beside a
    // 184 px name (44 + 184 + 70 + 112 + 112 = 522), so it scrolls and the name takes its room.
    expect(widths(461)).toEqual([44, 235, 70, 112, 112, 106, 104, 64]);
    // 1440 px window (560 px grid): Finish fits, Predecessors does not.
    expect(widths(560)).toEqual([44, 222, 70, 112, 112, 106, 104, 64]);
    // Exactly at a column's edge the column shows and the name has its wanted width.
    expect(widths(522)).toEqual([44, NAME_WANTED_PX, 70, 112, 112, 106, 104, 64]);
  });

  it('puts the divider on a column edge at any width, so no column is cut in two', () => {
    for (let grid = 44 + NAME_WANTED_PX; grid <= 900; grid++) {
      const edges = widths(grid).reduce<number[]>((acc, w) => [...acc, (acc.at(-1) ?? 0) + w], []);
      expect(edges).toContain(grid);
    }
  });

  it('never narrows the name below its least width (140 px), and gives it all that is over once every column shows', () => {
    expect(gridLayout(180).nameWidthPx).toBe(140);
    expect(gridLayout(200).nameWidthPx).toBe(156);
    const all = gridLayout(900);
    expect(all.nameWidthPx).toBe(900 - 44 - 70 - 112 - 112 - 106 - 104 - 64);
    expect(all.rowWidthPx).toBe(900);
    expect(gridLayout(461).rowWidthPx).toBe(461 + 112 + 106 + 104 + 64);
  });

  it('sizes Start and Finish by the dates\' width: shorter dates leave their room to the name', () => {
    // en-GB's "Wed 12 May 27" needs about 100 px: at 461 px Finish still does not fit, the name gains 24 px.
    expect(widths(461, 100)).toEqual([44, 247, 70, 100, 100, 106, 104, 64]);
    expect(widths(560, 114)).toEqual([44, 218, 70, 114, 114, 106, 104, 64]);
  });

  it('sizes Start and Finish each by its own dates: a finish in 2101 widens Finish, not Start', () => {
    const layout = gridLayout(560, { start: 112, finish: 126 });
    expect(layout.template.split(' ').map((w) => Number.parseInt(w, 10))).toEqual([44, 208, 70, 112, 126, 106, 104, 64]);
  });
});

describe('the date columns\' width', () => {
  it('is the widest date of a year as the app writes it, plus the cell\'s padding', () => {
    // A stand-in measure, 1 px a character: the longest date of 2027 is the widest.
    let longest = '';
    for (let day = 0; day < 365; day++) {
      const text = formatDate(new Date(Date.UTC(2027, 0, 1 + day)).toISOString().slice(0, 10));
      if (text.length > longest.length) longest = text;
    }
    expect(widestDatePx((text) => text.length)).toBe(longest.length);
  });
});
