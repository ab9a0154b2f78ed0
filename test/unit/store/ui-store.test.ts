import { describe, expect, it } from 'vitest';
import type { ProjectId } from '../../../renderer/domain/model';
import { createUiStore } from '../../../renderer/store';

describe('ui store: the Reports view status date', () => {
  it('keeps the date typed for each project apart, so switching project does not carry it over', () => {
    const ui = createUiStore();
    const relaunch = 'p-relaunch' as ProjectId;
    const migration = 'p-migration' as ProjectId;
    ui.getState().setReportStatusDate(relaunch, '2027-01-05');
    expect(ui.getState().reportStatusDates[relaunch]).toBe('2027-01-05');
    expect(ui.getState().reportStatusDates[migration]).toBeUndefined();
    ui.getState().setReportStatusDate(migration, '2027-03-01');
    ui.getState().setReportStatusDate(relaunch, '2027-01-08');
    expect(ui.getState().reportStatusDates).toEqual({ [relaunch]: '2027-01-08', [migration]: '2027-03-01' });
    // Stored in the plan's report draft when the field is left: only that project's typed date is forgotten.
    ui.getState().setReportStatusDate(relaunch, undefined);
    expect(ui.getState().reportStatusDates).toEqual({ [migration]: '2027-03-01' });
  });
});
