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

describe('ui store: notices', () => {
  it('shows a message once: the same one again replaces it, with a new id (its own time out), after the others', () => {
    const ui = createUiStore();
    ui.getState().notify({ tone: 'error', message: 'Change CR-001: A change request needs a title.' });
    ui.getState().notify({ tone: 'info', message: 'Baseline saved.' });
    const first = ui.getState().notices[0]?.id;
    ui.getState().notify({ tone: 'error', message: 'Change CR-001: A change request needs a title.' });
    expect(ui.getState().notices.map((n) => n.message)).toEqual(['Baseline saved.', 'Change CR-001: A change request needs a title.']);
    expect(ui.getState().notices[1]?.id).not.toBe(first);
  });

  it('keeps the newest notice and three passing ones before it, and every notice that stays until dismissed, with its Retry', () => {
    const ui = createUiStore();
    const retried: number[] = [];
    for (let i = 1; i <= 6; i++) ui.getState().notify({ tone: 'error', sticky: true, message: `Could not save “Rename task” ${String(i)}.`, action: { label: 'Retry', run: () => retried.push(i) } });
    for (let i = 1; i <= 5; i++) ui.getState().notify({ tone: 'info', message: `Copied ${String(i)} rows.` });
    expect(ui.getState().notices.map((n) => n.message)).toEqual([
      ...[1, 2, 3, 4, 5, 6].map((i) => `Could not save “Rename task” ${String(i)}.`), 'Copied 2 rows.', 'Copied 3 rows.', 'Copied 4 rows.', 'Copied 5 rows.',
    ]);
    for (const notice of ui.getState().notices) notice.action?.run();
    expect(retried).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
