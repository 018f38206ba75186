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

/** Turns anything thrown into words a person can read, without losing the original message. */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message || thrown.name;
  if (typeof thrown === 'string') return thrown;
  try {
    return JSON.stringify(thrown);
  } catch {
    return String(thrown);
  }
}
