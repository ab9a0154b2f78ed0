// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isTextTarget, shortcutFor } from '../../../renderer/app/use-app-commands';

const key = (k: string, mods: KeyboardEventInit = {}): KeyboardEvent => new KeyboardEvent('keydown', { key: k, ...mods });

describe('browser shortcuts (mirroring the native menu)', () => {
  it.each([
    [key('z', { ctrlKey: true }), 'edit.undo'],
    [key('Z', { ctrlKey: true, shiftKey: true }), 'edit.redo'],
    [key('y', { ctrlKey: true }), 'edit.redo'],
    [key('z', { metaKey: true }), 'edit.undo'],
    [key('o', { ctrlKey: true }), 'file.open'],
    [key('i', { ctrlKey: true }), 'file.import'],
    [key('S', { ctrlKey: true, shiftKey: true }), 'file.saveAs'],
    [key('e', { ctrlKey: true }), 'file.export'],
    [key('2', { ctrlKey: true }), 'view.gantt'],
    [key(',', { ctrlKey: true }), 'project.settings'],
  ])('%#: maps to %s', (event, command) => {
    expect(shortcutFor(event)).toBe(command);
  });

  it('leaves plain keys, Alt chords and the browser\'s own Ctrl+N alone', () => {
    expect(shortcutFor(key('z'))).toBeNull();
    expect(shortcutFor(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(shortcutFor(key('n', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('F5'))).toBeNull();
  });

  it('knows a text field, where Ctrl+Z undoes typing', () => {
    expect(isTextTarget(document.createElement('input'))).toBe(true);
    expect(isTextTarget(document.createElement('textarea'))).toBe(true);
    expect(isTextTarget(document.createElement('div'))).toBe(false);
    expect(isTextTarget(null)).toBe(false);
  });
});
