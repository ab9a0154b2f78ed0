/**
 * Expected failures are values: importers, the scheduler and commands return a Result with a
 * message a PM can act on. Throw only for bugs.
 */
export type Result<T, E = Problem> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** A message for a person, with where it happened when known ("row 14", "Task 'Deploy'"). */
export interface Problem {
  readonly message: string;
  readonly where?: string;
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (message: string, where?: string): Result<never, Problem> => ({
  ok: false,
  error: where === undefined ? { message } : { message, where },
});
