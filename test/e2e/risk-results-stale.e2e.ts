/**
 * Simulation results kept with the plan say when the plan has changed since they were run: before,
 * a task lengthened, an estimate changed or a link added left the old chance and P-values on screen
 * as if they described the plan. From an EMPTY project built by keyboard: two 5-day tasks,
 * estimated, run; then each change marks the results out of date and names what changed, the mark
 * survives a reload, and running again clears it (also after a reload).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { ScheduleRiskPage } from './pages/schedule-risk-page';

const fixture = freshAppPerTest();
let handle: AppHandle;
let page: Page;
let app: AppPage;
let risk: ScheduleRiskPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
  risk = new ScheduleRiskPage(app);
});

const TASKS = ['Design', 'Build', 'Ship'] as const;
const STALE = 'These results are from a run before the plan changed — Run again to see the plan as it is now.';

/** The notice over the results, '' when there is none. */
async function notice(): Promise<string> {
  const status = page.getByRole('region', { name: 'Simulation result' }).getByRole('status');
  return (await status.count()) === 0 ? '' : status.innerText();
}

describe('kept simulation results', () => {
  it('are marked out of date when the plan changes, after a reload too, until run again', async () => {
    await app.newEmptyProject('Stale results');
    await app.typeTasks(TASKS.map((name) => [name, '5d'] as const));
    await app.editCell('Build', 'predecessors', '1');
    await expect.poll(() => app.cell('Build', 'predecessors').textContent()).toBe('1');

    await risk.open();
    for (const task of TASKS) await risk.estimate(task, [['Optimistic', '4'], ['Most likely', '5'], ['Pessimistic', '8']]);
    await expect.poll(() => risk.estimates.getByRole('row', { name: /Ship/ }).innerText()).toContain('5.67');
    await risk.run();
    const p80 = page.getByLabel('P80 finish', { exact: true });
    await expect.poll(() => p80.count(), { timeout: 30_000 }).toBe(1);
    const results = page.getByRole('region', { name: 'Simulation result' });
    expect(await notice(), 'fresh results need no notice').toBe('');
    expect(await results.innerText()).not.toContain('out of date');

    // An estimate changed in the tab itself.
    await risk.estimate('Ship', [['Pessimistic', '12']]);
    await expect.poll(notice).toBe(`${STALE} Changed since the run: estimates.`);
    expect(await results.innerText()).toContain('out of date');

    // A task lengthened and a link added, in the task table.
    await app.openView('Tasks');
    await app.editCell('Design', 'duration', '7d');
    await app.editCell('Ship', 'predecessors', '2');
    await expect.poll(() => app.cell('Ship', 'predecessors').textContent()).toBe('2');
    await risk.open();
    await expect.poll(notice).toBe(`${STALE} Changed since the run: tasks, estimates and links.`);
    await app.waitSaved();
    await screenshotsAtBothSizes(page, 'risk-results-stale');

    await handle.reload();
    await risk.open();
    await expect.poll(notice, { timeout: 15_000 }).toBe(`${STALE} Changed since the run: tasks, estimates and links.`);

    await risk.run();
    await expect.poll(notice, { timeout: 30_000 }).toBe('');
    expect(await results.innerText()).not.toContain('out of date');
    await app.waitSaved();
    await handle.reload();
    await risk.open();
    await expect.poll(() => p80.count(), { timeout: 15_000 }).toBe(1);
    expect(await notice()).toBe('');
  }, 180_000);
});
