/** Dispatches a command and shows its refusal as a notice; true when it went through. */
import { useCallback } from 'react';
import type { ArgsOf, CommandName } from '../../domain/commands';
import { useSessionStore, useUiStore } from '../../store';

export type Run = <N extends CommandName>(name: N, args: ArgsOf<N>) => boolean;

export function useRun(): Run {
  const session = useSessionStore();
  const ui = useUiStore();
  return useCallback(<N extends CommandName>(name: N, args: ArgsOf<N>): boolean => {
    const problem = session.getState().dispatch(name, args);
    if (problem) ui.getState().notify({ tone: 'error', message: `${problem.where ? `${problem.where}: ` : ''}${problem.message}` });
    return problem === null;
  }, [session, ui]);
}
