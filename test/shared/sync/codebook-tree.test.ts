import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTag, deleteTag, effectiveTagId, moveTag, readTags, resolveParents, resolveTagTree } from '@shared/sync/codebook-tree';

const TAG_IDS = ['t0', 't1', 't2', 't3', 't4', 't5'];

/** A project document with the same codebook of six top-level tags on every replica. */
function replicas(count: number): Y.Doc[] {
  const origin = new Y.Doc();
  TAG_IDS.forEach((id, order) => addTag(origin, id, { name: id, color: '#3f86ee', description: '', parentId: null, order }, 'owner', 1_700_000_000_000));
  const base = Y.encodeStateAsUpdate(origin);
  return Array.from({ length: count }, () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, base);
    return doc;
  });
}

function syncAll(docs: Y.Doc[]): void {
  for (const from of docs) for (const to of docs) if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

function hasCycle(parents: Map<string, string | null>): boolean {
  for (const start of parents.keys()) {
    const seen = new Set<string>();
    let current: string | null | undefined = start;
    while (current != null) {
      if (seen.has(current)) return true;
      seen.add(current);
      current = parents.get(current);
    }
  }
  return false;
}

describe('the shared codebook tree', () => {
  it('never makes a cycle when two members move tags under each other at the same time; the later move loses', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    moveTag(a, 't1', 't2', 0, 'ann'); // ann: t1 under t2
    moveTag(b, 't2', 't1', 0, 'ben'); // ben, offline meanwhile: t2 under t1
    syncAll([a, b]);
    const parents = resolveParents(readTags(a));
    expect(parents).toEqual(resolveParents(readTags(b)));
    expect(hasCycle(parents)).toBe(false);
    // Equal clocks: "ann" < "ben", so ann's move is applied first and ben's would close the cycle.
    expect(parents.get('t1')).toBe('t2');
    expect(parents.get('t2')).toBeNull();
  });

  it('sends a losing move back to where the tag was before it', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    moveTag(a, 't2', 't0', 0, 'ann');
    syncAll([a, b]);
    moveTag(a, 't1', 't2', 0, 'ann');
    moveTag(b, 't2', 't1', 0, 'ben'); // t2 was under t0 before ben's move
    syncAll([a, b]);
    const parents = resolveParents(readTags(b));
    expect(parents.get('t1')).toBe('t2');
    expect(parents.get('t2')).toBe('t0');
  });

  it('converges to one acyclic tree whatever moves replicas make concurrently and in whatever order they sync (property)', () => {
    const move = fc.record({
      replica: fc.integer({ min: 0, max: 2 }),
      tag: fc.constantFrom(...TAG_IDS),
      parent: fc.option(fc.constantFrom(...TAG_IDS), { nil: null }),
      syncAfter: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(move, { minLength: 1, maxLength: 30 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })), { maxLength: 6 }), (moves, partialSyncs) => {
        const docs = replicas(3);
        moves.forEach((step, index) => {
          if (step.parent === step.tag) return;
          moveTag(docs[step.replica]!, step.tag, step.parent, index, `member${step.replica}`);
          const [from, to] = partialSyncs[index % Math.max(1, partialSyncs.length)] ?? [0, 0];
          if (step.syncAfter && from !== to) Y.applyUpdate(docs[to]!, Y.encodeStateAsUpdate(docs[from]!));
        });
        syncAll(docs);
        const resolved = docs.map((doc) => resolveParents(readTags(doc)));
        for (const parents of resolved) {
          expect(hasCycle(parents)).toBe(false);
          expect(parents).toEqual(resolved[0]);
          expect([...parents.keys()].sort()).toEqual(TAG_IDS);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a deleted tag as a tombstone: a highlight still names it, its children move up to the nearest live ancestor', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    moveTag(a, 't1', 't0', 0, 'ann');
    moveTag(a, 't2', 't1', 0, 'ann');
    syncAll([a, b]);
    deleteTag(a, 't1', 1_700_000_100_000);
    moveTag(b, 't3', 't1', 0, 'ben'); // ben puts a tag under t1 while ann deletes it
    syncAll([a, b]);
    const tags = readTags(b);
    expect(tags.get('t1')?.deletedAt).toBe(1_700_000_100_000);
    const tree = new Map(resolveTagTree(tags).map((tag) => [tag.id, tag.parentId]));
    expect(tree.has('t1')).toBe(false);
    expect(tree.get('t2')).toBe('t0');
    expect(tree.get('t3')).toBe('t0');
    expect(effectiveTagId(tags, 't1')).toBe('t1');
  });

  it('counts a merged tag as the tag it was merged into, through merges of merges', () => {
    const [a] = replicas(1) as [Y.Doc];
    deleteTag(a, 't1', 1_700_000_100_000, 't2');
    deleteTag(a, 't2', 1_700_000_200_000, 't3');
    expect(effectiveTagId(readTags(a), 't1')).toBe('t3');
  });
});
