// @vitest-environment happy-dom
/** SrcdocFrame: a new document gets a new frame element (Chromium can drop a second srcdoc on the same frame); the same document keeps it. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SrcdocFrame } from '../../../renderer/components/SrcdocFrame';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLElement;
let root: Root;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const frame = (): HTMLIFrameElement => {
  const found = host.querySelector('iframe');
  if (!found) throw new Error('no frame');
  return found;
};

describe('SrcdocFrame', () => {
  it('replaces the frame for each new document and keeps it while the document is the same', () => {
    act(() => root.render(<SrcdocFrame title="Status report" document="<p>Wed 2 Dec</p>" />));
    const first = frame();
    expect(first.getAttribute('srcdoc')).toBe('<p>Wed 2 Dec</p>');
    expect(first.getAttribute('sandbox')).toBe('');
    expect(first.title).toBe('Status report');

    act(() => root.render(<SrcdocFrame title="Status report" document="<p>Wed 2 Dec</p>" />));
    expect(frame()).toBe(first);

    act(() => root.render(<SrcdocFrame title="Status report" document="<p>Tue 5 Jan</p>" />));
    const second = frame();
    expect(second).not.toBe(first);
    expect(second.getAttribute('srcdoc')).toBe('<p>Tue 5 Jan</p>');
    expect(host.querySelectorAll('iframe')).toHaveLength(1);
  });
});
