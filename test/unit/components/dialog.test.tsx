// @vitest-environment happy-dom
/**
 * The shared Dialog: Esc runs onEscape when the dialog has one (an editor cancelling what was typed), else onClose; a press outside closes;
 * the keyboard lost to the page comes back to the dialog on top.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dialog } from '../../../renderer/components/Dialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLElement;
let root: Root;
let calls: string[];

function render(withEscape: boolean): HTMLInputElement {
  act(() => root.render(
    <Dialog title="Risk" onClose={() => calls.push('close')} {...(withEscape ? { onEscape: () => calls.push('escape') } : {})}>
      <input aria-label="Title" />
    </Dialog>,
  ));
  const input = host.querySelector('input');
  if (!input) throw new Error('no field');
  return input;
}

const press = (target: Element, key: string): void => {
  act(() => { target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })); });
};

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  calls = [];
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('Dialog', () => {
  it('Esc in a field closes a dialog without onEscape', () => {
    press(render(false), 'Escape');
    expect(calls).toEqual(['close']);
  });

  it('Esc runs onEscape, not onClose, when the dialog has one', () => {
    press(render(true), 'Escape');
    expect(calls).toEqual(['escape']);
  });

  it('a press on the backdrop closes, whatever Esc does; other keys do nothing', () => {
    const input = render(true);
    press(input, 'Enter');
    const backdrop = host.querySelector('.dialog-backdrop');
    if (!backdrop) throw new Error('no backdrop');
    act(() => { backdrop.dispatchEvent(new MouseEvent('mousedown', { bubbles: true })); });
    expect(calls).toEqual(['close']);
  });

  it('Ctrl+Enter or Cmd+Enter in a multi-line field runs onSubmit once; Enter alone is the field\'s', () => {
    act(() => root.render(
      <Dialog title="Settings" onClose={() => calls.push('close')} onSubmit={() => calls.push('submit')}>
        <textarea aria-label="Description" />
      </Dialog>,
    ));
    const field = host.querySelector('textarea');
    if (!field) throw new Error('no field');
    const enter = (modifiers: KeyboardEventInit): KeyboardEvent => new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...modifiers });
    const plain = enter({});
    act(() => { field.dispatchEvent(plain); });
    expect([calls, plain.defaultPrevented]).toEqual([[], false]);
    const withCtrl = enter({ ctrlKey: true });
    act(() => { field.dispatchEvent(withCtrl); });
    act(() => { field.dispatchEvent(enter({ metaKey: true })); });
    expect([calls, withCtrl.defaultPrevented]).toEqual([['submit', 'submit'], true]);
  });

  it('Ctrl+Enter does nothing in a dialog without onSubmit', () => {
    const input = render(false);
    act(() => { input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true })); });
    expect(calls).toEqual([]);
  });

  it('moves focus in on open and, on close, back to the trigger without scrolling the page', () => {
    const trigger = document.createElement('button');
    document.body.append(trigger);
    trigger.focus();
    const focusTrigger = vi.spyOn(trigger, 'focus');
    const input = render(false);
    expect(document.activeElement).toBe(input);
    act(() => root.render(null));
    expect(document.activeElement).toBe(trigger);
    // A plain focus() would scroll to the trigger, laying out a freshly shown 10,000-row table before its first paint.
    expect(focusTrigger).toHaveBeenCalledWith({ preventScroll: true });
    trigger.remove();
  });

  it('starts on the button marked data-autofocus when it can be pressed, else on the first button', () => {
    const summary = (canOpen: boolean) => (
      <Dialog title="Open file" onClose={() => calls.push('close')} footer={<>
        <button type="button">Cancel</button>
        <button type="button" data-autofocus disabled={!canOpen}>Open as new project</button>
      </>}><p>3 tasks</p></Dialog>
    );
    act(() => root.render(summary(true)));
    expect(document.activeElement?.textContent).toBe('Open as new project');
    act(() => root.render(null));
    act(() => root.render(summary(false)));
    expect(document.activeElement?.textContent).toBe('Cancel');
  });

  it('takes the keyboard back when it is lost to the page (a scrolling body that stopped scrolling), so Esc still closes', async () => {
    vi.useFakeTimers();
    try {
      const input = render(false);
      const box = host.querySelector<HTMLElement>('[role="dialog"]');
      act(() => input.blur());
      expect(document.activeElement).toBe(document.body);
      act(() => { vi.runAllTimers(); });
      expect(document.activeElement).toBe(box);
      press(box!, 'Escape');
      expect(calls).toEqual(['close']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves the keyboard where it went: to another field, to the dialog above, or nowhere once closed', () => {
    vi.useFakeTimers();
    try {
      const outside = document.createElement('button');
      document.body.append(outside);
      const input = render(false);
      act(() => outside.focus());
      act(() => { vi.runAllTimers(); });
      expect(document.activeElement, 'moved to another element on purpose').toBe(outside);

      act(() => root.render(
        <Dialog title="Risk" onClose={() => calls.push('close')}>
          <input aria-label="Title" />
          <Dialog title="Delete?" onClose={() => calls.push('inner')}><button type="button">Delete</button></Dialog>
        </Dialog>,
      ));
      const [lower, upper] = [...host.querySelectorAll<HTMLElement>('[role="dialog"]')];
      act(() => lower!.querySelector('input')!.focus());
      act(() => lower!.querySelector('input')!.blur());
      act(() => { vi.runAllTimers(); });
      expect(upper?.contains(document.activeElement), 'the dialog above was not given the keyboard either').toBe(false);
      expect(document.activeElement, 'the dialog below is not the one on top').toBe(document.body);

      act(() => root.render(<Dialog title="Risk" onClose={() => calls.push('close')}><input aria-label="Title" /></Dialog>));
      const field = host.querySelector('input')!;
      act(() => field.focus());
      act(() => field.blur());
      act(() => root.render(null));
      act(() => { vi.runAllTimers(); });
      expect(input.isConnected).toBe(false);
      expect(document.activeElement?.closest('[role="dialog"]') ?? null, 'a closed dialog takes nothing back').toBeNull();
      outside.remove();
    } finally {
      vi.useRealTimers();
    }
  });
});
