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

describe('first run', () => {
  it('opens the sample plan with its phases, milestones and team', async () => {
    await expect.poll(() => app.title.textContent()).toBe('Customer Portal 2.0: payments and self-service');
    const outline = await app.outline();
    expect(outline.slice(0, 5)).toEqual(['Initiation@0', 'Project kick-off meeting@1', 'Draft project charter@1', 'Stakeholder analysis@1', 'Charter approved@1']);
    await screenshot(handle.page, 'tasks-light');
    // Rows render as they scroll into view; the last rows are the closure milestones.
    await app.grid.evaluate((el) => { el.scrollTop = el.scrollHeight; });
    await expect.poll(() => app.outline().then((rows) => rows.slice(-2))).toEqual(['Handover to operations@1', 'Project closed@1']);
    await app.openView('Team');
    await expect.poll(() => handle.page.getByRole('table', { name: 'Team' }).locator('tbody tr').count()).toBe(6);
    await screenshot(handle.page, 'team-light');
  });
});
