import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, screenshot, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { BoardPage } from './pages/board-page';
import { GanttPage } from './pages/gantt-page';

let handle: AppHandle;
let app: AppPage;
let board: BoardPage;

beforeEach(async () => {
  handle = await openApp({ viewport: { width: 1600, height: 1200 } });
  app = new AppPage(handle.page);
  board = new BoardPage(handle.page);
});
afterEach(async () => { await handle.close(); });
afterAll(async () => { await closeBrowser(); });

async function newBoard(): Promise<void> {
  await app.projects.getByRole('button', { name: 'New project', exact: true }).click();
  // The new-project dialog asks for a name, start and region once; Enter takes what it shows.
  await app.page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).press('Enter');
  await expect.poll(() => app.title.textContent()).toBe('Untitled project');
  await app.openView('Board');
  await board.quickAdd('Backlog', 'Set up CI', 'Write spec', 'Design API');
}

describe('board', () => {
  it('quick adds, drags with the mouse within and between columns, undoes and redoes, and keeps positions after reload', async () => {
    await newBoard();
    // Quick add puts each new card at the top.
    expect(await board.names('Backlog')).toEqual(['Design API', 'Write spec', 'Set up CI']);

    await board.drag(board.card('Set up CI'), board.card('Design API'));
    await expect.poll(() => board.names('Backlog')).toEqual(['Set up CI', 'Design API', 'Write spec']);
    await app.undo();
    await expect.poll(() => board.names('Backlog')).toEqual(['Design API', 'Write spec', 'Set up CI']);
    await app.redo();
    await expect.poll(() => board.names('Backlog')).toEqual(['Set up CI', 'Design API', 'Write spec']);

    await board.drag(board.card('Write spec'), board.end('In progress'));
    await board.confirmStart();
    await expect.poll(() => board.names('In progress')).toEqual(['Write spec']);
    await app.undo();
    await expect.poll(() => board.names('In progress')).toEqual([]);
    await app.redo();
    await expect.poll(() => board.names('In progress')).toEqual(['Write spec']);

    // The move shows in the Tasks table without a reload: status and progress agree.
    await board.drag(board.card('Design API'), board.end('Done'));
    await board.confirmStart();
    await app.openView('Tasks');
    await expect.poll(() => app.cell('Design API', 'status').textContent()).toContain('Done');
    await expect.poll(() => app.cell('Design API', 'percent').textContent()).toContain('100');
    await expect.poll(() => app.cell('Write spec', 'status').textContent()).toContain('In progress');
    // … and on the Gantt: the bar's progress fills the whole bar; undo there empties it again.
    await app.openView('Gantt');
    const gantt = new GanttPage(handle.page);
    const bar = await gantt.bar('Design API');
    const progressShare = async (): Promise<number> => {
      const fill = handle.page.locator(`${await gantt.barSelector('Design API')} .bar-progress`);
      return Number(await fill.getAttribute('width')) / Number(await bar.getAttribute('width'));
    };
    await expect.poll(progressShare).toBeCloseTo(1, 2);
    await app.undo();
    await expect.poll(progressShare).toBe(0);
    await app.redo();
    await expect.poll(progressShare).toBeCloseTo(1, 2);
    await app.openView('Board');
    await expect.poll(() => board.names('Done')).toEqual(['Design API']);

    await app.waitSaved();
    await handle.reload();
    await app.openView('Board');
    await expect.poll(() => board.names('Backlog')).toEqual(['Set up CI']);
    expect(await board.names('In progress')).toEqual(['Write spec']);
    expect(await board.names('Done')).toEqual(['Design API']);
  });

  it('shows tasks typed in the Tasks grid in plan order in Backlog, a row inserted among them in its place, after reload too', async () => {
    const { page } = handle;
    await app.newEmptyProject();
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    const typed = ['Task 1', 'Task 2', 'Task 3', 'Task 4', 'Task 5', 'Task 6'];
    for (const name of typed) {
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => app.outline()).toEqual(typed.map((n) => `${n}@0`));
    await app.openView('Board');
    await expect.poll(() => board.names('Backlog')).toEqual(typed);

    // Insert above Task 4 (MS Project's Insert key): its card comes after Task 3's.
    await app.openView('Tasks');
    await app.cell('Task 4', 'name').click();
    await page.keyboard.press('Insert');
    await app.nameNewRow('Task 3b');
    await expect.poll(() => app.outline()).toEqual(['Task 1@0', 'Task 2@0', 'Task 3@0', 'Task 3b@0', 'Task 4@0', 'Task 5@0', 'Task 6@0']);
    await app.openView('Board');
    const withInserted = ['Task 1', 'Task 2', 'Task 3', 'Task 3b', 'Task 4', 'Task 5', 'Task 6'];
    await expect.poll(() => board.names('Backlog')).toEqual(withInserted);

    await app.waitSaved();
    await page.reload();
    await app.openView('Board');
    await expect.poll(() => board.names('Backlog')).toEqual(withInserted);
  });

  it('moves a card when its % complete is typed in the task table, with MS Project\'s actual dates, so the board and the table agree after reload', async () => {
    await newBoard();
    await app.openView('Tasks');
    await app.showColumns(['Actual start', 'Actual finish']);
    const text = async (name: string, column: string): Promise<string> => (await app.cell(name, column).textContent()) ?? '';
    await app.editCell('Write spec', 'percent', '100');
    await app.editCell('Set up CI', 'percent', '40');
    await expect.poll(() => app.cell('Write spec', 'status').textContent()).toContain('Done');
    await expect.poll(() => app.cell('Set up CI', 'status').textContent()).toContain('In progress');
    // Progress typed on a task with no actual start: it started as scheduled; at 100 % it finished as scheduled.
    const shown = { start: await text('Write spec', 'start'), finish: await text('Write spec', 'finish'), ciStart: await text('Set up CI', 'start') };
    expect(shown.start).not.toBe('');
    expect([await text('Write spec', 'actualStart'), await text('Write spec', 'actualFinish')]).toEqual([shown.start, shown.finish]);
    expect([await text('Set up CI', 'actualStart'), await text('Set up CI', 'actualFinish')]).toEqual([shown.ciStart, '']);
    expect(await text('Design API', 'actualStart')).toBe('');
    await app.waitSaved();
    await handle.reload();
    await expect.poll(() => text('Write spec', 'actualFinish')).toBe(shown.finish);
    expect(await text('Set up CI', 'actualStart')).toBe(shown.ciStart);
    await app.openView('Board');
    await expect.poll(() => board.names('Done')).toEqual(['Write spec']);
    await expect.poll(() => board.names('In progress')).toEqual(['Set up CI']);
    expect(await board.names('Backlog')).toEqual(['Design API']);
    // The rules, as the board explains them, now with the actual dates typed progress records.
    const hint = handle.page.getByRole('note', { name: 'How status and progress agree' });
    await screenshotsAtBothSizes(handle.page, 'board-progress-rules', () => hint.focus());
    // At 1024×768 the hint wraps to the toolbar's left: the tip opens where there is room, whole and on top.
    await handle.page.setViewportSize({ width: 1024, height: 768 });
    await hint.blur();
    await hint.focus();
    const tip = handle.page.locator('#board-rules');
    expect(await tip.innerText()).toContain('Typing a % complete records the scheduled start as the actual start');
    const box = await tip.boundingBox();
    if (!box) throw new Error('the rules tip is not shown');
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1024);
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    const corners = [[box.x + 4, box.y + 4], [box.x + box.width - 4, box.y + box.height - 4]] as const;
    for (const [x, y] of corners) {
      expect(await tip.evaluate((el, [px, py]) => el.contains(document.elementFromPoint(px, py)), [x, y] as const)).toBe(true);
    }
    await hint.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
  });

  it('marks the card a mouse drag is over, and dropping on a card below in its column takes that card\'s slot', async () => {
    await newBoard();
    await board.dragOver(board.card('Design API'), board.card('Set up CI'));
    await expect.poll(() => board.card('Set up CI').getAttribute('class')).toContain('is-drop-target');
    expect(await board.card('Write spec').getAttribute('class')).not.toContain('is-drop-target');
    await board.drop();
    await expect.poll(() => board.names('Backlog')).toEqual(['Write spec', 'Set up CI', 'Design API']);
    expect(await handle.page.locator('.is-drop-target').count()).toBe(0);

    // Over the empty end of another column: the end is marked, the card goes last there.
    await board.dragOver(board.card('Write spec'), board.end('Review'));
    await expect.poll(() => board.end('Review').getAttribute('class')).toContain('is-drop-target');
    await board.drop();
    await board.confirmStart();
    await expect.poll(() => board.names('Review')).toEqual(['Write spec']);
    await app.undo();
    await expect.poll(() => board.names('Backlog')).toEqual(['Write spec', 'Set up CI', 'Design API']);
  });

  it('drops on the card under the pointer in a scrolled, virtualised column', async () => {
    // The sample plan's Backlog holds more cards than fit: scroll it, then drop one card onto another.
    await app.openView('Board');
    await board.card('Account dashboard').waitFor();
    await board.scrollCell('Backlog', 4 * 112);
    // The list tells a screen reader how many cards it holds, drawn or not, and where each sits.
    const total = Number(await board.header('Backlog').locator('.column-header__count').textContent());
    const list = board.cell('Backlog').getByRole('list');
    expect(await list.getAttribute('aria-label')).toBe(`${String(total)} cards`);
    const items = list.getByRole('listitem');
    expect(await items.first().getAttribute('aria-setsize')).toBe(String(total));
    const positions = (await items.evaluateAll((els) => els.map((e) => Number(e.getAttribute('aria-posinset'))))).sort((a, b) => a - b);
    expect(positions.every((p, i) => i === 0 || p === (positions[i - 1] ?? 0) + 1)).toBe(true);
    expect(Math.max(...positions)).toBeLessThanOrEqual(total);
    // Cards 6 and 9 sit mid-list after that scroll, away from the edges where a drag auto-scrolls.
    const before = await board.names('Backlog');
    const [target, moved] = [before[6], before[9]];
    if (!target || !moved) throw new Error(`Backlog has too few cards: ${before.join(', ')}`);
    await board.dragOver(board.card(moved), board.card(target));
    await expect.poll(() => board.card(target).getAttribute('class')).toContain('is-drop-target');
    await board.drop();
    await expect.poll(async () => {
      const after = await board.names('Backlog');
      return after.indexOf(target) - after.indexOf(moved);
    }).toBe(1);
  });

  it('follows the column as it auto-scrolls under a still pointer: the mark moves on, and the drop lands where it shows', async () => {
    await app.openView('Board');
    await board.card('Account dashboard').waitFor();
    const moved = (await board.names('Backlog'))[0];
    if (!moved) throw new Error('Backlog is empty');
    const list = board.cell('Backlog').locator('.card-list');
    const box = await list.boundingBox();
    const source = await board.card(moved).boundingBox();
    if (!box || !source) throw new Error('Backlog is not on screen');
    const { mouse } = handle.page;
    await mouse.move(source.x + source.width / 2, source.y + source.height / 2);
    await mouse.down();
    await mouse.move(source.x + source.width / 2 + 8, source.y + source.height / 2 + 8, { steps: 4 });
    await handle.page.locator('.board-card.is-dragging').first().waitFor();
    // Near the list's bottom edge, then still: dnd-kit scrolls the list to its end on its own.
    await mouse.move(box.x + box.width / 2, box.y + box.height - 12, { steps: 20 });
    const scrollTop = () => list.evaluate((el) => el.scrollTop);
    const maxScroll = await list.evaluate((el) => el.scrollHeight - el.clientHeight);
    await expect.poll(scrollTop, { timeout: 10_000 }).toBeGreaterThanOrEqual(maxScroll - 1);
    // Scrolled to its end, the list shows its end zone under the pointer: the mark moves there,
    // off the card that was under the pointer before the scroll.
    const markedCards = board.cell('Backlog').locator('.board-card.is-drop-target:not([data-dnd-placeholder])');
    await expect.poll(() => markedCards.count()).toBe(0);
    await expect.poll(() => board.cell('Backlog').locator('.card-list__end').getAttribute('class')).toContain('is-drop-target');
    await board.drop();
    // The list is still scrolled to its end, so the cards drawn are its last ones.
    await expect.poll(async () => (await board.names('Backlog')).at(-1)).toBe(moved);
    expect((await board.names('Backlog')).filter((name) => name === moved)).toHaveLength(1);
  });

  it('reorders columns by dragging a column by its grip, with undo', async () => {
    await newBoard();
    expect(await board.columnNames()).toEqual(['Backlog', 'To do', 'In progress', 'Review', 'Done']);
    await board.dragColumn('Review', 'To do');
    await expect.poll(() => board.columnNames()).toEqual(['Backlog', 'Review', 'To do', 'In progress', 'Done']);
    // The cards stay in their column.
    expect(await board.names('Backlog')).toEqual(['Design API', 'Write spec', 'Set up CI']);
    await app.undo();
    await expect.poll(() => board.columnNames()).toEqual(['Backlog', 'To do', 'In progress', 'Review', 'Done']);
  });

  it('adds, renames, recolours and deletes columns from the UI (a deleted column\'s cards go to the chosen column), with undo, and keeps them after reload', async () => {
    await newBoard();
    await handle.page.getByRole('button', { name: '+ Add column' }).click();
    const form = handle.page.getByRole('form', { name: 'Add column' });
    await form.getByRole('textbox', { name: 'Column name' }).fill('Blocked');
    await form.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => board.columnNames()).toEqual(['Backlog', 'To do', 'In progress', 'Review', 'Done', 'Blocked']);

    const review = await board.columnMenu('Review');
    await review.getByRole('textbox', { name: 'Name' }).fill('Code review');
    await review.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => board.columnNames()).toContain('Code review');
    const menu = await board.columnMenu('Code review');
    await menu.getByLabel('Colour').fill('#c0392b');
    await expect.poll(() => board.header('Code review').evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(192, 57, 43)');
    await menu.getByRole('button', { name: 'Close' }).click();

    const backlog = await board.columnMenu('Backlog');
    await backlog.getByRole('combobox', { name: 'Move its cards to' }).selectOption({ label: 'To do' });
    await backlog.getByRole('button', { name: 'Delete column' }).click();
    await expect.poll(() => board.columnNames()).toEqual(['To do', 'In progress', 'Code review', 'Done', 'Blocked']);
    expect(await board.names('To do')).toEqual(['Design API', 'Write spec', 'Set up CI']);
    await app.undo();
    await expect.poll(() => board.columnNames()).toEqual(['Backlog', 'To do', 'In progress', 'Code review', 'Done', 'Blocked']);
    expect(await board.names('Backlog')).toEqual(['Design API', 'Write spec', 'Set up CI']);
    expect(await board.names('To do')).toEqual([]);
    await app.redo();
    await expect.poll(() => board.names('To do')).toEqual(['Design API', 'Write spec', 'Set up CI']);

    await app.waitSaved();
    await handle.reload();
    await app.openView('Board');
    await expect.poll(() => board.columnNames()).toEqual(['To do', 'In progress', 'Code review', 'Done', 'Blocked']);
    expect(await board.names('To do')).toEqual(['Design API', 'Write spec', 'Set up CI']);
    expect(await board.header('Code review').evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(192, 57, 43)');
  });

  it('opens the task editor the Gantt uses when a card is clicked; a rename there shows on the card', async () => {
    await newBoard();
    await board.card('Write spec').click();
    const editor = handle.page.getByRole('dialog', { name: 'Task information' });
    await expect.poll(() => editor.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Write spec');
    await editor.getByRole('textbox', { name: 'Name' }).fill('Write the spec');
    await editor.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => board.names('Backlog')).toEqual(['Design API', 'Write the spec', 'Set up CI']);
  });

  it('remembers the view, the swimlanes and the theme after a restart', async () => {
    await app.openView('Board');
    await board.setLanes('Phase');
    await handle.page.getByRole('button', { name: 'Switch to dark theme' }).click();
    const theme = await handle.page.evaluate(() => document.documentElement.dataset['theme']);
    // Preferences are written beside the plan, in the database's meta table.
    await expect.poll(() => app.storedPreferences()).toEqual({ theme, view: 'board', boardLanes: 'phase', atRiskOnly: false });
    await handle.reload();
    await expect.poll(() => handle.page.getByRole('combobox', { name: 'Swimlanes' }).inputValue()).toBe('phase');
    await expect.poll(() => board.cell('Backlog, lane Closure').count()).toBe(1);
    expect(await handle.page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
  });

  it('drags with the keyboard, announcing the task, column and position, and returns focus to the card', async () => {
    await newBoard();
    const { page } = handle;
    await board.card('Write spec').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => board.announcement.textContent()).toBe("Picked up 'Write spec'. Over 'Backlog', position 2 of 3.");
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => board.announcement.textContent()).toBe("'Write spec' is over 'Backlog', position 1 of 3.");
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => board.announcement.textContent()).toBe("'Write spec' is over 'To do', position 1 of 1.");
    await page.keyboard.press('Space');
    await expect.poll(() => board.announcement.textContent()).toBe("Dropped 'Write spec' in 'To do', position 1 of 1.");
    await expect.poll(() => board.names('To do')).toEqual(['Write spec']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Write spec');

    // Escape cancels: nothing moves.
    await board.card('Set up CI').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await expect.poll(() => board.announcement.textContent()).toBe("Cancelled. 'Set up CI' is back where it was.");
    expect(await board.names('Backlog')).toEqual(['Design API', 'Set up CI']);

    // Undone and redone by keyboard from the moved card: the keyboard goes with the card (it fell to the page).
    const focusedCard = (): Promise<string | null> => page.evaluate(() => document.activeElement?.closest('[data-task-id]')?.querySelector('.board-card-name, .card-name')?.textContent
      ?? document.activeElement?.closest('[data-task-id]')?.textContent ?? null);
    await board.card('Write spec').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => board.names('Backlog')).toEqual(['Design API', 'Write spec', 'Set up CI']);
    await expect.poll(focusedCard).toContain('Write spec');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => board.names('To do')).toEqual(['Write spec']);
    await expect.poll(focusedCard).toContain('Write spec');

    await app.undo();
    await expect.poll(() => board.names('Backlog')).toEqual(['Design API', 'Write spec', 'Set up CI']);
    await app.redo();
    await expect.poll(() => board.names('To do')).toEqual(['Write spec']);
  });

  it('warns when a column is over its WIP limit but still allows the drop; undo clears the warning', async () => {
    await newBoard();
    await board.setWipLimit('In progress', 1);
    await expect.poll(() => board.header('In progress').getByText('0/1').count()).toBe(1);
    await board.drag(board.card('Set up CI'), board.end('In progress'));
    await board.confirmStart();
    await board.drag(board.card('Write spec'), board.end('In progress'));
    await board.confirmStart('Start anyway');
    await expect.poll(() => board.header('In progress').getAttribute('class')).toContain('is-over-wip');
    expect(await board.header('In progress').getByLabel('2 of 1 cards, over the WIP limit').count()).toBe(1);
    await app.undo();
    await expect.poll(() => board.header('In progress').getAttribute('class')).not.toContain('is-over-wip');
    await app.redo();
    await expect.poll(() => board.header('In progress').getAttribute('class')).toContain('is-over-wip');
  });

  it('changes a column\'s category from its menu; the next move into it follows the new category; undo and redo', async () => {
    await newBoard();
    expect(await board.columnCategory('Review')).toBe('Started');
    await board.setColumnCategory('Review', 'Done');
    await expect.poll(() => handle.page.getByRole('button', { name: 'Undo Change column category' }).count()).toBe(1);
    await board.drag(board.card('Set up CI'), board.end('Review'));
    await board.confirmStart();
    await expect.poll(() => board.names('Review')).toEqual(['Set up CI']);
    // A 'done' column completes the card it receives (status and progress agree).
    await expect.poll(() => board.card('Set up CI').getAttribute('aria-label')).toMatch(/^Set up CI, 100% complete/);
    await app.undo();
    await app.undo();
    await expect.poll(() => board.columnCategory('Review')).toBe('Started');
    expect(await board.names('Backlog')).toEqual(['Design API', 'Write spec', 'Set up CI']);
    await app.redo();
    await expect.poll(() => board.columnCategory('Review')).toBe('Done');
  });

  it('filters cards, shows the filter and clears it', async () => {
    await newBoard();
    await handle.page.getByRole('searchbox', { name: 'Filter cards' }).fill('spec');
    await expect.poll(() => board.names('Backlog')).toEqual(['Write spec']);
    const chip = handle.page.getByRole('button', { name: 'Clear filter Text: “spec”' });
    await chip.click();
    await expect.poll(() => board.names('Backlog')).toEqual(['Design API', 'Write spec', 'Set up CI']);
  });

  it('changes the assignee when a card is dragged to another swimlane, with undo and redo', async () => {
    // The first-run sample plan has a team.
    await app.openView('Board');
    await board.setLanes('Assignee');
    const from = "Review, lane Liam O'Brien";
    const to = 'Review, lane Maya Chen';
    await expect.poll(() => board.names(from)).toEqual(['Account dashboard']);
    await board.drag(board.card('Account dashboard'), board.end(to));
    await expect.poll(() => board.names(to)).toEqual(['Account dashboard']);
    expect(await board.names(from)).toEqual([]);
    await app.undo();
    await expect.poll(() => board.names(from)).toEqual(['Account dashboard']);
    await app.redo();
    await expect.poll(() => board.names(to)).toEqual(['Account dashboard']);
    await board.setLanes('None');
  });

  it('quick adds inside a swimlane: the card takes the lane\'s assignee or phase, with undo and redo', async () => {
    await app.openView('Board');
    await board.setLanes('Assignee');
    const maya = 'To do, lane Maya Chen';
    await board.quickAddInLane('To do', 'Maya Chen', 'Write release notes');
    await expect.poll(async () => (await board.names(maya))[0]).toBe('Write release notes');
    expect(await board.card('Write release notes').getAttribute('aria-label')).toContain('assigned to Maya Chen');
    await app.undo();
    await expect.poll(() => board.card('Write release notes').count()).toBe(0);
    await app.redo();
    await expect.poll(async () => (await board.names(maya))[0]).toBe('Write release notes');

    await board.setLanes('Phase');
    await board.quickAddInLane('Backlog', 'Closure', 'Archive the project');
    await expect.poll(async () => (await board.names('Backlog, lane Closure'))[0]).toBe('Archive the project');
    expect(await board.card('Archive the project').locator('.chip--phase').textContent()).toBe('closure');
    await board.setLanes('None');
  });

  it('fits the standard columns in a 1440 px window, scrolls sideways at 1024 with a scrollbar drawn, and sizes each card to what it shows', async () => {
    const page = handle.page;
    await page.setViewportSize({ width: 1440, height: 900 });
    await app.newEmptyProject();
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    for (const task of ['Migrate the customer database to the new cluster', 'Ship', 'Tell support']) {
      await page.keyboard.type(task);
      await page.keyboard.press('Enter');
    }
    await app.openView('Board');
    await board.card('Tell support').waitFor();
    const grid = page.locator('.board-grid');
    const columns = ['Backlog', 'To do', 'In progress', 'Review', 'Done'];
    // Which columns' headers show whole inside the board's scrolling area, names not cut short.
    const shownWhole = (): Promise<string[]> => grid.evaluate((el) => {
      const area = el.getBoundingClientRect();
      const right = area.left + el.clientWidth;
      return [...el.querySelectorAll('.column-header')].filter((header) => {
        const box = header.getBoundingClientRect();
        const name = header.querySelector('.column-header__name');
        return box.left >= area.left && box.right <= right + 0.5 && !!name && name.scrollWidth <= name.clientWidth;
      }).map((header) => header.querySelector('.column-header__name')?.textContent ?? '');
    });
    expect(await shownWhole()).toEqual(columns);
    expect(await grid.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);

    // Each card is as tall as its content: no empty band between the name and the footer, the
    // two-line name's card a line taller than the one-line ones, and cards 8 px apart.
    const cardBoxes = await board.cell('Backlog').locator('.board-card').evaluateAll((cards) => cards.map((card) => {
      const box = card.getBoundingClientRect();
      const name = card.querySelector('.board-card__name')?.getBoundingClientRect();
      const footer = card.querySelector('.board-card__meta')?.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, height: box.height, nameToFooter: (footer?.top ?? 0) - (name?.bottom ?? 0) };
    }));
    expect(cardBoxes).toHaveLength(3);
    const [long, ship, tell] = cardBoxes;
    if (!long || !ship || !tell) throw new Error('Backlog has too few cards');
    expect(cardBoxes.map((c) => c.nameToFooter <= 8)).toEqual([true, true, true]);
    expect(ship.height).toBeLessThanOrEqual(64);
    expect(long.height - ship.height).toBeGreaterThanOrEqual(12);
    expect([Math.round(ship.top - long.bottom), Math.round(tell.top - ship.bottom)]).toEqual([8, 8]);

    // At 1024 the columns scroll sideways, with a scrollbar of the board's own drawn along its
    // bottom (a system's overlay scrollbar shows only while scrolling; the test browser hides
    // scrollbars, so its style is what can be read), and scrolling brings Done into view.
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(() => grid.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await shownWhole()).toEqual(['Backlog', 'To do', 'In progress']);
    expect(await grid.evaluate((el) => {
      const bar = getComputedStyle(el, '::-webkit-scrollbar');
      const thumb = getComputedStyle(el, '::-webkit-scrollbar-thumb').backgroundColor;
      return [getComputedStyle(el).overflowX, bar.height, thumb !== getComputedStyle(el, '::-webkit-scrollbar-track').backgroundColor];
    })).toEqual(['auto', '12px', true]);
    const gridBox = await grid.boundingBox();
    if (!gridBox) throw new Error('the board is not on screen');
    await page.mouse.move(gridBox.x + gridBox.width / 2, gridBox.y + gridBox.height - 40);
    await page.mouse.wheel(800, 0);
    await expect.poll(shownWhole).toContain('Done');
    await screenshotsAtBothSizes(page, 'board-fit', () => grid.evaluate((el) => { el.scrollLeft = 0; }));
  });

  it('screenshots the board, light and dark, with and without swimlanes (for people to look at); card footers fit', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const shot = await openApp({ viewport: { width: 1600, height: 1000 }, colorScheme: scheme });
      const shotBoard = new BoardPage(shot.page);
      await new AppPage(shot.page).openView('Board');
      await shotBoard.card('Account dashboard').waitFor();
      expect(await shotBoard.clippedFooterItems()).toEqual([]);
      await screenshot(shot.page, `board-${scheme}`);
      await shotBoard.setLanes('Assignee');
      await shotBoard.cell("Review, lane Liam O'Brien").waitFor();
      expect(await shotBoard.clippedFooterItems()).toEqual([]);
      await screenshot(shot.page, `board-${scheme}-lanes`);
      await shotBoard.setLanes('None');
      await shot.close();
    }
  });
});
