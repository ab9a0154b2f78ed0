/**
 * The portfolio from an empty workspace: three projects built through the UI share two people
 * (the same names in each project's team). Maya works full time on API in "Payments" and on UI
 * in "Checkout" in the same week: over-allocated across projects although neither project alone
 * overloads her. Sam works on "Checkout" and on "Docs" a month later: shared, not over-allocated.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, type AppHandle, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { buildProject } from './pages/shared-projects';
import { TeamPage } from './pages/team-page';

const fixture = freshAppPerTest();
let handle: AppHandle;
let page: Page;
let app: AppPage;
let team: TeamPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
  team = new TeamPage(page);
});

/** A project with one 5-day task per pair, each person added to its team (at 100/h) and assigned. */
const project = (name: string, start: string, work: readonly (readonly [task: string, person: string])[]): Promise<void> =>
  buildProject(page, name, start, [...new Set(work.map(([, p]) => p))].map((p) => ({ name: p, rate: 100 })), work);

/** Whether IndexedDB holds a digest of the named project for the revision the project is stored at. */
function keptDigestIsFresh(name: string): Promise<boolean> {
  return page.evaluate((projectName) => new Promise<boolean>((resolve, reject) => {
    const open = indexedDB.open('plotline');
    open.onerror = () => reject(open.error ?? new Error('IndexedDB did not open'));
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['projects', 'digests'], 'readonly');
      const rows = tx.objectStore('projects').getAll();
      rows.onsuccess = () => {
        const row = (rows.result as { id: string; name: string; revision?: number; writer?: string }[]).find((p) => p.name === projectName);
        if (!row) { db.close(); resolve(false); return; }
        const digest = tx.objectStore('digests').get(row.id);
        digest.onsuccess = () => {
          const kept = digest.result as { revision: string } | undefined;
          db.close();
          resolve(kept?.revision === `${String(row.revision ?? 0)}:${row.writer ?? ''}`);
        };
      };
    };
  }), name);
}

async function peopleRows(): Promise<string[]> {
  const table = page.getByRole('table', { name: 'People across projects' });
  await table.waitFor();
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent).join(' | ')));
}

/** The view at 1024×768 and 1440×900, light and dark. */
const shots = (name: string, before?: () => Promise<void>): Promise<string[]> => screenshotsAtBothSizes(page, `portfolio-${name}`, before);

