/**
 * The gate every client message passes before the document sees it (Hocuspocus's
 * beforeHandleMessage hook: a throw closes the connection and the message is never applied).
 *
 * A Yjs update is checked for size, decoded, then applied first to a shadow copy of the
 * document, where the shared validation (src/shared/sync/validate-doc.ts) and the role rules
 * run on the parts it changed. Only if all pass does the real document apply it; if any fails,
 * the shadow is thrown away (it is rebuilt from the real document next time) and the stored
 * project is untouched.
 */
import { createHash } from 'node:crypto';
import type { Document } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { NOTE, PROJECT, TEXT } from '@shared/sync/layout';
import type { SyncDocName } from '@shared/sync/names';
import { changedKeys, validateSyncDoc, type ChangedKeys } from '@shared/sync/validate-doc';
import { OWNER_ONLY_PROJECT_PARTS } from './access';
import type { Member } from './admin-doc';
import { MAX_AWARENESS_BYTES, MAX_UPDATE_BYTES } from './limits';

/** Hocuspocus message types (see @hocuspocus/server's types) and y-protocols sync steps. */
const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** Close code for a refused update (4000-4999 are the application's). */
export const CLOSE_REFUSED = 4422;

export class RefusedUpdate extends Error {
  readonly code = CLOSE_REFUSED;
  readonly reason: string;
  constructor(problem: string) {
    super(problem);
    // A WebSocket close reason holds at most 123 bytes of UTF-8.
    let reason = `Refused: ${problem}`;
    while (new TextEncoder().encode(reason).length > 123) reason = reason.slice(0, -2) + '…';
    this.reason = reason;
  }
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The shadow copies, one per loaded document, kept in step with it by its own updates. */
const shadows = new WeakMap<Document, { doc: Y.Doc; follow: (update: Uint8Array) => void }>();

function shadowOf(document: Document): Y.Doc {
  const existing = shadows.get(document);
  if (existing) return existing.doc;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(document));
  const follow = (update: Uint8Array) => Y.applyUpdate(doc, update);
  document.on('update', follow);
  shadows.set(document, { doc, follow });
  return doc;
}

/** Throws the shadow away (after a refusal it holds what was refused); the next update rebuilds it from the document. */
function discardShadow(document: Document): void {
  const existing = shadows.get(document);
  if (!existing) return;
  document.off('update', existing.follow);
  existing.doc.destroy();
  shadows.delete(document);
}

/** The Yjs update inside a client message, or null when the message carries none (sync step 1, awareness, …). */
export function updateInMessage(message: Uint8Array): { kind: 'update'; update: Uint8Array } | { kind: 'awareness'; size: number } | null {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type === MESSAGE_AWARENESS) return { kind: 'awareness', size: message.length };
  if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return null;
  const step = decoding.readVarUint(decoder);
  if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return null;
  return { kind: 'update', update: decoding.readVarUint8Array(decoder) };
}

/**
 * What the member's role forbids. Only rules that hold whoever sends the update: a client
 * also relays changes it received from others (after a server crash lost its last seconds, every
 * member re-sends what the server lacks), so "signed by the sender" cannot be required. The
 * owner-only parts are the exception: a coder re-sending the owner's unstored rename is refused
 * until the owner reconnects and sends it themselves.
 */
function roleProblem(name: SyncDocName, member: Member, document: Document, shadow: Y.Doc, changes: ChangedKeys): string | null {
  if (name.kind === 'project') {
    if (member.role !== 'owner') {
      for (const part of OWNER_ONLY_PROJECT_PARTS) if (changes.has(part)) return 'Only the project’s owner changes its name and description.';
      const removed = [...(changes.get(PROJECT.articles) ?? [])].some((key) => key !== null && !shadow.getMap(PROJECT.articles).has(key));
      if (removed) return 'Only the project’s owner removes articles from it.';
    }
  }
  if (name.kind === 'text' && changes.size > 0) {
    const existing = document.getMap(TEXT.body).get('text');
    if (typeof existing === 'string') return 'An article text is written once and never changed.';
    if (typeof shadow.getMap(TEXT.body).get('text') !== 'string') return 'An article text was sent without its text.';
  }
  // Who wrote a note is never rewritten. (A new note signed by someone else is not refused: after the
  // server lost its last seconds of edits, members re-send what they had received from each other.)
  if (name.kind === 'note' && changes.get(NOTE.meta)?.has('createdBy')) {
    const before = document.getMap(NOTE.meta).get('createdBy');
    const after = shadow.getMap(NOTE.meta).get('createdBy');
    if (before !== undefined && before !== after) return 'Who wrote a note cannot be changed.';
  }
  return null;
}

/** Throws RefusedUpdate, in words, unless the message may reach the document. */
export function guardMessage(name: SyncDocName, member: Member, document: Document, message: Uint8Array, readOnly: boolean): void {
  let content: ReturnType<typeof updateInMessage>;
  try {
    content = updateInMessage(message);
  } catch {
    throw new RefusedUpdate('the message could not be read.');
  }
  if (!content) return;
  if (content.kind === 'awareness') {
    if (content.size > MAX_AWARENESS_BYTES) throw new RefusedUpdate(`presence information over ${MAX_AWARENESS_BYTES} bytes.`);
    return;
  }
  const { update } = content;
  // A read-only connection's update is answered "not applied" by Hocuspocus itself; it must not reach the shadow either.
  if (readOnly) return;
  if (update.length > MAX_UPDATE_BYTES) throw new RefusedUpdate(`an update of ${update.length} bytes is over the ${MAX_UPDATE_BYTES}-byte limit.`);
  if (name.kind === 'admin') throw new RefusedUpdate('the project’s administration is not written by clients.');
  try {
    Y.decodeUpdate(update);
  } catch {
    throw new RefusedUpdate('the update is not a Yjs update.');
  }
  const shadow = shadowOf(document);
  let changes: ChangedKeys = new Map();
  const capture = (transaction: Y.Transaction) => {
    changes = changedKeys(transaction);
  };
  shadow.on('afterTransaction', capture);
  try {
    Y.applyUpdate(shadow, update);
  } catch {
    discardShadow(document);
    throw new RefusedUpdate('the update could not be applied.');
  } finally {
    shadow.off('afterTransaction', capture);
  }
  if (changes.size === 0) return;
  const problem =
    validateSyncDoc(name.kind, shadow, changes, name.kind === 'text' ? { fingerprint: name.fingerprint, sha256 } : {}) ??
    roleProblem(name, member, document, shadow, changes);
  if (problem) {
    discardShadow(document);
    throw new RefusedUpdate(problem);
  }
}
