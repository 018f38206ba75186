import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTag } from '@shared/sync/codebook-tree';
import { CODER, NOTE, PROJECT, TEXT, type CitationEntry, type HighlightEntry } from '@shared/sync/layout';
import { formatDocName, parseDocName } from '@shared/sync/names';
import { changedKeys, validateSyncDoc } from '@shared/sync/validate-doc';

const FP = 'a'.repeat(64);
const NOW = 1_764_000_000_000;

const highlight = (over: Partial<HighlightEntry> = {}): HighlightEntry => ({
  id: 'h1', article: FP, start: 4, end: 12, exact: 'minister', prefix: 'The ', suffix: ' met', tagIds: ['t1'], createdAt: NOW, updatedAt: NOW, ...over,
});

function coderDoc(value: unknown, key = 'h1'): Y.Doc {
  const doc = new Y.Doc();
  doc.getMap(CODER.highlights).set(key, value);
  return doc;
}

describe('shared document names', () => {
  it('round-trips every kind of name', () => {
    for (const name of [
      { kind: 'project', projectId: 'p1' },
      { kind: 'admin', projectId: 'p1' },
      { kind: 'coder', projectId: 'p1', memberId: 'm-1' },
      { kind: 'note', projectId: 'p1', noteId: 'n_1' },
      { kind: 'text', projectId: 'p1', fingerprint: FP },
    ] as const) {
      expect(parseDocName(formatDocName(name))).toEqual({ ok: true, value: name });
    }
  });

  it('refuses names that are not exactly one of the shapes, in words', () => {
    for (const raw of ['', 'p1', 'p1/project/x', 'p1/coder', 'p1/coder/a/b', '../p1/project', 'p 1/project', 'p1/text/ABC', 'p1/other/x']) {
      const parsed = parseDocName(raw);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error.message).toMatch(/is not the name of a Parallax project document/);
    }
  });
});

describe('validation of a coder document', () => {
  it('accepts a well-formed highlight', () => {
    expect(validateSyncDoc('coder', coderDoc(highlight()))).toBeNull();
  });

  it.each([
    ['a negative start', highlight({ start: -1 }), /start is outside/],
    ['an end before its start', highlight({ start: 12, end: 4, exact: '' }), /ends before it starts/],
    ['a fractional offset', highlight({ end: 12.5 }), /end is not a whole number/],
    ['words of the wrong length', highlight({ exact: 'minist' }), /not as long as its span/],
    ['a bad article fingerprint', highlight({ article: 'x' }), /article is not an article fingerprint/],
    ['a tag id with a slash', highlight({ tagIds: ['a/b'] }), /tag id that is not valid/],
    ['an unknown field', { ...highlight(), script: 'alert(1)' }, /unknown field “script”/],
    ['an id other than its key', highlight({ id: 'h2' }), /another id than its own/],
  ])('refuses a highlight with %s', (_, value, message) => {
    expect(validateSyncDoc('coder', coderDoc(value))).toMatch(message);
  });

  it('refuses a top-level part it does not know, and a map that a peer filled as a list', () => {
    const smuggled = new Y.Doc();
    smuggled.getMap('secrets').set('x', 1);
    expect(validateSyncDoc('coder', smuggled)).toMatch(/unknown part “secrets”/);
    const list = new Y.Doc();
    list.getArray(CODER.highlights).push([1]);
    expect(validateSyncDoc('coder', list)).toMatch(/is not a map/);
  });
});

