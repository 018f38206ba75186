/**
 * Span citations inside a note's Lexical JSON, between devices: each device names articles by
 * its own ids, so a citation carries the article's fingerprint too. Going out, a citation that
 * lacks it gets it; coming in, its article id becomes this device's id for that fingerprint.
 */
import { SPAN_LINK_TYPE } from '../../editor/SpanLinkNode';

type Json = Record<string, unknown>;

function mapSpanLinks(content: string, map: (citation: Json) => Json): string {
  let state: unknown;
  try {
    state = JSON.parse(content);
  } catch {
    return content;
  }
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const record = node as Json;
    if (record.type === SPAN_LINK_TYPE && typeof record.citation === 'object' && record.citation !== null) record.citation = map(record.citation as Json);
    const children = record.children;
    if (Array.isArray(children)) children.forEach(walk);
    if (typeof record.root === 'object') walk(record.root);
  };
  walk(state);
  return JSON.stringify(state);
}

/** Before a note is shared: every citation names its article's fingerprint. */
export function withFingerprints(content: string, fingerprintOf: (articleId: string) => string | undefined): string {
  return mapSpanLinks(content, (citation) => {
    if (typeof citation.fingerprint === 'string') return citation;
    const fingerprint = typeof citation.articleId === 'string' ? fingerprintOf(citation.articleId) : undefined;
    return fingerprint ? { ...citation, fingerprint } : citation;
  });
}

/** A note received from a peer: its citations point at this device's articles. */
export function withLocalArticleIds(content: string, articleIdOf: (fingerprint: string) => string | undefined): string {
  return mapSpanLinks(content, (citation) => {
    const local = typeof citation.fingerprint === 'string' ? articleIdOf(citation.fingerprint) : undefined;
    return local ? { ...citation, articleId: local } : citation;
  });
}
