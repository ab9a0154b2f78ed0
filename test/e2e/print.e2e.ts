/**
 * Printing (issue 15): the Gantt's PDF comes from Chromium's print engine, vector with searchable
 * text, and "Copy as rich text" puts the executive summary on the clipboard as HTML and plain text.
 * Each test starts from an EMPTY project built through the UI by keyboard.
 *
 * Plan (standard calendar, Mon-Fri; start Mon 2027-01-04), finish to start:
 *   Survey 3 d (Mon 4 - Wed 6 Jan), Foundations 5 d (Thu 7 - Wed 13), Deck 4 d (Thu 14 - Tue 19),
 *   Opening milestone (Tue 19 Jan), and Landscaping 40 d from the start (to Fri 26 Feb), which
 *   makes the chart wider than one A4 landscape page (27.7 days a page at the Days zoom): the
 *   second page repeats the task names beside the later weeks.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactPath, freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';
import { GanttPage } from './pages/gantt-page';
import { ReportsPage } from './pages/reports-page';
import { SettingsPage } from './pages/settings-page';

const TASKS = ['Survey', 'Foundations', 'Deck', 'Opening', 'Landscaping'] as const;
const NARRATIVE = 'Deck steel is late. <script>alert("x")</script> <b>not bold</b> =1+1';
const fixture = freshAppPerTest({ clipboard: true });
let page: Page;
let app: AppPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
});

/** The view at 1024×768 and 1440×900, light and dark, beside the other specs' screenshots. */
async function shots(name: string): Promise<void> {
  await screenshotsAtBothSizes(page, `print-${name}`);
}

async function buildPlan(): Promise<void> {
  await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
  await page.keyboard.press('Enter');
  await new SettingsPage(page).answerNewProject({ name: 'Harbour walk', start: '2027-01-04' });
  await expect.poll(() => app.title.textContent()).toBe('Harbour walk');
  await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
  for (const name of TASKS) { await page.keyboard.type(name); await page.keyboard.press('Enter'); }
  await app.editCell('Survey', 'duration', '3d');
  await app.editCell('Foundations', 'duration', '5d');
  await app.editCell('Foundations', 'predecessors', '1');
  await app.editCell('Deck', 'duration', '4d');
  await app.editCell('Deck', 'predecessors', '2');
  await app.editCell('Opening', 'duration', '0d');
  await app.editCell('Opening', 'predecessors', '3');
  await app.editCell('Landscaping', 'duration', '40d');
  await expect.poll(() => app.cell('Opening', 'finish').textContent()).toMatch(/Jan 19|19 Jan|1\/19|19/);
  await expect.poll(() => app.cell('Landscaping', 'finish').textContent()).toMatch(/Feb 26|26 Feb|2\/26|26/);
}

const pdfText = (path: string, pageNumber: number): string =>
  execFileSync('pdftotext', ['-layout', '-f', String(pageNumber), '-l', String(pageNumber), path, '-'], { encoding: 'utf8' });

/**
 * The time-scale labels of an exported Gantt SVG that are not whole, drawn in a page of their own:
 * a label is whole when every box it is drawn in (the image, the scale, a cell's clip) holds all
 * of it and it ends before the next label of its tier begins.
 */
async function cutScaleLabels(svg: string): Promise<string[]> {
  const viewer = await page.context().newPage();
  try {
    await viewer.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    return await viewer.evaluate(() => {
      const root = document.querySelector('body > svg');
      // The line under the scale: the one across the image.
      const head = [...root?.querySelectorAll(':scope > line') ?? []].find((l) => l.getAttribute('y1') === l.getAttribute('y2'));
      if (!root || !head) throw new Error('no exported Gantt');
      const headBottom = head.getBoundingClientRect().top;
      // An <svg>'s own box on the page (its client rect is its content's): where it clips.
      const viewport = (el: SVGSVGElement): { left: number; right: number } => {
        const m = el.getScreenCTM();
        if (!m) throw new Error('an svg without a place on the page');
        return { left: m.e, right: m.e + el.width.baseVal.value * m.a };
      };
      const labels = [...root.querySelectorAll('text')].map((text) => ({ text, box: text.getBoundingClientRect() }))
        .filter(({ text, box }) => box.bottom <= headBottom && text.closest('svg[width="256"]') === null);
      return labels.filter(({ text, box }, i) => {
        for (let el = text.parentElement; el; el = el.parentElement) {
          if (el instanceof SVGSVGElement) {
            const clip = viewport(el);
            if (box.left < clip.left - 0.5 || box.right > clip.right + 0.5) return true;
          }
        }
        const next = labels.slice(i + 1).find((l) => Math.abs(l.box.top - box.top) < 1);
        return next !== undefined && box.right > next.box.left;
      }).map(({ text }) => text.textContent ?? '');
    });
  } finally {
    await viewer.close();
  }
}

