import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CollectionRecord } from '@shared/model';
import { pushCollections, readCollections, type ArticleNames } from '@shared/sync/collections';
import { PROJECT } from '@shared/sync/layout';
import { changedKeys, validateSyncDoc } from '@shared/sync/validate-doc';

const FP_A = 'a'.repeat(64);
const FP_B = 'b'.repeat(64);
const FP_C = 'c'.repeat(64);
const NOW = 1_764_000_000_000;

/** A device holding articles `a1`… under these fingerprints. */
function names(held: Record<string, string>): ArticleNames {
  const byFingerprint = new Map(Object.entries(held).map(([id, fp]) => [fp, id]));
  return { fingerprintOf: (id) => held[id], idOf: (fp) => byFingerprint.get(fp) };
}

const collection = (over: Partial<CollectionRecord> = {}): CollectionRecord => ({
  id: 'col-1', name: 'Week one', articleIds: ['a1'], createdAt: NOW, updatedAt: NOW, ...over,
});

/** Two replicas of one document, each update applied to the other (as the server relays them). */
function pair(): [Y.Doc, Y.Doc] {
  const one = new Y.Doc();
  const two = new Y.Doc();
  one.on('update', (update: Uint8Array, origin: unknown) => origin !== 'relay' && Y.applyUpdate(two, update, 'relay'));
  two.on('update', (update: Uint8Array, origin: unknown) => origin !== 'relay' && Y.applyUpdate(one, update, 'relay'));
  return [one, two];
}

describe('collections in the project document', () => {
  it('reads back what was written: the name and the articles by this device’s ids', () => {
    const doc = new Y.Doc();
    const device = names({ a1: FP_A, a2: FP_B });
    expect(pushCollections(doc, [collection({ articleIds: ['a1', 'a2'] })], [], device, 'm-owner', NOW)).toBe(1);
    const read = readCollections(doc, device.idOf);
    expect(read).toEqual({ collections: [{ id: 'col-1', name: 'Week one', articleIds: ['a1', 'a2'], createdAt: NOW, updatedAt: NOW }], deletedIds: [], refused: 0 });
    // Writing the same again changes nothing.
    expect(pushCollections(doc, [collection({ articleIds: ['a1', 'a2'] })], [], device, 'm-owner', NOW + 5)).toBe(0);
  });

  it('keeps both articles when two members each put one in at the same time', () => {
    const [one, two] = pair();
    const owner = names({ a1: FP_A, a2: FP_B, a3: FP_C });
    const coder = names({ x1: FP_A, x2: FP_B, x3: FP_C });
    pushCollections(one, [collection()], [], owner, 'm-owner', NOW);
    // Offline from each other: each writes into its own replica, then the updates cross.
    const a = new Y.Doc();
    const b = new Y.Doc();
    Y.applyUpdate(a, Y.encodeStateAsUpdate(one));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(two));
    pushCollections(a, [collection({ articleIds: ['a1', 'a2'] })], [], owner, 'm-owner', NOW + 1);
    pushCollections(b, [collection({ articleIds: ['x1', 'x3'] })], [], coder, 'm-coder', NOW + 2);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readCollections(a, owner.idOf).collections[0]!.articleIds).toEqual(['a1', 'a2', 'a3']);
    expect(readCollections(b, coder.idOf).collections[0]!.articleIds).toEqual(['x1', 'x2', 'x3']);
  });

  it('never takes out an article a peer put in that this device has not received yet', () => {
    const doc = new Y.Doc();
    pushCollections(doc, [collection({ articleIds: ['a1', 'a2'] })], [], names({ a1: FP_A, a2: FP_B }), 'm-owner', NOW);
    // The coder holds only the first article so far: its copy of the collection lists only that one.
    const coder = names({ x1: FP_A });
    const read = readCollections(doc, coder.idOf);
    expect(read.collections[0]!.articleIds).toEqual(['x1']);
    pushCollections(doc, read.collections, [], coder, 'm-coder', NOW + 1);
    expect(readCollections(doc, names({ a1: FP_A, a2: FP_B }).idOf).collections[0]!.articleIds).toEqual(['a1', 'a2']);
  });

  it('takes out an article this device holds and took out, and leaves a deleted collection as a tombstone that a put-back lifts', () => {
    const doc = new Y.Doc();
    const device = names({ a1: FP_A, a2: FP_B });
    pushCollections(doc, [collection({ articleIds: ['a1', 'a2'] })], [], device, 'm-owner', NOW);
    pushCollections(doc, [collection({ articleIds: ['a2'] })], [], device, 'm-owner', NOW + 1);
    expect(readCollections(doc, device.idOf).collections[0]!.articleIds).toEqual(['a2']);

    expect(pushCollections(doc, [], ['col-1'], device, 'm-owner', NOW + 2)).toBe(1);
    expect(readCollections(doc, device.idOf)).toEqual({ collections: [], deletedIds: ['col-1'], refused: 0 });
    expect(doc.getMap(PROJECT.collections).has('col-1')).toBe(true);

    pushCollections(doc, [collection({ articleIds: ['a2'] })], [], device, 'm-owner', NOW + 3);
    expect(readCollections(doc, device.idOf).collections.map((c) => c.id)).toEqual(['col-1']);
  });
});

