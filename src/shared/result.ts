import { errorInWords } from './error-words';

/**
 * Errors that cross a boundary (bridge, worker, CLI) are values, never exceptions:
 * the UI shows `message` to a person, `code` lets code branch on the kind of failure.
 */
export interface AppError {
  code: string;
  message: string;
}

export type Result<T, E extends AppError = AppError> =
  | { ok: true; value: T }
  | { ok: false; error: E };

export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function err<E extends AppError>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}

/**
 * Turns anything thrown into words a person can read: our own messages as they are, a
 * library's or the engine's internals as words about what happened (error-words.ts).
 */
export function describeThrown(thrown: unknown): string {
  return errorInWords(thrown);
}
