/**
 * A React root on a fresh element for each test of a file (happy-dom), unmounted and removed
 * after the test: the set-up every component test here repeats.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

export interface RootPerTest {
  /** The current test's root. */
  readonly root: () => Root;
  /** The element it renders into, in the document. */
  readonly host: () => HTMLElement;
}

/** Registers the beforeEach/afterEach pair; call at the top level of a test file or a describe. */
export function rootPerTest(): RootPerTest {
  let host: HTMLElement | null = null;
  let root: Root | null = null;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    const mounted = root;
    if (mounted) act(() => mounted.unmount());
    host?.remove();
    root = null;
    host = null;
  });
  const need = <T>(value: T | null): T => {
    if (value === null) throw new Error('rootPerTest: only inside a test');
    return value;
  };
  return { root: () => need(root), host: () => need(host) };
}
