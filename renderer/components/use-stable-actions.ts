/**
 * A view's callbacks for a memoised child, as functions that keep their identity from render to
 * render and always run the latest version of each (React's planned useEffectEvent, for event
 * handlers only: not to be called while rendering). The Gantt's toolbar re-rendered on every task
 * edit only because its handlers were new arrow functions each time.
 */
import { useMemo, useRef } from 'react';

type Action = (...args: never[]) => unknown;

export function useStableActions<T extends Record<string, Action>>(actions: T): T {
  const latest = useRef(actions);
  latest.current = actions;
  // The keys are the caller's literal's: the same on every render, so the wrappers are made once.
  return useMemo(() => {
    const stable: Record<string, Action> = {};
    for (const key of Object.keys(latest.current)) {
      stable[key] = (...args: never[]) => (latest.current[key] as Action)(...args);
    }
    return stable as T;
  }, []);
}
