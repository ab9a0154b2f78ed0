/**
 * Status reports from an EMPTY project built through the UI (issue 15): three linked tasks and a
 * milestone typed by keyboard, a baseline, the milestone slipped 4 working days, both audiences
 * generated at a status date, a narrative with <script> in it, a report issued, the status date
 * moved and a second report issued showing what changed since the first; then PDF (read back with
 * pdftotext and rendered with pdftoppm), HTML, Markdown and the slide PNG, and a reload.
 *
 * Plan (standard calendar, 8 h days, Mon-Fri; start Mon 2027-01-04), finish to start:
 *   Design Mon 4 - Tue 5 Jan (2 d), Build Wed 6 - Fri 8 (3 d), Launch milestone Fri 8 Jan.
 * Baseline saved there. Build then grows to 7 d: Wed 6 - Thu 14, so Launch is 4 working days late.
 * At status date Fri 8 with Build not started, its 7 days move after the status date (Mon 11 - Tue
 * 19): 3 working days later than the first report said (Thu 14).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactPath, freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { FilesPage } from './pages/files-page';
import { GanttPage } from './pages/gantt-page';
import { ReportsPage } from './pages/reports-page';
import { staff, typeChain } from './pages/shared-projects';

const NARRATIVE = 'Build needs four more days. <script>alert("x")</script> <b>not bold</b>';
const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let reports: ReportsPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  reports = new ReportsPage(page);
});

/** The view at 1024×768 and 1440×900, light and dark. */
const shots = (name: string): Promise<string[]> => screenshotsAtBothSizes(page, `reports-${name}`);

/** Save baseline from the Gantt's toolbar (or its More menu), as a person does; back in Tasks when the baseline bars show. */
async function saveBaseline(): Promise<void> {
  const gantt = new GanttPage(page);
  await app.openView('Gantt');
  await gantt.toolbar.getByRole('button', { name: /^(More|Save baseline)$/ }).first().waitFor();
  await (await gantt.viewOptions()).getByRole('button', { name: 'Save baseline' }).click();
  await expect.poll(() => page.getByTestId('baseline-bar').count()).toBeGreaterThan(0);
  await app.openView('Tasks');
}

async function buildPlan(): Promise<void> {
  await typeChain(page, 'Relaunch', '2027-01-04', [['Design', '2d'], ['Build', '3d'], ['Launch', '0d']]);
  await expect.poll(() => app.cell('Launch', 'finish').textContent()).toMatch(/Jan 8|8 Jan|1\/8|08/);
  await saveBaseline();
  await app.editCell('Design', 'percent', '100');
  await app.editCell('Build', 'duration', '7d');
}