describe('portfolio', () => {
  it('shows three projects on one timeline and the person over-allocated across projects, after a reload too', async () => {
    await project('Payments', '2027-01-04', [['API', 'Maya']]);
    await project('Docs', '2027-02-01', [['Guides', 'Sam']]);
    await project('Checkout', '2027-01-04', [['UI', 'Maya'], ['Tests', 'Sam']]);

    await app.openView('Portfolio');
    const expected = ['Maya | Checkout, Payments | 5 days', 'Sam | Checkout, Docs | No'];
    await expect.poll(peopleRows).toEqual(expected);
    const conflict = page.getByRole('table', { name: 'People across projects' }).locator('tbody tr').first().locator('td').nth(3);
    expect(await conflict.textContent()).toMatch(/^[^:]+: Checkout — UI \(8 h\) \+ Payments — API \(8 h\)$/);
    // The bundled sample project is on the device too, on its own dates.
    const timeline = page.getByRole('region', { name: 'Projects timeline' });
    expect(await timeline.getByRole('listitem').locator('.portfolio-name button.link-button').allTextContents()).toEqual(expect.arrayContaining(['Payments', 'Checkout', 'Docs']));
    expect(await timeline.getByRole('listitem').filter({ hasText: 'Docs' }).getByLabel(/^Docs: /).getAttribute('aria-label')).toMatch(/^Docs: 1 Feb 2027 to 5 Feb 2027$|^Docs: Feb 1, 2027 to Feb 5, 2027$/);
    expect(await page.getByRole('main').innerText()).toContain('1 person is over-allocated across projects');
    // The months run from the sample's autumn 2026 into 2027: the year in full where the axis starts and
    // where 2027 begins, the month alone between; never "Jan 27", which reads as the 27th of January.
    const months = await timeline.locator('.portfolio-axis span').allTextContents();
    expect(months.filter((m) => /\d/.test(m))).toEqual([expect.stringContaining('2026'), expect.stringContaining('2027')]);
    expect(months.some((m) => /\b2[67]\b/.test(m))).toBe(false);
    await shots('three-projects');

    await handle.reload();
    await app.openView('Portfolio');
    await expect.poll(peopleRows).toEqual(expected);
    // A project's name opens it; Sam is shared with Checkout but never double-booked: no warning there.
    await page.getByRole('region', { name: 'Projects timeline' }).getByRole('button', { name: 'Docs' }).click();
    await expect.poll(() => app.title.textContent()).toBe('Docs');
    await app.openView('Team');
    await team.table.waitFor();
    expect(await page.getByRole('alert', { name: 'Over-allocated across projects' }).count()).toBe(0);

    // Payments' own plan is fine, yet its Team view says Maya is double-booked with Checkout.
    await app.projects.getByRole('button', { name: 'Payments', exact: true }).click();
    await expect.poll(() => app.title.textContent()).toBe('Payments');
    const notice = page.getByRole('alert', { name: 'Over-allocated across projects' });
    await expect.poll(() => notice.innerText()).toMatch(/Maya has more work than time on 5 days from .+ across Checkout, Payments: Checkout — UI \(8 h\) \+ Payments — API \(8 h\)\./);
    await shots('team-notice');

    // Docs changes while another project is open: the portfolio shows its new finish, not what it
    // kept of Docs before the edit, and again after a reload (Sam's longer work in February still
    // meets nothing of Checkout's, which ends in January).
    await app.projects.getByRole('button', { name: 'Docs', exact: true }).click();
    await expect.poll(() => app.title.textContent()).toBe('Docs');
    await app.openView('Tasks');
    await app.editCell('Guides', 'duration', '10d');
    await app.waitSaved();
    await app.projects.getByRole('button', { name: 'Payments', exact: true }).click();
    await expect.poll(() => app.title.textContent()).toBe('Payments');
    // Leaving Docs kept its digest for the revision it is stored at, so the portfolio need not schedule it.
    await expect.poll(() => keptDigestIsFresh('Docs')).toBe(true);
    await app.openView('Portfolio');
    const docs = () => page.getByRole('region', { name: 'Projects timeline' }).getByRole('listitem').filter({ hasText: 'Docs' }).getByLabel(/^Docs: /).getAttribute('aria-label');
    await expect.poll(docs).toMatch(/^Docs: 1 Feb 2027 to 12 Feb 2027$|^Docs: Feb 1, 2027 to Feb 12, 2027$/);
    await expect.poll(peopleRows).toEqual(expected);
    await handle.reload();
    await app.openView('Portfolio');
    await expect.poll(docs).toMatch(/^Docs: 1 Feb 2027 to 12 Feb 2027$|^Docs: Feb 1, 2027 to Feb 12, 2027$/);
    await expect.poll(peopleRows).toEqual(expected);
  });

  it('shows each project\'s whole name, wrapped, however long, at 1024 and 1440 px', async () => {
    const long = 'Customer billing platform migration to the new general ledger';
    await app.newEmptyProject(long);
    await app.newEmptyProject('Data centre exit and cloud landing zone rollout');
    await app.openView('Portfolio');
    const names = page.getByRole('region', { name: 'Projects timeline' }).locator('.portfolio-name button.link-button');
    await expect.poll(() => names.count()).toBe(3);
    // A name is whole when its button shows all of its text: nothing hidden past its box.
    const cut = (): Promise<string[]> => names.evaluateAll((buttons) => buttons
      .filter((b) => b.scrollWidth > b.clientWidth || b.scrollHeight > b.clientHeight || b.getBoundingClientRect().right > (b.parentElement?.getBoundingClientRect().right ?? 0) + 0.5)
      .map((b) => b.textContent ?? ''));
    await shots('long-names', async () => {
      await expect.poll(cut).toEqual([]);
    });
    expect(await names.allTextContents()).toContain(long);
  });
});
