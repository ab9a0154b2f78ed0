/**
 * The task table's default columns fit a 1440x900 window, and at 1024x768 the columns scrolled
 * sideways pass under the frozen #, WBS and Task name in order and come back as the cursor moves
 * left, Home and Ctrl+Home, or the window widens. Before, the defaults were 30 px wider than the
 * table at 1440 px (scroll width 1276 in 1192 with the room after the last column), so after a
 * column was filled by keyboard, or the window widened from 1024 to 1440, the table stayed scrolled
 * with Duration (at 1024 px Start and Finish too) under the frozen name, an empty column after
 * Status, and Home did not scroll back. From an empty project, typed by keyboard as a person
 * fills a plan: names and durations, predecessors down their column, people down theirs.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { TeamPage } from './pages/team-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let handle: AppHandle;
let app: AppPage;
beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
});

const TASKS = [
  ['Kickoff', '1d'], ['Requirements workshop', '3d'], ['Vendor API review', '5d'],
  ['Payment service', '10d'], ['Integration testing', '5d'], ['Go-live', '0d'],
] as const;
/** Down the Predecessors column from Requirements workshop. */
const PREDECESSORS = ['1', '2', '2', '3, 4', '5'];
/** Down the Assigned to column from Kickoff; Go-live is nobody's. */
const PEOPLE = ['Ana Lopez', 'Ana Lopez', 'Raj Patel', 'Raj Patel', 'Ana Lopez', ''];
const FACTS = ['name', 'duration', 'predecessors', 'assignees'];
const EXPECTED = [
  'Kickoff@0|1d||Ana', 'Requirements workshop@0|3d|1|Ana', 'Vendor API review@0|5d|2|Raj',
  'Payment service@0|10d|2|Raj', 'Integration testing@0|5d|3, 4|Ana', 'Go-live@0|0d|5|',
];
/** The scrolled default columns from the cursor's Assigned to back to the first, by ←. */
const LEFTWARDS = [['Predecessors', 'predecessors'], ['Finish', 'finish'], ['Start', 'start'], ['Duration', 'duration']] as const;

/** The plan typed into an empty project, columns filled top to bottom; the cursor ends in Assigned to, on the entry row. */
async function typePlan(): Promise<void> {
  const team = new TeamPage(handle.page);
  await app.newEmptyProject('Payments migration');
  await app.typeTasks(TASKS);
  await app.openView('Team');
  for (const [person, role] of [['Ana Lopez', 'Analyst'], ['Raj Patel', 'Developer']] as const) await team.addPersonWithRole(person, role);
  await app.openView('Tasks');
  await app.typeDown('Requirements workshop', 'predecessors', PREDECESSORS);
  await app.assignDown('Kickoff', PEOPLE);
  await expect.poll(() => app.rowTexts(FACTS)).toEqual(EXPECTED);
  expect(await app.activeColumn()).toBe('assignees');
}

/** ← from the cursor's column through `LEFTWARDS`: each column shown whole beside the frozen ones, header and cells. */
async function walkLeftToDuration(): Promise<void> {
  for (const [header, column] of LEFTWARDS) {
    await handle.page.keyboard.press('ArrowLeft');
    await expect.poll(() => app.activeColumn()).toBe(column);
    await expect.poll(() => app.hiddenCellsOf(header, column), { message: header }).toEqual([]);
  }
}

describe('the task table\'s default columns', () => {
  it('fit a 1440 px window after its columns are typed down, Duration shown whole, also after a reload', async () => {
    const { page } = handle;
    await typePlan();
    expect(await app.sidewaysScroll()).toEqual({ left: 0, isWider: false });
    expect(await app.hiddenHeaders()).toEqual([]);
    expect(await app.headers).toEqual(['#', 'WBS', 'Task name', 'Duration', 'Start', 'Finish', 'Predecessors', 'Assigned to', '% Done', 'Status']);

    await walkLeftToDuration();
    await page.keyboard.press('Home');
    await expect.poll(() => app.activeColumn()).toBe('wbs');
    for (const [header, column] of [['WBS', 'wbs'], ['Task name', 'name'], ['Duration', 'duration']] as const) {
      expect(await app.hiddenCellsOf(header, column), header).toEqual([]);
    }

    await app.waitSaved();
    await handle.reload();
    await expect.poll(() => app.rowTexts(FACTS)).toEqual(EXPECTED);
    await expect.poll(() => app.sidewaysScroll()).toEqual({ left: 0, isWider: false });
    expect(await app.hiddenHeaders()).toEqual([]);

    // The cursor taken to Assigned to by → from a name, as a person does: at 1024 px the table scrolls just enough to show it.
    await screenshotsAtBothSizes(page, 'task-table-default-columns-fit', async () => {
      await app.cell('Vendor API review', 'name').click();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => app.activeColumn()).toBe('assignees');
      await expect.poll(() => app.hiddenCellsOf('Assigned to', 'assignees')).toEqual([]);
    });
  });

  it('scroll under the frozen name in order at 1024 px, and come back by ←, Home, Ctrl+Home and a wider window', async () => {
    const { page } = handle;
    await page.setViewportSize({ width: 1024, height: 768 });
    await typePlan();
    // At 1024 px the cursor's column is shown whole, the table scrolled past Duration, Start and Finish to show it.
    expect(await app.hiddenCellsOf('Assigned to', 'assignees')).toEqual([]);
    expect(await app.hiddenHeaders()).toEqual(expect.arrayContaining(['Duration', 'Start', 'Finish']));

    await walkLeftToDuration();
    expect((await app.sidewaysScroll()).left).toBe(0);

    await page.keyboard.press('End');
    await expect.poll(() => app.hiddenCellsOf('Status', 'status')).toEqual([]);
    await page.keyboard.press('Home');
    await expect.poll(() => app.activeColumn()).toBe('wbs');
    await expect.poll(() => app.sidewaysScroll()).toEqual({ left: 0, isWider: true });
    for (const [header, column] of [['Duration', 'duration'], ['Start', 'start'], ['Finish', 'finish']] as const) {
      expect(await app.hiddenCellsOf(header, column), header).toEqual([]);
    }

    // Ctrl+Home from the last row's Status: the first task's first column, the first columns back in view.
    await page.keyboard.press('End');
    await expect.poll(() => app.hiddenHeaders()).toContain('Duration');
    await page.keyboard.press('Control+Home');
    await expect.poll(() => app.activeColumn()).toBe('wbs');
    expect(await app.grid.locator('.cell.active').evaluate((cell) => cell.closest('.grid-row')?.querySelector('.name-text')?.textContent)).toBe('Kickoff');
    await expect.poll(() => app.hiddenCellsOf('Duration', 'duration')).toEqual([]);

    // Scrolled to Assigned to, the window made 1440 px wide: every default column shows, with no sideways scroll.
    await app.cell('Payment service', 'assignees').click();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => app.hiddenHeaders()).toContain('Duration');
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(() => app.sidewaysScroll()).toEqual({ left: 0, isWider: false });
    expect(await app.hiddenHeaders()).toEqual([]);
    expect(await app.hiddenCellsOf('% Done', 'percent')).toEqual([]);
  });
});
