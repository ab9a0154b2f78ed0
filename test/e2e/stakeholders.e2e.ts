/**
 * Stakeholders through the UI (issue 15, first half): from an empty project built by keyboard, add
 * stakeholders on the register by keyboard, move one on the power / interest grid by mouse and one
 * by arrow keys, fill a RACI row and see the "no A" flag clear, add a communication due this week
 * and mark it issued, see an overdue one flagged, be told where a stakeholder is used before
 * deleting, export the register as CSV (formula characters made inert) and find it all after a
 * reload. Screenshots of the four screens light and dark at 1024x768 and 1440x900.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, screenshot, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { StakeholdersPage, type StakeholderTab } from './pages/stakeholders-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
const EVIL = '=HYPERLINK("http://evil.example","click")';
let handle: AppHandle;
let app: AppPage;
let view: StakeholdersPage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
  view = new StakeholdersPage(handle.page);
});

/** A new project with a summary "Release" over "Build" (a deliverable for the RACI matrix), typed by keyboard. */
async function emptyProjectWithDeliverable(on: AppPage): Promise<void> {
  await on.projects.getByRole('button', { name: 'New project', exact: true }).focus();
  await on.page.keyboard.press('Enter');
  await on.page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).waitFor();
  await on.page.keyboard.press('Enter');
  await expect.poll(() => on.title.textContent()).toBe('Untitled project');
  await on.openView('Tasks');
  for (const task of ['Release', 'Build']) {
    await on.page.getByRole('toolbar', { name: 'Task actions' }).getByRole('button', { name: 'Add task' }).focus();
    await on.page.keyboard.press('Enter');
    await on.nameNewRow(task);
    await expect.poll(() => on.row(task).count()).toBe(1);
  }
  await on.cell('Build', 'name').click();
  await on.page.keyboard.press('Alt+Shift+ArrowRight');
  await expect.poll(() => on.outline()).toEqual(['Release@0', 'Build@1']);
  await on.waitSaved();
}

async function shoot(page: Page, tab: StakeholderTab, name: string): Promise<void> {
  await view.tab(tab);
  await screenshot(page, `stakeholders-${name}`);
}

