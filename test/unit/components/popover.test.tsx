// @vitest-environment happy-dom
/** The shared Popover and Menu: Escape, a press outside, focus back to the opener, menu keys and the flip decision. */
import { computePosition, type Platform, type Rect } from '@floating-ui/core';
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Menu, nextMenuIndex, useMenuButton } from '../../../renderer/components/Menu';
import { Popover, pointAnchor, popoverMiddleware, type CloseReason } from '../../../renderer/components/Popover';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLElement;
let root: Root;
const closes: CloseReason[] = [];

function PopoverHarness() {
  const [anchor, setAnchor] = useState<HTMLButtonElement | null>(null);
  const [open, setOpen] = useState(false);
  return (
    <div>
      <button ref={setAnchor} type="button" onClick={() => setOpen(true)}>Open</button>
      <button type="button">Elsewhere</button>
      {open ? (
        <Popover anchor={anchor} label="Options" onClose={(reason) => { closes.push(reason); setOpen(false); }}>
          <input aria-label="First field" />
          <button type="button">Inside</button>
        </Popover>
      ) : null}
    </div>
  );
}

const picked: string[] = [];
function MenuHarness() {
  const menu = useMenuButton();
  return (
    <div>
      <button type="button" {...menu.buttonProps}>File</button>
      {menu.isOpen ? (
        <Menu anchor={menu.anchor} label="File" focusFirst={menu.focusFirst} onClose={menu.close} entries={[
          { label: 'New', onSelect: () => picked.push('New') },
          { label: 'Save', onSelect: () => picked.push('Save'), disabled: true },
          { kind: 'heading', label: 'Recent' },
          { label: 'plan.plotline', onSelect: () => picked.push('plan') },
          { label: 'Export', onSelect: () => picked.push('Export') },
        ]} />
      ) : null}
    </div>
  );
}

const button = (name: string): HTMLButtonElement => {
  const found = Array.from(document.querySelectorAll('button')).find((b) => b.textContent === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const key = (target: Element, k: string): void => {
  act(() => { target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true })); });
};

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  closes.length = 0;
  picked.length = 0;
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('Popover', () => {
  beforeEach(() => { act(() => root.render(<PopoverHarness />)); });
  const dialog = (): Element | null => document.querySelector('[role="dialog"][aria-label="Options"]');

  it('renders into a portal on the body, outside its opener\'s tree, and focuses its first field', () => {
    act(() => button('Open').click());
    expect(dialog()?.parentElement).toBe(document.body);
    expect(host.contains(dialog())).toBe(false);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('First field');
  });

  it('closes on Escape and gives focus back to the opener', () => {
    act(() => button('Open').click());
    key(document.activeElement ?? document.body, 'Escape');
    expect(dialog()).toBeNull();
    expect(closes).toEqual(['escape']);
    expect(document.activeElement).toBe(button('Open'));
  });

  it('closes on a press outside, leaving focus where the press put it; a press inside keeps it open', () => {
    act(() => button('Open').click());
    act(() => { button('Inside').dispatchEvent(new MouseEvent('pointerdown', { bubbles: true })); });
    expect(dialog()).not.toBeNull();
    act(() => { button('Elsewhere').dispatchEvent(new MouseEvent('pointerdown', { bubbles: true })); button('Elsewhere').focus(); });
    expect(dialog()).toBeNull();
    expect(closes).toEqual(['outside']);
    expect(document.activeElement).toBe(button('Elsewhere'));
  });

  it('a press on the opener itself is not "outside" (the opener toggles)', () => {
    act(() => button('Open').click());
    act(() => { button('Open').dispatchEvent(new MouseEvent('pointerdown', { bubbles: true })); });
    expect(dialog()).not.toBeNull();
  });
});

function PointHarness() {
  const [open, setOpen] = useState(false);
  return (
    <div>
      <button type="button" onClick={() => setOpen(true)}>Arrow</button>
      {open ? <Popover anchor={pointAnchor(300, 200)} label="Edit link" onClose={() => setOpen(false)}><select aria-label="Type" /></Popover> : null}
    </div>
  );
}

