/**
 * Dispatches a command; true when it went through. A refusal is not reported here: the session
 * records it as its last problem and the shell's Notices shows that once for every view (reporting
 * it here as well showed each refusal twice).
 */
import { useCallback } from 'react';
import type { ArgsOf, CommandName } from '../../domain/commands';
import { useSessionStore } from '../../store';

export type Run = <N extends CommandName>(name: N, args: ArgsOf<N>) => boolean;

export function useRun(): Run {
  const session = useSessionStore();
  return useCallback(<N extends CommandName>(name: N, args: ArgsOf<N>): boolean => session.getState().dispatch(name, args) === null, [session]);
}
