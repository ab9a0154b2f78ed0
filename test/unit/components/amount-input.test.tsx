// @vitest-environment happy-dom
/** The amount field: a refused amount stays in the field, selected and marked, and is never shown as saved. */
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AmountInput } from '../../../renderer/components/AmountInput';
import { readTypedAmount } from '../../../renderer/domain/money';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLElement;
let root: Root;
let stored: (number | null)[];
let refusals: string[];

/** A budget field whose owner reads the text with the one amount reader, as the Cost toolbar does. */
function Budget() {
  const [value, setValue] = useState<number | null>(6000);
  const commit = (text: string): boolean => {
    const read = readTypedAmount(text, { label: 'Project budget', currency: 'USD', noun: 'a budget' });
    if (!read.ok) { refusals.push(read.error.message); return false; }
    stored.push(read.value);
    setValue(read.value);
    return true;
  };
  return <><AmountInput aria-label="Project budget" value={value === null ? '' : String(value)} onCommit={commit} /><button type="button">elsewhere</button></>;
}

const input = (): HTMLInputElement => {
  const el = host.querySelector<HTMLInputElement>('input');
  if (!el) throw new Error('no input');
  return el;
};

function type(text: string): void {
  const field = input();
  act(() => { field.focus(); });
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => { setter?.call(field, text); field.dispatchEvent(new Event('input', { bubbles: true })); });
}

function press(k: string): void {
  act(() => { input().dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true })); });
}

/** Tab away: the focus moves to the button, then the field's pending refocus runs. */
async function leave(): Promise<void> {
  act(() => { host.querySelector('button')?.focus(); });
  await act(() => new Promise((resolve) => { setTimeout(resolve, 5); }));
}

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  stored = [];
  refusals = [];
  act(() => root.render(<Budget />));
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('AmountInput', () => {
  it('commits an amount read exactly on Enter and shows the stored value', async () => {
    type('25,000');
    press('Enter');
    await leave();
    expect(stored).toEqual([25000]);
    expect(input().value).toBe('25000');
    expect(input().getAttribute('aria-invalid')).toBeNull();
  });

  it('keeps refused text in the field, marked invalid, with the focus back on it and the value unchanged', async () => {
    type('25k');
    await leave();
    expect(refusals).toEqual(["Project budget: '25k' is not an amount. Type digits, e.g. 25000 or 25,000.50."]);
    expect(stored).toEqual([]);
    expect(input().value).toBe('25k');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(input().classList.contains('is-refused')).toBe(true);
    expect(document.activeElement).toBe(input());
  });

  it('gives up when the refused text is left again unchanged: the stored value shows, with no second refusal', async () => {
    type('2.5M');
    await leave();
    await leave();
    expect(input().value).toBe('6000');
    expect(input().getAttribute('aria-invalid')).toBeNull();
    expect(refusals).toHaveLength(1);
    expect(stored).toEqual([]);
  });

  it('puts the stored value back on Esc after a refusal', async () => {
    type('1e25');
    await leave();
    press('Escape');
    expect(input().value).toBe('6000');
    expect(input().getAttribute('aria-invalid')).toBeNull();
    await leave();
    expect(stored).toEqual([]);
    expect(refusals).toHaveLength(1);
  });

  it('takes the focus back as the Tab lands, so a key pressed next (F6 to the notice) keeps where it moved it', async () => {
    type('25k');
    const elsewhere = host.querySelector('button');
    act(() => { elsewhere?.focus(); });
    // Back in the field in the same step, before any timer: nothing pending can take it later.
    expect(document.activeElement).toBe(input());
    const notice = document.createElement('button');
    document.body.append(notice);
    act(() => { notice.focus(); });
    await act(() => new Promise((resolve) => { setTimeout(resolve, 5); }));
    expect(document.activeElement).toBe(notice);
    notice.remove();
  });

  it('takes the focus back from the page when the field lost it to no field', async () => {
    type('25k');
    act(() => { input().blur(); });
    await act(() => new Promise((resolve) => { setTimeout(resolve, 5); }));
    expect(document.activeElement).toBe(input());
    expect(input().value).toBe('25k');
  });

  it('does not commit text that is the stored value', async () => {
    type('6000');
    await leave();
    expect(stored).toEqual([]);
  });
});
