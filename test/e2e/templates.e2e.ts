/**
 * Templates as a PMO uses them: a new project from a built-in template at a chosen start, saved
 * back as a template file, and a second project started from that file at another start with
 * every task at the same working-time offset; both survive a reload. A template file from a newer
 * Plotline is refused in the dialog, before anything is created. A template file whose links form a
 * loop starts a project that says so, as an opened file does.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, type AppHandle, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';
import { SettingsPage } from './pages/settings-page';

const fixture = freshAppPerTest();
let handle: AppHandle;
let app: AppPage;
let files: FilesPage;
let settings: SettingsPage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
  files = new FilesPage(handle.page);
  settings = new SettingsPage(handle.page);
});

/** How the task table shows a date (its format, in the browser's locale). */
async function shown(page: Page, date: string): Promise<string> {
  return page.evaluate((d) => new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' })
    .format(new Date(`${d}T00:00:00Z`)), date);
}

/** Each task's finish in a saved .plotline, by name. */
function finishesByName(text: string): Map<string, string> {
  const file = JSON.parse(text) as { project: { tasks: Record<string, { name: string; finish: string }> } };
  return new Map(Object.values(file.project.tasks).map((t) => [t.name, t.finish]));
}

function plusDays(dateTime: string, days: number): string {
  const d = new Date(`${dateTime}:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 16);
}

async function finishOf(name: string): Promise<string> {
  return (await app.cell(name, 'finish').innerText()).trim();
}

/** New project, by keyboard where the dialog allows: name typed, template and start chosen, Enter. */
async function newProjectFrom(template: string, name: string, start: string, beforeEnter?: () => Promise<void>): Promise<void> {
  await app.projects.getByRole('button', { name: 'New project', exact: true }).click();
  const dialog = settings.newProjectDialog;
  await dialog.waitFor();
  await handle.page.keyboard.type(name);
  if (template !== '') await dialog.getByLabel('Start from').selectOption({ label: template });
  await dialog.getByLabel('Start date').fill(start);
  await beforeEnter?.();
  await dialog.getByLabel('Name', { exact: true }).press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => app.title.textContent()).toBe(name);
}

/** The view at 1024×768 and 1440×900, light and dark. */
const shots = (page: Page, name: string): Promise<string[]> => screenshotsAtBothSizes(page, `templates-${name}`);

describe('project templates', () => {
  it('starts a project from a built-in template, saves it as a template file, and starts another from the file at a new date', async () => {
    const { page } = handle;
    await newProjectFrom('Cloud migration', 'Cloud move', '2027-01-04');
    await app.openView('Tasks');
    // Charter 3d from Mon 4 Jan; stakeholders start a day later (SS+1) for 2d; the gate follows both: Wed 6 Jan.
    await expect.poll(() => finishOf('Gate: charter approved')).toBe(await shown(page, '2027-01-06'));
    expect(await app.outline()).toEqual(expect.arrayContaining(['Initiation@0', 'Gate: charter approved@1', 'Migration wave 1@1', 'Closure@0']));

    const saved = await files.download(() => files.choose('Save as template…'));
    expect(saved.name).toBe('Cloud move template.plotline');
    // The template marker travels as a field of the project object (the file keeps fields it does not model).
    const file = JSON.parse(saved.text) as { project: { project: { template?: { name: string } }; resources: object } };
    expect(file.project.project.template?.name).toBe('Cloud move template');
    expect(file.project.resources).toEqual({});

    // The same plan 26 weeks later (a Monday again, no holidays): every date moves by exactly 26 weeks.
    await newProjectFrom('', 'Cloud move, wave 2', '2027-07-05', async () => {
      const chooser = page.waitForEvent('filechooser');
      await settings.newProjectDialog.getByLabel('Start from').selectOption({ label: 'Template file…' });
      await (await chooser).setFiles({ name: saved.name, mimeType: 'application/octet-stream', buffer: Buffer.from(saved.text) });
      await expect.poll(() => settings.newProjectDialog.innerText()).toContain(`From “${saved.name}”`);
      await shots(page, 'new-project-dialog');
    });
    await expect.poll(() => finishOf('Gate: charter approved')).toBe(await shown(page, '2027-07-07'));
    const copy = await files.download(() => files.choose('Save as .plotline…'));
    expect(finishesByName(copy.text)).toEqual(new Map([...finishesByName(saved.text)].map(([name, finish]) => [name, plusDays(finish, 182)])));

    await handle.reload();
    await app.openView('Tasks');
    await expect.poll(() => app.title.textContent()).toBe('Cloud move, wave 2');
    await expect.poll(() => finishOf('Gate: charter approved')).toBe(await shown(page, '2027-07-07'));
    await shots(page, 'tasks-from-template');
  });

  it('refuses a template file from a newer Plotline in the dialog and creates nothing', async () => {
    const { page } = handle;
    await newProjectFrom('Software release', 'Release 4.2', '2027-01-04');
    const saved = await files.download(() => files.choose('Save as template…'));
    const newer = saved.text.replace(/"version": \d+/, '"version": 99');

    await app.projects.getByRole('button', { name: 'New project', exact: true }).click();
    const dialog = settings.newProjectDialog;
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByLabel('Start from').selectOption({ label: 'Template file…' });
    await (await chooser).setFiles({ name: 'future.plotline', mimeType: 'application/octet-stream', buffer: Buffer.from(newer) });
    await expect.poll(() => dialog.getByRole('alert').innerText()).toMatch(/Template “future\.plotline”: This plan was saved .* in file version 99; this Plotline reads versions up to \d+\. Update Plotline to open it\./);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => app.projects.getByRole('button', { name: /Release 4\.2/ }).count()).toBeGreaterThan(0);
    await expect.poll(() => app.title.textContent()).toBe('Release 4.2');
  });

  it('says a loop among a template file\'s links when a project starts from it, each task with its # row', async () => {
    const { page } = handle;
    await app.newEmptyProject('Release');
    await app.typeTasks([['Design', '2d'], ['Build', '3d'], ['Test', '1d']]);
    // Design → Build → Test, typed down the Predecessors column.
    await app.cell('Build', 'predecessors').click();
    for (const row of ['1', '2']) { await page.keyboard.type(row); await page.keyboard.press('Enter'); }
    await expect.poll(() => app.cell('Test', 'predecessors').textContent()).toBe('2');
    await app.waitSaved();
    const saved = await files.download(() => files.choose('Save as template…'));
    // The PMO's copy of the file gains Design after Test (the app refuses that link; a file can carry it).
    const file = JSON.parse(saved.text) as { project: { tasks: Record<string, { name: string }>; links: Record<string, { id: string; predecessorId: string; successorId: string }> } };
    const idOf = (name: string): string => Object.entries(file.project.tasks).find(([, t]) => t.name === name)?.[0] ?? '';
    const [link] = Object.values(file.project.links);
    if (link) file.project.links['pmo-loop'] = { ...link, id: 'pmo-loop', predecessorId: idOf('Test'), successorId: idOf('Design') };

    await newProjectFrom('', 'Release 2', '2027-01-04', async () => {
      const chooser = page.waitForEvent('filechooser');
      await settings.newProjectDialog.getByLabel('Start from').selectOption({ label: 'Template file…' });
      await (await chooser).setFiles({ name: 'looped.plotline', mimeType: 'application/octet-stream', buffer: Buffer.from(JSON.stringify(file)) });
      await expect.poll(() => settings.newProjectDialog.innerText()).toContain('From “looped.plotline”');
    });
    await app.expectNotice(
      "Started “Release 2” from the template “Release template”. Tasks form a loop: #1 'Design' → #2 'Build' → #3 'Test' → #1 'Design'. The link from #3 'Test' to #1 'Design' is ignored until one of these links is removed.",
    );
    await shots(page, 'loop-notice');
    await app.openView('Tasks');
    const shownRow = (name: string): Promise<string | null> => app.row(name).getByRole('rowheader').textContent();
    expect(await Promise.all(['Design', 'Build', 'Test'].map(shownRow))).toEqual(['1', '2', '3']);
  });
});
