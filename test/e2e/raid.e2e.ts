/**
 * The RAID log through the UI (issue 14, register half): from an empty project built by keyboard,
 * add a risk from the heat map, link a mitigation task, define a contingency task, activate it
 * after seeing the finish move, undo it, raise an issue from the occurred risk, add an assumption
 * and a decision, reload and find everything. Screenshots light and dark at two sizes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, screenshot, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { tableText } from './pages/risks-page';

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

describe('RAID log', () => {
  it('adds a risk from the heat map, activates its contingency, raises an issue and keeps it all after reload', async () => {
    const page = handle.page;
    await emptyProject(app, ['Build', 'Ship']);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Risks/ }).click();
    await page.getByRole('button', { name: 'Add risk with probability 4 and impact 5' }).click();
    const editor = page.getByRole('dialog', { name: /^Risk R-001/ });
    await expect.poll(() => editor.getByLabel('Probability', { exact: true }).inputValue()).toBe('4');
    await editor.getByLabel('Title', { exact: true }).fill('Vendor API late');
    await editor.getByLabel('Title', { exact: true }).press('Tab');
    expect(await editor.getByLabel('Status', { exact: true }).inputValue()).toBe('open');
    await editor.getByLabel('Link mitigation task', { exact: true }).selectOption({ label: 'Build' });
    // Linking a task to mitigate it is mitigation under way, as adding a new mitigation task is.
    await expect.poll(() => editor.getByLabel('Status', { exact: true }).inputValue()).toBe('mitigating');
    // Days that are not a number are refused, saying so, and what was typed stays to be corrected.
    await editor.getByLabel('New contingency task', { exact: true }).fill('Rework, two');
    await editor.getByLabel('New contingency task', { exact: true }).press('Enter');
    await app.expectNotice("New contingency task: 'two' is not a number of days more than 0.");
    expect(await editor.getByLabel('New contingency task', { exact: true }).inputValue()).toBe('Rework, two');
    expect(await editor.getByLabel('Rework follows', { exact: true }).count()).toBe(0);
    await editor.getByLabel('New contingency task', { exact: true }).fill('Rework, 2');
    await editor.getByLabel('New contingency task', { exact: true }).press('Enter');
    await editor.getByLabel('Rework follows', { exact: true }).selectOption({ label: 'after Build' });
    await screenshot(page, 'raid-editor-1440-light');
    await editor.getByRole('button', { name: 'Activate contingency…' }).click();
    await expect.poll(() => editor.getByRole('status').textContent()).toMatch(/Finish moves from .* to /);
    await editor.getByRole('button', { name: 'Insert contingency tasks' }).click();
    await expect.poll(() => editor.getByText('Contingency tasks (activated)').count()).toBe(1);
    await editor.getByRole('button', { name: 'Done' }).click();
    await app.openView('Tasks');
    await expect.poll(() => app.row('Rework').count()).toBe(1);
    await app.undo();
    await expect.poll(() => app.row('Rework').count()).toBe(0);

    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Risks/ }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Probability 4, impact 5: 1 risks' }).count()).toBe(1);
    await screenshot(page, 'raid-register-1440-light');
    await page.getByRole('table', { name: 'Risks' }).getByRole('button', { name: 'Vendor API late' }).click();
    await editor.getByLabel('Status', { exact: true }).selectOption('occurred');
    await editor.getByRole('button', { name: 'Raise issue' }).click();
    await editor.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('tab', { name: 'Issues' }).click();
    await expect.poll(() => tableText(page.getByRole('table', { name: 'Issues' }))).toContain('I-001');
    await page.getByRole('tab', { name: 'Assumptions' }).click();
    await page.getByLabel('New assumption').fill('The vendor keeps its dates');
    await page.getByLabel('New assumption').press('Enter');
    await page.getByRole('tab', { name: 'Decisions' }).click();
    await page.getByLabel('New decision').fill('Build an adapter layer');
    await page.getByLabel('New decision').press('Enter');
    await app.waitSaved();

    await page.reload();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Risks/ }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Risks' }).innerText()).toContain('Vendor API late');
    await page.getByRole('tab', { name: 'Issues' }).click();
    await expect.poll(() => tableText(page.getByRole('table', { name: 'Issues' }))).toContain('Vendor API late');
    await page.getByRole('tab', { name: 'Assumptions' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Assumptions' }).innerText()).toContain('The vendor keeps its dates');
    await page.getByRole('tab', { name: 'Decisions' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Decisions' }).innerText()).toContain('Build an adapter layer');
    // Its date reads as the app writes dates, without the weekday in this narrow column ("Dec 5, 26" in en-US), not as ISO text.
    const decided = page.getByRole('table', { name: 'Decisions' }).locator('tbody tr').first().locator('td').nth(2);
    const iso = await decided.getAttribute('title') ?? '';
    expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await decided.innerText()).toBe(await page.evaluate((d) => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)), iso));
    await page.getByRole('tab', { name: 'Risk register' }).click();
    await page.setViewportSize({ width: 1024, height: 768 });
    // The code and the score with its arrow each stay on one line in the narrow window.
    const lines = (cell: string): Promise<number> => page.getByRole('table', { name: 'Risks' }).locator(`tbody tr:first-child ${cell}`).evaluate((td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      // A pill's box and the text beside it start a few pixels apart; a second line starts a line lower.
      const tops = [...range.getClientRects()].map((r) => r.top);
      return Math.max(...tops) - Math.min(...tops) < 10 ? 1 : 2;
    });
    await expect.poll(() => lines('td:first-child')).toBe(1);
    expect(await lines('td.score-cell')).toBe(1);
    await screenshot(page, 'raid-register-1024-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'raid-register-1024-dark');
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot(page, 'raid-register-1440-dark');
    await page.getByRole('table', { name: 'Risks' }).getByRole('button', { name: 'Vendor API late' }).click();
    await screenshot(page, 'raid-editor-1440-dark');
  });

  it('keeps the risk editor\'s Done and Delete in view in a 1024 x 768 window, scrolled to the top or to the contingency tasks', async () => {
    const page = handle.page;
    await page.setViewportSize({ width: 1024, height: 768 });
    await emptyProject(app, ['Build', 'Ship']);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Risks/ }).click();
    await page.getByRole('button', { name: 'Add risk with probability 4 and impact 4' }).click();
    const editor = page.getByRole('dialog', { name: /^Risk R-001/ });
    await page.keyboard.type('Card scheme certification late');
    await editor.getByLabel('New mitigation task', { exact: true }).fill('Book certification slot early');
    await editor.getByLabel('New mitigation task', { exact: true }).press('Enter');
    await editor.getByLabel('New contingency task', { exact: true }).fill('Extra certification round, 5');
    await editor.getByLabel('New contingency task', { exact: true }).press('Enter');
    await expect.poll(() => editor.getByLabel('Extra certification round follows', { exact: true }).count()).toBe(1);
    // What the pointer finds just inside each button's top and bottom edges: the button itself only when all of it is in view.
    const clickable = (): Promise<string[]> => editor.locator('footer button').evaluateAll((buttons) => buttons.map((b) => {
      const r = b.getBoundingClientRect();
      const isShown = [r.top + 2, r.bottom - 2].every((y) => document.elementFromPoint(r.left + r.width / 2, y) === b);
      return `${b.textContent ?? ''} ${isShown ? 'in view' : 'cut off'}`;
    }));
    expect(await clickable()).toEqual(['Delete risk in view', 'Done in view']);
    await screenshot(page, 'raid-editor-1024-scrolled-down');
    await editor.getByLabel('Title', { exact: true }).focus();
    // Only the body scrolls (the title and buttons stay put): back to its top.
    await editor.locator('.dialog-body').evaluate((body) => { body.scrollTop = 0; });
    expect(await clickable()).toEqual(['Delete risk in view', 'Done in view']);
    await screenshot(page, 'raid-editor-1024-top');
    await editor.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Risks' }).innerText()).toContain('Card scheme certification late');
  });
});

describe('Risk heat map', () => {
  it('stands clear of the toolbar above it and reads in the dark theme as in the light one, at 1024 and 1440', async () => {
    const page = handle.page;
    await app.newEmptyProject();
    await app.openView('Risks');
    await page.getByRole('button', { name: 'Add risk with probability 4 and impact 5' }).click();
    await page.getByRole('dialog', { name: /^Risk R-001/ }).getByRole('button', { name: 'Done' }).click();
    const map = page.getByRole('grid', { name: 'Heat map' });
    const toolbar = page.getByRole('toolbar', { name: 'Risk register' });
    const severe = page.getByRole('button', { name: 'Probability 4, impact 5: 1 risks' });
    await expect.poll(() => severe.textContent()).toBe('1');
    // Each cell's fill and its count's colour as a person sees them: how light the fill is (0 black
    // to 1 white) and the WCAG contrast of the count on it.
    const look = (name: string) => page.getByRole('button', { name }).evaluate((button) => {
      const rgb = (css: string): number[] => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = (css: string): number => {
        const [r = 0, g = 0, b = 0] = rgb(css).map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const fill = luminance(getComputedStyle(button.closest('[role="gridcell"]') ?? button).backgroundColor);
      const text = luminance(getComputedStyle(button).color);
      return { fill: Math.round(fill * 100) / 100, contrast: Math.round(((Math.max(fill, text) + 0.05) / (Math.min(fill, text) + 0.05)) * 10) / 10 };
    });
    const cells = ['Probability 1, impact 1: 0 risks', 'Probability 3, impact 3: 0 risks', 'Probability 3, impact 4: 0 risks', 'Probability 4, impact 5: 1 risks'];
    for (const [width, height] of [[1024, 768], [1440, 900]] as const) {
      await page.setViewportSize({ width, height });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe(scheme);
        const gap = ((await map.boundingBox())?.y ?? 0) - await toolbar.evaluate((t) => t.getBoundingClientRect().bottom);
        expect([`${String(width)} ${scheme}`, gap >= 8]).toEqual([`${String(width)} ${scheme}`, true]);
        for (const cell of cells) {
          const { fill, contrast } = await look(cell);
          // A light fill on the dark theme's page is what read as a patch of the light theme.
          expect([cell, scheme, scheme === 'dark' ? fill < 0.15 : fill > 0.4, contrast >= 4.5]).toEqual([cell, scheme, true, true]);
        }
      }
    }
    await screenshotsAtBothSizes(page, 'raid-heat-map');
  });
});
