/**
 * The estimate table flags a planned duration outside its own three-point estimate, from an EMPTY
 * project built by keyboard. Build is planned at 1 day but estimated 2 / 4 / 9: the plan is
 * shorter than the best case, so no run of the simulation can meet it (the cause of a 0 % chance
 * no one could see in the table). Test is planned at 10 days, estimated 2 / 3 / 5: padded past the
 * worst case. Typing Build's optimistic down to the plan clears its flag; Test's stays after a reload.
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

/** A task's Duration (d) cell in the estimate table, as read. */
const durationCell = (task: string) => page.getByRole('table', { name: 'Estimates' }).getByRole('row', { name: new RegExp(task) }).getByRole('cell').nth(2);

describe('the estimate table', () => {
  it('flags a plan shorter than its best case or longer than its worst, and clears the flag once it is inside', async () => {
    await app.newEmptyProject('Estimates');
    await app.typeTasks([['Build', '1d'], ['Test', '10d']]);
    await risk.open();
    await expect.poll(() => durationCell('Build').innerText()).toBe('1');

    await risk.estimate('Build', [['Pessimistic', '9'], ['Most likely', '4'], ['Optimistic', '2']]);
    await risk.estimate('Test', [['Pessimistic', '5'], ['Most likely', '3'], ['Optimistic', '2']]);
    await expect.poll(() => durationCell('Build').innerText()).toBe('1 below best case');
    expect(await durationCell('Build').locator('.estimate-flag').getAttribute('title'))
      .toBe('Planned shorter than its optimistic estimate (2 d): no run of the simulation finishes it in time.');
    await expect.poll(() => durationCell('Test').innerText()).toBe('10 above worst case');
    expect(await durationCell('Test').locator('.estimate-flag').getAttribute('title'))
      .toBe('Planned longer than its pessimistic estimate (5 d): the plan is padded past the worst case.');
    await screenshotsAtBothSizes(page, 'estimate-outside-plan', () => page.getByRole('table', { name: 'Estimates' }).scrollIntoViewIfNeeded());

    // The optimistic typed down to the plan: Build's plan is its best case, inside the range.
    await risk.estimate('Build', [['Optimistic', '1']]);
    await expect.poll(() => durationCell('Build').innerText()).toBe('1');

    await app.waitSaved();
    await handle.reload();
    await risk.open();
    await expect.poll(() => durationCell('Test').innerText()).toBe('10 above worst case');
    expect(await durationCell('Build').innerText()).toBe('1');
  });
});