describe('the server’s check of a peer’s collections', () => {
  /** A project document with one collection written by a well-behaved client, then `change` made by a peer. */
  function changed(change: (fields: Y.Map<unknown>, map: Y.Map<Y.Map<unknown>>) => void): string | null {
    const doc = new Y.Doc();
    pushCollections(doc, [collection()], [], names({ a1: FP_A }), 'm-owner', NOW);
    let problem: string | null = 'not run';
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      problem = validateSyncDoc('project', doc, changedKeys(transaction));
    });
    const map = doc.getMap<Y.Map<unknown>>(PROJECT.collections);
    doc.transact(() => change(map.get('col-1')!, map));
    return problem;
  }

  it('accepts a well-formed collection, and a well-formed change to it', () => {
    const doc = new Y.Doc();
    pushCollections(doc, [collection()], [], names({ a1: FP_A }), 'm-owner', NOW);
    expect(validateSyncDoc('project', doc)).toBeNull();
    expect(changed((fields) => (fields.get('members') as Y.Map<number>).set(FP_B, NOW))).toBeNull();
  });

  it.each([
    ['an empty name', (f: Y.Map<unknown>) => f.set('name', '  '), 'A collection’s name is not text, or is empty.'],
    ['a name of 121 characters', (f: Y.Map<unknown>) => f.set('name', 'n'.repeat(121)), 'A collection’s name is longer than 120 characters.'],
    ['an article that is not a fingerprint', (f: Y.Map<unknown>) => (f.get('members') as Y.Map<number>).set('../etc', NOW), 'An article of a collection is not an article fingerprint (64 hex digits).'],
    ['a time that is not a time', (f: Y.Map<unknown>) => (f.get('members') as Y.Map<unknown>).set(FP_B, 'soon'), 'When an article was put in a collection is not a whole number.'],
    ['an unknown field', (f: Y.Map<unknown>) => f.set('script', '<img onerror=alert(1)>'), 'A collection has an unknown field “script”.'],
    ['its list of articles replaced by text', (f: Y.Map<unknown>) => f.set('members', 'everything'), 'A collection’s list of articles is not a map.'],
  ])('refuses %s, in words', (_what, change, message) => {
    expect(changed(change)).toBe(message);
  });

  it('refuses a collection removed outright: a deleted one stays as a tombstone', () => {
    expect(changed((_fields, map) => map.delete('col-1'))).toBe('A collection was removed; a deleted collection must stay as a tombstone.');
  });

  it('leaves a malformed collection out when reading, and counts it', () => {
    const doc = new Y.Doc();
    const bad = new Y.Map<unknown>();
    doc.getMap(PROJECT.collections).set('col-bad', bad);
    bad.set('name', 'No articles map');
    expect(readCollections(doc, () => undefined)).toEqual({ collections: [], deletedIds: [], refused: 1 });
  });
});
