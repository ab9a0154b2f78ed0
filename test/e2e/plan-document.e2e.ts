/**
 * The project management plan document (issue 17) and phase names everywhere, from an EMPTY
 * project built through the UI by keyboard: three linked tasks and a milestone, a person, a risk,
 * the Execution phase renamed "Build & ship" and Build put in it from the task table's Phase
 * column. The renamed phase shows in the Phase column, the Gantt's colour-by-phase legend and
 * presentation mode's Focus list; the plan document is exported as PDF (read back with pdftotext,
 * pages rendered with pdftoppm), HTML and Markdown; all still there after a reload.
 *
 * Plan (standard calendar, Mon-Fri; start Mon 2027-01-04), finish to start:
 *   Design Mon 4 - Tue 5 Jan (2 d), Build Wed 6 - Fri 8 (3 d), Launch milestone Fri 8 Jan.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { artifactPath, freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';
import { GanttPage } from './pages/gantt-page';
import { PhasesPage } from './pages/phases-page';
import { ReportsPage } from './pages/reports-page';
import { SettingsPage } from './pages/settings-page';
import { TeamPage } from './pages/team-page';

const SECTIONS = ['Project charter', 'Phases and gates', 'Milestone timeline', 'Team and RACI', 'Budget', 'Risk summary', 'Communication plan', 'Change process'];
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
const shots = (name: string, inView?: Locator): Promise<string[]> =>
  screenshotsAtBothSizes(page, `plan-document-${name}`, inView ? () => inView.scrollIntoViewIfNeeded() : undefined);

async function buildPlan(): Promise<void> {
  await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
  await page.keyboard.press('Enter');
  await new SettingsPage(page).answerNewProject({ name: 'Apollo', start: '2027-01-04' });
  await expect.poll(() => app.title.textContent()).toBe('Apollo');
  await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
  for (const name of ['Design', 'Build', 'Launch']) { await page.keyboard.type(name); await page.keyboard.press('Enter'); }
  await app.editCell('Design', 'duration', '2d');
  await app.editCell('Build', 'duration', '3d');
  await app.editCell('Build', 'predecessors', '1');
  await app.editCell('Launch', 'duration', '0d');
  await app.editCell('Launch', 'predecessors', '2');
  await expect.poll(() => app.cell('Launch', 'finish').textContent()).toMatch(/Jan 8|8 Jan|1\/8|08/);

  await app.openView('Team');
  await new TeamPage(page).addPerson('Ana Ruiz', 100);

  await app.openView('Risks');
  await page.getByRole('button', { name: 'Add risk with probability 4 and impact 5' }).click();
  const risk = page.getByRole('dialog', { name: /^Risk R-001/ });
  await risk.getByLabel('Title', { exact: true }).fill('Vendor API late');
  await risk.getByLabel('Title', { exact: true }).press('Tab');
  await risk.getByRole('button', { name: 'Done' }).click();

  const phases = new PhasesPage(page);
  await phases.open();
  await phases.rename('Execution', 'Build & ship');
}

/** Chooses a phase in the task table's Phase cell by keyboard: Enter opens the choice, Enter commits. */
async function choosePhase(taskName: string, phase: string): Promise<void> {
  await app.cell(taskName, 'phase').click();
  await page.keyboard.press('Enter');
  const select = app.grid.locator('select.cell-input');
  await select.selectOption({ label: phase });
  await select.press('Enter');
}

