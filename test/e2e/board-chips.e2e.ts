/**
 * A board card's chips as a person reads them: the phase chip in its phase's colour (the colour
 * the Phases view gives the phase, or the Gantt's legend for a plan with the five fixed labels),
 * and every tag whole, at both window sizes. The app's shared chip (app.css, bundled after the
 * board's stylesheet) drew them white and clipped the tags' lower edge and the last tags. Each
 * phase's name reads on its colour, light and dark (WCAG AA, 4.5:1): white on every phase read at
 * 2.2:1 on amber and 2.8:1 on sky.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contrastRatio } from '../support/contrast';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { BoardPage } from './pages/board-page';
import { PhasesPage } from './pages/phases-page';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let board: BoardPage;
let phases: PhasesPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  board = new BoardPage(page);
  phases = new PhasesPage(page);
});

/** Tasks typed into the empty entry row, each with a phase typed into its Phase cell (its first letter picks it). */
async function typeTasks(tasks: readonly (readonly [name: string, phase: string])[]): Promise<void> {
  await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
  for (const [name] of tasks) {
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
  }
  await expect.poll(() => app.outline()).toEqual(tasks.map(([name]) => `${name}@0`));
  await app.showColumns(['Phase']);
  await app.cell(tasks[0]?.[0] ?? '', 'phase').click();
  for (const [, phase] of tasks) {
    await page.keyboard.type(phase.charAt(0).toLowerCase());
    await page.keyboard.press('Enter');
  }
  await expect.poll(() => app.rowTexts(['phase'])).toEqual(tasks.map(([, phase]) => phase));
}

/** Tags typed into Task information (Shift+F2 on the task's row, Ctrl+Enter saves). */
async function tag(taskName: string, tags: string): Promise<void> {
  await app.cell(taskName, 'name').click();
  await page.keyboard.press('Shift+F2');
  const info = page.getByRole('dialog', { name: 'Task information' });
  await info.getByLabel('Tags (separated by , or ;)').focus();
  await page.keyboard.type(tags);
  await page.keyboard.press('Control+Enter');
  await info.waitFor({ state: 'detached' });
}

const background = (chip: ReturnType<Page['locator']>): Promise<string> => chip.evaluate((el) => getComputedStyle(el).backgroundColor);
/**
 * Each card's phase chip whose text does not read on its colour (under 4.5:1), as "card: fill /
 * text ratio", in the light and the dark theme.
 */
async function unreadablePhaseChips(cards: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const name of cards) {
      const { fill, text } = await board.card(name).locator('.chip--phase').evaluate((el) => ({ fill: getComputedStyle(el).backgroundColor, text: getComputedStyle(el).color }));
      const ratio = contrastRatio(fill, text);
      if (ratio < 4.5) found.push(`${scheme} ${name}: ${fill} / ${text} ${ratio.toFixed(2)}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

/**
 * Tags on the cards drawn that a person cannot read whole, as "card: tag": text cut inside the
 * chip, or the chip cut off by its row or its card.
 */
async function clippedTags(): Promise<string[]> {
  return page.locator('.board-card:not([data-dnd-placeholder])').evaluateAll((cards) => cards.flatMap((card) => {
    const name = card.querySelector('.board-card__name')?.textContent ?? '';
    const tags = [...card.querySelectorAll('.board-card__tags > :not(.chip--phase)')];
    const row = card.querySelector('.board-card__tags')?.getBoundingClientRect();
    const box = card.getBoundingClientRect();
    return tags.filter((chip) => {
      const r = chip.getBoundingClientRect();
      const isCutInside = chip.scrollWidth > chip.clientWidth || chip.scrollHeight > chip.clientHeight;
      const isCutByRow = !row || r.bottom > row.bottom + 0.5 || r.right > row.right + 0.5;
      return isCutInside || isCutByRow || r.right > box.right - 8 + 0.5 || r.height === 0;
    }).map((chip) => `${name}: ${chip.textContent ?? ''}`);
  }));
}

describe('board card chips', () => {
  it('show each phase in the colour the Phases view gives it, and every tag whole, at 1024 and 1440 px', async () => {
    await app.newEmptyProject('Chip colours');
    await phases.open();
    await page.getByLabel('New phase').focus();
    await page.keyboard.type('Hypercare');
    await page.keyboard.press('Enter');
    await expect.poll(() => phases.names()).toEqual(['Initiation', 'Planning', 'Execution', 'Monitoring & control', 'Closure', 'Hypercare']);
    const phaseColour = new Map<string, string>();
    for (const name of ['Planning', 'Execution', 'Monitoring & control', 'Hypercare']) {
      phaseColour.set(name, await phases.phase(name).evaluate((el) => getComputedStyle(el).borderLeftColor));
    }

    await app.openView('Tasks');
    const tasks = [['Write spec', 'Planning'], ['Build API', 'Execution'], ['Weekly status', 'Monitoring & control'], ['Rollback drill', 'Hypercare']] as const;
    await typeTasks(tasks);
    await tag('Build API', 'backend, payments, security review, customer-facing');
    await tag('Weekly status', 'governance');

    await app.openView('Board');
    for (const [name, phase] of tasks) {
      const chip = board.card(name).locator('.chip--phase');
      await expect.poll(() => chip.textContent()).toBe(phase);
      expect(await background(chip), `${name}'s ${phase} chip`).toBe(phaseColour.get(phase));
    }
    expect(await unreadablePhaseChips(tasks.map(([name]) => name))).toEqual([]);
    expect(await board.card('Build API').locator('.board-card__tags').innerText()).toMatch(/backend\s+payments\s+security review\s+customer-facing/);
    await screenshotsAtBothSizes(page, 'board-chips', async () => {
      expect(await clippedTags(), `clipped tags at ${String(page.viewportSize()?.width)} px`).toEqual([]);
    });
  }, 120_000);

  it('show the five fixed phases in the Gantt legend\'s colours in a plan without phase objects', async () => {
    await app.newEmptyProject('Fixed phases');
    await phases.open();
    for (const name of ['Initiation', 'Planning', 'Execution', 'Monitoring & control', 'Closure']) {
      await phases.phase(name).getByRole('button', { name: `Delete ${name}` }).focus();
      await page.keyboard.press('Enter');
      await phases.phase(name).waitFor({ state: 'detached' });
    }
    await app.openView('Tasks');
    const tasks = [['Kick-off', 'Initiation'], ['Estimate', 'Planning'], ['Build', 'Execution'], ['Track', 'Monitoring'], ['Archive', 'Closure']] as const;
    await typeTasks(tasks);

    await app.openView('Gantt');
    const legend = page.getByRole('list', { name: 'Legend' });
    const legendColour = new Map<string, string>();
    for (const [, phase] of tasks) {
      legendColour.set(phase, await background(legend.getByRole('listitem').filter({ hasText: new RegExp(`^${phase}$`) }).locator('.gl-swatch')));
    }
    await app.openView('Board');
    for (const [name, phase] of tasks) {
      const chip = board.card(name).locator('.chip--phase');
      await expect.poll(() => chip.innerText()).toBe(phase);
      expect(await background(chip), `${name}'s ${phase} chip`).toBe(legendColour.get(phase));
    }
    expect(await unreadablePhaseChips(tasks.map(([name]) => name))).toEqual([]);
    await screenshotsAtBothSizes(page, 'board-chips-fixed');
  }, 120_000);
});
