import { describeThrown } from '../result';
import { EXTRACTORS } from './extractors';
import { checkLineLength } from './text-bounds';
import { finishArticle } from './finish';
import { formatOfFileName, unsupportedTypeMessage } from './formats';
import { tooLargeError } from './errors';
import { finishSplit } from './exports/finish-split';
import { splitExport } from './exports/split';
import type { ExtractedDocument, FileOutcome, IngestError } from './types';
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
 * Bytes and a file name in; the file's articles, or a reason in words, out. A database export
 * (Nexis, Factiva, ProQuest) gives each of its articles, with its place in the export; any
 * other file gives one. Never throws: a failure inside a parser becomes an error value, so one
 * bad file never stops a batch.
 */
export async function parseFile(input: IngestInput, options: IngestOptions = {}): Promise<FileOutcome> {
  return runPipe(input, options, async (doc) => {
    const unbounded = checkLineLength(doc.text);
    if (unbounded) return { ok: false, error: unbounded };
    const split = splitExport(doc);
    return split ? finishSplit(split) : finishArticle(doc);
  });
}

/**
 * The same pipe for a file read as ONE article, never split: for callers that hold a single
 * article by construction (the seeds, a dossier's own output).
 */
export async function parseArticleFile(input: IngestInput, options: IngestOptions = {}): Promise<IngestOutcome> {
  return runPipe(input, options, finishArticle);
}

async function runPipe<T extends FileOutcome>(
  input: IngestInput,
  options: IngestOptions,
  finish: (doc: ExtractedDocument) => Promise<T>,
): Promise<T | { ok: false; error: IngestError }> {
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
    return await finish(extracted.value);
  } catch (thrown) {
    return {
      ok: false,
      error: { code: 'internal', message: `Parallax could not read this file: ${describeThrown(thrown)}` },
    };
  }
}
