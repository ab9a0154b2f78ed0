import { describe, expect, it } from 'vitest';
import {
  fitNameColumn, frozenOffsets, MIN_FITTED_NAME_WIDTH,
  defaultLayout, moveColumn, readColumnLayout, setColumnShown, visibleColumns,
} from '../../../../renderer/features/tasks/column-layout';
import { ALL_COLUMNS } from '../../../../renderer/features/tasks/columns';

const COLUMNS = [{ key: 'wbs', isDefault: true }, { key: 'name', isDefault: true }, { key: 'cost' }, { key: 'phase' }];

describe('table column layout', () => {
  it('shows the default columns first, the others hidden', () => {
    const layout = defaultLayout(COLUMNS);
    expect(layout).toEqual({ order: ['wbs', 'name', 'cost', 'phase'], hidden: ['cost', 'phase'] });
    expect(visibleColumns(layout, COLUMNS).map((c) => c.key)).toEqual(['wbs', 'name']);
  });

  it('shows, hides and reorders, but never hides the task name', () => {
    let layout = setColumnShown(defaultLayout(COLUMNS), 'phase', true);
    layout = moveColumn(layout, 'phase', -1);
    layout = setColumnShown(layout, 'wbs', false);
    expect(visibleColumns(layout, COLUMNS).map((c) => c.key)).toEqual(['name', 'phase']);
    expect(setColumnShown(layout, 'name', false)).toBe(layout);
    expect(moveColumn(layout, 'wbs', -1)).toBe(layout);
  });

  it('reads back a stored layout checked: unknown keys dropped, new columns appended hidden, junk ignored', () => {
    const stored = { order: ['phase', 'name', 'gone', 7], hidden: ['gone', 'name'] };
    expect(readColumnLayout(stored, COLUMNS)).toEqual({ order: ['phase', 'name', 'wbs', 'cost'], hidden: ['wbs', 'cost'] });
    expect(readColumnLayout('nonsense', COLUMNS)).toEqual(defaultLayout(COLUMNS));
    expect(readColumnLayout({ order: 'x', hidden: [] }, COLUMNS)).toEqual(defaultLayout(COLUMNS));
  });

  it('offers every column the issue asks for', () => {
    const headers = ALL_COLUMNS.map((c) => c.header);
    for (const wanted of ['Work', 'Cost', 'Phase', 'Priority', 'Constraint', 'Deadline', '% Done', 'Actual start', 'Actual finish',
      'Baseline start', 'Baseline finish', 'Start var.', 'Finish var.', 'Total slack']) expect(headers).toContain(wanted);
  });
});

describe('frozen columns', () => {
  const col = (key: string, width: number): { key: string; width: number } => ({ key, width });

  it('freezes the columns up to the task name, each at the sum of the widths before it', () => {
    // # is 48 px; WBS 64 px, so the name starts at 112.
    expect(frozenOffsets([col('wbs', 64), col('name', 280), col('duration', 84)])).toEqual([48, 112, null]);
    expect(frozenOffsets([col('name', 280), col('wbs', 64)])).toEqual([48, null]);
  });

  it('freezes nothing when the name comes after too much to leave room to scroll, or is not shown', () => {
    expect(frozenOffsets([col('start', 130), col('finish', 130), col('predecessors', 118), col('name', 280)])).toEqual([null, null, null, null]);
    expect(frozenOffsets([col('wbs', 64), col('duration', 84)])).toEqual([null, null]);
  });
});

describe('the task name fitted to the table', () => {
  const defaults = visibleColumns(defaultLayout(ALL_COLUMNS), ALL_COLUMNS);
  const nameWidth = (columns: readonly { key: string; width: number }[]): number | undefined => columns.find((c) => c.key === 'name')?.width;
  const total = (columns: readonly { width: number }[]): number => columns.reduce((sum, c) => sum + c.width, 48);

  it('narrows so the default columns fit a 1440 px window\'s table (1192 px inside), the others as they were', () => {
    // # 48 + WBS 64 + name 280 + Duration 84 + Start 130 + Finish 130 + Predecessors 118 + Assigned to 160 + % Done 92 + Status 116.
    expect(total(defaults)).toBe(1222);
    const fitted = fitNameColumn(defaults, 1192);
    expect(nameWidth(fitted)).toBe(250);
    expect(total(fitted)).toBe(1192);
    expect(fitted.filter((c) => c.key !== 'name')).toEqual(defaults.filter((c) => c.key !== 'name'));
    // With a 15 px vertical scrollbar beside the rows.
    expect(nameWidth(fitNameColumn(defaults, 1177))).toBe(235);
  });

  it('keeps its width when the columns fit, and when they would not fit even at its narrowest (the table scrolls)', () => {
    expect(fitNameColumn(defaults, 1222)).toBe(defaults);
    expect(fitNameColumn(defaults, 1600)).toBe(defaults);
    // A 1024 px window's table, 776 px inside.
    expect(fitNameColumn(defaults, 776)).toBe(defaults);
    expect(nameWidth(fitNameColumn(defaults, 1222 - 280 + MIN_FITTED_NAME_WIDTH))).toBe(MIN_FITTED_NAME_WIDTH);
    expect(fitNameColumn(defaults, 1222 - 280 + MIN_FITTED_NAME_WIDTH - 1)).toBe(defaults);
  });
});
