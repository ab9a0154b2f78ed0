/**
 * A milestone's name in the exported picture is drawn as on screen, from an EMPTY project typed by
 * keyboard: Vendor contract (3 days), Design (2 days), the milestone "Design signed off by the
 * client" after Design, Build after the milestone, and Integration after Vendor contract, whose
 * arrow runs down past the milestone a day right of its diamond, through its name. On screen the
 * names are a layer over the arrows on a halo of the chart's surface (MilestoneLabelLayer); the
 * SVG export drew each name before the arrows, so the arrow struck it through in the file. The SVG
 * now draws the name after the arrows with its own halo (a stroke of the surface under the
 * letters, in attributes: the file is opened outside the app); the PNG, drawn from the same SVG,
 * is kept for people to look at. Fails without the fix: no halo, and the name under the arrow.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { artifactPath, freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';
import { GanttPage } from './pages/gantt-page';
import { newProjectStarting } from './pages/shared-projects';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let page: Page;
let app: AppPage;
let gantt: GanttPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  gantt = new GanttPage(page);
});

/** The milestone's name beside its diamond in an exported SVG, read in a browser as a person opens the file. */
interface NameInImage {
  /** Arrows whose stroke passes through the name's box. */
  readonly arrowsAcross: number;
  /** Every such arrow is drawn before the name (the name is over it). */
  readonly isOverArrows: boolean;
  readonly paintOrder: string | null;
  readonly halo: string | null;
  readonly haloWidth: string | null;
}

async function milestoneNameIn(svg: string, name: string): Promise<NameInImage> {
  const viewer = await page.context().newPage();
  try {
    await viewer.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    return await viewer.evaluate((milestone) => {
      // The last text of that name: the names column's comes first, then the one beside the diamond.
      const text = [...document.querySelectorAll('text')].filter((t) => t.textContent === milestone).at(-1);
      if (!text) throw new Error(`no ${milestone} in the image`);
      const box = text.getBoundingClientRect();
      const across = [...document.querySelectorAll('path')].filter((path) => {
        const toPath = path.getScreenCTM()?.inverse();
        if (!toPath || path.getAttribute('fill') !== 'none') return false;
        for (let x = box.left; x <= box.right; x += 1) {
          for (let y = box.top; y <= box.bottom; y += 1) {
            if (path.isPointInStroke(new DOMPoint(x, y).matrixTransform(toPath))) return true;
          }
        }
        return false;
      });
      return {
        arrowsAcross: across.length,
        isOverArrows: across.every((path) => (path.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0),
        paintOrder: text.getAttribute('paint-order'), halo: text.getAttribute('stroke'), haloWidth: text.getAttribute('stroke-width'),
      };
    }, name);
  } finally {
    await viewer.close();
  }
}

describe('a milestone\'s name in the exported Gantt', () => {
  it('is drawn over an arrow passing through it, on a halo of the chart\'s surface, in the SVG as on screen', async () => {
    await newProjectStarting(page, 'Go-live', '2027-01-04');
    await app.typeTasks([['Vendor contract', '3d'], ['Design', '2d'], ['Design signed off by the client', '0d'], ['Build', '3d'], ['Integration', '2d']]);
    await app.typeDown('Design signed off by the client', 'predecessors', ['2', '3', '1']);
    await expect.poll(() => app.cell('Integration', 'predecessors').innerText()).toBe('1');
    await app.openView('Gantt');
    await gantt.grid.waitFor();
    await gantt.zoom('Days');
    await page.keyboard.press('F5');
    await gantt.presentation.waitFor();
    await expect.poll(() => gantt.presentation.locator('.gl-milestone-label').allTextContents()).toEqual(['Design signed off by the client']);
    const surface = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--surface').trim());

    const files = new FilesPage(page);
    const exportButton = (format: 'SVG' | 'PNG') => gantt.presentation.getByRole('group', { name: 'Export' }).getByRole('button', { name: `Export ${format}` });
    const svg = await files.download(() => exportButton('SVG').click());
    expect(svg.name).toBe('Go-live presentation Gantt.svg');
    await svg.download.saveAs(artifactPath('export-milestone-name.svg'));
    const drawn = await milestoneNameIn(svg.text, 'Design signed off by the client');
    // The arrow from Vendor contract to Integration does pass through the name's box: over it, the name stays whole.
    expect(drawn.arrowsAcross).toBeGreaterThan(0);
    expect(drawn).toEqual({ arrowsAcross: drawn.arrowsAcross, isOverArrows: true, paintOrder: 'stroke', halo: surface, haloWidth: '4' });

    // The PNG is drawn from the same SVG; kept to look at.
    const png = await files.download(() => exportButton('PNG').click());
    expect(png.name).toBe('Go-live presentation Gantt.png');
    await png.download.saveAs(artifactPath('export-milestone-name.png'));
    expect(readFileSync(artifactPath('export-milestone-name.png')).subarray(1, 4).toString('latin1')).toBe('PNG');

    await screenshotsAtBothSizes(page, 'export-milestone-name-presentation');
  });
});
