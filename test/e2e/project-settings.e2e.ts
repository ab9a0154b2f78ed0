/**
 * Project settings and calendars, as a TPM sets them up in the first hour: from an empty project
 * made through the New project dialog (start 2027-01-04, US public holidays), through settings
 * changed by keyboard, calendar edits, an .ics import into a person's calendar, a reload, and a
 * round trip through .plotline and MS Project XML.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshot, screenshotsAtBothSizes, type AppHandle } from './harness';
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

const VACATION_ICS = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Vacations//EN',
  'BEGIN:VEVENT', 'UID:alice-1@example.com', 'DTSTART;VALUE=DATE:20270308', 'DTEND;VALUE=DATE:20270313', 'SUMMARY:Alice vacation', 'END:VEVENT',
  'END:VCALENDAR', '',
].join('\r\n');

const CONFERENCE_ICS = VACATION_ICS.replace('alice-1', 'alice-2').replace('20270308', '20270419').replace('20270313', '20270420').replace('Alice vacation', 'Conference');

/** How the app shows a date (the table's format, in the browser's locale). */
async function shown(page: Page, date: string): Promise<string> {
  return page.evaluate((d) => new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' })
    .format(new Date(`${d}T00:00:00Z`)), date);
}

async function addTask(name: string, duration: string, start?: string): Promise<void> {
  await handle.page.getByRole('toolbar', { name: 'Task actions' }).getByRole('button', { name: 'Add task' }).click();
  await app.nameNewRow(name);
  await expect.poll(() => app.row(name).count()).toBe(1);
  await app.editCell(name, 'duration', duration);
  if (start !== undefined) await app.editCell(name, 'start', start);
}

async function finishOf(name: string): Promise<string> {
  return (await app.cell(name, 'finish').innerText()).trim();
}

async function datesOfRows(): Promise<string[]> {
  return handle.page.locator('.grid-row').evaluateAll((rows) => rows.map((r) => [
    r.querySelector('.name-text')?.textContent ?? '',
    r.querySelector('[data-column="duration"]')?.textContent ?? '',
    r.querySelector('[data-column="start"]')?.textContent ?? '',
    r.querySelector('[data-column="finish"]')?.textContent ?? '',
  ].join(' | ')).sort());
}

async function settingsValues(): Promise<Record<string, string>> {
  const dialog = await settings.openSettingsByKeyboard();
  const out: Record<string, string> = {};
  for (const label of ['Name', 'Manager', 'Start date', 'Status date', 'Currency', 'Hours per day', 'Days per week', 'Days per month']) {
    out[label] = await dialog.getByLabel(label, { exact: true }).inputValue();
  }
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  return out;
}

async function openCalendars(): Promise<void> {
  const dialog = await settings.openSettingsByKeyboard();
  await dialog.getByRole('button', { name: 'Calendars…' }).click();
  await settings.calendarDialog.waitFor();
}

async function closeCalendars(): Promise<void> {
  await settings.calendarDialog.getByRole('button', { name: 'Done' }).click();
  await settings.calendarDialog.waitFor({ state: 'detached' });
}

async function weekText(day: string): Promise<string> {
  return settings.calendarDialog.getByLabel(`Working hours on ${day}`).inputValue();
}

