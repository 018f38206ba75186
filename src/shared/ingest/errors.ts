import type { IngestError } from './types';

/** Also used before reading a file from disk, so a huge file is refused without loading it. */
export function tooLargeError(byteLength: number, maxBytes: number): IngestError {
  return {
    code: 'too-large',
    message: `This file is ${formatSize(byteLength)}, over the ${formatSize(maxBytes)} limit for one article.`,
  };
}

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
}

/** A person may raise the per-file limit up to this (2 GB: beyond it a browser cannot hold the bytes). */
export const MAX_CONFIGURABLE_BYTES = 2 * 1024 * 1024 * 1024;

/** Failures that a password can cure: the file stays available for another try. */
export function isRetryableWithPassword(code: string): boolean {
  return code === 'password-required' || code === 'wrong-password';
}
