import { beforeEach, describe, expect, it } from 'vitest';
import { screenshot, freshAppPerTest, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';

const fixture = freshAppPerTest();
let handle: AppHandle;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
});

describe('scheduling in the UI', () => {
  it('moves successors when a predecessor grows, and shows slack and critical columns', async () => {
    // Unstarted work: Integration testing (6d) drives User acceptance testing (finish-to-start).
    await app.grid.evaluate((el) => { el.scrollTop = 30 * 32; });
    const before = await app.cell('User acceptance testing', 'start').textContent();
    await app.editCell('Integration testing', 'duration', '12d');
    await expect.poll(() => app.cell('User acceptance testing', 'start').textContent()).not.toBe(before);
    await app.showColumns(['Total slack', 'Critical']);
    await expect.poll(() => app.grid.getByRole('columnheader', { name: 'Total slack' }).count()).toBe(1);
    await expect.poll(() => app.cell('Integration testing', 'critical').textContent()).toBe('Yes');
    await app.undo();
    await expect.poll(() => app.cell('User acceptance testing', 'start').textContent()).toBe(before);
  });

  it('lists schedule warnings and takes you to the task', async () => {
    const warnings = handle.page.getByRole('banner').getByRole('button', { name: /warnings?$/ });
    const panel = handle.page.getByRole('dialog', { name: 'Schedule warnings' });
    // Escape closes it and focus goes back to the button; so does a press outside it.
    await warnings.click();
    await panel.waitFor();
    await handle.page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await warnings.evaluate((b) => b === document.activeElement)).toBe(true);
    await warnings.click();
    await panel.waitFor();
    await handle.page.mouse.click(600, 500);
    await expect.poll(() => panel.count()).toBe(0);
    await warnings.click();
    const first = panel.getByRole('button').first();
    const message = await first.textContent();
    expect(message).toMatch(/'.+'/);
    await first.click();
    await expect.poll(() => app.grid.locator('.grid-row[aria-selected="true"]').count()).toBe(1);
    const selectedName = await app.grid.locator('.grid-row[aria-selected="true"] .name-text').textContent();
    expect(message).toContain(`'${selectedName ?? ''}'`);
  });

  it('shows weekly workload, levels over-allocated people, and undoes the leveling', async () => {
    await app.openView('Team');
    const workload = handle.page.getByRole('region', { name: 'Workload' });
    await expect.poll(() => workload.getByText(/over-allocated in this project$/).first().textContent()).toMatch(/(are|is) over-allocated in this project$/);
    await screenshot(handle.page, 'team-workload-light');
    const overBefore = await workload.locator('td[data-over="true"]').count();
    await workload.getByRole('button', { name: 'Level resources' }).click();
    await expect.poll(() => workload.locator('td[data-over="true"]').count()).toBeLessThan(overBefore);
    await expect.poll(() => workload.getByRole('button', { name: 'Clear leveling' }).count()).toBe(1);
    await app.undo();
    await expect.poll(() => workload.locator('td[data-over="true"]').count()).toBe(overBefore);
  });
});
