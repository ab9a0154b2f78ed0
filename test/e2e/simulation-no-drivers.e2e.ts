/**
 * A simulation of a plan where nothing varies (no three-point estimate, no risk on a task) says
 * so in its drivers' table, and how to give it a driver, where the table stood empty under its
 * headers. The command line prints the same sentence (simulate-process.test). From an empty
 * project typed by keyboard.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { ScheduleRiskPage } from './pages/schedule-risk-page';

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 768 } });
let handle: AppHandle;
let app: AppPage;
beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
});

describe('a simulation with nothing to vary', () => {
  it('says there is no driver of the finish and how to give it one', async () => {
    const { page } = handle;
    await app.newEmptyProject('Upgrade');
    await app.typeTasks([['Back up', '1d'], ['Upgrade', '2d']]);
    const risk = new ScheduleRiskPage(app);
    await risk.open();
    await risk.run();
    const drivers = page.getByRole('table', { name: 'Drivers of the finish' });
    await expect.poll(() => drivers.locator('tbody').innerText())
      .toBe('None: nothing drawn moved the finish. Give tasks a three-point estimate, or link risks to them.');
    await screenshotsAtBothSizes(page, 'simulation-no-drivers');

    // With an estimate, the task is a driver and the sentence goes.
    await risk.estimate('Upgrade', [['Optimistic', '1'], ['Most likely', '2'], ['Pessimistic', '6']]);
    await risk.run();
    await expect.poll(() => drivers.locator('tbody').innerText()).toMatch(/^Upgrade\s+1\.00$/);
  });
});