describe('project settings and calendars', () => {
  it('sets up a plan from the New project dialog and keeps every setting through reload, .plotline and MS Project XML', async () => {
    const { page } = handle;
    await app.projects.getByRole('button', { name: 'New project', exact: true }).click();
    await settings.answerNewProject({ name: 'Payments API migration', start: '2027-01-04', country: 'US' });
    await expect.poll(() => app.title.textContent()).toBe('Payments API migration');

    await addTask('Design', '2d');
    await addTask('Build', '16d');
    await addTask('Year-end release', '5d', '2027-12-22');
    // US public holidays: Build (from Mon 4 Jan) skips Martin Luther King Jr. Day (18 Jan) and ends Tue 26 Jan;
    // the release skips Fri 24 Dec 2027 (Christmas observed, as Christmas Day is a Saturday).
    await expect.poll(() => finishOf('Build')).toBe(await shown(page, '2027-01-26'));
    await expect.poll(() => finishOf('Year-end release')).toBe(await shown(page, '2027-12-29'));

    // Settings by keyboard: Ctrl+, ; an invalid value is refused naming the field.
    let dialog = await settings.openSettingsByKeyboard();
    expect(await dialog.innerText()).toMatch(/Empty: today/);
    await settings.fill('Hours per day', '0');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => dialog.getByRole('alert').innerText()).toMatch(/^Hours per day: '0' is not a number more than 0/);
    await settings.fill('Hours per day', '7.5');
    await settings.fill('Manager', 'Dana Lee');
    await settings.saveSettings();
    // A 2d task stays 2d (now 15 h); 16 days of 7.5 h fit in 15 days of 8 h, so Build ends a day earlier.
    await expect.poll(() => app.cell('Design', 'duration').innerText()).toBe('2d');
    await expect.poll(() => finishOf('Build')).toBe(await shown(page, '2027-01-25'));
    await expect.poll(() => page.getByRole('banner').getByRole('button', { name: 'Undo Edit project settings' }).count()).toBe(1);

    // A status date is "as of the end of that day": Build (not started) moves to the next day, Tue 12 Jan.
    dialog = await settings.openSettingsByKeyboard();
    await settings.fill('Status date', '2027-01-11');
    await dialog.getByLabel('Currency', { exact: true }).selectOption('EUR');
    expect(await dialog.innerText()).toMatch(/e\.g\. €1,234\.50|1\.234,50 €|1 234,50 €/);
    await screenshot(page, 'settings-dialog-1440-light-edited');
    await settings.saveSettings();
    await expect.poll(() => app.cell('Build', 'start').innerText()).toBe(await shown(page, '2027-01-12'));

    // Calendars: a split Friday, a 3-day shutdown, one public holiday removed; bad rows are named.
    await openCalendars();
    await settings.calendarDialog.getByLabel('Working hours on Monday').fill('09:00–13:00, 12:00–17:00');
    await settings.calendarDialog.getByRole('button', { name: 'Save working week' }).click();
    await expect.poll(() => settings.calendarDialog.getByRole('alert').innerText()).toBe('Monday: 09:00–13:00 overlaps 12:00–17:00.');
    await settings.calendarDialog.getByLabel('Working hours on Monday').fill('09:00–17:00');
    await settings.calendarDialog.getByLabel('Working hours on Friday').fill('09:00–12:00, 13:00–17:00');
    await settings.calendarDialog.getByRole('button', { name: 'Save working week' }).click();
    await app.expectNotice('Working week saved.');

    await settings.calendarDialog.getByRole('button', { name: 'Add holiday or shutdown' }).click();
    const form = settings.calendarDialog.getByRole('form', { name: 'New exception' });
    await form.getByLabel('Name', { exact: true }).fill('Backwards');
    await form.getByLabel('From').fill('2027-05-10');
    await form.getByLabel('To').fill('2027-05-07');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => settings.calendarDialog.getByRole('alert').innerText()).toBe("New holiday 'Backwards' ends (2027-05-07) before it starts (2027-05-10).");
    await form.getByRole('button', { name: 'Cancel' }).click();
    // Added as two days, then edited to the three it really is.
    await settings.addHoliday('Company shutdown', '2027-08-02', '2027-08-03');
    await settings.calendarDialog.getByRole('button', { name: 'Edit Company shutdown (2027-08-02)' }).click();
    const editForm = settings.calendarDialog.getByRole('form', { name: 'Edit exception' });
    await editForm.getByLabel('To').fill('2027-08-04');
    await editForm.getByLabel('To').press('Enter');
    await editForm.waitFor({ state: 'detached' });
    const shutdown = settings.exceptions.getByRole('row').filter({ hasText: 'Company shutdown' });
    await expect.poll(() => shutdown.innerText()).toContain(await shown(page, '2027-08-04'));
    await settings.calendarDialog.getByRole('button', { name: 'Remove Christmas Day (substitute day) (2027-12-24)' }).click();
    await expect.poll(() => settings.exceptionNames()).not.toContain('Christmas Day (substitute day)');
    await screenshot(page, 'calendar-editor-1440-light-edited');
    await closeCalendars();
    // Without the observed Christmas holiday the release ends a day sooner.
    await expect.poll(() => finishOf('Year-end release')).toBe(await shown(page, '2027-12-28'));

    // A person, and holidays from an .ics file into their own calendar.
    await app.openView('Team');
    await page.getByRole('toolbar', { name: 'Team actions' }).getByRole('button', { name: 'Add person' }).click();
    const nameInput = page.getByRole('table', { name: 'Team' }).getByLabel('Name', { exact: true }).first();
    await nameInput.fill('Alice Kim');
    await nameInput.press('Tab');
    await page.getByRole('button', { name: 'Calendar of Alice Kim' }).click();
    await settings.calendarDialog.waitFor();
    expect(await settings.calendarDialog.getByLabel('Calendar', { exact: true }).inputValue()).not.toBe('project');
    const chooser = page.waitForEvent('filechooser');
    await settings.calendarDialog.getByRole('button', { name: 'Import .ics…' }).click();
    await (await chooser).setFiles({ name: 'alice.ics', mimeType: 'text/calendar', buffer: Buffer.from(VACATION_ICS) });
    await expect.poll(() => settings.exceptionNames()).toEqual(['Alice vacation']);
    await closeCalendars();
    // File → Import of an .ics asks which calendar it goes to.
    await files.open('conference.ics', CONFERENCE_ICS, 'Import…');
    const holidays = files.dialog('Holidays in “conference.ics”');
    await holidays.getByLabel('Add to calendar').selectOption({ label: 'Alice Kim' });
    await holidays.getByRole('button', { name: 'Add 1 holiday' }).click();
    await app.expectNotice('Added 1 holiday to “Alice Kim”.');
    await app.openView('Tasks');

    const before = { rows: await datesOfRows(), settings: await settingsValues() };
    expect(before.settings).toEqual({
      'Name': 'Payments API migration', 'Manager': 'Dana Lee', 'Start date': '2027-01-04', 'Status date': '2027-01-11', 'Currency': 'EUR',
      'Hours per day': '7.5', 'Days per week': '5', 'Days per month': '20',
    });

    await app.waitSaved();
    await handle.reload();
    await expect.poll(() => datesOfRows()).toEqual(before.rows);
    expect(await settingsValues()).toEqual(before.settings);
    await openCalendars();
    expect(await weekText('Friday')).toBe('09:00–12:00, 13:00–17:00');
    const names = await settings.exceptionNames();
    expect(names).toContain('Company shutdown');
    expect(names).toContain("New Year's Day");
    expect(names).not.toContain('Christmas Day (substitute day)');
    await settings.chooseCalendar('Alice Kim');
    await expect.poll(() => settings.exceptionNames()).toEqual(['Alice vacation', 'Conference']);
    await closeCalendars();

    // .plotline and MS Project XML both carry the settings and calendars back in.
    const saved = await files.download(() => files.choose('Save as .plotline…'));
    const xml = await files.exportAs(/Microsoft Project XML/);
    expect(xml.text).toContain('<MinutesPerDay>450</MinutesPerDay>');
    expect(xml.text).toContain('<CurrencyCode>EUR</CurrencyCode>');
    // At the default finish time, as MS Project writes it: the status date is the end of that day.
    expect(xml.text).toContain('<StatusDate>2027-01-11T17:00:00</StatusDate>');
    expect(xml.text).toContain('<Duration>PT15H0M0S</Duration>');
    // Each file brings the plan's name back; the plan it is compared with is renamed first, so the
    // rows read after opening can only be the opened plan's.
    await app.renameProject('Payments API migration (built)');
    for (const file of [saved, xml]) {
      await files.open(file.name, file.text);
      await files.dialog(`Open “${file.name}”`).getByRole('button', { name: 'Open as new project' }).click();
      await expect.poll(() => app.title.textContent()).toBe('Payments API migration');
      await expect.poll(() => datesOfRows()).toEqual(before.rows);
      expect(await settingsValues()).toEqual(before.settings);
      await openCalendars();
      expect(await weekText('Friday')).toBe('09:00–12:00, 13:00–17:00');
      expect(await settings.exceptionNames()).toContain('Company shutdown');
      await settings.chooseCalendar('Alice Kim');
      await expect.poll(() => settings.exceptionNames()).toEqual(['Alice vacation', 'Conference']);
      await closeCalendars();
      await app.renameProject(`Payments API migration (from ${file.name})`);
    }
  });

  it('New project refuses an impossible start date typed by keyboard, names it, creates nothing, then starts on the corrected day', async () => {
    const { page } = handle;
    const untitled = app.projects.getByRole('button', { name: 'Untitled project', exact: true });
    await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
    await page.keyboard.press('Enter');
    const dialog = settings.newProjectDialog;
    const start = dialog.getByLabel('Start date', { exact: true });
    await start.focus();
    await page.keyboard.press('Control+A');
    // Key by key: "2026-02-3" reads as 3 February on the way; the box must not turn it into "2026-02-03".
    await page.keyboard.type('2026-02-30');
    expect(await start.inputValue()).toBe('2026-02-30');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('alert').allInnerTexts())
      .toEqual(["Start date: '2026-02-30' is not a real date: there is no such day in the calendar."]);
    expect(await dialog.isVisible()).toBe(true);
    expect(await start.inputValue()).toBe('2026-02-30');
    // Create project, pressed past the message, refuses too instead of taking the last good date, and says it once (the field's).
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await expect.poll(() => dialog.getByRole('alert').allInnerTexts())
      .toEqual(["Start date: '2026-02-30' is not a real date: there is no such day in the calendar."]);
    expect(await dialog.isVisible()).toBe(true);
    expect(await untitled.count()).toBe(0);

    await start.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2026-03-02');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => app.title.textContent()).toBe('Untitled project');
    await expect.poll(() => untitled.count()).toBe(1);
    expect((await settingsValues())['Start date']).toBe('2026-03-02');

    // Project settings use the same field: a typed impossible start is refused on Save, the start kept.
    const settingsDialog = await settings.openSettingsByKeyboard();
    const settingsStart = settingsDialog.getByLabel('Start date', { exact: true });
    await settingsStart.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2026-04-31');
    expect(await settingsStart.inputValue()).toBe('2026-04-31');
    await settingsDialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => settingsDialog.getByRole('alert').allInnerTexts())
      .toEqual(["Start date: '2026-04-31' is not a real date: there is no such day in the calendar."]);
    expect(await settingsDialog.isVisible()).toBe(true);
    await settingsDialog.getByRole('button', { name: 'Cancel' }).click();
    await settingsDialog.waitFor({ state: 'detached' });
    expect((await settingsValues())['Start date']).toBe('2026-03-02');
  });

  it('keeps a two-line project description typed in Project settings: undo and redo, reload, and the MS Project XML and GanttProject exports', async () => {
    const { page } = handle;
    await app.newEmptyProject('Payments API migration');
    const typed = 'Move card payments to the v2 API & retire v1.\n  Budget < 40k, no downtime.';
    const dialog = await settings.openSettingsByKeyboard();
    const description = dialog.getByLabel('Description', { exact: true });
    await description.focus();
    // Enter starts the second line: it does not save the dialog.
    await page.keyboard.type(typed);
    expect(await description.inputValue()).toBe(typed);
    await screenshotsAtBothSizes(page, 'settings-description');
    await settings.saveSettings();

    const shownDescription = async (): Promise<string> => {
      const opened = await settings.openSettingsByKeyboard();
      const value = await opened.getByLabel('Description', { exact: true }).inputValue();
      await page.keyboard.press('Escape');
      await opened.waitFor({ state: 'detached' });
      return value;
    };
    expect(await shownDescription()).toBe(typed);
    await page.keyboard.press('Control+z');
    await expect.poll(() => shownDescription()).toBe('');
    await page.keyboard.press('Control+y');
    await expect.poll(() => shownDescription()).toBe(typed);

    await app.waitSaved();
    await handle.reload();
    await expect.poll(() => app.title.textContent()).toBe('Payments API migration');
    expect(await shownDescription()).toBe(typed);

    const xml = await files.exportAs(/Microsoft Project XML/);
    expect(xml.text).toContain('<Notes>Move card payments to the v2 API &amp; retire v1.\n  Budget &lt; 40k, no downtime.</Notes>');
    const gan = await files.exportAs(/^GanttProject \(\.gan\)/);
    expect(gan.text).toContain('<description>Move card payments to the v2 API &amp; retire v1.\n  Budget &lt; 40k, no downtime.</description>');
  });

  it('saves Project settings with Ctrl+Enter typed in the multi-line Description, and the description survives a reload', async () => {
    const { page } = handle;
    await app.newEmptyProject('Payments API migration');
    const typed = 'Move card payments to the v2 API.\nNo downtime.';
    const dialog = await settings.openSettingsByKeyboard();
    await dialog.getByLabel('Description', { exact: true }).focus();
    await page.keyboard.type(typed);
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'detached' });

    await app.waitSaved();
    await handle.reload();
    await expect.poll(() => app.title.textContent()).toBe('Payments API migration');
    const reopened = await settings.openSettingsByKeyboard();
    // Ctrl+Enter saved what was typed, without a line break of its own.
    expect(await reopened.getByLabel('Description', { exact: true }).inputValue()).toBe(typed);
  });

  it('looks right at 1024×768 and 1440×900, light and dark', async () => {
    const { page } = handle;
    await app.projects.getByRole('button', { name: 'New project', exact: true }).click();
    await settings.answerNewProject({ name: 'Layout check', start: '2027-01-04', country: 'GB' });
    for (const size of [{ width: 1024, height: 768 }, { width: 1440, height: 900 }]) {
      await page.setViewportSize(size);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const dialog = await settings.openSettingsByKeyboard();
        await screenshot(page, `settings-dialog-${String(size.width)}-${scheme}`);
        await dialog.getByRole('button', { name: 'Calendars…' }).click();
        await settings.calendarDialog.waitFor();
        await settings.calendarDialog.getByRole('button', { name: 'Add working day' }).click();
        await screenshot(page, `calendar-editor-${String(size.width)}-${scheme}`);
        await closeCalendars();
      }
    }
    await app.projects.getByRole('button', { name: 'New project', exact: true }).click();
    await settings.newProjectDialog.waitFor();
    await screenshot(page, 'new-project-dialog-1440-dark');
  });
});
