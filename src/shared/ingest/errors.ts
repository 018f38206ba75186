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