describe('Popover at a point (a click on a chart arrow)', () => {
  it('gives focus back to what had it when it opened', () => {
    act(() => root.render(<PointHarness />));
    button('Arrow').focus();
    act(() => button('Arrow').click());
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Type');
    key(document.activeElement as Element, 'Escape');
    expect(document.querySelector('[aria-label="Edit link"]')).toBeNull();
    expect(document.activeElement).toBe(button('Arrow'));
  });
});

describe('Menu', () => {
  beforeEach(() => { act(() => root.render(<MenuHarness />)); });
  const focused = (): string => document.activeElement?.textContent ?? '';

  it('has menu roles, opens on the first enabled item, and arrows skip disabled items and wrap', () => {
    act(() => button('File').click());
    const menu = document.querySelector('[role="menu"]');
    expect(menu?.getAttribute('aria-label')).toBe('File');
    expect(button('File').getAttribute('aria-expanded')).toBe('true');
    expect(menu?.querySelectorAll('[role="menuitem"]').length).toBe(4);
    expect(focused()).toBe('New');
    key(document.activeElement as Element, 'ArrowDown');
    expect(focused()).toBe('plan.plotline');
    key(document.activeElement as Element, 'End');
    expect(focused()).toBe('Export');
    key(document.activeElement as Element, 'ArrowDown');
    expect(focused()).toBe('New');
    key(document.activeElement as Element, 'ArrowUp');
    expect(focused()).toBe('Export');
    key(document.activeElement as Element, 'Home');
    expect(focused()).toBe('New');
  });

  it('ArrowUp on the button opens on the last item; choosing an item runs it, closes and returns focus', () => {
    key(button('File'), 'ArrowUp');
    expect(focused()).toBe('Export');
    act(() => (document.activeElement as HTMLButtonElement).click());
    expect(picked).toEqual(['Export']);
    expect(document.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement).toBe(button('File'));
  });

  it('Escape closes and focus goes back to the button', () => {
    act(() => button('File').click());
    key(document.activeElement as Element, 'Escape');
    expect(document.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement).toBe(button('File'));
  });
});

describe('nextMenuIndex', () => {
  it('wraps, jumps and starts from either end when nothing is focused', () => {
    expect(nextMenuIndex('ArrowDown', 2, 3)).toBe(0);
    expect(nextMenuIndex('ArrowUp', 0, 3)).toBe(2);
    expect(nextMenuIndex('ArrowDown', -1, 3)).toBe(0);
    expect(nextMenuIndex('ArrowUp', -1, 3)).toBe(2);
    expect(nextMenuIndex('End', 0, 3)).toBe(2);
    expect(nextMenuIndex('Home', 2, 3)).toBe(0);
    expect(nextMenuIndex('a', 0, 3)).toBeNull();
    expect(nextMenuIndex('ArrowDown', -1, 0)).toBeNull();
  });
});

/** A 1024x768 window with no layout engine: rects are given, as Floating UI's platform contract allows. */
function platformFor(reference: Rect, floating: { width: number; height: number }): Platform {
  return {
    getElementRects: () => ({ reference, floating: { x: 0, y: 0, ...floating } }),
    getClippingRect: () => ({ x: 0, y: 0, width: 1024, height: 768 }),
    getDimensions: () => floating,
  };
}
const place = async (reference: Rect, placement: 'bottom-start' | 'bottom-end' = 'bottom-start') => {
  const floating = { width: 300, height: 200 };
  const elements = { reference: {}, floating: { style: {} } };
  return computePosition(elements.reference, elements.floating, { placement, middleware: popoverMiddleware(), platform: platformFor(reference, floating) });
};

describe('placement (Floating UI with the popover middleware)', () => {
  it('hangs below its anchor when there is room', async () => {
    const at = await place({ x: 100, y: 100, width: 80, height: 30 });
    expect(at.placement).toBe('bottom-start');
    expect(at.y).toBe(134);
    expect(at.x).toBe(100);
  });

  it('flips above an anchor near the bottom edge (the last visible grid row)', async () => {
    const at = await place({ x: 100, y: 700, width: 80, height: 30 });
    expect(at.placement).toBe('top-start');
    expect(at.y).toBe(700 - 4 - 200);
  });

  it('shifts left to stay inside the right edge (the PDF options by the Export button)', async () => {
    const at = await place({ x: 980, y: 40, width: 40, height: 30 });
    expect(at.x + 300).toBeLessThanOrEqual(1024 - 8);
    expect(at.y).toBe(74);
  });
});
