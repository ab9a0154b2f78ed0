// @vitest-environment happy-dom
/**
 * A register's date cell in its table: the app's date field committed when left, Esc putting the
 * stored date back under the table's own Esc, and one commit for a date even when the table moves on after Enter.
 */
import { act, useState, type KeyboardEvent } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DateCell } from '../../../../renderer/features/shared/date-cell';
import { revertOnEscape } from '../../../../renderer/features/shared/revert-on-escape';
import { onTableKeyDown } from '../../../../renderer/features/stakeholders/table-keys';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLElement;
let root: Root;
let commits: string[];

function Register({ onKeyDown }: { onKeyDown: (e: KeyboardEvent<HTMLTableElement>) => unknown }) {
  const [due, setDue] = useState('2027-03-15');
  return (
    <table onKeyDown={onKeyDown}><tbody><tr><td>
      <DateCell label="I-001 due" value={due} onCommit={(day) => { commits.push(day); setDue(day); }} />
    </td></tr></tbody></table>
  );
}

const input = (): HTMLInputElement => {
  const el = host.querySelector<HTMLInputElement>('input');
  if (!el) throw new Error('no input');
  return el;
};

function type(text: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => { input().focus(); setter?.call(input(), text); input().dispatchEvent(new Event('input', { bubbles: true })); });
}

const press = (key: string): void => {
  act(() => { input().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })); });
};
const leave = (): void => { act(() => { input().dispatchEvent(new FocusEvent('focusout', { bubbles: true })); }); };
const message = (): string | null => host.querySelector('[role="alert"]')?.textContent ?? null;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  commits = [];
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('DateCell', () => {
  it('is the app\'s date field under its label, not the browser\'s date input', () => {
    act(() => root.render(<Register onKeyDown={revertOnEscape} />));
    expect(input().type).toBe('text');
    expect(input().value).toBe('2027-03-15');
    expect(host.querySelector('label')?.textContent).toBe('I-001 due');
    expect(host.querySelector('button')?.getAttribute('aria-label')).toBe('Open calendar');
  });

  it('refuses an impossible date by name; Esc puts the stored date back and leaving then commits nothing', () => {
    act(() => root.render(<Register onKeyDown={revertOnEscape} />));
    type('2027-02-30');
    leave();
    expect(message()).toBe("I-001 due: '2027-02-30' is not a real date: there is no such day in the calendar.");
    press('Escape');
    expect(input().value).toBe('2027-03-15');
    expect(message()).toBeNull();
    leave();
    expect(commits).toEqual([]);
  });

  it('commits a date typed and Entered once, though the table then leaves the field', () => {
    act(() => root.render(<Register onKeyDown={onTableKeyDown} />));
    type('2027-04-01');
    press('Enter');
    leave();
    expect(commits).toEqual(['2027-04-01']);
  });

  it('clears the date when emptied', () => {
    act(() => root.render(<Register onKeyDown={onTableKeyDown} />));
    type('');
    leave();
    expect(commits).toEqual(['']);
    expect(message()).toBeNull();
  });
});
