import { describe, expect, it } from 'vitest';
import { costViewSettingsKey, DEFAULT_COST_VIEW_SETTINGS, readCostViewSettings } from '../../../../renderer/features/costs/cost-view-settings';

describe('the Cost view settings read back from the meta table', () => {
  it('keeps a stored choice and leaves anything unknown or mistyped at the default (chart shown)', () => {
    expect(readCostViewSettings({ isChartShown: false })).toEqual({ isChartShown: false });
    expect(readCostViewSettings({ isChartShown: true, later: 1 })).toEqual({ isChartShown: true });
    for (const stored of [undefined, null, 'hidden', 0, {}, { isChartShown: 'false' }]) {
      expect(readCostViewSettings(stored)).toEqual(DEFAULT_COST_VIEW_SETTINGS);
    }
    expect(DEFAULT_COST_VIEW_SETTINGS.isChartShown).toBe(true);
  });

  it('are kept per project, apart from the Gantt\'s', () => {
    expect(costViewSettingsKey('p1')).toBe('cost-view:p1');
    expect(costViewSettingsKey('p1')).not.toBe(costViewSettingsKey('p2'));
  });
});
