/**
 * Presentation mode's Focus list is as wide as its longest built-in choice, at 1024 x 768 and
 * 1440 x 900, from an EMPTY project built by keyboard: it was as wide as its longest option,
 * 256 px for "Phase: Monitoring & control" and wider still for a phase of the project's own with a
 * long name. Phases are listed by name under a Phase heading; a long name is cut short in the
 * list, and the list's tooltip names the chosen focus in full.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { GanttPage } from './pages/gantt-page';
import { PhasesPage } from './pages/phases-page';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let gantt: GanttPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  gantt = new GanttPage(page);
});

const LONG_PHASE = 'Execution: vendor integration, data migration and the regional rollout';
const BUILT_IN = ['Whole project', 'Initiation', 'Planning', 'Monitoring & control', 'Closure', 'Milestones only', 'Critical path only', 'Date window'];

/** Whether `text` fits in the list's box beside its padding, border and arrow (in the list's own font). */
function fitsIn(focus: Locator, text: string): Promise<boolean> {
  return focus.evaluate((select, t) => {
    const style = getComputedStyle(select);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return false;
    context.font = style.font;
    const chrome = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth) + 20;
    return context.measureText(t).width + chrome <= select.getBoundingClientRect().width;
  }, text);
}

/** Presentation bar controls reaching past the right edge of the window. */
function offScreen(): Promise<string[]> {
  return gantt.presentation.locator('.gl-present-bar').evaluate((bar) => [...bar.querySelectorAll('button, select, input')]
    .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5).map((el) => el.getAttribute('aria-label') ?? el.textContent ?? ''));
}

describe('presentation mode\'s Focus list', () => {
  it('is as wide as its longest built-in choice, and cuts a long phase name short with the full name as its tooltip', async () => {
    await app.newEmptyProject('Focus width');
    await app.typeTasks([['Design', '3d'], ['Build', '5d']]);
    const phases = new PhasesPage(page);
    await phases.open();
    await phases.rename('Execution', LONG_PHASE);

    await app.openView('Gantt');
    await gantt.grid.waitFor();
    await page.keyboard.press('F5');
    await gantt.presentation.waitFor();
    const focus = gantt.presentation.getByRole('combobox', { name: /^Focus/ });
    await page.setViewportSize({ width: 1024, height: 768 });
    expect((await focus.boundingBox())?.width ?? Infinity, 'Focus list width at 1024 px, the whole project shown').toBeLessThan(215);
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(await focus.locator('optgroup').getAttribute('label')).toBe('Phase');
    expect(await focus.locator('optgroup option').allInnerTexts()).toEqual(['Initiation', 'Planning', LONG_PHASE, 'Monitoring & control', 'Closure']);
    expect(await focus.getAttribute('title')).toBe('Whole project');

    await focus.selectOption({ label: LONG_PHASE });
    await expect.poll(() => focus.getAttribute('title')).toBe(`Phase: ${LONG_PHASE}`);
    for (const [width, height] of [[1024, 768], [1440, 900]] as const) {
      await page.setViewportSize({ width, height });
      const box = await focus.boundingBox();
      expect(box?.width ?? Infinity, `Focus list width at ${String(width)} px`).toBeLessThan(215);
      for (const choice of BUILT_IN) expect(await fitsIn(focus, choice), `"${choice}" fits at ${String(width)} px`).toBe(true);
      expect(await fitsIn(focus, LONG_PHASE), 'the long phase name is cut short').toBe(false);
      expect(await offScreen(), `off screen at ${String(width)} px`).toEqual([]);
    }
    await screenshotsAtBothSizes(page, 'present-focus-long-phase');

    await focus.selectOption({ label: 'Monitoring & control' });
    await expect.poll(() => focus.getAttribute('title')).toBe('Phase: Monitoring & control');
    await focus.selectOption({ label: 'Critical path only' });
    await expect.poll(() => focus.getAttribute('title')).toBe('Critical path only');
    await expect.poll(() => gantt.presentation.getByRole('grid').locator('.gl-name-text').allInnerTexts()).toContain('Build');
    await screenshotsAtBothSizes(page, 'present-focus-critical');
  }, 120_000);
});