describe('Stakeholders', () => {
  it('register, power / interest grid, RACI and communication plan, kept after reload', async () => {
    const page = handle.page;
    await emptyProjectWithDeliverable(app);
    await view.open();

    // Register: three names typed on the add line, then fields filled by keyboard.
    for (const name of ['Dana Finance', 'Ops lead', EVIL]) await view.addStakeholder(name);
    await expect.poll(() => view.register.getByRole('row').count()).toBe(4);
    await view.register.getByLabel('Role of Dana Finance', { exact: true }).focus();
    await page.keyboard.type('Sponsor');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Operations');
    await page.keyboard.press('Tab');
    await expect.poll(() => view.register.getByLabel('Role of Ops lead', { exact: true }).inputValue()).toBe('Operations');
    await view.register.getByLabel('Role of Dana Finance', { exact: true }).press('Tab');
    await page.keyboard.type('Acme Finance');
    await page.keyboard.press('Tab');
    await view.register.getByLabel('Current engagement of Dana Finance', { exact: true }).selectOption('resistant');
    await view.register.getByLabel('Desired engagement of Dana Finance', { exact: true }).selectOption('supportive');
    await expect.poll(() => view.register.getByLabel('Organisation of Dana Finance', { exact: true }).inputValue()).toBe('Acme Finance');

    // Power / interest: a mouse drag to the top-right cell, an arrow key on another chip; each is one undo.
    await view.tab('Power / interest');
    await expect.poll(() => view.chip('Dana Finance').getAttribute('aria-label'))
      .toBe('Dana Finance: influence 3, interest 3, engagement gap resistant → supportive (+2)');
    await view.dragChip('Dana Finance', 5, 5);
    await expect.poll(() => view.cell(5, 5).getByRole('button').allTextContents()).toEqual(['Dana Finance↑2']);
    await view.chip('Ops lead').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => view.chip('Ops lead').getAttribute('aria-label')).toBe('Ops lead: influence 2, interest 2');
    await app.undo();
    await expect.poll(() => view.chip('Ops lead').getAttribute('aria-label')).toBe('Ops lead: influence 2, interest 3');
    await expect.poll(() => page.getByRole('complementary', { name: 'Engagement gaps' }).innerText()).toContain('Dana Finance resistant → supportive (+2)');

    // RACI: the Release row is flagged until it has exactly one A.
    await view.tab('RACI');
    await expect.poll(() => view.raciRow('Release').innerText()).toContain('No one is accountable (A)');
    await view.raciCell('Release', 'Dana Finance').click();
    await page.keyboard.press('a');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('r');
    await expect.poll(() => view.raciRow('Release').innerText()).toContain('✓ one A');
    await expect.poll(() => view.raciCell('Release', 'Dana Finance').textContent()).toBe('A');
    await expect.poll(() => view.raciCell('Release', 'Ops lead').textContent()).toBe('R');

    // Communication plan: a new entry is due on the as-of date (today here), so it is due this week.
    await view.tab('Communication plan');
    const line = page.getByLabel('New communication', { exact: true });
    await line.fill('Weekly status report');
    await line.press('Enter');
    await expect.poll(() => view.dueThisWeek.innerText()).toContain('Weekly status report');
    await view.communications.getByLabel('Add audience to Weekly status report', { exact: true }).selectOption({ label: 'Dana Finance' });
    await view.communications.getByLabel('Channel of Weekly status report', { exact: true }).fill('Email');
    await view.communications.getByLabel('Channel of Weekly status report', { exact: true }).press('Enter');
    const dueBefore = await view.communications.getByLabel('Next due of Weekly status report', { exact: true }).inputValue();
    await view.dueThisWeek.getByRole('button', { name: 'Mark issued' }).click();
    await expect.poll(() => view.communications.getByLabel('Next due of Weekly status report', { exact: true }).inputValue())
      .toBe(plusDays(dueBefore, 7));
    await expect.poll(() => view.dueThisWeek.innerText()).toContain('Nothing due this week.');
    await line.fill('Steering committee update');
    await line.press('Enter');
    const steering = view.communications.getByLabel('Next due of Steering committee update', { exact: true });
    // The app's date field: typed over by keyboard and left with Tab.
    await steering.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2020-01-06');
    await page.keyboard.press('Tab');
    await expect.poll(() => view.dueThisWeek.innerText()).toMatch(/Steering committee update · due .* · overdue/);

    // Deleting a stakeholder in use says where and asks.
    await view.tab('Register');
    await view.register.getByRole('button', { name: 'Delete Dana Finance' }).click();
    const ask = page.getByRole('dialog', { name: 'Delete Dana Finance?' });
    await expect.poll(() => ask.innerText()).toContain('Used in RACI: Release (A); Communication plan: Weekly status report.');
    await ask.getByRole('button', { name: 'Cancel' }).click();

    // CSV export: the formula name is inert.
    const download = page.waitForEvent('download');
    await page.getByRole('toolbar', { name: 'Stakeholder register' }).getByRole('button', { name: 'Export CSV' }).click();
    const file = join(handle.downloadsDir, 'stakeholders.csv');
    await (await download).saveAs(file);
    const csv = readFileSync(file, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFName,Role,Organisation / department,Email,Phone,Influence,Interest,Quadrant,Current engagement,Desired engagement,Engagement gap,Communication,Notes');
    expect(csv).toContain('Dana Finance,Sponsor,Acme Finance,,,5,5,Manage closely,resistant,supportive,2,,');
    expect(csv).toContain('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    expect(csv).not.toMatch(/(^|,|")=HYPERLINK/m);
    await app.waitSaved();

    await handle.reload();
    await view.open();
    await expect.poll(() => view.register.getByLabel('Role of Dana Finance', { exact: true }).inputValue()).toBe('Sponsor');
    await expect.poll(() => view.register.getByLabel(`Name of ${EVIL}`, { exact: true }).inputValue()).toBe(EVIL);
    await shoot(page, 'Register', 'register-1440-light');
    await view.tab('Power / interest');
    await expect.poll(() => view.chip('Dana Finance').getAttribute('aria-label')).toMatch(/^Dana Finance: influence 5, interest 5/);
    await shoot(page, 'Power / interest', 'grid-1440-light');
    await view.tab('RACI');
    await expect.poll(() => view.raciRow('Release').innerText()).toContain('✓ one A');
    await shoot(page, 'RACI', 'raci-1440-light');
    await view.tab('Communication plan');
    await expect.poll(() => view.communications.getByLabel('Next due of Weekly status report', { exact: true }).inputValue()).toBe(plusDays(dueBefore, 7));
    await expect.poll(() => view.communications.innerText()).toContain('Overdue');
    await shoot(page, 'Communication plan', 'communication-1440-light');
    // What a person reads at 1440 px: "last issued Mon, Dec 7, 26" on one line, the audience's
    // picker about a name wide (not stretched across a wide column), and the row's buttons inside the table.
    const lastIssued = view.communications.getByText(/^last issued /);
    const lineHeight = await lastIssued.evaluate((el) => el.getBoundingClientRect().height);
    expect(lineHeight, 'one line of 11 px text').toBeLessThan(20);
    const picker = view.communications.getByLabel('Add audience to Weekly status report', { exact: true });
    expect((await picker.boundingBox())?.width).toBeLessThanOrEqual(16 * 14);

    for (const [width, height, scheme] of [[1024, 768, 'light'], [1024, 768, 'dark'], [1440, 900, 'dark']] as const) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await view.tab('Communication plan');
      const table = await view.communications.boundingBox();
      const bin = await view.communications.getByRole('button', { name: 'Delete Weekly status report', exact: true }).boundingBox();
      expect(bin && table && bin.x + bin.width <= table.x + table.width, `${String(width)} px: the row's delete button is inside the table`).toBe(true);
      for (const [tab, name] of [['Register', 'register'], ['Power / interest', 'grid'], ['RACI', 'raci'], ['Communication plan', 'communication']] as const) {
        await shoot(page, tab, `${name}-${String(width)}-${scheme}`);
      }
    }
  });
});

