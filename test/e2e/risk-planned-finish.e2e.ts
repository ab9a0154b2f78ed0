/**
 * The chance of the planned finish, from an EMPTY project built by keyboard: three 5-day tasks in
 * a chain. Estimated 4 / 5 / 8 days each, the plan (15 days) has a low but real chance, 8.3% by
 * hand (the sum of three triangulars at 15 days or less). With the optimistic raised to the plan
 * (5 / 5 / 8), every run is later: the view said "0% chance" and nothing more; it now says that
 * none of the runs met it, that the plan takes each task at its best case, and which date 8 runs
 * in 10 meet. The words stay with the result after a reload.
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

describe('the chance of the planned finish', () => {
  it('is low but real for 4 / 5 / 8-day estimates, and explained in words when it is 0%', async () => {
    await app.newEmptyProject('Planned finish');
    await app.typeTasks(TASKS.map((name) => [name, '5d'] as const));
    await app.editCell('Build', 'predecessors', '1');
    await app.editCell('Ship', 'predecessors', '2');
    await expect.poll(() => app.cell('Ship', 'predecessors').textContent()).toBe('2');
    const plannedFinish = await app.cell('Ship', 'finish').innerText();

    await risk.open();
    for (const task of TASKS) await risk.estimate(task, [['Optimistic', '4'], ['Most likely', '5'], ['Pessimistic', '8']]);
    await expect.poll(() => page.getByRole('table', { name: 'Estimates' }).getByRole('row', { name: /Ship/ }).innerText()).toContain('5.67');
    await page.getByRole('form', { name: 'Simulation settings' }).getByLabel('Seed', { exact: true }).fill('7');
    await risk.run();
    const chance = page.locator('.simulation-results .chance');
    const note = page.locator('.simulation-results .chance-note');
    // 8.3% by hand; 5,000 runs put a share within 0.4% of it one time in three, within 2% always.
    await expect.poll(() => chance.count(), { timeout: 30_000 }).toBe(1);
    const shown = /The planned finish \((.*)\) has a ([\d.]+)% chance\./.exec(await chance.innerText());
    expect(shown?.[1]).toBe(plannedFinish);
    expect(Number(shown?.[2])).toBeGreaterThan(6.3);
    expect(Number(shown?.[2])).toBeLessThan(10.3);
    expect(await note.count(), 'a real chance needs no explaining').toBe(0);

    // The optimistic raised to the plan: the plan is each task's best case.
    for (const task of TASKS) await risk.estimate(task, [['Optimistic', '5']]);
    await expect.poll(() => page.getByRole('table', { name: 'Estimates' }).getByRole('row', { name: /Ship/ }).innerText()).toContain('6');
    await risk.run();
    await expect.poll(() => chance.innerText(), { timeout: 30_000 }).toBe(`The planned finish (${plannedFinish}) has a 0% chance.`);
    const p80 = await page.getByLabel('P80 finish', { exact: true }).innerText();
    const why = 'None of the 5,000 runs finished by the planned finish: the plan gives \'Design\', \'Build\' and \'Ship\' their optimistic duration '
      + `or less, so it is their best case, and any longer draw on the critical path moves the finish later. The P80, ${p80}, is a date 8 runs in 10 meet.`;
    expect(await note.innerText()).toBe(why);
    await app.waitSaved();
    await screenshotsAtBothSizes(page, 'risk-planned-finish-0');

    await handle.reload();
    await risk.open();
    await expect.poll(() => note.innerText()).toBe(why);
  }, 120_000);
});
