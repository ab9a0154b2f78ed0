// @vitest-environment happy-dom
/** useStableActions: the same functions on every render, each running the callback of the latest render. */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { useStableActions } from '../../../renderer/components/use-stable-actions';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('useStableActions', () => {
  it('keeps each action\'s identity across renders and runs the latest render\'s callback with its arguments', () => {
    const seen: { onPick: (id: string) => string; onClear: () => string }[] = [];
    function Probe({ label }: { label: string }) {
      seen.push(useStableActions({ onPick: (id: string) => `${label}:${id}`, onClear: () => `${label} cleared` }));
      return null;
    }
    const host = document.createElement('div');
    const root = createRoot(host);
    act(() => root.render(<Probe label="first" />));
    act(() => root.render(<Probe label="second" />));
    expect(seen).toHaveLength(2);
    const [a, b] = seen as [typeof seen[0], typeof seen[0]];
    expect(b.onPick).toBe(a.onPick);
    expect(b.onClear).toBe(a.onClear);
    expect(a.onPick('t1')).toBe('second:t1');
    expect(a.onClear()).toBe('second cleared');
    act(() => root.unmount());
  });
});
