/**
 * The Team table's header row runs on across the blank room after its last column (kept so the
 * farthest sideways scroll rests on a whole column, use-whole-column-scroll.ts): at 800x768 (the
 * narrowest window; at 1024 px the table fits without scrolling, laptop-tables-fit),
 * scrolled to its far end, the room under the header shows the header's own fill, light and dark,
 * where it showed the table's white (or dark) surface beside the grey header, and the rule under a
 * row runs on with it. From an EMPTY project,
 * two people with long e-mail addresses typed by keyboard; checked by the pixels on screen.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { TeamPage } from './pages/team-page';
import { pixelAt as pixelOn } from './pages/pixels';

const fixture = freshAppPerTest({ viewport: { width: 800, height: 768 } });
let page: Page;
let app: AppPage;
let team: TeamPage;
beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  team = new TeamPage(page);
});

const frame = (): ReturnType<Page['getByRole']> => page.getByRole('region', { name: 'Team table' });

const pixelAt = (x: number, y: number): Promise<[number, number, number]> => pixelOn(page, x, y);

/** Scrolls the table to its far end and reads the header's fill in its last cell and in the room after it. */
async function headerFills(): Promise<{ roomWidth: number; header: [number, number, number]; room: [number, number, number]; rule: [number, number, number]; roomRule: [number, number, number] }> {
  await frame().evaluate((el) => { el.scrollLeft = el.scrollWidth; });
  await expect.poll(() => frame().evaluate((el) => Math.round(el.scrollLeft + el.clientWidth - el.scrollWidth))).toBe(0);
  const spots = await frame().evaluate((el) => {
    const last = el.querySelector('thead th:last-child')?.getBoundingClientRect();
    const inner = el.getBoundingClientRect().left + el.clientLeft + el.clientWidth;
    const firstRow = el.querySelector('tbody tr:first-child td:last-child')?.getBoundingClientRect();
    if (!last || !firstRow) return null;
    return { roomWidth: inner - last.right, y: last.top + 3, ruleY: firstRow.bottom - 0.5, header: last.right - 3, room: (last.right + inner) / 2 };
  });
  if (!spots) throw new Error('no header row');
  return {
    roomWidth: spots.roomWidth,
    header: await pixelAt(spots.header, spots.y), room: await pixelAt(spots.room, spots.y),
    rule: await pixelAt(spots.header, spots.ruleY), roomRule: await pixelAt(spots.room, spots.ruleY),
  };
}

describe('the Team table\'s header row at 800 px', () => {
  it('runs on across the blank room after the last column, light and dark', async () => {
    await app.newEmptyProject('Team header');
    await app.openView('Team');
    await team.addPersonWithContact('Grace Hopper', 'Compiler lead', 'grace.hopper@navy-research.example.org');
    await team.addPersonWithContact('Margaret Hamilton', 'Flight software', 'margaret.hamilton@apollo-guidance.example.com');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const fills = await headerFills();
      expect(fills.roomWidth, `blank room after the last column (${scheme})`).toBeGreaterThan(4);
      expect(fills.room, `the header's fill in the room after the last column (${scheme})`).toEqual(fills.header);
      expect(fills.roomRule, `the first row's rule in the room after the last column (${scheme})`).toEqual(fills.rule);
    }
    await screenshotsAtBothSizes(page, 'team-header-room', async () => {
      await frame().evaluate((el) => { el.scrollLeft = el.scrollWidth; });
    });
  }, 120_000);
});
