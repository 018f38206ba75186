import type { ArticleFormat, ExtractResult, IngestOptions } from './types';
import { extractHtml } from './html';
import { extractMarkdown } from './markdown';
import { extractTxt } from './txt';
import { extractPdf } from './pdf';
import { extractDocx } from './docx';
import { extractEml, extractMhtml } from './mime';
import { extractRtf } from './rtf';

export type { ExtractResult } from './types';
export type Extractor = (bytes: Uint8Array, options: IngestOptions) => ExtractResult | Promise<ExtractResult>;

/** One extractor per format; a format missing here is refused with a clear message. */
export const EXTRACTORS: Partial<Record<ArticleFormat, Extractor>> = {
  txt: extractTxt,
  pdf: extractPdf,
  docx: extractDocx,
  html: extractHtml,
  md: extractMarkdown,
  rtf: extractRtf,
  eml: extractEml,
  mhtml: extractMhtml,
};
