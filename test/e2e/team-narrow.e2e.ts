/**
 * The Team table on a 1024 px laptop screen, built from an empty project by keyboard: when its
 * columns are wider than the panel, the table scrolls sideways on its own (the names stay put and
 * the Workload chart below does not move), so the remove button at the far right is reachable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, screenshot, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';

let handle: AppHandle;
let app: AppPage;

beforeAll(async () => {
  handle = await openApp({ viewport: { width: 1024, height: 768 } });
  app = new AppPage(handle.page);
});
afterAll(async () => { await closeBrowser(); });

async function addPerson(name: string, email: string): Promise<void> {
  await handle.page.getByRole('button', { name: 'Add person' }).press('Enter');
  const team = handle.page.getByRole('table', { name: 'Team' });
  const row = team.getByRole('row').filter({ has: handle.page.locator('input[aria-label="Name"][value="New team member"]') });
  await row.getByLabel('Name').fill(name);
  await handle.page.keyboard.press('Tab');
  await handle.page.keyboard.press('Tab');
  await handle.page.keyboard.type('Engineer');
  await handle.page.keyboard.press('Tab');
  await handle.page.keyboard.type(email);
  await handle.page.keyboard.press('Tab');
  await expect.poll(() => team.getByLabel('Name').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toContain(name);
}

describe('Team table at 1024 px', () => {
  it('scrolls sideways inside its own frame with the names fixed, and the last column is reachable', async () => {
    await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
    await handle.page.keyboard.press('Enter');
    await handle.page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).fill('Laptop plan');
    await handle.page.keyboard.press('Enter');
    await expect.poll(() => app.title.textContent()).toBe('Laptop plan');
    await app.openView('Team');
    await addPerson('Grace Hopper', 'grace.hopper@example.com');
    await addPerson('Margaret Hamilton', 'margaret.hamilton@example.com');

    const frame = handle.page.getByRole('region', { name: 'Team table' });
    const sizes = await frame.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    const page = await handle.page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    // The page itself never scrolls sideways; the table's frame does when it must.
    expect(page.scrollWidth).toBeLessThanOrEqual(page.innerWidth);
    const nameBox = async (): Promise<number> => (await handle.page.getByRole('table', { name: 'Team' }).getByLabel('Name').first().boundingBox())?.x ?? Number.NaN;
    const before = await nameBox();
    await frame.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
    const remove = handle.page.getByRole('button', { name: 'Remove Margaret Hamilton' });
    await expect.poll(async () => {
      const box = await remove.boundingBox();
      return box !== null && box.x + box.width <= 1024;
    }).toBe(true);
    if (sizes.scrollWidth > sizes.clientWidth) expect(await nameBox()).toBeCloseTo(before, 0);
    for (const scheme of ['light', 'dark'] as const) {
      await handle.page.emulateMedia({ colorScheme: scheme });
      await screenshot(handle.page, `team-1024-${scheme}`);
    }
    await handle.page.setViewportSize({ width: 1440, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await handle.page.emulateMedia({ colorScheme: scheme });
      await screenshot(handle.page, `team-1440-${scheme}`);
    }
  }, 120_000);
});
