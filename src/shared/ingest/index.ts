import { describeThrown } from '../result';
import { EXTRACTORS } from './extractors';
import { finishArticle } from './finish';
import { formatOfFileName, unsupportedTypeMessage } from './formats';
import { tooLargeError } from './errors';
import { DEFAULT_MAX_BYTES, type IngestOptions, type IngestOutcome } from './types';

export * from './types';
export { formatOfFileName, SUPPORTED_EXTENSIONS } from './formats';
export { tooLargeError } from './errors';

export interface IngestInput {
  /** The file's name (a path is fine): its extension picks the parser. */
  name: string;
  bytes: Uint8Array;
}

/**
 * Bytes and a file name in, a parsed article or a reason in words out. Never throws: any
 * failure inside a parser becomes an error value, so one bad file never stops a batch.
 */
export async function parseArticleFile(input: IngestInput, options: IngestOptions = {}): Promise<IngestOutcome> {
  const format = formatOfFileName(input.name);
  const extractor = format ? EXTRACTORS[format] : undefined;
  if (!format || !extractor) {
    return { ok: false, error: { code: 'unsupported-type', message: unsupportedTypeMessage(input.name) } };
  }
  if (input.bytes.byteLength === 0) {
    return { ok: false, error: { code: 'empty', message: 'This file is empty (0 bytes).' } };
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input.bytes.byteLength > maxBytes) {
    return { ok: false, error: tooLargeError(input.bytes.byteLength, maxBytes) };
  }
  try {
    const extracted = await extractor(input.bytes, options);
    if (!extracted.ok) return extracted;
    return await finishArticle(extracted.value);
  } catch (thrown) {
    return {
      ok: false,
      error: { code: 'internal', message: `Parallax could not read this file: ${describeThrown(thrown)}` },
    };
  }
}
