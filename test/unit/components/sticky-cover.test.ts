// @vitest-environment happy-dom
/** How much of a scrolled table its frozen columns and stuck header cover, from drawn boxes (set by hand: happy-dom lays nothing out). */
import { afterEach, describe, expect, it } from 'vitest';
import { stickyCover } from '../../../renderer/components/sticky-cover';

const boxAt = (el: Element, left: number, top: number, width: number, height: number): void => {
  el.getBoundingClientRect = () => new DOMRect(left, top, width, height);
};

/**
 * A scrolling frame at (100, 50) holding a header row and one row: a 40 px #, a 200 px frozen name,
 * then a date cell scrolled under them. Overflow by its longhands: happy-dom does not expand the shorthand.
 */
function table(isHeaderStuck: boolean): { frame: HTMLElement; date: HTMLElement; name: HTMLElement } {
  document.body.innerHTML = `
    <div class="frame" style="overflow-x: auto; overflow-y: auto">
      <div role="row" class="head" style="${isHeaderStuck ? 'position: sticky; top: 0' : ''}"><div>#</div><div>Name</div><div>Start</div></div>
      <div role="row"><div class="num" style="position: sticky; left: 0">1</div><div class="name" style="position: sticky; left: 40px">Build</div><div class="date">Dec 7</div></div>
    </div>`;
  const frame = document.querySelector<HTMLElement>('.frame');
  const date = document.querySelector<HTMLElement>('.date');
  const name = document.querySelector<HTMLElement>('.name');
  const head = document.querySelector<HTMLElement>('.head');
  if (!frame || !date || !name || !head) throw new Error('table not drawn');
  boxAt(frame, 100, 50, 600, 300);
  boxAt(head, 100, 50, 900, 31);
  boxAt(document.querySelector('.num') ?? frame, 100, 81, 40, 32);
  boxAt(name, 140, 81, 200, 32);
  boxAt(date, 80, 81, 130, 32);
  return { frame, date, name };
}

afterEach(() => { document.body.innerHTML = ''; });

describe('the sticky cover over a scrolled table', () => {
  it('runs from the frame’s left edge to the frozen name’s right edge, and down to the stuck header’s bottom', () => {
    const { date } = table(true);
    expect(stickyCover(date)).toEqual({ left: 240, top: 31 });
  });

  it('has no top when the header scrolls away with the rows', () => {
    const { date } = table(false);
    expect(stickyCover(date).top).toBe(0);
  });

  it('does not count the anchor’s own cell, frozen or not', () => {
    const { name } = table(true);
    // The name cell is frozen itself: only # covers the frame beside it.
    expect(stickyCover(name)).toEqual({ left: 40, top: 31 });
  });

  it('is nothing for an anchor outside a scrolled table (a dialog’s field)', () => {
    document.body.innerHTML = '<form><input class="field" /></form>';
    const field = document.querySelector('.field');
    expect(field && stickyCover(field)).toEqual({ left: 0, top: 0 });
  });
});
