// @vitest-environment happy-dom
/** The date field of dialogs: typed dates first, the calendar by Alt+↓, impossible dates refused by name. */
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DateField } from '../../../renderer/components/DateField';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLElement;
let root: Root;
let values: string[];

function Form({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return <DateField label="Start date" value={value} isOptional={false} onChange={(v) => { values.push(v); setValue(v); }} />;
}

function key(el: Element, k: string, altKey = false): void {
  act(() => { el.dispatchEvent(new KeyboardEvent('keydown', { key: k, altKey, bubbles: true, cancelable: true })); });
}

function type(field: HTMLInputElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => { setter?.call(field, text); field.dispatchEvent(new Event('input', { bubbles: true })); });
}

const input = (): HTMLInputElement => {
  const el = host.querySelector<HTMLInputElement>('input');
  if (!el) throw new Error('no input');
  return el;
};

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  values = [];
  act(() => root.render(<Form initial="2027-02-16" />));
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('DateField', () => {
  it('takes a typed ISO date at once, so a form sees it without a blur', () => {
    type(input(), '2027-03-01');
    expect(values).toEqual(['2027-03-01']);
  });

  it('refuses an impossible date with a message naming the field, keeping the last good value', () => {
    type(input(), '2027-02-30');
    act(() => { input().dispatchEvent(new FocusEvent('focusout', { bubbles: true })); });
    expect(values).toEqual([]);
    expect(host.querySelector('[role="alert"]')?.textContent).toBe("Start date: '2027-02-30' is not a real date: there is no such day in the calendar.");
    expect(input().getAttribute('aria-invalid')).toBe('true');
  });

  it('opens the calendar with Alt+↓ on the chosen day; Esc cancels, Enter picks', () => {
    act(() => input().focus());
    key(input(), 'ArrowDown', true);
    const day = (): HTMLElement => document.activeElement as HTMLElement;
    expect(day().dataset.date).toBe('2027-02-16');
    key(day(), 'ArrowDown');
    key(day(), 'Escape');
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(input());
    expect(values).toEqual([]);
    key(input(), 'ArrowDown', true);
    key(day(), 'PageUp');
    key(day(), 'Enter');
    expect(values).toEqual(['2027-01-16']);
    expect(input().value).toBe('2027-01-16');
    expect(document.activeElement).toBe(input());
  });
});
