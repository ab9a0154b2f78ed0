// @vitest-environment happy-dom
/** The page going (a reload, the window closing) leaves the focused field, so the field commits what was typed. */
import { afterEach, describe, expect, it } from 'vitest';
import { commitFocusedField, commitFocusedFieldWhenPageGoes } from '../../../../renderer/features/shared/commit-focused-field';

/** A field that commits on leaving it, as the app's fields do; returns what it committed. */
function fieldCommittingOnBlur(): { readonly input: HTMLInputElement; readonly committed: string[] } {
  const input = document.createElement('input');
  const committed: string[] = [];
  input.addEventListener('blur', () => committed.push(input.value));
  document.body.append(input);
  return { input, committed };
}

afterEach(() => { document.body.replaceChildren(); });

describe('commitFocusedField', () => {
  it('leaves the focused field, which commits what was typed in it', () => {
    const { input, committed } = fieldCommittingOnBlur();
    input.focus();
    input.value = 'Weekly call with the vendor';
    commitFocusedField(document);
    expect(committed).toEqual(['Weekly call with the vendor']);
    expect(document.activeElement).not.toBe(input);
  });

  it('does nothing when no field has the focus', () => {
    const { committed } = fieldCommittingOnBlur();
    expect(() => commitFocusedField(document)).not.toThrow();
    expect(committed).toEqual([]);
  });
});

describe('commitFocusedFieldWhenPageGoes', () => {
  it('commits once on a reload, where beforeunload and then pagehide fire, and not after it is stopped', () => {
    const { input, committed } = fieldCommittingOnBlur();
    const stop = commitFocusedFieldWhenPageGoes(document, window);
    input.focus();
    input.value = '95';
    window.dispatchEvent(new Event('beforeunload'));
    window.dispatchEvent(new Event('pagehide'));
    expect(committed).toEqual(['95']);

    stop();
    input.focus();
    input.value = '96';
    window.dispatchEvent(new Event('pagehide'));
    expect(committed).toEqual(['95']);
  });
});
