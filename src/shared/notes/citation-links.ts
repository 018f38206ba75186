/**
 * Span links inside a note's serialised Lexical state, read and rewritten as plain JSON (no
 * editor, no DOM), for the database upgrade, backups and exports.
 *
 * Two forms of the same node:
 * - in the database, `{ type: 'span-link', version: 2, citationId }`: the node names a row of the
 *   citations table and nothing else, so re-anchoring a citation changes one row, never a note;
 * - in a file (a backup, a dossier's input), the node also carries its `citation` (embedded), so
 *   the file stands on its own and an older Parallax, which read only `citation`, still reads it.
 * Version 1 nodes (before schema 6) carried only `citation`.
 */
import type { CitationRecord, Id } from '../model';
import { readCitation } from './read-citation';

export const SPAN_LINK_TYPE = 'span-link';
/** 1: the citation inside the node. 2: the citation's id inside the node, the citation in the database. */
export const SPAN_LINK_VERSION = 2;

/** Deeper nesting than any editor writes is not followed, so hostile JSON cannot exhaust the stack. */
const MAX_DEPTH = 40;

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Calls `visit` on every span-link node of the state, in reading order. */
function eachSpanLink(state: unknown, visit: (node: Json) => void): void {
  const walk = (node: unknown, depth: number): void => {
    if (!isRecord(node) || depth > MAX_DEPTH) return;
    if (node.type === SPAN_LINK_TYPE) visit(node);
    if (Array.isArray(node.children)) for (const child of node.children) walk(child, depth + 1);
  };
  if (isRecord(state)) walk(state.root, 0);
}

function parse(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch {
    return null;
  }
}

/** The citation ids a note's span links name, each once, in the order they first appear. */
export function citationIdsOf(content: string): Id[] {
  const ids = new Set<Id>();
  eachSpanLink(parse(content), (node) => {
    if (typeof node.citationId === 'string' && node.citationId !== '') ids.add(node.citationId);
  });
  return [...ids];
}

/**
 * Moves every citation embedded in a note's span links out into rows: each node keeps only the
 * row's id (its own `citationId` when it had one, so a backup restores to the same ids, else a
 * new one). A node whose embedded citation names no span is left as it is (the editor shows its
 * words as text). Content that is not JSON is returned unchanged, with no citations.
 */
export function extractCitations(content: string, newId: () => Id): { content: string; citations: CitationRecord[] } {
  const state = parse(content);
  const citations: CitationRecord[] = [];
  eachSpanLink(state, (node) => {
    const citation = readCitation(node.citation);
    if (!citation) return;
    const id = typeof node.citationId === 'string' && node.citationId !== '' ? node.citationId : newId();
    const orphan = isRecord(node.citation) && node.citation.orphan === true;
    citations.push(orphan ? { id, ...citation, orphan: true } : { id, ...citation });
    delete node.citation;
    node.citationId = id;
    node.version = SPAN_LINK_VERSION;
  });
  return citations.length > 0 ? { content: JSON.stringify(state), citations } : { content, citations };
}

/**
 * The note with each span link's citation written into it (the file form): every node naming a
 * known row gets `citation` beside its `citationId`. A node naming an unknown row is left as it is.
 */
export function embedCitations(content: string, lookup: (id: Id) => CitationRecord | undefined): string {
  const state = parse(content);
  let changed = false;
  eachSpanLink(state, (node) => {
    const row = typeof node.citationId === 'string' ? lookup(node.citationId) : undefined;
    if (!row) return;
    const { id: _id, ...citation } = row;
    node.citation = citation;
    changed = true;
  });
  return changed ? JSON.stringify(state) : content;
}
