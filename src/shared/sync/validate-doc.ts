/**
 * Validation of a whole shared document, or of the parts one transaction changed. The server
 * applies a client's update to a shadow copy and runs this before the real document sees it;
 * a client runs it on what it receives. Pure: yjs is plain JavaScript, no Node or DOM.
 */
import type * as Y from 'yjs';
import { checkArticleEntry, checkBoilerplate, checkCitationEntry, checkCorpusField, checkCorrection, checkFurnitureChoice, checkHighlightEntry, checkNoteIndexEntry, checkNoteMetaField, checkTagField, REQUIRED_TAG_FIELDS } from './entries';
import { checkCollection } from './collections';
import { checkFingerprint, checkId, checkText, MAX_ARTICLE_TEXT, type Problem } from './fields';
import { CODER, NOTE, PROJECT, TEXT } from './layout';
import { type AnyType, mapContent, nestedFields } from './map-content';
import type { SyncDocKind } from './names';


/** Which root-level keys changed, per top-level type; `null` in a set means list content changed. */
export type ChangedKeys = Map<string, Set<string | null>>;

const ROOTS: Record<Exclude<SyncDocKind, 'admin'>, readonly string[]> = {
  project: Object.values(PROJECT),
  coder: Object.values(CODER),
  note: Object.values(NOTE),
  text: Object.values(TEXT),
};

/** The top-level type's name for a type anywhere in the document, and the root-level map key it sits under. */
function rootOf(doc: Y.Doc, type: AnyType, key: string | null): { root: string; key: string | null } | null {
  let current: AnyType = type;
  let rootKey = key;
  while (current._item) {
    rootKey = current._item.parentSub;
    current = current._item.parent as AnyType;
  }
  for (const [name, shared] of doc.share) if (shared === current) return { root: name, key: rootKey };
  return null;
}

/** The keys a transaction touched, by top-level type: what needs checking after it. */
export function changedKeys(transaction: Y.Transaction): ChangedKeys {
  const changes: ChangedKeys = new Map();
  for (const [type, keys] of transaction.changed) {
    for (const key of keys.size ? keys : new Set([null])) {
      const where = rootOf(transaction.doc, type, key);
      if (!where) continue;
      let set = changes.get(where.root);
      if (!set) changes.set(where.root, (set = new Set()));
      set.add(where.key);
    }
  }
  return changes;
}

/** Every root-level key of the document, as if all of it had changed. */
export function allKeys(doc: Y.Doc): ChangedKeys {
  const changes: ChangedKeys = new Map();
  for (const [name, shared] of doc.share) {
    const keys = new Set<string | null>(shared._map.keys());
    if (shared._start !== null) keys.add(null);
    changes.set(name, keys);
  }
  return changes;
}

function checkMapRoot(doc: Y.Doc, name: string, keys: Set<string | null>, checkEntry: (key: string, value: unknown) => Problem): Problem {
  const shared = doc.share.get(name);
  if (!shared) return null;
  if (keys.has(null) || shared._start !== null) return `The “${name}” part of the document is not a map.`;
  const entries = mapContent(shared);
  for (const key of keys) {
    if (key === null || !entries.has(key)) continue;
    const problem = checkEntry(key, entries.get(key));
    if (problem) return problem;
  }
  return null;
}

function checkTag(tagId: string, value: unknown): Problem {
  const problem = checkId(tagId, 'A tag’s id');
  if (problem) return problem;
  const fields = nestedFields(value, 'A tag');
  if (typeof fields === 'string') return fields;
  for (const required of REQUIRED_TAG_FIELDS) if (!fields.has(required)) return `A tag has no ${required}.`;
  for (const [field, fieldValue] of fields) {
    const fieldProblem = checkTagField(tagId, field, fieldValue);
    if (fieldProblem) return fieldProblem;
  }
  return null;
}

function checkCorrections(fingerprint: string, value: unknown): Problem {
  const problem = checkFingerprint(fingerprint, 'The article of a correction');
  if (problem) return problem;
  const fields = nestedFields(value, 'An article’s corrections');
  if (typeof fields === 'string') return fields;
  for (const [field, fieldValue] of fields) {
    const fieldProblem = checkCorrection(field, fieldValue);
    if (fieldProblem) return fieldProblem;
  }
  return null;
}

