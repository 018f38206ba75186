/**
 * Small builders of the records a dossier reads, shared by the dossier tests
 * (test/shared/dossier/fixture.ts) and the dossier benchmark (scripts/bench/benchmarks/dossier.ts):
 * a highlight's or citation's selectors, and note content as serialised Lexical editor state
 * (paragraphs of text runs and span links), the shape the notes editor stores.
 */
import type { ArticleRecord, HighlightRecord, SpanCitation } from '@shared/model';

/** The position and quote selectors of text[start, end), with 32 characters of context each side. */
export function selectorsOf(text: string, start: number, end: number): HighlightRecord['selectors'] {
  return {
    position: { type: 'TextPositionSelector', start, end },
    quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
  };
}

/** A text run; `format` is Lexical's bit mask (1 bold, 2 italic, 4 strikethrough, 8 underline, 16 code). */
const text = (t: string, format = 0) => ({ type: 'text', version: 1, text: t, format, detail: 0, mode: 'normal', style: '' });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children });
const spanLink = (c: SpanCitation) => ({ type: 'span-link', version: 1, citation: c });
/** A note's `content`: the root node holding these blocks, serialised. */
export const lexical = (...children: unknown[]) => JSON.stringify({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } });
export const lexicalNodes = { text, paragraph, spanLink };

/** A plain-text article record for builder tests: one author, dated 19 May 2021, an AP credit. */
export function plainRecord(id: string, title: string | null, outlet: string | null, text: string, over: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id,
    format: 'txt',
    fingerprint: `fp-${id}`,
    sourceName: `${id}.txt`,
    importedAt: 0,
    length: text.length,
    warnings: [],
    provenance: {},
    edits: {},
    nearDuplicateIds: [],
    previousVersionId: null,
    versionKeys: [],
    lang: 'en',
    title,
    outlet,
    authors: ['Jane Doe'],
    published: '2021-05-19',
    dateline: null,
    agencies: ['AP'],
    url: null,
    ...over,
  };
}
