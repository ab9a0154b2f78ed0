// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasTypingToUndo, trackTyping } from '../../../renderer/app/typing-undo';

let stop: () => void;
beforeEach(() => { stop = trackTyping(document); });
afterEach(() => { stop(); document.body.replaceChildren(); });

function field(tag: 'input' | 'textarea' | 'select', type?: string): HTMLElement {
  const element = document.createElement(tag);
  if (type && element instanceof HTMLInputElement) element.type = type;
  document.body.append(element);
  element.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  return element;
}

/** What typing does: the value changes and an input event says so. */
function type(element: HTMLElement, text: string): void {
  (element as HTMLInputElement).value = text;
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('Ctrl+Z in a field: its typing or the plan', () => {
  it('is the typing while the field holds what was typed, erased back to empty included', () => {
    const input = field('input');
    type(input, 'Use mocks');
    expect(hasTypingToUndo(input)).toBe(true);
    type(input, '');
    expect(hasTypingToUndo(input)).toBe(true);
    const notes = field('textarea');
    type(notes, 'Second line');
    expect(hasTypingToUndo(notes)).toBe(true);
  });

  it('is the plan when nothing was typed since the focus came, or the app took the typing (recorded, field emptied)', () => {
    const reached = field('input');
    expect(hasTypingToUndo(reached)).toBe(false);
    const entry = field('input');
    type(entry, 'Use mocks');
    (entry as HTMLInputElement).value = '';
    expect(hasTypingToUndo(entry)).toBe(false);
  });

  it('starts again each time the field gets the focus', () => {
    const input = field('input');
    type(input, 'Architect');
    input.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(hasTypingToUndo(input)).toBe(false);
  });

  it('is the plan on a choice (select, checkbox) and outside fields', () => {
    expect(hasTypingToUndo(field('select'))).toBe(false);
    expect(hasTypingToUndo(field('input', 'checkbox'))).toBe(false);
    expect(hasTypingToUndo(document.body)).toBe(false);
    expect(hasTypingToUndo(null)).toBe(false);
  });
});