describe('Stakeholder register at 1024 px', () => {
  it('shows a title such as "Chief Financial Officer" whole in the Name column, and where to type a note', async () => {
    const page = handle.page;
    await page.setViewportSize({ width: 1024, height: 768 });
    await app.newEmptyProject();
    await view.open();
    for (const name of ['Chief Financial Officer', 'Head of Security']) await view.addStakeholder(name);
    for (const name of ['Chief Financial Officer', 'Head of Security']) {
      const field = view.register.getByLabel(`Name of ${name}`, { exact: true });
      await expect.poll(() => field.inputValue()).toBe(name);
      // Its text is not cut: the field is as wide as what it holds.
      expect([name, await field.evaluate((el) => el.scrollWidth - el.clientWidth)]).toEqual([name, 0]);
      expect(await view.register.getByLabel(`Notes of ${name}`, { exact: true }).getAttribute('placeholder')).toBe('notes');
    }
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await shoot(page, 'Register', `register-long-names-1024-${scheme}`);
    }
  });

  it('shows every placeholder and a phone number whole, a long e-mail address ending in … with the whole address as its tooltip', async () => {
    const page = handle.page;
    await page.setViewportSize({ width: 1024, height: 768 });
    await app.newEmptyProject();
    await view.open();
    await view.addStakeholder('Dana Finance');
    const long = 'dana.finance-director@acme-holdings.example.com';
    await view.register.getByLabel('Email of Dana Finance', { exact: true }).focus();
    await page.keyboard.type(long);
    await page.keyboard.press('Tab');
    await page.keyboard.type('+44 20 7946 0958');
    await page.keyboard.press('Tab');
    const email = view.register.getByLabel('Email of Dana Finance', { exact: true });
    await expect.poll(() => email.getAttribute('title')).toBe(long);
    expect(await email.evaluate((el) => getComputedStyle(el).textOverflow)).toBe('ellipsis');
    const phone = view.register.getByLabel('Phone of Dana Finance', { exact: true });
    expect(await phone.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
    // Each empty field's placeholder, put in as its text for a moment, fits the field ('organisat…' did not).
    const cut = await view.register.locator('input[placeholder]:not([placeholder=""])').evaluateAll((fields) => fields.flatMap((el) => {
      const field = el as HTMLInputElement;
      const typed = field.value;
      field.value = field.placeholder;
      const isCut = field.scrollWidth > field.clientWidth;
      field.value = typed;
      return isCut ? [`${field.getAttribute('aria-label') ?? ''}: '${field.placeholder}'`] : [];
    }));
    expect(cut).toEqual([]);
    // Each header's words within its column: 'ORGANISATION' ran into 'CONTACT' once Role fitted its placeholders.
    expect(await view.cutHeaders()).toEqual([]);
    await screenshotsAtBothSizes(page, 'stakeholders-register-contact');
  });
});

describe('An e-mail address in the register', () => {
  it('is refused with a notice naming the field and what was typed, which stays to be corrected; a corrected one is kept after a reload', async () => {
    const page = handle.page;
    await app.newEmptyProject();
    await view.open();
    await view.addStakeholder('Dana Finance');
    const email = view.register.getByLabel('Email of Dana Finance', { exact: true });
    await email.focus();
    await page.keyboard.type('bob@');
    await page.keyboard.press('Tab');
    await app.expectNotice("Stakeholder 'Dana Finance': Email 'bob@' is not an e-mail address (one reads like name@example.com).");
    expect(await email.inputValue()).toBe('bob@');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await screenshotsAtBothSizes(page, 'stakeholders-email-refused');

    await email.focus();
    await page.keyboard.press('End');
    await page.keyboard.type('acme.example.com');
    await page.keyboard.press('Tab');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBeNull();
    expect(await email.inputValue()).toBe('bob@acme.example.com');
    // Esc on a refused address gives it up: the stored one is back, no longer marked.
    await email.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('bob at acme');
    await page.keyboard.press('Tab');
    await app.expectNotice("Stakeholder 'Dana Finance': Email 'bob at acme' is not an e-mail address (one reads like name@example.com).");
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    await email.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBeNull();
    expect(await email.inputValue()).toBe('bob@acme.example.com');
    await app.waitSaved();
    await handle.reload();
    await view.open();
    await expect.poll(() => view.register.getByLabel('Email of Dana Finance', { exact: true }).inputValue()).toBe('bob@acme.example.com');
  });
});

function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
