/** Presentation mode's keys, captured before the app's own shortcuts. */
import { useEffect, useRef } from 'react';

export interface PresentationKeys {
  readonly onStep: (direction: 1 | -1) => void;
  readonly onZoom: (direction: 1 | -1) => void;
  readonly onToday: () => void;
  readonly onExit: () => void;
}

export function usePresentationKeys(keys: PresentationKeys): void {
  const ref = useRef(keys);
  ref.current = keys;
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const target = e.target as HTMLElement | null;
      if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName) && e.key !== 'Escape') return;
      // A popover over the presentation (a date field's calendar) moves by its own arrows and closes on Escape.
      if (target?.closest('.popover')) return;
      const k = ref.current;
      const actions: Record<string, () => void> = {
        ArrowRight: () => k.onStep(1), ArrowDown: () => k.onStep(1), PageDown: () => k.onStep(1), ' ': () => k.onStep(1),
        ArrowLeft: () => k.onStep(-1), ArrowUp: () => k.onStep(-1), PageUp: () => k.onStep(-1),
        '+': () => k.onZoom(1), '=': () => k.onZoom(1), '-': () => k.onZoom(-1),
        t: () => k.onToday(), T: () => k.onToday(), Escape: () => k.onExit(), F5: () => undefined,
      };
      const action = actions[e.key];
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      action();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
