// @vitest-environment happy-dom
/** The shared cell editor: the typed first character is kept, Esc cancels, a refused edit stays open. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertTask } from '../../../../renderer/domain/commands';
import type { Plan } from '../../../../renderer/domain/model';
import { CellEditor } from '../../../../renderer/features/tasks/CellEditor';
import type { Editor } from '../../../../renderer/features/tasks/columns';
import type { EditorExit } from '../../../../renderer/features/tasks/use-grid';
import { blankPlan, runOk, taskByName } from '../../../support/plan-builder';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLElement;
let root: Root;
let plan: Plan;
let commits: [string, EditorExit][];
let cancels: number;
let accept: boolean;

function open(editor: Editor, initialText: string, seed: string | null): HTMLInputElement | HTMLSelectElement {
  const task = taskByName(plan, 'Kickoff');
  // Each edit is a new editor, as each cell renders its own.
  act(() => root.render(null));
  act(() => root.render(
    <CellEditor editor={editor} initialText={initialText} seed={seed} plan={plan} taskId={task.id} label="Cell"
      onCommit={(text, exit) => { commits.push([text, exit]); return accept; }} onCancel={() => { cancels++; }} onAssign={() => undefined} />,
  ));
  const field = host.querySelector<HTMLInputElement | HTMLSelectElement>('input, select');
  if (!field) throw new Error('no editor');
  return field;
}

function key(field: Element, k: string, shiftKey = false, isComposing = false): void {
  act(() => { field.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, isComposing, bubbles: true, cancelable: true })); });
}

function type(field: HTMLInputElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => { setter?.call(field, text); field.dispatchEvent(new Event('input', { bubbles: true })); });
}

beforeEach(() => {
  plan = runOk(insertTask, blankPlan(), { name: 'Kickoff' }).plan;
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  commits = [];
  cancels = 0;
  accept = true;
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('CellEditor', () => {
  it('starts from the typed character, not the old value', () => {
    const field = open('name', 'Old name', 'K') as HTMLInputElement;
    expect(field.value).toBe('K');
    type(field, 'Kickoff');
    key(field, 'Enter');
    expect(commits).toEqual([['Kickoff', 'down']]);
  });

  it("leaves an input method's Enter, Tab and Esc to it: a word being composed is neither committed nor cancelled", () => {
    for (const editor of ['name', 'start'] as const) {
      const field = open(editor, '', '日') as HTMLInputElement;
      for (const k of ['Enter', 'Tab', 'Escape']) key(field, k, false, true);
      key(field, 'Process');
      expect(commits).toEqual([]);
      expect(cancels).toBe(0);
      key(field, 'Enter');
      expect(commits).toEqual([['日', 'down']]);
      commits = [];
    }
  });

  it('edits the old value with F2/Enter; Tab and Shift+Tab commit and move right and left', () => {
    const field = open('duration', '3d', null) as HTMLInputElement;
    expect(field.value).toBe('3d');
    key(field, 'Tab');
    expect(commits).toEqual([['3d', 'right']]);
    const again = open('percent', '0', null) as HTMLInputElement;
    key(again, 'Tab', true);
    expect(commits.at(-1)).toEqual(['0', 'left']);
  });

  it('cancels with Esc and does not commit on the blur that follows', () => {
    const field = open('name', 'Kickoff', 'Z') as HTMLInputElement;
    key(field, 'Escape');
    act(() => { field.dispatchEvent(new FocusEvent('focusout', { bubbles: true })); });
    expect(cancels).toBe(1);
    expect(commits).toEqual([]);
  });

  it('stays open, marked invalid, with the text kept when the edit is refused', () => {
    accept = false;
    const field = open('start', '2026-03-02', null) as HTMLInputElement;
    type(field, '2026-02-30');
    key(field, 'Enter');
    expect(commits).toEqual([['2026-02-30', 'down']]);
    expect(field.value).toBe('2026-02-30');
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('picks a choice by its first letter and commits it', () => {
    const field = open('priority', 'medium', 'h') as HTMLSelectElement;
    expect(field.value).toBe('high');
    key(field, 'Enter');
    expect(commits).toEqual([['high', 'down']]);
  });

  it('date cells: the calendar hangs below; ↓ goes into it, PageDown and arrows move, Enter picks and returns to the grid', () => {
    const field = open('start', '2026-03-02', null) as HTMLInputElement;
    const calendar = document.querySelector('[role="dialog"][aria-label="Calendar for Cell"]');
    expect(calendar).not.toBeNull();
    key(field, 'ArrowDown');
    const focused = (): string => (document.activeElement as HTMLElement | null)?.dataset.date ?? '';
    expect(focused()).toBe('2026-03-02');
    const grid = document.querySelector('[role="dialog"] table') as HTMLElement;
    key(grid, 'PageDown');
    key(grid, 'ArrowRight');
    expect(focused()).toBe('2026-04-03');
    key(grid, 'Enter');
    expect(commits).toEqual([['2026-04-03', 'here']]);
  });

  it('date cells: Esc in the calendar goes back to the typed text; typing moves the calendar', () => {
    const field = open('finish', '2026-03-02', null) as HTMLInputElement;
    type(field, '2026-05-20');
    key(field, 'ArrowDown');
    expect((document.activeElement as HTMLElement | null)?.dataset.date).toBe('2026-05-20');
    key(document.activeElement as HTMLElement, 'Escape');
    expect(document.activeElement).toBe(field);
    expect(commits).toEqual([]);
    key(field, 'Escape');
    expect(cancels).toBe(1);
  });
});