describe('printing', () => {
  it('exports the Gantt as a vector PDF whose every tile names the tasks', async () => {
    await buildPlan();
    await app.openView('Gantt');
    const gantt = new GanttPage(page);
    await gantt.grid.waitFor();
    await gantt.exportAs('Export PDF…');
    const options = page.getByRole('dialog', { name: 'PDF options' });
    await expect.poll(() => options.getByLabel('Paper').inputValue()).toBe('A4');
    expect(await options.getByLabel('Orientation').inputValue()).toBe('landscape');
    expect(await options.getByLabel('Layout').inputValue()).toBe('tile');
    await shots('gantt-pdf-options');
    const { download } = await new FilesPage(page).download(() => options.getByRole('button', { name: 'Export PDF' }).click());
    expect(download.suggestedFilename()).toBe('Harbour walk Gantt.pdf');
    const path = artifactPath('print-gantt.pdf');
    await download.saveAs(path);
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');

    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    // Fri 1 Jan - Tue 9 Mar 2027 (3 days' padding each side) is 67 days: 3 pages across, 1 down.
    expect(info).toMatch(/Pages:\s+3\n/);
    // A4 landscape, as Chromium's print engine sizes it (its page box is whole CSS px: 841.92 x 594.96 pt).
    expect(info).toMatch(/Page size:\s+841\.92 x 594\.96 pts \(A4\)/);
    // Text, not pixels: every task name on every tile, the scale's months, the footer.
    for (const n of [1, 2, 3]) {
      const text = pdfText(path, n);
      for (const name of TASKS) expect(text).toContain(name);
      expect(text).toContain('Harbour walk');
      expect(text).toContain(`Page ${String(n)} of 3`);
    }
    expect(pdfText(path, 1)).toContain('January 2027');
    expect(pdfText(path, 3)).toMatch(/February 2027|March 2027/);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '2', path, artifactPath('print-gantt-pdf-page')]);
  }, 240_000);

  it('exports the Gantt with whole time-scale labels: a cell too narrow for its label gets a shorter one or none', async () => {
    await buildPlan();
    await app.openView('Gantt');
    const gantt = new GanttPage(page);
    await gantt.grid.waitFor();
    // Days: the scale ends a few hours into March; Weeks: it starts on the Friday of a week begun in December.
    for (const zoom of ['Days', 'Weeks'] as const) {
      await gantt.zoom(zoom);
      const { download } = await new FilesPage(page).download(() => gantt.exportAs('Export SVG'));
      const path = artifactPath(`print-gantt-${zoom.toLowerCase()}.svg`);
      await download.saveAs(path);
      const svg = readFileSync(path, 'utf8');
      expect(await cutScaleLabels(svg)).toEqual([]);
      expect(svg).toContain('>January 2027</text>');
      expect(svg).toContain('>February 2027</text>');
    }
    // The PDF's tiles draw the same scale: the last one starts in February's last days.
    await gantt.zoom('Days');
    await gantt.exportAs('Export PDF…');
    const options = page.getByRole('dialog', { name: 'PDF options' });
    const { download } = await new FilesPage(page).download(() => options.getByRole('button', { name: 'Export PDF' }).click());
    const path = artifactPath('print-gantt-labels.pdf');
    await download.saveAs(path);
    execFileSync('pdftoppm', ['-png', '-r', '100', '-f', '3', '-l', '3', path, artifactPath('print-gantt-pdf-labels-page')]);
  }, 240_000);

  it('copies the executive summary as rich text: HTML and plain text, the narrative kept as text', async () => {
    await buildPlan();
    const reports = new ReportsPage(page);
    await reports.open();
    await reports.setStatusDate('2027-01-11');
    await page.getByLabel('Headline').fill('Deck steel is a week late');
    await page.getByLabel('Narrative').fill(NARRATIVE);
    await expect.poll(() => reports.text()).toContain('<script>alert("x")</script> <b>not bold</b>');
    const overall = /Overall\s*(Green|Amber|Red)/.exec(await reports.text())?.[1];
    expect(overall).toBeDefined();

    await reports.toolbar.getByRole('button', { name: 'Copy as rich text' }).click();
    await app.expectNotice('Report copied as rich text.');
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return null;
      const read = async (type: string): Promise<string> => (item.types.includes(type) ? (await item.getType(type)).text() : '');
      return { types: [...item.types], html: await read('text/html'), plain: await read('text/plain') };
    });
    expect(copied?.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    const html = copied?.html ?? '';
    expect(html).toContain('Executive summary');
    expect(html).toContain('Deck steel is a week late');
    expect(html).toMatch(new RegExp(`Overall <span[^>]*>${overall ?? '?'}</span>`));
    // Read back through the browser's clipboard sanitiser, which re-serialises text (quotes plain).
    expect(html).toContain('Deck steel is late. &lt;script&gt;alert("x")&lt;/script&gt; &lt;b&gt;not bold&lt;/b&gt; =1+1');
    expect(html).not.toMatch(/<script|<b>/i);
    const plain = copied?.plain ?? '';
    expect(plain).toContain('Deck steel is a week late');
    expect(plain).toContain(`Overall: ${overall ?? '?'}`);
    expect(plain).toContain('\\<script\\>alert("x")\\</script\\>');
    await shots('reports-copied');

    // The same summary as a PDF, rendered to look at beside the Gantt's.
    const { download } = await new FilesPage(page).download(() => reports.toolbar.getByRole('button', { name: 'Export PDF' }).click());
    const path = artifactPath('print-report.pdf');
    await download.saveAs(path);
    expect(pdfText(path, 1)).toContain('Deck steel is a week late');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', path, artifactPath('print-report-pdf-page')]);
  }, 240_000);
});
