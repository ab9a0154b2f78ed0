/**
 * Schedule risk analysis through the UI (issue 14, Monte Carlo half): from an empty project built
 * by keyboard, type three-point estimates, add a risk from the heat map with a schedule impact on
 * a task, run the simulation with a seed, read P80, run it again with the same seed (same P80),
 * reload and find the result kept with the date it ran. Screenshots light and dark at two sizes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, screenshot, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let handle: AppHandle;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
});

async function emptyProject(on: AppPage, tasks: readonly string[]): Promise<void> {
  await on.projects.getByRole('button', { name: 'New project', exact: true }).focus();
  await on.page.keyboard.press('Enter');
  await on.page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).waitFor();
  await on.page.keyboard.press('Enter');
  await expect.poll(() => on.title.textContent()).toBe('Untitled project');
  await on.openView('Tasks');
  for (const task of tasks) {
    await on.page.getByRole('toolbar', { name: 'Task actions' }).getByRole('button', { name: 'Add task' }).focus();
    await on.page.keyboard.press('Enter');
    await on.nameNewRow(task);
    await expect.poll(() => on.row(task).count()).toBe(1);
  }
  await on.waitSaved();
}

describe('Schedule risk analysis', () => {
  it('simulates estimates and a risk with a seed, shows P80 and keeps it after reload', async () => {
    const page = handle.page;
    await emptyProject(app, ['Build', 'Test']);
    const risksView = async (): Promise<void> => {
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Risks/ }).click();
    };
    await risksView();
    await page.getByRole('tab', { name: 'Schedule risk' }).click();
    const type = async (label: string, days: string): Promise<void> => {
      const cell = page.getByLabel(label, { exact: true });
      await cell.fill(days);
      await cell.press('Enter');
    };
    await type('Optimistic days for Build', '2');
    await type('Most likely days for Build', '4');
    await type('Pessimistic days for Build', '9');
    await type('Most likely days for Test', '2');
    await type('Pessimistic days for Test', '3');
    const table = page.getByRole('table', { name: 'Estimates' });
    // Means: Build (2 + 4 + 9)/3 = 5 d; Test (1 + 2 + 3)/3 = 2 d.
    await expect.poll(() => table.getByRole('row', { name: /Build/ }).innerText()).toMatch(/\b5\b/);
    await expect.poll(() => table.getByRole('row', { name: /Test/ }).innerText()).toMatch(/\b2\b/);

    await page.getByRole('tab', { name: 'Risk register' }).click();
    await page.getByRole('button', { name: 'Add risk with probability 3 and impact 4' }).click();
    const editor = page.getByRole('dialog', { name: /^Risk R-001/ });
    await editor.getByLabel('Title', { exact: true }).fill('Vendor API late');
    await editor.getByLabel('Title', { exact: true }).press('Tab');
    await editor.getByLabel('Schedule impact (working days)', { exact: true }).fill('5');
    await editor.getByLabel('Schedule impact (working days)', { exact: true }).press('Tab');
    await editor.getByLabel('Link affected task', { exact: true }).selectOption({ label: 'Build' });
    await editor.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('tab', { name: 'Schedule risk' }).click();
    await expect.poll(() => page.getByText('2 tasks with estimates · 1 risk with a schedule impact').count()).toBe(1);
    await page.getByLabel('Iterations', { exact: true }).fill('3000');
    await page.getByLabel('Seed', { exact: true }).fill('7');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    const p80 = page.getByLabel('P80 finish', { exact: true });
    // The P80 reads as every date in the app; the exact instant is its tooltip.
    await expect.poll(() => p80.getAttribute('title'), { timeout: 30_000 }).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const instant = await p80.getAttribute('title') ?? '';
    expect(await p80.textContent()).toBe(await page.evaluate((d) => new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${d.slice(0, 10)}T00:00:00Z`)), instant));
    const first = await p80.textContent();
    await expect.poll(() => page.getByText(/3,000 iterations · seed 7/).count()).toBe(1);
    await expect.poll(() => page.getByText(/The planned finish \(.*\) has a [\d.]+% chance\./).count()).toBe(1);
    await expect.poll(() => page.getByRole('table', { name: 'Drivers of the finish' }).innerText()).toContain('Risk: Vendor API late');
    await screenshot(page, 'risk-analysis-1440-light');

    // The same seed gives the same answer.
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Run simulation' }).count(), { timeout: 30_000 }).toBe(1);
    expect(await p80.textContent()).toBe(first);
    await app.waitSaved();

    await page.reload();
    await risksView();
    await page.getByRole('tab', { name: 'Schedule risk' }).click();
    await expect.poll(() => page.getByLabel('P80 finish', { exact: true }).textContent()).toBe(first);
    await expect.poll(() => page.getByText(/^Ran .* · 3,000 iterations · seed 7$/).count()).toBe(1);
    // When it ran reads as every date in the app (today, in the person's zone) and the minute, not
    // the browser's own "12/6/2026, 7:02:31 AM".
    const today = await page.evaluate(() => {
      const d = new Date();
      const day = `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      return new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
    });
    const ran = await page.getByText(/^Ran /).innerText();
    expect(ran.startsWith(`Ran ${today}, `), ran).toBe(true);
    expect(ran.slice(`Ran ${today}, `.length)).toMatch(/^\d{1,2}:\d{2}( [AP]M)? · 3,000 iterations · seed 7$/);
    await page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(page, 'risk-analysis-1024-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'risk-analysis-1024-dark');
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot(page, 'risk-analysis-1440-dark');
  });
});
