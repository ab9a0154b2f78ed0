// @vitest-environment happy-dom
/** The date field of dialogs: typed dates first, the calendar by Alt+↓, impossible dates refused by name. */
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DateField, isRefusedDate } from '../../../renderer/components/DateField';

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

  it('refuses an impossible date with a message naming the field; the form gets the text, not the last good date', () => {
    type(input(), '2027-02-30');
    act(() => { input().dispatchEvent(new FocusEvent('focusout', { bubbles: true })); });
    expect(values).toEqual(['2027-02-30']);
    expect(host.querySelector('[role="alert"]')?.textContent).toBe("Start date: '2027-02-30' is not a real date: there is no such day in the calendar.");
    expect(input().getAttribute('aria-invalid')).toBe('true');
  });

  it('never rewrites what is typed: a date read on the way to an impossible one stays as typed', () => {
    // Typed key by key, as the tester did: "2027-02-3" reads as 3 February on the way to "2027-02-30".
    for (const prefix of ['2027-02-', '2027-02-3', '2027-02-30']) type(input(), prefix);
    expect(input().value).toBe('2027-02-30');
    expect(values).toEqual(['2027-02-', '2027-02-03', '2027-02-30']);
  });

  it('keeps a form from submitting on Enter while the text is not a date, and says why', () => {
    type(input(), '2027-02-30');
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    act(() => { input().dispatchEvent(enter); });
    expect(enter.defaultPrevented).toBe(true);
    expect(host.querySelector('[role="alert"]')?.textContent).toBe("Start date: '2027-02-30' is not a real date: there is no such day in the calendar.");
    type(input(), '2027-03-01');
    const good = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    act(() => { input().dispatchEvent(good); });
    expect(good.defaultPrevented).toBe(false);
    expect(host.querySelector('[role="alert"]')).toBeNull();
    expect(values.at(-1)).toBe('2027-03-01');
  });

  it('shows a value set from outside (a reset), not the text typed before', () => {
    let reset: (v: string) => void = () => undefined;
    function Resettable() {
      const [value, setValue] = useState('2027-02-16');
      reset = setValue;
      return <DateField label="Start date" value={value} isOptional={false} onChange={setValue} />;
    }
    act(() => root.render(<Resettable />));
    type(input(), '2027-02-3');
    expect(input().value).toBe('2027-02-3');
    act(() => reset('2027-05-03'));
    expect(input().value).toBe('2027-05-03');
  });

  it('passes on an emptied required field as empty, refused by name, so a form does not keep the last date', () => {
    type(input(), '');
    act(() => { input().dispatchEvent(new FocusEvent('focusout', { bubbles: true })); });
    expect(values).toEqual(['']);
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('Start date: a date is needed here.');
  });

  it('with onCommit, passes on one date when the field is left, never a day typed past or an impossible date', () => {
    const commits: string[] = [];
    function Register() {
      const [value, setValue] = useState('2027-02-16');
      return <DateField label="Review on" value={value} onCommit={(v) => { commits.push(v); setValue(v); }} />;
    }
    act(() => root.render(<Register />));
    for (const prefix of ['2027-03-', '2027-03-1', '2027-03-15']) type(input(), prefix);
    expect(commits).toEqual([]);
    act(() => { input().dispatchEvent(new FocusEvent('focusout', { bubbles: true })); });
    expect(commits).toEqual(['2027-03-15']);
    type(input(), '2027-02-30');
    act(() => { input().dispatchEvent(new FocusEvent('focusout', { bubbles: true })); });
    expect(commits).toEqual(['2027-03-15']);
    expect(host.querySelector('[role="alert"]')?.textContent).toBe("Review on: '2027-02-30' is not a real date: there is no such day in the calendar.");
    type(input(), '');
    act(() => { input().dispatchEvent(new FocusEvent('focusout', { bubbles: true })); });
    expect(commits).toEqual(['2027-03-15', '']);
  });

  it('with emptyShows, an emptied field passes on the empty value and shows the date it stands for once left', () => {
    const commits: string[] = [];
    // The Cost view's status date: none stored, the field shows today's date, which an empty value stands for.
    act(() => root.render(<DateField label="Status date" value="2026-12-07" emptyShows="2026-12-07" onCommit={(v) => commits.push(v)} />));
    type(input(), '');
    expect(input().value).toBe('');
    act(() => { input().dispatchEvent(new FocusEvent('focusout', { bubbles: true })); });
    expect(commits).toEqual(['']);
    expect(input().value).toBe('2026-12-07');
    expect(host.querySelector('[role="alert"]')).toBeNull();
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

  it('with isLabelHidden, keeps its label for assistive technology and its messages but does not show it', () => {
    act(() => root.render(<DateField label="Rate 1 from" isLabelHidden value="" isOptional={false} onChange={(v) => values.push(v)} />));
    const label = host.querySelector('label');
    expect(label?.textContent).toBe('Rate 1 from');
    expect(label?.className).toBe('visually-hidden');
    expect(label?.htmlFor).toBe(input().id);
    type(input(), '2027-02-30');
    act(() => { input().dispatchEvent(new FocusEvent('focusout', { bubbles: true })); });
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/^Rate 1 from: '2027-02-30' is not a real date/);
  });

  it('with isChecked (a refused OK), says what is wrong with its text though it was never left, and when drawn again', () => {
    act(() => root.render(<DateField label="Rate 1 from" value="" isOptional={false} onChange={(v) => values.push(v)} />));
    expect(host.querySelector('[role="alert"]')).toBeNull();
    act(() => root.render(<DateField label="Rate 1 from" value="" isOptional={false} isChecked onChange={(v) => values.push(v)} />));
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('Rate 1 from: a date is needed here.');
    act(() => root.render(<></>));
    act(() => root.render(<DateField label="Start" value="2027-02-30" isOptional={false} isChecked onChange={(v) => values.push(v)} />));
    expect(host.querySelector('[role="alert"]')?.textContent).toBe("Start: '2027-02-30' is not a real date: there is no such day in the calendar.");
    type(input(), '2027-02-28');
    act(() => { input().dispatchEvent(new FocusEvent('focusout', { bubbles: true })); });
    expect(host.querySelector('[role="alert"]')).toBeNull();
  });

  it('isRefusedDate: what a field refuses and says why, so a form does not say it again', () => {
    expect(isRefusedDate('', false)).toBe(true);
    expect(isRefusedDate('', true)).toBe(false);
    expect(isRefusedDate('2027-02-30', true)).toBe(true);
    expect(isRefusedDate('2026-0', false)).toBe(true);
    expect(isRefusedDate('2027-02-28', false)).toBe(false);
  });
});