async function exportDocument(dialog: Locator, format: 'PDF' | 'HTML' | 'Markdown'): Promise<{ name: string; path: string }> {
  await dialog.getByLabel('Plan document format').selectOption({ label: format });
  const { download } = await new FilesPage(page).download(() => dialog.getByRole('button', { name: 'Export plan document' }).click());
  const path = artifactPath(`plandoc-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path };
}

describe('project management plan document', () => {
  it('shows renamed phases in the table, Gantt legend and presentation, and exports the plan document as PDF, HTML and Markdown', async () => {
    await buildPlan();

    await app.openView('Tasks');
    await app.showColumns(['Phase']);
    await expect.poll(() => app.headers).toContain('Phase');
    await choosePhase('Build', 'Build & ship');
    await expect.poll(() => app.cell('Build', 'phase').textContent()).toBe('Build & ship');
    await choosePhase('Design', 'Planning');
    await expect.poll(() => app.cell('Design', 'phase').textContent()).toBe('Planning');
    await shots('tasks-phase-column', app.cell('Build', 'phase'));

    const gantt = new GanttPage(page);
    await app.openView('Gantt');
    const legend = page.getByRole('list', { name: 'Legend' });
    await expect.poll(() => legend.innerText()).toContain('Build & ship');
    expect(await legend.innerText()).not.toContain('Execution');
    await shots('gantt-legend');

    await page.keyboard.press('F5');
    await gantt.presentation.waitFor();
    const focus = gantt.presentation.getByLabel('Focus');
    await focus.selectOption({ label: 'Build & ship' });
    const shownRows = async (): Promise<string> => (await gantt.presentation.getByRole('grid').getByRole('row').allInnerTexts()).join('|');
    await expect.poll(shownRows).not.toContain('Design');
    expect(await shownRows()).toContain('Build');
    await shots('presentation-focus');
    await page.keyboard.press('Escape');
    await expect.poll(() => gantt.presentation.count()).toBe(0);

    await reports.open();
    await reports.setStatusDate('2027-01-05');
    await shots('reports-toolbar');
    await reports.toolbar.getByRole('button', { name: 'Plan document…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Project management plan' });
    const preview = page.frameLocator('iframe[title="Plan document"]').locator('body');
    await expect.poll(() => preview.innerText()).toContain('Build & ship');
    const previewText = await preview.innerText();
    for (const title of SECTIONS) expect(previewText).toContain(title);
    await shots('plan-document-dialog');

    const pdf = await exportDocument(dialog, 'PDF');
    expect(pdf.name).toBe('Apollo project management plan 2027-01-05.pdf');
    expect(readFileSync(pdf.path).subarray(0, 5).toString()).toBe('%PDF-');
    const pdfText = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' });
    for (const title of SECTIONS) expect(pdfText).toContain(title);
    for (const text of ['Build & ship', 'Launch', 'Fri, Jan 8, 27', 'Ana Ruiz', 'Vendor API late', '20 of 25', 'Project management plan']) expect(pdfText).toContain(text);
    expect(pdfText).toMatch(/Page 1 of \d/);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf.path, artifactPath('plan-document-pdf-page')]);
    expect(readdirSync(dirname(artifactPath('x'))).some((f) => f.startsWith('plan-document-pdf-page'))).toBe(true);

    const html = readFileSync((await exportDocument(dialog, 'HTML')).path, 'utf8');
    expect(html).not.toMatch(/<script/i);
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((t) => /\s(?:src|href|srcset|action)=|\son\w+=/i.test(t))).toEqual([]);
    expect(html).not.toMatch(/url\(|@import|https?:\/\//i);
    expect(html).toContain('Build &amp; ship');

    const md = readFileSync((await exportDocument(dialog, 'Markdown')).path, 'utf8');
    expect(md).toContain('# Apollo: project management plan');
    for (const [i, title] of SECTIONS.entries()) expect(md).toContain(`## ${String(i + 1)}. ${title}`);
    expect(md).toMatch(/\| Build \\?& ship \|/);
    expect(md).toContain('| Ana Ruiz |');
    await dialog.getByRole('button', { name: 'Close' }).click();

    await fixture.handle.reload();
    await app.openView('Tasks');
    await expect.poll(() => app.cell('Build', 'phase').textContent()).toBe('Build & ship');
    await app.openView('Gantt');
    await expect.poll(() => page.getByRole('list', { name: 'Legend' }).innerText()).toContain('Build & ship');
  }, 300_000);
});
