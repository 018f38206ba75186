/**
 * The dossier's annotations as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/):
 * an AnnotationCollection whose first (and only) AnnotationPage holds every item. Each item also
 * carries its own "@context", so that it is a complete, valid Annotation on its own (the W3C test
 * suite's MUST assertions check single annotations).
 *
 * - A highlight: motivation "highlighting" (no body) or, when coded, "tagging" with one
 *   TextualBody per tag (its path, purpose "tagging").
 * - A note: motivation "commenting", a TextualBody with the note's text; its targets are the
 *   highlight's span (or the article) it is attached to and every span it cites.
 * - Every span target is a SpecificResource whose source identifies the article
 *   (`urn:parallax:article:<id>`, with its title as `label`) and whose selectors are
 *   [TextQuoteSelector, TextPositionSelector] (a passage a newer version no longer holds keeps
 *   only its TextQuoteSelector: its offsets mean nothing in the current text).
 *
 * Ids: `<baseIri>highlights/<id>`, `<baseIri>notes/<id>`, … when a baseIri is given, else
 * `urn:parallax:highlight:<id>`, …  Times are ISO 8601 (UTC).
 */
import { flattenTree, listTagTree } from '../codebook/tree';
import type { HighlightRecord, Id, NoteRecord, SpanCitation } from '../model';
import { buildContext, citationHolds, type DossierContext, validSpan } from './context';
import { blocksText, citationsOfNote, noteBlocks } from './lexical';
import { orderedHighlights } from './passages';
import { isoFromMillis, safeHttpUrl } from './text';
import type { DossierInput } from './types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const QUOTE_CONTEXT = 32;

export interface W3cOptions {
  /** An absolute IRI ending in "/" or "#" under which ids are minted; urn:parallax:… ids without it. */
  baseIri?: string;
}

export type JsonLd = { [key: string]: unknown };

export interface WebAnnotationCollection extends JsonLd {
  '@context': string;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: JsonLd[] };
}

function minter(baseIri: string | undefined) {
  const base = baseIri && /^[a-z][a-z0-9+.-]*:\S*$/i.test(baseIri) ? baseIri : undefined;
  return (kind: string, id: string) => (base ? `${base}${kind}s/${encodeURIComponent(id)}` : `urn:parallax:${kind}:${encodeURIComponent(id)}`);
}

export function articleIri(id: Id): string {
  return `urn:parallax:article:${encodeURIComponent(id)}`;
}

function source(ctx: DossierContext, articleId: Id): JsonLd {
  const entry = ctx.byId.get(articleId)!;
  const out: JsonLd = { id: articleIri(articleId), type: 'Text', format: 'text/plain', label: entry.title };
  if (entry.article.record.lang) out.language = entry.article.record.lang;
  const via = safeHttpUrl(entry.meta.url);
  if (via) out.via = via;
  return out;
}

function spanTarget(ctx: DossierContext, articleId: Id, start: number, end: number, stored: { exact: string; prefix: string; suffix: string } | null): JsonLd {
  const text = ctx.byId.get(articleId)!.article.text;
  const selector: JsonLd[] = [];
  if (validSpan(start, end, text.length) && !stored) {
    selector.push(
      { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start), suffix: text.slice(end, end + QUOTE_CONTEXT) },
      { type: 'TextPositionSelector', start, end },
    );
  } else {
    selector.push({ type: 'TextQuoteSelector', exact: stored?.exact ?? '', prefix: stored?.prefix ?? '', suffix: stored?.suffix ?? '' });
  }
  return { type: 'SpecificResource', source: source(ctx, articleId), selector };
}

function highlightTarget(ctx: DossierContext, h: HighlightRecord): JsonLd {
  return ctx.isPlaced(h) ? spanTarget(ctx, h.articleId, h.start, h.end, null) : spanTarget(ctx, h.articleId, h.start, h.end, h.selectors?.quote ?? { exact: '', prefix: '', suffix: '' });
}

function citationTarget(ctx: DossierContext, c: SpanCitation): JsonLd {
  return citationHolds(c, ctx.byId) ? spanTarget(ctx, c.articleId, c.start, c.end, null) : spanTarget(ctx, c.articleId, c.start, c.end, c.selectors.quote);
}

function times(created: number, modified: number): JsonLd {
  const out: JsonLd = {};
  const c = isoFromMillis(created);
  const m = isoFromMillis(modified);
  if (c) out.created = c;
  if (m) out.modified = m;
  return out;
}

export function webAnnotations(input: DossierInput, options: W3cOptions = {}): WebAnnotationCollection {
  const ctx = buildContext(input, false);
  const mint = minter(options.baseIri);
  const generator = { type: 'Software', name: 'Parallax' };
  // Tag bodies in codebook order.
  const tagOrder = new Map(flattenTree(listTagTree(input.tags)).map((node, i) => [node.tag.id, i]));
  const items: JsonLd[] = [];
  const highlights = orderedHighlights(ctx);
  const highlightById = new Map(highlights.map((h) => [h.id, h]));

  for (const h of highlights) {
    const tagIds = [...new Set(h.tagIds)].filter((id) => tagOrder.has(id)).sort((a, b) => tagOrder.get(a)! - tagOrder.get(b)!);
    const anno: JsonLd = { '@context': ANNO_CONTEXT, id: mint('highlight', h.id), type: 'Annotation', motivation: tagIds.length ? 'tagging' : 'highlighting' };
    // No id on a tag body: the W3C suite reads any body with an id as an External Web Resource,
    // which may not carry a purpose.
    if (tagIds.length) anno.body = tagIds.map((id) => ({ type: 'TextualBody', purpose: 'tagging', format: 'text/plain', value: ctx.tagPath(id) }));
    anno.target = highlightTarget(ctx, h);
    Object.assign(anno, times(h.createdAt, h.updatedAt), { generator, generated: input.createdAt });
    items.push(anno);
  }

  const notes = [...input.notes].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const note of notes) {
    const targets = noteTargets(ctx, note, highlightById);
    if (targets.length === 0) continue;
    const text = blocksText(noteBlocks(note.content, note.plainText)) || note.plainText;
    const anno: JsonLd = {
      '@context': ANNO_CONTEXT,
      id: mint('note', note.id),
      type: 'Annotation',
      motivation: 'commenting',
      body: { type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: text },
      target: targets.length === 1 ? targets[0] : targets,
    };
    Object.assign(anno, times(note.createdAt, note.updatedAt), { generator, generated: input.createdAt });
    items.push(anno);
  }

  return {
    '@context': ANNO_CONTEXT,
    id: mint('collection', 'dossier'),
    type: 'AnnotationCollection',
    label: input.title,
    total: items.length,
    first: { id: mint('page', 'dossier-1'), type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The note's targets: its highlight's span, else its article; then every cited span of a dossier article. */
function noteTargets(ctx: DossierContext, note: NoteRecord, highlights: Map<Id, HighlightRecord>): JsonLd[] {
  const targets: JsonLd[] = [];
  const highlight = note.highlightId ? highlights.get(note.highlightId) : undefined;
  if (highlight) targets.push(highlightTarget(ctx, highlight));
  else if (note.articleId && ctx.byId.has(note.articleId)) targets.push(source(ctx, note.articleId));
  for (const c of citationsOfNote(note.content)) if (ctx.byId.has(c.articleId)) targets.push(citationTarget(ctx, c));
  return targets;
}

/** The collection as JSON-LD text. */
export function webAnnotationsJson(input: DossierInput, options: W3cOptions = {}): string {
  return `${JSON.stringify(webAnnotations(input, options), null, 2)}\n`;
}
