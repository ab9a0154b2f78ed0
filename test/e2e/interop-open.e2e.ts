/**
 * Other tools' MS Project XML files opened the way a person opens them, from an empty project by
 * keyboard: File → Open…, the summary, Open as new project. Each file in the shared interop corpus
 * (../shared/fixtures/interop/mspdi: MS Project 2003–2016, ProjectLibre, TaskJuggler, GanttProject
 * and MPXJ's samples) stores the Start and Finish its writer scheduled; what a person checks is
 * that the task table shows those dates on every task, as the author's tool scheduled them, and
 * the top bar's task count is the summary's. The engine's side of it is msproject-dates.test.ts;
 * this is the same promise through the screen. A clone without ../shared reports one skipped test,
 * whose name says why.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshot } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';

const corpus = path.join(process.env['PLOTLINE_INTEROP_DIR'] ?? path.resolve('../shared/fixtures/interop'), 'mspdi');
const exists = existsSync(corpus);

interface FileTask { readonly name: string; readonly start: string; readonly finish: string }

/** The leaf tasks a file stores (not its project row, blank rows or summaries), with the dates its writer scheduled. */
function leafTasksOf(xml: string): FileTask[] {
  const tasksBlock = /<Tasks>([\s\S]*?)<\/Tasks>/.exec(xml)?.[1] ?? '';
  const field = (block: string, name: string): string | undefined => new RegExp(`<${name}>([^<]*)</${name}>`).exec(block)?.[1];
  return [...tasksBlock.matchAll(/<Task>([\s\S]*?)<\/Task>/g)].flatMap(([, block = '']) => {
    const name = field(block, 'Name');
    const start = field(block, 'Start');
    const finish = field(block, 'Finish');
    const isLeaf = field(block, 'Summary') !== '1' && field(block, 'IsNull') !== '1' && field(block, 'OutlineLevel') !== '0' && field(block, 'UID') !== '0';
    return isLeaf && name && start && finish ? [{ name: unescapeXml(name), start, finish }] : [];
  });
}

const unescapeXml = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** How the task table writes a day (features/shared/format.ts), in the page's own locale. */
const writtenDays = (page: Page, days: readonly string[]): Promise<string[]> => page.evaluate((list) => {
  const short = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' });
  const full = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return list.map((day) => {
    const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
    const year = d.getUTCFullYear();
    return (year < 2000 || year >= 2100 ? full : short).format(d);
  });
}, [...days]);

/** Every task row's name, Start and Finish as the table shows them, scrolled through top to bottom. */
async function tableDates(page: Page, app: AppPage): Promise<Map<string, string>> {
  const shown = new Map<string, string>();
  await app.grid.evaluate((el) => { el.scrollTop = 0; });
  for (;;) {
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    for (const text of await app.rowTexts(['name', 'start', 'finish'])) {
      const [name = '', start = '', finish = ''] = text.split('|');
      shown.set(name.replace(/@\d+$/, ''), `${start} → ${finish}`);
    }
    const moved = await app.grid.evaluate((el) => {
      const before = el.scrollTop;
      el.scrollTop = before + el.clientHeight - 60;
      return el.scrollTop !== before;
    });
    if (!moved) return shown;
  }
}

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });

describe('MS Project XML files from other tools, opened through File → Open…', () => {
  if (!exists) it.skip(`interop corpus skipped: ${corpus} is missing (it lives next to the repo in ../shared)`, () => undefined);

  it.skipIf(!exists)('shows every task on the dates its writer scheduled, and the summary\'s task count', async () => {
    const page = fixture.handle.page;
    const app = new AppPage(page);
    const files = new FilesPage(page);
    await app.newEmptyProject();
    const problems: string[] = [];
    let compared = 0;
    for (const name of readdirSync(corpus).filter((n) => n.endsWith('.xml')).sort()) {
      const xml = readFileSync(path.join(corpus, name), 'utf8');
      await files.openPath(path.join(corpus, name));
      const summary = files.dialog(`Open “${name}”`);
      await summary.waitFor();
      const count = Number((await summary.getByTestId('summary-tasks').textContent())?.replace(/\D/g, ''));
      await summary.getByRole('button', { name: 'Open as new project' }).click();
      await summary.waitFor({ state: 'detached' });
      await expect.poll(() => page.getByRole('banner').locator('.meta').textContent(), { message: name }).toContain(`${count.toLocaleString('en-US')} task`);
      await app.openView('Tasks');
      const leaves = leafTasksOf(xml);
      // A file of calendars only (MPXJ's recurring exceptions) opens as a plan with no tasks.
      if (count === 0) {
        expect(leaves, name).toEqual([]);
        await page.getByText('No tasks yet').waitFor();
        continue;
      }
      await app.grid.locator('.grid-row:not(.new-row)').first().waitFor();
      // Only names a file uses once can be matched to a row by what a person reads.
      const unique = leaves.filter((t) => leaves.filter((o) => o.name === t.name).length === 1);
      const shown = await tableDates(page, app);
      const expected = await writtenDays(page, unique.flatMap((t) => [t.start, t.finish]));
      unique.forEach((task, i) => {
        const want = `${expected[2 * i] ?? ''} → ${expected[2 * i + 1] ?? ''}`;
        const got = shown.get(task.name);
        if (got !== want) problems.push(`${name}: '${task.name}' shows ${got ?? 'no row'}, the file says ${want} (${task.start} → ${task.finish})`);
        else compared++;
      });
      if (name === 'projectlibre_New-Product.xml') await screenshot(page, 'interop-open-projectlibre-tasks');
    }
    expect(problems).toEqual([]);
    // The corpus's leaf tasks with names of their own, every one on screen where its file put it.
    expect(compared).toBeGreaterThan(100);
  }, 240_000);
});