/**
 * Tags and collections are tombstoned, never removed: a removed tag would orphan every highlight
 * that carries it, and a removed collection would come back from any device that was offline.
 */
function checkNoEntryRemoved(doc: Y.Doc, root: string, keys: Set<string | null>, problem: string): Problem {
  const shared = doc.share.get(root);
  if (!shared) return null;
  for (const key of keys) {
    const item = key === null ? undefined : shared._map.get(key);
    if (item?.deleted) return problem;
  }
  return null;
}

function checkProject(doc: Y.Doc, changes: ChangedKeys): Problem {
  for (const [root, keys] of changes) {
    const problem =
      root === PROJECT.corpus ? checkMapRoot(doc, root, keys, checkCorpusField)
      : root === PROJECT.articles ? checkMapRoot(doc, root, keys, checkArticleEntry)
      : root === PROJECT.corrections ? checkMapRoot(doc, root, keys, checkCorrections)
      : root === PROJECT.furniture ? checkMapRoot(doc, root, keys, checkFurnitureChoice)
      : root === PROJECT.tags ? checkNoEntryRemoved(doc, root, keys, 'A tag was removed from the codebook; a deleted tag must stay as a tombstone.') ?? checkMapRoot(doc, root, keys, checkTag)
      : root === PROJECT.collections ? checkNoEntryRemoved(doc, root, keys, 'A collection was removed; a deleted collection must stay as a tombstone.') ?? checkMapRoot(doc, root, keys, checkCollection)
      : root === PROJECT.notes ? checkMapRoot(doc, root, keys, checkNoteIndexEntry)
      : null;
    if (problem) return problem;
  }
  return null;
}

/** The note's content is Lexical's own Yjs layout (bounded by the server's update size cap); its metadata and citations are checked. */
function checkNote(doc: Y.Doc, changes: ChangedKeys): Problem {
  const meta = changes.get(NOTE.meta);
  const citations = changes.get(NOTE.citations);
  return (meta ? checkMapRoot(doc, NOTE.meta, meta, checkNoteMetaField) : null) ?? (citations ? checkMapRoot(doc, NOTE.citations, citations, checkCitationEntry) : null);
}

/** A text document: its words, once, and what page furniture was kept out of them. */
function checkArticleText(doc: Y.Doc, changes: ChangedKeys, fingerprint: string | undefined, sha256: ((text: string) => string) | undefined): Problem {
  const keys = changes.get(TEXT.body);
  if (!keys) return null;
  return checkMapRoot(doc, TEXT.body, keys, (key, value) => {
    if (key === 'boilerplate') return checkBoilerplate(value);
    if (key !== 'text') return `An article text has an unknown field “${key.slice(0, 40)}”.`;
    const problem = checkText(value, 'An article text', MAX_ARTICLE_TEXT);
    if (problem) return problem;
    if (sha256 && fingerprint && sha256(value as string) !== fingerprint) return 'An article text does not match its fingerprint.';
    return null;
  });
}

export interface ValidateOptions {
  /** For text documents: the fingerprint in the document's name, and SHA-256 (hex) to check it with. */
  fingerprint?: string;
  sha256?: (text: string) => string;
}

/**
 * The first problem with the document's `changes` (all of it when omitted), or null. Unknown
 * top-level types are refused: a peer cannot smuggle data into a document under another name.
 */
export function validateSyncDoc(kind: Exclude<SyncDocKind, 'admin'>, doc: Y.Doc, changes: ChangedKeys = allKeys(doc), options: ValidateOptions = {}): Problem {
  for (const root of changes.keys()) if (!ROOTS[kind].includes(root)) return `A ${kind} document has an unknown part “${root.slice(0, 40)}”.`;
  switch (kind) {
    case 'project':
      return checkProject(doc, changes);
    case 'coder': {
      const keys = changes.get(CODER.highlights);
      return keys ? checkMapRoot(doc, CODER.highlights, keys, checkHighlightEntry) : null;
    }
    case 'note':
      return checkNote(doc, changes);
    case 'text':
      return checkArticleText(doc, changes, options.fingerprint, options.sha256);
  }
}
