/** Page model of the Gantt view and presentation mode: what a user sees and does, by role and label. */
import type { Locator, Page } from 'playwright-core';

/** An item of presentation mode's bar as shown: a control, the project's title or the keys' help. */
export interface PresentationBarItem {
  readonly name: string;
  readonly isControl: boolean;
  readonly top: number;
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
  /** Its text is cut short (an ellipsis): its full text is then its tooltip. */
  readonly isCut: boolean;
  readonly title: string;
}

export class GanttPage {
  constructor(readonly page: Page) {}

  get view(): Locator { return this.page.getByRole('region', { name: 'Gantt view' }); }
  get toolbar(): Locator { return this.page.getByRole('toolbar', { name: 'Gantt' }); }
  get grid(): Locator { return this.page.getByRole('grid', { name: 'Gantt tasks' }); }
  get chart(): Locator { return this.page.getByRole('region', { name: 'Gantt chart', exact: true }); }
  get presentation(): Locator { return this.page.getByRole('dialog', { name: 'Presentation' }); }
  /** Presentation mode's top bar: the project's name, Focus, the window's dates, the keys, Export and Exit. */
  get presentationBar(): Locator { return this.presentation.locator('.gl-present-bar'); }

  /** Presentation mode's bar: its controls (and its title and help text) shown on screen, with their boxes. */
  presentationBarItems(): Promise<PresentationBarItem[]> {
    return this.presentationBar.evaluate((bar) => [...bar.querySelectorAll('h1, button, select, input, .gl-present-help')]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const box = el.getBoundingClientRect();
        // A list or a field by its caption (the label's own words, not its options').
        const caption = el instanceof HTMLSelectElement || el instanceof HTMLInputElement ? el.labels?.[0]?.firstChild?.textContent?.trim() : undefined;
        return {
          name: el.getAttribute('aria-label') ?? caption ?? el.textContent ?? '', isControl: el.matches('button, select, input'),
          top: box.top, left: box.left, right: box.right, bottom: box.bottom,
          isCut: !el.matches('select, input') && el.scrollWidth > el.clientWidth, title: el.getAttribute('title') ?? '',
        };
      }));
  }

  /** Types `text` over a presentation date window field's text by keyboard and presses `key` (Tab, Enter). */
  async typeWindowDate(label: 'From' | 'To', text: string, key: string): Promise<void> {
    await this.presentation.getByLabel(label, { exact: true }).focus();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press(key);
  }

  row(name: string): Locator { return this.grid.getByRole('row').filter({ hasText: name }).first(); }
  /** The grid row whose task name is exactly `name` ("UI" is not "Build"'s row, as `row` would find it). */
  rowNamed(name: string): Locator {
    return this.grid.locator('.gl-grid-row', { has: this.page.locator('.gl-name-text').getByText(name, { exact: true }) });
  }
  async rowIndex(name: string): Promise<number> { return Number(await this.row(name).getAttribute('aria-rowindex')) - 2; }

  async zoom(label: 'Hours' | 'Days' | 'Weeks' | 'Months' | 'Quarters' | 'Years'): Promise<void> {
    await this.toolbar.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: label }).click();
  }

  /**
   * Where the view options (Show, Colour by, Baseline, Save baseline) are: on the toolbar when it
   * is wide enough, else in its More popover, which this opens.
   */
  async viewOptions(): Promise<Locator> {
    // Decide only once the toolbar is drawn: just after switching views it is not there yet.
    await this.toolbar.getByRole('button', { name: 'Fit project' }).waitFor();
    const more = this.toolbar.getByRole('button', { name: 'More', exact: true });
    if (await more.count() === 0) return this.toolbar;
    if (await more.getAttribute('aria-expanded') !== 'true') await more.click();
    return this.page.getByRole('dialog', { name: 'More Gantt options' });
  }

  /** A toolbar control by role and name, on the row or, in a narrow window, in More. */
  async control(role: 'checkbox' | 'combobox' | 'button', name: string): Promise<Locator> {
    await this.toolbar.getByRole('button', { name: 'Fit project' }).waitFor();
    const inline = this.toolbar.getByRole(role, { name, exact: true });
    if (await inline.count() > 0) return inline;
    return (await this.viewOptions()).getByRole(role, { name, exact: true });
  }

  /** The toolbar's Show menu: 'Outline level N' or 'All subtasks'. */
  async showOutline(choice: string): Promise<void> {
    await (await this.viewOptions()).getByRole('combobox', { name: 'Show outline level' }).selectOption({ label: choice });
  }

  /** Export ▾ on the toolbar, then one of its items ('Export PDF…' opens the PDF options). */
  async exportAs(item: 'Export PNG' | 'Export SVG' | 'Export PDF…'): Promise<void> {
    await this.toolbar.getByRole('button', { name: 'Export', exact: true }).click();
    await this.page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: item }).click();
  }

  async toggle(name: string): Promise<void> {
    await this.grid.getByRole('button', { name: new RegExp(`^(Collapse|Expand) ${name}$`) }).click();
  }

  /**
   * The frappe bar of a task, found through its row (bars carry no names of their own). Clicks the
   * row first, as a user does to find a bar: the chart opens at today and brings the bar into view.
   */
  async bar(name: string): Promise<Locator> {
    await this.row(name).click();
    return this.page.locator(`${await this.barSelector(name)} .bar`);
  }

  /** CSS selector of a task's frappe bar group (by its row). */
  async barSelector(name: string): Promise<string> {
    return `.gl-frappe .bar-wrapper[data-id="r${String(await this.rowIndex(name))}"]`;
  }

  /** The chart's band for the selected task, in `within` (the view or the presentation). */
  selectedBand(within: Locator = this.view): Locator { return within.locator('.gl-selected-row'); }

  /** Vertical offset between a task's table row and the chart's selected band (0 when aligned). */
  async bandOffset(name: string, within: Locator = this.view): Promise<{ top: number; height: number }> {
    const row = await within.getByRole('grid').getByRole('row').filter({ hasText: name }).first().boundingBox();
    const band = await this.selectedBand(within).first().boundingBox();
    if (!row || !band) throw new Error('row or band not visible');
    return { top: Math.round(band.y - row.y), height: Math.round(band.height - row.height) };
  }

  arrows(): Locator { return this.page.getByRole('button', { name: /^Link .* → / }); }
  arrow(from: string, to: string): Locator { return this.page.getByRole('button', { name: new RegExp(`^Link ${from} → ${to} `) }); }

  async dragBy(target: Locator, dx: number, fromRight = false): Promise<void> {
    const box = await target.boundingBox();
    if (!box) throw new Error('target not visible');
    const x = fromRight ? box.x + box.width - 1 : box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    for (let i = 1; i <= 5; i++) await this.page.mouse.move(x + (dx * i) / 5, y);
    await this.page.mouse.up();
  }

  async linkByDrag(from: string, to: string): Promise<void> {
    await (await this.bar(from)).hover();
    const handle = this.page.getByRole('button', { name: `Link from end of ${from}` });
    const start = await handle.boundingBox();
    const target = await (await this.bar(to)).boundingBox();
    if (!start || !target) throw new Error('bars not visible');
    await this.page.mouse.move(start.x + 5, start.y + 5);
    await this.page.mouse.down();
    await this.page.mouse.move(target.x + 4, target.y + target.height / 2, { steps: 5 });
    await this.page.mouse.up();
  }

  async undo(): Promise<void> { await this.page.keyboard.press('Control+z'); }
}
