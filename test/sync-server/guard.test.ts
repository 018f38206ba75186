import type { Document } from '@hocuspocus/server';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTag, readTags } from '@shared/sync/codebook-tree';
import type { Member } from '../../src/sync-server/admin-doc';
import { guardMessage, RefusedUpdate } from '../../src/sync-server/guard';
import { MAX_AWARENESS_BYTES, MAX_UPDATE_BYTES } from '../../src/sync-server/limits';

const NAME = { kind: 'project' as const, projectId: 'p1' };
const coder: Member = { id: 'ann', name: 'Ann', role: 'coder', tokenVersion: 1, joinedAt: 0, removedAt: null };

/** A client message as the provider frames it: document name, type, then (for sync) the step and the update. */
function message(type: number, payload: Uint8Array, step?: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, 'p1/project');
  encoding.writeVarUint(encoder, type);
  if (step !== undefined) encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

function tagUpdate(id: string, color = '#3f86ee'): Uint8Array {
  const doc = new Y.Doc();
  addTag(doc, id, { name: id, color, description: '', parentId: null, order: 0 }, 'ann', 1_764_000_000_000);
  return Y.encodeStateAsUpdate(doc);
}

// The server's documents are Y.Docs (Hocuspocus's Document extends Y.Doc); the gate uses only that.
const serverDoc = () => new Y.Doc() as unknown as Document;

describe('the update gate', () => {
  it('lets a valid update through without applying it itself', () => {
    const document = serverDoc();
    expect(() => guardMessage(NAME, coder, document, message(0, tagUpdate('t1'), 2), false)).not.toThrow();
    expect(readTags(document).size).toBe(0);
  });

  it('refuses an update over the size cap, and presence over its cap, in words', () => {
    const big = new Uint8Array(MAX_UPDATE_BYTES + 1);
    expect(() => guardMessage(NAME, coder, serverDoc(), message(0, big, 2), false)).toThrow(`an update of ${MAX_UPDATE_BYTES + 1} bytes is over the ${MAX_UPDATE_BYTES}-byte limit.`);
    const presence = new Uint8Array(MAX_AWARENESS_BYTES + 10);
    expect(() => guardMessage(NAME, coder, serverDoc(), message(1, presence), false)).toThrow(/presence information over/);
  });

  it('gives a close reason that fits a WebSocket close frame (123 bytes)', () => {
    try {
      guardMessage(NAME, coder, serverDoc(), message(0, tagUpdate('t1', 'x'.repeat(400)), 2), false);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RefusedUpdate);
      expect(new TextEncoder().encode((error as RefusedUpdate).reason).length).toBeLessThanOrEqual(123);
      expect((error as RefusedUpdate).reason).toMatch(/^Refused: A tag’s colour/);
    }
  });

  it('checks a later update against the document as it stands after a refused one, not against what was refused', () => {
    const document = serverDoc();
    expect(() => guardMessage(NAME, coder, document, message(0, tagUpdate('evil', 'red'), 2), false)).toThrow(RefusedUpdate);
    const good = tagUpdate('t2');
    guardMessage(NAME, coder, document, message(0, good, 2), false);
    Y.applyUpdate(document, good);
    expect([...readTags(document).keys()]).toEqual(['t2']);
  });

  it('leaves no listener behind on the document for each refused update', () => {
    const document = serverDoc();
    guardMessage(NAME, coder, document, message(0, tagUpdate('t1'), 2), false);
    const listeners = () => (document as unknown as { _observers: Map<string, Set<unknown>> })._observers.get('update')?.size ?? 0;
    const before = listeners();
    for (let i = 0; i < 20; i++) expect(() => guardMessage(NAME, coder, document, message(0, tagUpdate(`bad${i}`, 'red'), 2), false)).toThrow(RefusedUpdate);
    guardMessage(NAME, coder, document, message(0, tagUpdate('t2'), 2), false);
    expect(listeners()).toBe(before);
  });

  it('does not look into a read-only connection’s update (Hocuspocus refuses to apply it)', () => {
    expect(() => guardMessage(NAME, { ...coder, role: 'viewer' }, serverDoc(), message(0, tagUpdate('t1', 'red'), 2), true)).not.toThrow();
  });
});
