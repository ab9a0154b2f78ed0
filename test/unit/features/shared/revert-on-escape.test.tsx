// @vitest-environment happy-dom
/** Esc in a register's field committed on leaving it: the stored value comes back and leaving commits nothing. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { revertOnEscape } from '../../../../renderer/features/shared/revert-on-escape';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLElement;
let root: Root;
let committed: string[];

function render(stored: string): HTMLInputElement {
  act(() => root.render(
    <table onKeyDown={revertOnEscape}><tbody><tr><td>
      <input aria-label="Root cause" defaultValue={stored} onBlur={(e) => { if (e.target.value !== stored) committed.push(e.target.value); }} />
    </td></tr></tbody></table>,
  ));
  const input = host.querySelector('input');
  if (!input) throw new Error('no field');
  return input;
}

function typeInto(input: HTMLInputElement, text: string): void {
  act(() => { input.focus(); input.value = text; input.dispatchEvent(new Event('input', { bubbles: true })); });
}

const press = (input: HTMLInputElement, key: string): void => {
  act(() => { input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })); });
};

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  committed = [];
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('revertOnEscape', () => {
  it('puts the stored value back and leaves the field without committing', () => {
    const input = render('Vendor late');
    typeInto(input, 'Typo');
    press(input, 'Escape');
    expect(input.value).toBe('Vendor late');
    expect(document.activeElement).not.toBe(input);
    expect(committed).toEqual([]);
  });

  it('reverts to the value stored since the field was drawn', () => {
    render('First');
    const input = render('Second');
    typeInto(input, 'Typo');
    press(input, 'Escape');
    expect(input.value).toBe('Second');
  });

  it('leaves other keys to the field: leaving it then commits what was typed', () => {
    const input = render('');
    typeInto(input, 'Sandbox down');
    press(input, 'a');
    expect(input.value).toBe('Sandbox down');
    act(() => input.blur());
    expect(committed).toEqual(['Sandbox down']);
  });
});
