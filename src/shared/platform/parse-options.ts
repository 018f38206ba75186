import type { ParseOptions } from '../bridge';
import { parseBudget } from '../ingest/budget';
import { MAX_CONFIGURABLE_BYTES } from '../ingest/errors';
import type { IngestOptions } from '../ingest/types';

/** A size limit from a bridge request is used only when it is a number within what Preferences allows. */
export function isValidLimit(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_CONFIGURABLE_BYTES;
}

/**
 * The ingest options of a parse request, the same in main and in web mode: the user's size
 * limit when it is valid (else `defaultMaxBytes`), the password, and the clamped budgets.
 */
export function ingestOptionsOf(options: ParseOptions | undefined, defaultMaxBytes: number): IngestOptions & { maxBytes: number } {
  return {
    maxBytes: isValidLimit(options?.maxBytes) ? options.maxBytes : defaultMaxBytes,
    ...(typeof options?.password === 'string' && options.password ? { password: options.password } : {}),
    ...parseBudget(options),
  };
}
