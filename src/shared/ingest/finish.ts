import { locateBlocks } from './block-positions';
import { fileDateFallback } from './file-date';
import { fingerprintText } from './fingerprint';
import { readNewsMetadata } from './news';
import { isBlank, normaliseArticleText } from './normalise';
import { checkTextBounds } from './text-bounds';
import type { ArticleMetadata, ExtractedDocument, IngestOutcome, ProvenanceMap } from './types';

const EMPTY_METADATA: ArticleMetadata = {
  title: null,
  outlet: null,
  authors: [],
  published: null,
  dateline: null,
  agencies: [],
  url: null,
};

/**
 * The steps every format shares: normalise, read news metadata from the prose, keep
 * boilerplate apart, fingerprint. Metadata the file declared in its structure wins over
 * what the prose suggests; the prose only fills gaps.
 */
export async function finishArticle(doc: ExtractedDocument): Promise<IngestOutcome> {
  const unbounded = checkTextBounds(doc.text);
  if (unbounded) return { ok: false, error: unbounded };
  const normalised = normaliseArticleText(doc.text);
  if (isBlank(normalised)) {
    return {
      ok: false,
      error: { code: 'whitespace-only', message: 'This file holds no words: it is empty or contains only white space.' },
    };
  }
  const reading = readNewsMetadata(normalised, {
    knownTitle: doc.metadata.title ?? null,
    structured: doc.format === 'html' || doc.format === 'md',
  });
  let body = normaliseArticleText(reading.body);
  if (isBlank(body) && reading.metadata.title && reading.boilerplate.length === 0) {
    // A one-line document: the line is its text, not a headline over nothing.
    body = normaliseArticleText(reading.metadata.title);
    delete reading.metadata.title;
    delete reading.provenance.title;
  }
  if (isBlank(body)) {
    return {
      ok: false,
      error: { code: 'no-article', message: 'No article text was found in this file: it holds only a headline or page furniture.' },
    };
  }
  const metadata: ArticleMetadata = { ...EMPTY_METADATA };
  const provenance: ProvenanceMap = {};
  for (const source of [reading, doc]) {
    for (const [field, value] of Object.entries(source.metadata) as [keyof ArticleMetadata, unknown][]) {
      if (isPresent(value)) {
        (metadata as unknown as Record<string, unknown>)[field] = value;
        const found = source.provenance[field];
        if (found) provenance[field] = found;
      }
    }
  }
  const warnings = [...doc.warnings];
  if (!metadata.published && doc.fileDate) {
    const fallback = fileDateFallback(doc.fileDate);
    metadata.published = doc.fileDate.iso;
    provenance.published = fallback.provenance;
    warnings.push(fallback.warning);
  }
  return {
    ok: true,
    article: {
      ...metadata,
      format: doc.format,
      text: body,
      fingerprint: await fingerprintText(body),
      warnings,
      provenance,
      boilerplate: [...doc.boilerplate, ...locateBlocks(normalised, body, reading.boilerplate)],
      lang: doc.lang,
    },
  };
}

function isPresent(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
