/**
 * Presentation mode from an EMPTY project typed by keyboard: the room sees the whole project on
 * entry (first bar to last inside the screen, at 1024 and 1440 px), a focus shows its own span
 * fitted, and + and − still zoom from there.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { GanttPage } from './pages/gantt-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let handle: AppHandle;
let page: Page;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
});

const typeCell = async (text: string): Promise<void> => { await page.keyboard.type(text); await page.keyboard.press('Enter'); };

/** [name, duration, predecessors]: about six weeks of work, a milestone at the end. */
const PLAN = [['Discovery', '1w', ''], ['Design', '2w', '1'], ['Build', '3w', '2'], ['Release approved', '0d', '3']] as const;

/** Each named bar's left and right edge against the presentation's chart viewport. */
async function barsInView(gantt: GanttPage): Promise<{ name: string; inside: boolean }[]> {
  return gantt.presentation.evaluate((dialog, names) => {
    const scroller = dialog.querySelector('.gl-scroller');
    if (!scroller) throw new Error('no chart viewport in the presentation');
    const view = scroller.getBoundingClientRect();
    return names.map((name) => {
      // A task's bar carries its name; a milestone's diamond has its name beside it (BarLayer).
      const label = [...dialog.querySelectorAll('.bar-wrapper .bar-label')].find((l) => l.textContent === name);
      const diamondName = [...dialog.querySelectorAll('.gl-milestone-label')].find((l) => l.textContent === name);
      const bar = label?.parentElement?.querySelector('.bar') ?? diamondName?.previousElementSibling;
      const box = bar?.getBoundingClientRect();
      return { name, inside: box !== undefined && box.left >= view.left - 1 && box.right <= view.right + 1 };
    });
  }, PLAN.map(([name]) => name));
}

describe('presentation', () => {
  it('opens on the whole project fitted to the screen, refits on a focus, and still zooms by + and −', async () => {
    await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).waitFor();
    await page.keyboard.type('Billing upgrade');
    await page.keyboard.press('Enter');
    await expect.poll(() => app.title.textContent()).toBe('Billing upgrade');
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    for (const [name] of PLAN) await typeCell(name);
    await app.cell('Discovery', 'duration').click();
    for (const [, duration] of PLAN) await typeCell(duration);
    await app.cell('Design', 'predecessors').click();
    for (const [, , predecessors] of PLAN.slice(1)) await typeCell(predecessors);
    await expect.poll(() => app.cell('Release approved', 'predecessors').innerText()).toBe('3');

    await app.openView('Gantt');
    const gantt = new GanttPage(page);
    await gantt.grid.waitFor();
    await page.keyboard.press('F5');
    await gantt.presentation.waitFor();
    const whole = PLAN.map(([name]) => ({ name, inside: true }));
    await expect.poll(() => barsInView(gantt)).toEqual(whole);
    await screenshotsAtBothSizes(page, 'presentation-whole-project', async () => {
      await expect.poll(() => barsInView(gantt)).toEqual(whole);
    });

    // Zoomed in two steps, the last weeks leave the screen; choosing the focus again fits it back.
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect.poll(async () => (await barsInView(gantt)).every((b) => b.inside)).toBe(false);
    const focus = gantt.presentation.getByLabel('Focus');
    await focus.selectOption({ label: 'Milestones only' });
    await focus.selectOption({ label: 'Whole project' });
    await expect.poll(() => barsInView(gantt)).toEqual(whole);
    // A focus with nothing to show takes the chart away; the whole project comes back fitted.
    await focus.selectOption({ label: 'Date window' });
    await gantt.presentation.getByLabel('From', { exact: true }).fill('2020-01-01');
    await gantt.presentation.getByLabel('To', { exact: true }).fill('2020-01-31');
    await expect.poll(() => gantt.presentation.innerText()).toContain('Nothing to show for this focus.');
    await focus.selectOption({ label: 'Whole project' });
    await expect.poll(() => barsInView(gantt)).toEqual(whole);
    await page.keyboard.press('Escape');
    await expect.poll(() => gantt.presentation.count()).toBe(0);
  });
});
