import { DEFAULT_MAX_BYTES } from '@shared/ingest/types';
import { MAX_CONFIGURABLE_BYTES } from '@shared/ingest/errors';

const MAX_IMPORT_KEY = 'parallax.maxImportMegabytes';
const MB = 1024 * 1024;

/** The largest file the user lets Parallax import, in bytes (default 50 MB). */
export function readMaxImportBytes(): number {
  const stored = Number(localStorage.getItem(MAX_IMPORT_KEY));
  return Number.isFinite(stored) && stored > 0 ? Math.min(stored * MB, MAX_CONFIGURABLE_BYTES) : DEFAULT_MAX_BYTES;
}

/** Validates and stores the limit; answers a sentence when the value cannot be used. */
export function writeMaxImportMegabytes(input: string): string | null {
  const value = Number(input);
  if (!Number.isFinite(value) || value <= 0) return 'Enter a number of megabytes greater than 0.';
  if (value * MB > MAX_CONFIGURABLE_BYTES) return `The limit can be at most ${MAX_CONFIGURABLE_BYTES / MB} MB.`;
  localStorage.setItem(MAX_IMPORT_KEY, String(value));
  return null;
}