describe('validation of a project document', () => {
  it('accepts a tag made by addTag, and refuses a colour that is not #rrggbb', () => {
    const doc = new Y.Doc();
    addTag(doc, 't1', { name: 'Actor', color: '#3f86ee', description: '', parentId: null, order: 0 }, 'm1', NOW);
    expect(validateSyncDoc('project', doc)).toBeNull();
    doc.getMap<Y.Map<unknown>>(PROJECT.tags).get('t1')!.set('color', 'red; background: url(x)');
    expect(validateSyncDoc('project', doc)).toMatch(/colour of the form #rrggbb/);
  });

  it('refuses a tag removed instead of tombstoned, so no highlight is silently orphaned', () => {
    const doc = new Y.Doc();
    addTag(doc, 't1', { name: 'Actor', color: '#3f86ee', description: '', parentId: null, order: 0 }, 'm1', NOW);
    let problem: string | null = 'not run';
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      problem = validateSyncDoc('project', doc, changedKeys(transaction));
    });
    doc.getMap(PROJECT.tags).delete('t1');
    expect(problem).toMatch(/must stay as a tombstone/);
  });

  it('checks only what a transaction changed, down to the root-level key of a nested change', () => {
    const doc = new Y.Doc();
    addTag(doc, 't1', { name: 'Actor', color: '#3f86ee', description: '', parentId: null, order: 0 }, 'm1', NOW);
    const seen: string[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      for (const [root, keys] of changedKeys(transaction)) seen.push(`${root}:${[...keys].join(',')}`);
    });
    doc.getMap<Y.Map<unknown>>(PROJECT.tags).get('t1')!.set('name', 'Actors');
    expect(seen).toEqual(['tags:t1']);
  });

  it('refuses a manifest entry stored under another fingerprint and a correction of an unknown field', () => {
    const doc = new Y.Doc();
    doc.getMap(PROJECT.articles).set(FP, { fingerprint: 'b'.repeat(64) });
    expect(validateSyncDoc('project', doc)).toMatch(/unknown field|another fingerprint/);
    const corrections = new Y.Doc();
    const fields = new Y.Map();
    corrections.getMap(PROJECT.corrections).set(FP, fields);
    fields.set('password', 'x');
    expect(validateSyncDoc('project', corrections)).toMatch(/not a metadata field that can be corrected/);
  });
});

describe('validation of note and text documents', () => {
  it('refuses a note attributed to an id that is not one', () => {
    const doc = new Y.Doc();
    doc.getMap(NOTE.meta).set('createdBy', '../admin');
    expect(validateSyncDoc('note', doc)).toMatch(/member who wrote a note is not a valid id/);
  });

  it('accepts a note’s citation and refuses one that names no article, runs backwards, or carries an unknown field', () => {
    const citation: CitationEntry = { article: FP, start: 4, end: 12, quote: 'minister', prefix: 'The ', suffix: ' met', sourceLabel: 'Reuters', highlight: null, orphan: false };
    const withCitation = (value: unknown, key = 'c1') => {
      const doc = new Y.Doc();
      doc.getMap(NOTE.citations).set(key, value);
      return validateSyncDoc('note', doc);
    };
    expect(withCitation(citation)).toBeNull();
    expect(withCitation({ ...citation, highlight: 'h1' })).toBeNull();
    expect(withCitation({ ...citation, article: 'local-id' })).toMatch(/citation’s article is not an article fingerprint/);
    expect(withCitation({ ...citation, start: 12, end: 4 })).toMatch(/citation ends before it starts/);
    expect(withCitation({ ...citation, script: '<img onerror>' })).toMatch(/citation has an unknown field “script”/);
    expect(withCitation({ ...citation, orphan: 'yes' })).toMatch(/orphaned is not true or false/);
    expect(withCitation(citation, '../x')).toMatch(/citation’s key is not a valid id/);
  });

  it('refuses an article text that does not match the fingerprint in its name', () => {
    const doc = new Y.Doc();
    doc.getMap(TEXT.body).set('text', 'Some words.');
    const fakeSha = (text: string) => (text === 'Some words.' ? 'c'.repeat(64) : '');
    expect(validateSyncDoc('text', doc, undefined, { fingerprint: FP, sha256: fakeSha })).toMatch(/does not match its fingerprint/);
    expect(validateSyncDoc('text', doc, undefined, { fingerprint: 'c'.repeat(64), sha256: fakeSha })).toBeNull();
  });
});