async function save(format: 'PDF' | 'HTML' | 'Markdown' | 'Slide PNG'): Promise<{ name: string; path: string }> {
  const { download } = await new FilesPage(page).download(() => reports.toolbar.getByRole('button', { name: `Export ${format}` }).click());
  const path = artifactPath(`reports-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path };
}

describe('status reports from an empty project', () => {
  it('generates both audiences, issues two reports with real deltas, and exports PDF, HTML, Markdown and a slide', async () => {
    await buildPlan();
    await reports.open();
    await reports.setStatusDate('2027-01-05');
    await expect.poll(() => reports.text()).toMatch(/Launch\s*Fri, Jan 8, 27\s*Thu, Jan 14, 27\s*4 working days late/);
    const executive = await reports.text();
    expect(executive).toContain('Executive summary · first report');
    expect(executive).toMatch(/Overall\s*Amber/);
    expect(executive).not.toContain('Critical path (');
    await reports.setAudience('Team report');
    await expect.poll(() => reports.text()).toContain('Critical path (2 tasks, by start): Build, Launch');
    expect(await reports.text()).toMatch(/3 Launch\s*Fri, Jan 8, 27\s*Thu, Jan 14, 27\s*4 working days late/);

    await page.getByLabel('Headline').fill('Launch slips four days');
    await page.getByLabel('Narrative').fill(NARRATIVE);
    await expect.poll(() => reports.text()).toContain('<script>alert("x")</script> <b>not bold</b>');
    await shots('reports-team');
    await reports.issue();
    await expect.poll(() => reports.history.getByRole('listitem').count()).toBe(1);

    // A week on: Build has not started, so it moves after the new status date.
    await reports.setStatusDate('2027-01-08');
    await page.getByLabel('Narrative').fill('Build has not started yet.');
    await expect.poll(() => reports.text()).toContain('compared with the report of Tue, Jan 5, 27');
    const second = await reports.text();
    expect(second).toContain('Later by 3 working days than the last report said (Thu, Jan 14, 27)');
    expect(second).toMatch(/Launch\s*Fri, Jan 8, 27\s*Tue, Jan 19, 27\s*7 working days late/);
    await reports.issue();
    await expect.poll(() => reports.history.getByRole('listitem').count()).toBe(2);
    await shots('reports-second');

    const pdf = await save('PDF');
    expect(pdf.name).toBe('Relaunch status 2027-01-08 team.pdf');
    expect(readFileSync(pdf.path).subarray(0, 5).toString()).toBe('%PDF-');
    const pdfText = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('Launch');
    expect(pdfText).toMatch(/7 working days late/);
    expect(pdfText).toContain('Status date Fri, Jan 8, 27');
    expect(pdfText).toMatch(/Page 1 of \d/);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf.path, artifactPath('reports-pdf-page')]);
    expect(readdirSync(dirname(artifactPath('x'))).some((f) => f.startsWith('reports-pdf-page'))).toBe(true);

    const html = readFileSync((await save('HTML')).path, 'utf8');
    expect(html).not.toMatch(/<script/i);
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((t) => /\s(?:src|href|srcset|action)=|\son\w+=/i.test(t))).toEqual([]);
    expect(html).not.toMatch(/url\(|@import|https?:\/\//i);
    expect(html).toContain('Build has not started yet.');

    await reports.setStatusDate('2027-01-05');
    await page.getByLabel('Narrative').fill(NARRATIVE);
    const md = readFileSync((await save('Markdown')).path, 'utf8');
    expect(md).toContain('\\<script\\>alert("x")\\</script\\>');
    expect(md).toContain('Launch: 4 working days late');

    await reports.setAudience('Executive summary');
    const png = readFileSync((await save('Slide PNG')).path);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);

    await fixture.handle.reload();
    await reports.open();
    await expect.poll(() => reports.history.getByRole('listitem').count()).toBe(2);
    expect(await reports.history.innerText()).toContain('Launch slips four days');
  }, 300_000);

  it('keeps the headline, narrative and status date typed in a new project\'s report through a view switch and a reload', async () => {
    // An EMPTY project by keyboard, as the tester made it.
    await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => app.title.textContent()).toBe('Untitled project');
    await reports.open();
    await reports.setStatusDate('2031-03-14');
    await reports.headline.click();
    await page.keyboard.type('Design signed off; build starts Monday');
    await reports.narrative.click();
    await page.keyboard.type('Design took a day longer.\nWe need a tester from April.');
    const typed = { statusDate: '2031-03-14', headline: 'Design signed off; build starts Monday', narrative: 'Design took a day longer.\nWe need a tester from April.' };
    await expect.poll(() => reports.text()).toContain('We need a tester from April.');
    // Ctrl+1 with the cursor still in the narrative: the field is never left by a blur.
    await page.keyboard.press('Control+1');
    await app.grid.waitFor();
    await app.waitSaved();
    expect(await page.getByRole('banner').getByRole('button', { name: /^Undo/ }).getAttribute('aria-label')).toBe('Undo Edit report narrative');
    await reports.open();
    expect(await reports.draft()).toEqual(typed);
    expect(await reports.text()).toContain('Design signed off; build starts Monday');

    await fixture.handle.reload();
    await reports.open();
    expect(await reports.draft()).toEqual(typed);
    await expect.poll(() => reports.text()).toContain('We need a tester from April.');
    expect(await reports.text()).toContain('Fri, Mar 14, 31');
  }, 120_000);

  it('shows no RAG trend in the first report, says it appears from the second, and shows it from the second', async () => {
    const NO_TREND = 'The trend of each RAG appears from the second report: issue this one to compare the next with it.';
    await app.newEmptyProject('Pilot');
    await app.typeTasks([['Design', '2d'], ['Build', '3d']]);

    await reports.open();
    await reports.setStatusDate('2031-03-14');
    await expect.poll(() => reports.text()).toContain(NO_TREND);
    const first = await reports.text();
    expect(first).toMatch(/Dimension\s+RAG\s+Why/);
    expect(first).not.toMatch(/\bTrend\b/);
    await shots('first-report-no-trend');
    await reports.issue();
    await expect.poll(() => reports.history.getByRole('listitem').count()).toBe(1);

    await reports.setStatusDate('2031-03-21');
    await expect.poll(() => reports.text()).toMatch(/Dimension\s+RAG\s+Trend\s+Why/);
    const second = await reports.text();
    expect(second).toMatch(/Schedule\s+\S[^\n]*?\s+\w[\w ]* → \w/);
    expect(second).not.toContain(NO_TREND);
  }, 120_000);

  it('reports the plan before its start: not started, when it starts, what comes first; issued and kept after a reload', async () => {
    // A plan agreed in planning, nothing begun: its first report goes out before the first task starts.
    await typeChain(page, 'Relaunch', '2027-01-04', [['Design', '2d'], ['Build', '3d'], ['Launch', '0d']]);
    await expect.poll(() => app.cell('Launch', 'finish').textContent()).toMatch(/Jan 8|8 Jan|1\/8|08/);
    await saveBaseline();
    await reports.open();
    await reports.setStatusDate('2026-12-31');
    await expect.poll(() => reports.text()).toContain('not started: starts Mon, Jan 4, 27 · forecast finish Fri, Jan 8, 27');
    const early = await reports.text();
    expect(early).not.toContain('is before the project starts');
    expect(early).toMatch(/Schedule\s+Green/);
    expect(early).toContain('Forecast finish: Fri, Jan 8, 27. Against the baseline (Fri, Jan 8, 27): on time.');
    expect(early).toContain('Design: Mon, Jan 4, 27 to Tue, Jan 5, 27, 0% done');
    await reports.headline.fill('Plan agreed; kick-off Monday');
    await reports.issue();
    await expect.poll(() => reports.history.getByRole('listitem').count()).toBe(1);
    expect(await reports.history.innerText()).toContain('Thu, Dec 31, 26');
    // Every RAG chip of the dimension table on one line, "Not measured" too (it broke in two at 1024 px).
    const chips = page.frameLocator('iframe[title="Status report"]').getByRole('table').first().locator('span');
    for (const [width, height] of [[1024, 768], [1440, 900]] as const) {
      await page.setViewportSize({ width, height });
      const boxes = await chips.evaluateAll((spans) => spans.map((s) => ({ text: s.textContent ?? '', height: Math.round(s.getBoundingClientRect().height) })));
      const oneLine = boxes[0]?.height ?? 0;
      expect(boxes).toEqual(['Green', 'Not measured', 'Green', 'Green'].map((text) => ({ text, height: oneLine })));
    }
    await shots('before-start');
    await fixture.handle.reload();
    await reports.open();
    await expect.poll(() => reports.history.getByRole('listitem').count()).toBe(1);
    expect(await reports.history.innerText()).toContain('Thu, Dec 31, 26');
  }, 120_000);

  it('writes a late milestone\'s date clear of its baseline marker on the milestone timeline', async () => {
    // Prep 1 d, Build 20 d, then Launch, baselined; Prep is done and Build grows a day, so Launch,
    // the last milestone, is 1 working day late (Mon 1 to Tue 2 Feb): its forecast sits at the
    // timeline's right edge with the baseline's hollow diamond a day (about 15 px) left of it,
    // where its date label used to go.
    await typeChain(page, 'One day late', '2027-01-04', [['Prep', '1d'], ['Build', '20d'], ['Launch', '0d']]);
    await saveBaseline();
    await app.editCell('Prep', 'percent', '100');
    await app.editCell('Build', 'duration', '21d');
    await reports.open();
    await reports.setStatusDate('2027-01-04');
    await expect.poll(() => reports.text()).toMatch(/Launch\s*Mon, Feb 1, 27\s*Tue, Feb 2, 27\s*1 working day late/);
    const timeline = page.frameLocator('iframe[title="Status report"]').getByRole('img', { name: 'Milestone timeline' });
    await timeline.scrollIntoViewIfNeeded();
    const crossings = await timeline.evaluate((svg) => {
      // Boxes on screen: a marker is drawn in a nested SVG placed along the axis, so its own getBBox() is local to it.
      const boxes = (selector: string) => [...svg.querySelectorAll<SVGGraphicsElement>(selector)].map((e) => ({ text: e.tagName === 'path' ? e.getAttribute('fill') ?? '' : e.textContent ?? '', box: e.getBoundingClientRect() }));
      const overlaps = (a: DOMRect, b: DOMRect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      return boxes('text').flatMap((t) => boxes('path').filter((p) => overlaps(t.box, p.box)).map((p) => `'${t.text}' over the ${p.text === 'none' ? 'baseline' : 'forecast'} marker`));
    });
    expect(await timeline.locator('path[fill="none"]').count()).toBe(1);
    expect(crossings).toEqual([]);
    await screenshotsAtBothSizes(page, 'reports-milestone-timeline', () => timeline.scrollIntoViewIfNeeded());
  }, 120_000);

  it('writes a milestone 30 working days late with its forecast date under its forecast diamond, not back by its baseline, at 1024 and 1440', async () => {
    // Prep 1 d, Build 10 d, Beta, Polish 1 d, Launch, baselined (Beta Mon 18, Launch Tue 19 Jan);
    // Prep is done and Build grows to 40 d, so Beta (Mon 1 Mar) and Launch (Tue 2 Mar) are 30
    // working days late, a day apart at the timeline's right end, their baselines a third of the
    // axis back, where their dates used to be written.
    await typeChain(page, 'Large slip', '2027-01-04', [['Prep', '1d'], ['Build', '10d'], ['Beta', '0d'], ['Polish', '1d'], ['Launch', '0d']]);
    await saveBaseline();
    // Its notice would cover the timeline in the pictures.
    await page.locator('.notice').filter({ hasText: 'Baseline saved.' }).getByRole('button', { name: 'Dismiss' }).click();
    await app.editCell('Prep', 'percent', '100');
    await app.editCell('Build', 'duration', '40d');
    await reports.open();
    await reports.setStatusDate('2027-01-04');
    await expect.poll(() => reports.text()).toMatch(/Launch\s*Tue, Jan 19, 27\s*Tue, Mar 2, 27\s*30 working days late/);
    const timeline = page.frameLocator('iframe[title="Status report"]').getByRole('img', { name: 'Milestone timeline' });
    for (const [width, height] of [[1024, 768], [1440, 900]] as const) {
      await page.setViewportSize({ width, height });
      await timeline.scrollIntoViewIfNeeded();
      expect({ width, ...await timeline.evaluate(placeForecastDates) }).toEqual({
        width, underTheirForecast: ['Mar 1, 27', 'Mar 2, 27'], insideTheChart: true, overlaps: [],
      });
    }
    await screenshotsAtBothSizes(page, 'reports-timeline-large-slip', () => timeline.scrollIntoViewIfNeeded());
  }, 120_000);

  it('lays the milestone timeline out to the width it is given, in the preview at 1024 and 1440 and in the exported HTML', async () => {
    // Two milestones, Kickoff after Design (Wed 6 Jan) and Launch after Build (Wed 3 Feb), the last day of the axis.
    await typeChain(page, 'Relaunch', '2027-01-04', [['Design', '2d'], ['Kickoff', '0d'], ['Build', '20d'], ['Launch', '0d']]);
    await reports.open();
    await reports.setStatusDate('2027-01-04');
    await expect.poll(() => reports.text()).toContain('Kickoff: due Wed, Jan 6, 27');
    const timeline = page.frameLocator('iframe[title="Status report"]').getByRole('img', { name: 'Milestone timeline' });
    const expected = { smallestTypePx: true, emptyBandLeftOfAxisPx: true, widthOfItsColumn: true, launchAtRightEdge: true, overlaps: [] };
    for (const [width, height] of [[1024, 768], [1440, 900]] as const) {
      await page.setViewportSize({ width, height });
      await timeline.scrollIntoViewIfNeeded();
      expect({ width, ...await timeline.evaluate(measureTimeline) }).toEqual({ width, ...expected });
    }
    await screenshotsAtBothSizes(page, 'reports-timeline-width', () => timeline.scrollIntoViewIfNeeded());

    // The exported file opened in a 1024 px browser window: the same layout at that width.
    const exported = readFileSync((await save('HTML')).path, 'utf8');
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.setContent(exported);
    expect(await page.getByRole('img', { name: 'Milestone timeline' }).evaluate(measureTimeline)).toEqual(expected);
  }, 120_000);

  it('before a baseline, reports what was spent and says earned value waits for a baseline, as the Cost view does, not "work worth $0"', async () => {
    // Design 2 d and Build 3 d at 100/h; Design done: 16 h x 100 = 1,600 spent, 4,000 as scheduled.
    await typeChain(page, 'Unbaselined', '2027-01-04', [['Design', '2d'], ['Build', '3d']]);
    await staff(page, 'Ana Lopez', 100, ['Design', 'Build']);
    await app.editCell('Design', 'percent', '100');
    await app.openView('Costs');
    const costs = new CostsPage(page);
    // Actual cost is as of the status date (nothing before the work starts): the report's, not today's.
    await costs.setStatusDate('2027-01-06');
    await expect.poll(() => costs.figure('Actual cost (AC)')).toMatch(/^\$1,?600(\.00)?$/);
    expect(await costs.figure('Baseline cost (BAC)')).toBe('No baseline');

    await reports.open();
    await reports.setStatusDate('2027-01-06');
    await reports.setAudience('Executive summary');
    await expect.poll(() => reports.text()).toContain('Spent so far: $1,600. What the work done is worth (earned value) is measured once a baseline is saved.');
    expect(await reports.text()).not.toMatch(/work worth \$0/);
    await reports.setAudience('Team report');
    await expect.poll(() => reports.text()).toContain('BAC, PV and EV: not measured until a baseline is saved · AC $1,600');
    expect(await reports.text()).not.toMatch(/(BAC|PV|EV) \$0/);
  }, 120_000);
});

/**
 * What a reader of the milestone timeline sees: the smallest type as drawn on screen (px, scaling
 * included) is 11 px or more; the axis starts within 24 px of the longest name (no empty band);
 * the timeline is as wide as the column it sits in; the last milestone (on the axis's last day)
 * sits within 24 px of its right edge; and no label crosses another label or a marker.
 */
function measureTimeline(svg: SVGSVGElement) {
  const texts = [...svg.querySelectorAll('text')];
  const drawnPx = texts.map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1));
  const right = (text: string): number => texts.find((t) => t.textContent === text)?.getBoundingClientRect().right ?? Number.NaN;
  const axisStart = texts.find((t) => t.textContent === 'Mon, Jan 4, 27')?.getBoundingClientRect().left ?? Number.NaN;
  const markers = [...svg.querySelectorAll('path')].map((p) => p.getBoundingClientRect());
  const box = svg.getBoundingClientRect();
  const column = svg.parentElement?.getBoundingClientRect().width ?? 0;
  const overlaps = (a: DOMRect, b: DOMRect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const crossings = texts.flatMap((t, i) => [
    ...texts.slice(i + 1).filter((u) => overlaps(t.getBoundingClientRect(), u.getBoundingClientRect())).map((u) => `'${t.textContent ?? ''}' over '${u.textContent ?? ''}'`),
    ...markers.filter((m) => overlaps(t.getBoundingClientRect(), m)).map(() => `'${t.textContent ?? ''}' over a marker`),
  ]);
  return {
    smallestTypePx: Math.min(...drawnPx) >= 11,
    emptyBandLeftOfAxisPx: axisStart - Math.max(right('Kickoff'), right('Launch')) <= 24,
    widthOfItsColumn: Math.abs(box.width - column) <= 1,
    launchAtRightEdge: box.right - Math.max(...markers.map((m) => m.right)) <= 24,
    overlaps: crossings,
  };
}

/**
 * Where the milestone timeline writes its forecast dates, as drawn: the dates whose box spans
 * their row's forecast diamond (or ends at most at its tip) on the line just under it; whether
 * every label is inside the chart; and any label over another label or a marker.
 */
function placeForecastDates(svg: SVGSVGElement) {
  const texts = [...svg.querySelectorAll('text')];
  const paths = [...svg.querySelectorAll('path')];
  const forecasts = paths.filter((p) => p.getAttribute('fill') !== 'none').map((p) => p.getBoundingClientRect());
  const box = svg.getBoundingClientRect();
  const overlaps = (a: DOMRect, b: DOMRect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const underTheirForecast = texts.filter((t) => /^\w{3} \d+, \d{2,4}$/.test(t.textContent ?? '')).filter((t) => {
    const label = t.getBoundingClientRect();
    return forecasts.some((m) => {
      const centre = m.x + m.width / 2;
      return label.left <= centre + 6 && label.right >= centre - 6 && label.top >= m.bottom - 2 && label.top <= m.bottom + 6;
    });
  }).map((t) => t.textContent ?? '');
  const crossings = texts.flatMap((t, i) => [
    ...texts.slice(i + 1).filter((u) => overlaps(t.getBoundingClientRect(), u.getBoundingClientRect())).map((u) => `'${t.textContent ?? ''}' over '${u.textContent ?? ''}'`),
    ...paths.filter((p) => overlaps(t.getBoundingClientRect(), p.getBoundingClientRect())).map(() => `'${t.textContent ?? ''}' over a marker`),
  ]);
  const insideTheChart = texts.every((t) => {
    const r = t.getBoundingClientRect();
    return r.left >= box.left - 0.5 && r.right <= box.right + 0.5;
  });
  return { underTheirForecast, insideTheChart, overlaps: crossings };
}
