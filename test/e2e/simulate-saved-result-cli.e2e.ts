/**
 * A script can tell whether the simulation result saved in a .plotline file still describes the
 * plan: from an EMPTY project built by keyboard, two estimated tasks are simulated in the app and
 * the plan saved as .plotline; `plotline simulate --format json` on that file prints the same
 * fingerprints as the file keeps with its result (it printed none). After Design is lengthened in
 * the app, which then marks its results out of date naming tasks, the saved file's kept
 * fingerprints differ from the command's in 'tasks' only: the part the app names.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { changedParts, keptInputs, runPlotline, simulatedInputs } from '../support/plotline-process';
import { freshAppPerTest } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';
import { ScheduleRiskPage } from './pages/schedule-risk-page';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let risk: ScheduleRiskPage;
let files: FilesPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  risk = new ScheduleRiskPage(app);
  files = new FilesPage(page);
});

/** Save as .plotline, the download written where a script finds it; returns its path and text. */
async function saveAsPlotline(dir: string, name: string): Promise<{ path: string; text: string }> {
  const saved = await files.download(() => files.choose('Save as .plotline…'));
  const path = join(dir, name);
  writeFileSync(path, saved.text);
  return { path, text: saved.text };
}

describe('plotline simulate on a file the app saved with a result', () => {
  it('prints the fingerprints the file keeps, and others for the part changed since, as the app says', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plotline-e2e-sim-'));
    await app.newEmptyProject('Vendor integration');
    await app.typeTasks([['Design', '5d'], ['Build', '5d']]);
    await app.editCell('Build', 'predecessors', '1');
    await expect.poll(() => app.cell('Build', 'predecessors').textContent()).toBe('1');
    await risk.open();
    for (const task of ['Design', 'Build']) await risk.estimate(task, [['Optimistic', '4'], ['Most likely', '5'], ['Pessimistic', '8']]);
    await risk.run();
    await expect.poll(() => page.getByLabel('P80 finish', { exact: true }).count(), { timeout: 30_000 }).toBe(1);
    await app.waitSaved();

    const current = await saveAsPlotline(dir, 'current.plotline');
    const run = runPlotline(dir, ['simulate', current.path, '--iterations', '200', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(Object.keys(keptInputs(current.text) ?? {}).sort()).toEqual(['assignments', 'calendars', 'estimates', 'links', 'project', 'risks', 'tasks']);
    expect(simulatedInputs(run)).toEqual(keptInputs(current.text));

    await app.openView('Tasks');
    await app.editCell('Design', 'duration', '7d');
    await expect.poll(() => app.cell('Design', 'duration').innerText()).toBe('7d');
    await risk.open();
    await expect.poll(() => page.getByRole('region', { name: 'Simulation result' }).getByRole('status').innerText()).toMatch(/Changed since the run: tasks\.$/);
    await app.waitSaved();
    const stale = await saveAsPlotline(dir, 'stale.plotline');
    const rerun = runPlotline(dir, ['simulate', stale.path, '--iterations', '200', '--format', 'json']);
    expect(rerun.code).toBe(0);
    expect(keptInputs(stale.text)).toEqual(keptInputs(current.text));
    expect(changedParts(simulatedInputs(rerun), keptInputs(stale.text))).toEqual(['tasks']);
  }, 180_000);
});
