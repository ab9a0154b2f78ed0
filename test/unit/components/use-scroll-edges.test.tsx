// @vitest-environment happy-dom
/** useScrollEdges: which edges of a scrolling box have more beyond them, read again as it scrolls. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useScrollEdges, type ScrollEdges } from '../../../renderer/components/use-scroll-edges';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLElement;
let root: Root;
let seen: ScrollEdges[];

function Probe({ box }: { box: HTMLElement }) {
  seen.push(useScrollEdges(box));
  return null;
}

/** A box `clientHeight` px tall showing `scrollHeight` px of content (happy-dom lays nothing out). */
function boxOf(clientHeight: number, scrollHeight: number): HTMLElement {
  const box = document.createElement('div');
  Object.defineProperty(box, 'clientHeight', { value: clientHeight });
  Object.defineProperty(box, 'scrollHeight', { value: scrollHeight });
  document.body.append(box);
  return box;
}

function scrollTo(box: HTMLElement, top: number): void {
  act(() => {
    box.scrollTop = top;
    box.dispatchEvent(new Event('scroll'));
  });
}

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  seen = [];
});

afterEach(() => {
  act(() => root.unmount());
  document.body.replaceChildren();
});

describe('useScrollEdges', () => {
  it('says there is more below at the top of a 430 px box of 600 px, more above at its end, and both between', () => {
    const box = boxOf(430, 600);
    act(() => root.render(<Probe box={box} />));
    expect(seen.at(-1)).toEqual({ hasMoreAbove: false, hasMoreBelow: true });
    scrollTo(box, 170);
    expect(seen.at(-1)).toEqual({ hasMoreAbove: true, hasMoreBelow: false });
    scrollTo(box, 80);
    expect(seen.at(-1)).toEqual({ hasMoreAbove: true, hasMoreBelow: true });
  });

  it('says nothing of a box whose content fits, or is within a pixel of fitting', () => {
    act(() => root.render(<Probe box={boxOf(430, 430)} />));
    expect(seen.at(-1)).toEqual({ hasMoreAbove: false, hasMoreBelow: false });
    act(() => root.render(<Probe box={boxOf(430.4, 431)} />));
    expect(seen.at(-1)).toEqual({ hasMoreAbove: false, hasMoreBelow: false });
  });
});
