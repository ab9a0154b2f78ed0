/**
 * Columns a person shows through Columns… come into view: at 1024x768 and 1440x900, from an empty
 * project typed by keyboard, Baseline start, Baseline finish and Finish var. are added at the
 * table's end, past the window's right edge, and the table stayed where it was, as if nothing had
 * happened (a new user's second hour). Now the table scrolls to the last one shown, whole, with
 * the others beside it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 768 } });
let handle: AppHandle;
let app: AppPage;
beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
});

/** Headers wholly inside the table's scroll box, right of its frozen columns. */
const headersInView = (): Promise<string[]> => app.grid.evaluate((grid) => {
  const box = grid.getBoundingClientRect();
  const edge = grid.querySelector('.grid-header .frozen-edge')?.getBoundingClientRect().right ?? box.left;
  return [...grid.querySelectorAll<HTMLElement>('.grid-header [role="columnheader"]:not(.frozen)')]
    .filter((h) => { const r = h.getBoundingClientRect(); return r.left >= edge - 0.5 && r.right <= box.right + 0.5; })
    .map((h) => h.textContent ?? '');
});

describe('columns shown through Columns…', () => {
  for (const [width, height] of [[1024, 768], [1440, 900]] as const) {
    it(`scroll into view at ${String(width)}x${String(height)}`, async () => {
      await handle.page.setViewportSize({ width, height });
      await app.newEmptyProject();
      await app.typeTasks([['Design', '3d'], ['Build', '5d']]);
      await app.showColumns(['Baseline start', 'Baseline finish', 'Finish var.']);
      await expect.poll(headersInView).toContain('Finish var.');
      const shown = await headersInView();
      expect(shown).toContain('Baseline finish');
      if (width === 1440) expect(shown).toContain('Baseline start');
      await screenshotsAtBothSizes(handle.page, `task-table-columns-shown-${String(width)}`);
    });
  }
});
