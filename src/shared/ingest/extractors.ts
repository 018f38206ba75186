import type { ArticleFormat, ExtractResult, IngestOptions } from './types';

export type { ExtractResult } from './types';
export type Extractor = (bytes: Uint8Array, options: IngestOptions) => ExtractResult | Promise<ExtractResult>;

/**
 * An extractor whose module (and the libraries it brings: pdf.js, mammoth, linkedom and
 * Readability) is loaded the first time a file of its format comes, not when a parser starts:
 * a parser that reads one .txt never loads pdf.js. Bundlers split each into its own chunk.
 */
function loadedOnUse(load: () => Promise<Extractor>): Extractor {
  let loading: Promise<Extractor> | null = null;
  return async (bytes, options) => {
    loading ??= load();
    return (await loading)(bytes, options);
  };
}

/** One extractor per format; a format missing here is refused with a clear message. */
export const EXTRACTORS: Partial<Record<ArticleFormat, Extractor>> = {
  txt: loadedOnUse(async () => (await import('./txt')).extractTxt),
  pdf: loadedOnUse(async () => (await import('./pdf')).extractPdf),
  docx: loadedOnUse(async () => (await import('./docx')).extractDocx),
  html: loadedOnUse(async () => (await import('./html')).extractHtml),
  md: loadedOnUse(async () => (await import('./markdown')).extractMarkdown),
  rtf: loadedOnUse(async () => (await import('./rtf')).extractRtf),
  eml: loadedOnUse(async () => (await import('./mime')).extractEml),
  mhtml: loadedOnUse(async () => (await import('./mime')).extractMhtml),
};
