/** Page model of the app shell and the task table: what a user sees and does, by role and label. */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

export class AppPage {
  constructor(readonly page: Page) {}

  get projects(): Locator { return this.page.getByRole('navigation', { name: 'Projects' }); }
  get grid(): Locator { return this.page.getByRole('grid', { name: 'Tasks' }); }
  get title(): Locator { return this.page.getByRole('banner').getByRole('heading', { level: 1 }); }

  /**
   * A new, empty project made by keyboard, as a person does: New project, Enter, the name typed
   * (or the dialog's own), Enter; then the Tasks view with its empty entry row.
   */
  async newEmptyProject(name?: string): Promise<void> {
    await this.projects.getByRole('button', { name: 'New project', exact: true }).focus();
    await this.page.keyboard.press('Enter');
    await this.page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).waitFor();
    if (name !== undefined) await this.page.keyboard.type(name);
    await this.page.keyboard.press('Enter');
    await expect.poll(() => this.title.textContent()).toBe(name ?? 'Untitled project');
    await this.openView('Tasks');
  }

  /**
   * Tasks typed into the task table's empty entry row by keyboard, a name and Enter each, then their
   * durations typed down the Duration column the same way (Enter moves down a row).
   */
  async typeTasks(tasks: readonly (readonly [name: string, duration: string])[]): Promise<void> {
    await this.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    for (const [name] of tasks) { await this.page.keyboard.type(name); await this.page.keyboard.press('Enter'); }
    const [first] = tasks;
    if (!first) return;
    await this.cell(first[0], 'duration').click();
    for (const [, duration] of tasks) { await this.page.keyboard.type(duration); await this.page.keyboard.press('Enter'); }
    const last = tasks[tasks.length - 1] ?? first;
    await expect.poll(() => this.cell(last[0], 'duration').innerText()).toMatch(new RegExp(`^${last[1].replace(/[^0-9.]/g, '')}`));
  }

  /**
   * Values typed down one column from `fromTask`'s cell, as a person fills a column: each typed and
   * Enter (which moves down a row); an empty value is stepped over with ↓.
   */
  async typeDown(fromTask: string, column: string, values: readonly string[]): Promise<void> {
    await this.cell(fromTask, column).click();
    for (const value of values) {
      if (value === '') { await this.page.keyboard.press('ArrowDown'); continue; }
      await this.page.keyboard.type(value);
      await this.page.keyboard.press('Enter');
    }
  }

  /**
   * People assigned down the Assigned to column from `fromTask`'s cell by keyboard: Enter opens the
   * picker, Space ticks the person, Enter assigns, ↓ to the next row; an empty name is stepped over.
   */
  async assignDown(fromTask: string, people: readonly string[]): Promise<void> {
    await this.cell(fromTask, 'assignees').click();
    const picker = this.page.getByRole('dialog', { name: 'Assign people' });
    for (const person of people) {
      if (person !== '') {
        await this.page.keyboard.press('Enter');
        await picker.getByLabel(person).focus();
        await this.page.keyboard.press('Space');
        await this.page.keyboard.press('Enter');
        await picker.waitFor({ state: 'detached' });
      }
      await this.page.keyboard.press('ArrowDown');
    }
  }

  /** The column key of the task table's cursor cell ('' on none). */
  activeColumn(): Promise<string> {
    return this.grid.evaluate((grid) => grid.querySelector<HTMLElement>('.cell.active')?.dataset['column'] ?? '');
  }

  /**
   * Which of the task table's column headers (by their text) a person cannot see whole: one cut by the
   * table's edge, or whose centre is under another cell (a frozen column's) rather than on itself.
   */
  hiddenHeaders(): Promise<string[]> {
    return this.grid.evaluate((grid) => {
      const view = grid.getBoundingClientRect();
      const right = view.left + grid.clientLeft + grid.clientWidth;
      return Array.from(grid.querySelectorAll<HTMLElement>('.grid-header .cell')).filter((cell) => {
        const box = cell.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return box.left < view.left - 0.5 || box.right > right + 0.5 || hit?.closest('.cell') !== cell;
      }).map((cell) => cell.textContent ?? '');
    });
  }

  /**
   * Where a person cannot see column `column` (its key) whole in the task table, its header named
   * `header` and each rendered row's cell: "header", a task's name, or "new task row"; empty when
   * every one is within the table's edges with the point at its centre on the cell itself.
   */
  hiddenCellsOf(header: string, column: string): Promise<string[]> {
    return this.grid.evaluate((grid, [headerText, key]) => {
      const view = grid.getBoundingClientRect();
      const right = view.left + grid.clientLeft + grid.clientWidth;
      const headerCell = Array.from(grid.querySelectorAll<HTMLElement>('.grid-header .cell')).find((c) => c.textContent === headerText);
      const cells = [['header', headerCell] as const, ...Array.from(grid.querySelectorAll<HTMLElement>(`.grid-row [data-column="${key}"]`))
        .map((cell) => [cell.closest('.grid-row')?.querySelector('.name-text')?.textContent ?? 'new task row', cell] as const)];
      return cells.filter(([, cell]) => {
        if (!cell) return true;
        const box = cell.getBoundingClientRect();
        if (box.bottom < view.top || box.top > view.bottom) return false;
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return box.left < view.left - 0.5 || box.right > right + 0.5 || hit?.closest('.cell') !== cell;
      }).map(([label]) => label);
    }, [header, column] as const);
  }

  /** The task table's sideways scroll and whether its columns are wider than it (scrollWidth > clientWidth). */
  sidewaysScroll(): Promise<{ left: number; isWider: boolean }> {
    return this.grid.evaluate((grid) => ({ left: grid.scrollLeft, isWider: grid.scrollWidth > grid.clientWidth }));
  }

  /** Renames the open project through its title in the top bar, as a person does. */
  async renameProject(to: string): Promise<void> {
    await this.title.click();
    const input = this.page.getByRole('banner').getByLabel('Project name');
    await input.fill(to);
    await input.press('Enter');
    await expect.poll(() => this.title.textContent()).toBe(to);
  }

  async openView(name: 'Tasks' | 'Gantt' | 'Board' | 'Team' | 'Costs' | 'Risks' | 'Changes' | 'Phases' | 'Charter' | 'Stakeholders' | 'Portfolio' | 'Reports'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();
  }

  row(taskName: string): Locator {
    return this.grid.getByRole('row').filter({ has: this.page.locator('.name-text', { hasText: new RegExp(`^${escapeRegExp(taskName)}$`) }) });
  }

  cell(taskName: string, column: string): Locator {
    return this.row(taskName).locator(`[data-column="${column}"]`);
  }

  /** Names of the rendered rows in display order, with depth: "Wireframes@1". */
  async outline(): Promise<string[]> {
    return this.grid.locator('.grid-row:not(.new-row)').evaluateAll((rows) =>
      rows
        .map((r) => ({ y: new DOMMatrix(getComputedStyle(r).transform).m42, r }))
        .sort((a, b) => a.y - b.y)
        .map(({ r }) => {
          const name = r.querySelector('.name-text')?.textContent ?? '';
          const pad = parseFloat(r.querySelector<HTMLElement>('.name-cell')?.style.paddingLeft ?? '0');
          return `${name}@${String(Math.round(pad / 18))}`;
        }));
  }

  /**
   * Types `text` over a field's text by keyboard, as a person corrects it: focus, Ctrl+A, the text
   * ('' empties it with Backspace), then `leaveBy` (Tab, Enter) if given; without it the caret stays
   * in the field, nothing left or committed.
   */
  async typeOver(field: Locator, text: string, leaveBy?: string): Promise<void> {
    await field.focus();
    await this.page.keyboard.press('Control+A');
    if (text === '') await this.page.keyboard.press('Backspace');
    else await this.page.keyboard.type(text);
    if (leaveBy !== undefined) await this.page.keyboard.press(leaveBy);
  }

  /** Types into a cell the way a user does: select it, type, Enter. */
  async editCell(taskName: string, column: string, text: string): Promise<void> {
    await this.cell(taskName, column).click();
    await this.page.keyboard.press('Enter');
    const input = this.grid.locator('.cell-input');
    await input.fill(text);
    await input.press('Enter');
  }

  /**
   * Names the row the toolbar's Add task or Milestone (or Insert) just added: its name editor is
   * open with the focus, so the name is typed straight away and Enter commits it.
   */
  async nameNewRow(name: string): Promise<void> {
    const input = this.grid.locator('.cell-input');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await input.fill(name);
    await input.press('Enter');
  }

  /** Assigns a person to a task as a user does by keyboard: the People cell's picker, Space on the name, Enter on Assign. */
  async assign(taskName: string, person: string): Promise<void> {
    await this.cell(taskName, 'assignees').dblclick();
    const picker = this.page.getByRole('dialog', { name: 'Assign people' });
    await picker.getByLabel(person).focus();
    await this.page.keyboard.press('Space');
    await picker.getByRole('button', { name: 'Assign' }).focus();
    await this.page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
  }

  /** Shows (or hides) columns through the toolbar's Columns… dialog. */
  async showColumns(headers: readonly string[], isShown = true): Promise<void> {
    await this.page.getByRole('toolbar', { name: 'Task actions' }).getByRole('button', { name: 'Columns…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Columns' });
    for (const header of headers) await dialog.getByRole('checkbox', { name: header, exact: true }).setChecked(isShown);
    await dialog.getByRole('button', { name: 'Done', exact: true }).click();
  }

  /** Every task row's text in the given columns, in display order ("Kickoff|4h|"), for before/after checks. */
  async rowTexts(columns: readonly string[]): Promise<string[]> {
    return this.grid.locator('.grid-row:not(.new-row)').evaluateAll((rows, keys) =>
      rows
        .map((r) => ({ y: new DOMMatrix(getComputedStyle(r).transform).m42, r }))
        .sort((a, b) => a.y - b.y)
        .map(({ r }) => keys.map((k) => (k === 'name'
          ? `${r.querySelector('.name-text')?.textContent ?? ''}@${String(Math.round(parseFloat(r.querySelector<HTMLElement>('.name-cell')?.style.paddingLeft ?? '0') / 18))}`
          : r.querySelector(`[data-column="${k}"]`)?.textContent ?? '')).join('|')), columns);
  }

  get headers(): Promise<string[]> { return this.grid.getByRole('columnheader').allTextContents(); }

  /** Task information of a row, opened as a person does: a click on its name, Shift+F2. */
  async taskInformation(taskName: string): Promise<Locator> {
    await this.cell(taskName, 'name').click();
    await this.page.keyboard.press('Shift+F2');
    const info = this.page.getByRole('dialog', { name: 'Task information' });
    await info.waitFor();
    return info;
  }

  /**
   * A constraint set as a person does: Task information (Shift+F2 on the row), its Advanced tab by
   * keyboard, the type (as the Constraint column names it) and a typed date; Ctrl+Enter saves.
   */
  async constrain(taskName: string, type: string, date: string): Promise<void> {
    const info = await this.taskInformation(taskName);
    await info.getByRole('tab', { name: 'Advanced' }).focus();
    await this.page.keyboard.press('Enter');
    await info.getByLabel('Constraint type').selectOption({ label: type });
    await info.getByLabel('Constraint date').focus();
    await this.page.keyboard.press('Control+a');
    await this.page.keyboard.type(date);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Control+Enter');
    await info.waitFor({ state: 'detached' });
  }

  /** A task's tags as Task information's Tags field shows them; the dialog is closed with Esc. */
  async tagsOf(taskName: string): Promise<string> {
    const info = await this.taskInformation(taskName);
    const tags = await info.getByLabel('Tags (separated by , or ;)').inputValue();
    await this.page.keyboard.press('Escape');
    await info.waitFor({ state: 'detached' });
    return tags;
  }

  /**
   * The top bar's schedule warnings panel, opened by keyboard as a person does (focus on the
   * warnings button, Enter) unless it is open already; its text, the panel left open.
   */
  async scheduleWarnings(): Promise<string> {
    const panel = this.page.getByRole('dialog', { name: 'Schedule warnings' });
    if (!(await panel.isVisible())) {
      await this.page.getByRole('banner').getByRole('button', { name: /\d+ warnings?$/ }).focus();
      await this.page.keyboard.press('Enter');
      await panel.waitFor();
    }
    return panel.innerText();
  }

  /** The keyboard shortcut sheet (F1 or ? outside a text field). */
  get shortcutSheet(): Locator { return this.page.getByRole('dialog', { name: 'Keyboard shortcuts' }); }

  /**
   * What of the shortcut sheet a person cannot see without scrolling: each group heading or row
   * (its text) not wholly inside both the window and the sheet's scrolled box; empty when all show.
   */
  shortcutSheetOutOfSight(): Promise<string[]> {
    return this.shortcutSheet.locator('.shortcut-sheet').evaluate((sheet) => {
      // The box that scrolls is the dialog's body, not the sheet inside it, which is as tall as all its rows.
      const view = (sheet.closest('.dialog-body') ?? sheet).getBoundingClientRect();
      const inside = (r: DOMRect): boolean => r.top >= Math.max(view.top, 0) - 0.5 && r.bottom <= Math.min(view.bottom, window.innerHeight) + 0.5
        && r.left >= Math.max(view.left, 0) - 0.5 && r.right <= Math.min(view.right, window.innerWidth) + 0.5;
      return Array.from(sheet.querySelectorAll<HTMLElement>('h3, .shortcut'))
        .filter((el) => !inside(el.getBoundingClientRect())).map((el) => el.innerText.replace(/\n/g, ' '));
    });
  }

  /**
   * The edges at which the shortcut sheet's scrolling body fades out, the cue that it goes on past
   * them: 'top', 'bottom', both or none, read from the fade drawn (the first and last colour of the
   * body's mask transparent) rather than from how much there is to scroll.
   */
  shortcutSheetFades(): Promise<string[]> {
    return this.shortcutSheet.locator('.dialog-body').evaluate((body) => {
      const mask = getComputedStyle(body).maskImage;
      const second = mask.indexOf('linear-gradient(', 1);
      const fade = !mask.startsWith('linear-gradient(') ? '' : second > 0 ? mask.slice(0, second) : mask;
      const colours = fade.match(/rgba?\([^)]*\)|transparent/g) ?? [];
      const isClear = (colour: string | undefined): boolean => colour === 'transparent' || /rgba\(.*,\s*0\)$/.test(colour ?? '');
      return [...(isClear(colours[0]) ? ['top'] : []), ...(isClear(colours.at(-1)) ? ['bottom'] : [])];
    });
  }

  async undo(): Promise<void> { await this.page.getByRole('banner').getByRole('button', { name: /^Undo/ }).click(); }
  async redo(): Promise<void> { await this.page.getByRole('banner').getByRole('button', { name: /^Redo/ }).click(); }

  /** A notice showing `text` (a string is taken as it is written, brackets and dots included) or matching a pattern. */
  async expectNotice(text: string | RegExp): Promise<void> {
    const pattern = typeof text === 'string' ? new RegExp(escapeRegExp(text)) : text;
    await expect.poll(() => this.page.locator('.notice').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(pattern)]));
  }

  /** The top bar's project dates and counts ("Mon, Jan 4, 27 → Fri, Jan 8, 27 · critical path 5d · 2 tasks"). */
  async topBarFacts(): Promise<string> {
    return (await this.page.getByRole('banner').locator('.meta').textContent()) ?? '';
  }

  /**
   * The top bar's dates (start → finish, and the status date when the plan has one) as a person
   * sees them: their text, whether they show whole (not hidden, not cut by the line's "…"),
   * inside the window, and the top bar's other items (the name, controls) they overlap.
   */
  topBarDates(): Promise<{ text: string; isShownWhole: boolean; isInsideWindow: boolean; overlaps: string[] }> {
    return this.page.getByRole('banner').evaluate((bar) => {
      const dates = bar.querySelector('.meta-dates');
      const line = dates?.closest('.meta');
      if (!dates || !line) return { text: '', isShownWhole: false, isInsideWindow: false, overlaps: [] };
      const box = dates.getBoundingClientRect();
      const clip = line.getBoundingClientRect();
      const isShownWhole = box.width > 0 && box.height > 0 && box.left >= clip.left - 0.5 && box.right <= clip.right + 0.5 && line.checkVisibility({ visibilityProperty: true });
      const isInsideWindow = box.left >= 0 && box.top >= 0 && box.right <= window.innerWidth && box.bottom <= window.innerHeight;
      const overlaps = [...bar.querySelectorAll('h1, input, button, .save-state')].filter((other) => {
        const o = other.getBoundingClientRect();
        return Math.min(o.right, box.right) - Math.max(o.left, box.left) > 0.5 && Math.min(o.bottom, box.bottom) - Math.max(o.top, box.top) > 0.5;
      }).map((other) => other.getAttribute('aria-label') ?? other.textContent ?? other.tagName);
      return { text: dates.textContent ?? '', isShownWhole, isInsideWindow, overlaps };
    });
  }

  /** Presses the action button ('Undo') of the notice that shows `text`. */
  async noticeAction(text: string, action: string): Promise<void> {
    await this.page.locator('.notice').filter({ hasText: text }).getByRole('button', { name: action, exact: true }).click();
  }

  /** Waits until every write has reached IndexedDB (the top bar says Saved). */
  async waitSaved(): Promise<void> {
    await this.page.locator('.save-state[data-state="saved"]').waitFor();
  }

  /** The workspace preferences (theme, view, ...) as written beside the plans, in the database's meta table; null before the first write. */
  storedPreferences(): Promise<unknown> {
    return this.page.evaluate(() => new Promise<unknown>((done) => {
      const open = indexedDB.open('plotline');
      open.onsuccess = () => {
        const read = open.result.transaction('meta').objectStore('meta').get('preferences');
        read.onsuccess = () => { done((read.result as { value?: unknown } | undefined)?.value ?? null); open.result.close(); };
      };
    }));
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
