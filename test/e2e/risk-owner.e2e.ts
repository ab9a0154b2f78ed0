/**
 * A risk's owner in a new project: from an EMPTY project built by keyboard, the owner is typed in
 * the risk editor (reached by Tab), whether or not they are on the team yet: a name that is not on
 * the team is kept as typed, a team member's name (any case) names that person. Both are there
 * after a reload, in the register's Owner column and in its CSV Owner column.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { RisksPage } from './pages/risks-page';
import { TeamPage } from './pages/team-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let handle: AppHandle;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
});

describe('risk owner', () => {
  it('types an owner who is not on the team and one who is, and keeps both after reload and in the CSV', async () => {
    const page = handle.page;
    await app.newEmptyProject();
    await app.openView('Team');
    await new TeamPage(page).addPerson('Sam Lee', 80);
    await app.openView('Risks');
    const risks = new RisksPage(app);
    await risks.addRiskOwnedBy('Vendor API late', 'Priya (vendor manager)');
    await risks.addRiskOwnedBy('Load test finds a bottleneck', 'sam lee');
    await page.getByRole('table', { name: 'Risks' }).getByRole('button', { name: 'Vendor API late' }).click();
    await screenshotsAtBothSizes(page, 'risk-owner-editor');
    await page.getByRole('dialog', { name: /^Risk R-/ }).getByRole('button', { name: 'Done' }).click();
    await app.waitSaved();

    await handle.reload();
    await app.openView('Risks');
    // The register shows each risk's owner in its own column, as every risk register does.
    const register = page.getByRole('table', { name: 'Risks' });
    const headers = await register.locator('thead th').allInnerTexts();
    const ownerColumn = headers.findIndex((h) => h.trim().toLowerCase() === 'owner');
    expect(ownerColumn).toBeGreaterThan(-1);
    const ownerCells = await register.locator('tbody tr').evaluateAll((rows, at) => rows.map((row) => `${row.children[1]?.textContent ?? ''}: ${row.children[at]?.textContent ?? ''}`), ownerColumn);
    expect(ownerCells.sort()).toEqual(['Load test finds a bottleneck: Sam Lee', 'Vendor API late: Priya (vendor manager)']);
    await screenshotsAtBothSizes(page, 'risk-register-owner');
    expect(await risks.fieldOf('Vendor API late', 'Owner')).toBe('Priya (vendor manager)');
    expect(await risks.fieldOf('Load test finds a bottleneck', 'Owner')).toBe('Sam Lee');

    const csv = await risks.exportRegisterCsv();
    expect(csv.rows.map((row) => `${csv.cellsOf(row)['Title'] ?? ''}: ${csv.cellsOf(row)['Owner'] ?? ''}`).sort()).toEqual([
      'Load test finds a bottleneck: Sam Lee', 'Vendor API late: Priya (vendor manager)',
    ]);
  });
});
