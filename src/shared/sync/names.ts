/**
 * How a shared project's Yjs documents are named on the sync server. One name says which
 * project a document belongs to and what kind it is, so the server can decide who may open it
 * from the name alone, before it loads anything:
 *
 *   <projectId>/project            corpus metadata, article manifest, corrections, furniture, codebook
 *   <projectId>/coder/<memberId>   one coder's highlights (withheld from other coders in a blind round)
 *   <projectId>/note/<noteId>      one note (Lexical's own Yjs binding)
 *   <projectId>/text/<fingerprint> one article's text, written once, addressed by its SHA-256
 *   <projectId>/admin              members, roles, invitations, the blind round: the server's own, never a client's
 */
import { err, ok, type Result } from '../result';
import { isFingerprint, isSyncId } from './fields';

export type SyncDocName =
  | { kind: 'project'; projectId: string }
  | { kind: 'coder'; projectId: string; memberId: string }
  | { kind: 'note'; projectId: string; noteId: string }
  | { kind: 'text'; projectId: string; fingerprint: string }
  | { kind: 'admin'; projectId: string };

export type SyncDocKind = SyncDocName['kind'];

export function formatDocName(name: SyncDocName): string {
  switch (name.kind) {
    case 'project':
      return `${name.projectId}/project`;
    case 'admin':
      return `${name.projectId}/admin`;
    case 'coder':
      return `${name.projectId}/coder/${name.memberId}`;
    case 'note':
      return `${name.projectId}/note/${name.noteId}`;
    case 'text':
      return `${name.projectId}/text/${name.fingerprint}`;
  }
}

/** Reads a document name a peer sent; anything that is not exactly one of the shapes above is refused. */
export function parseDocName(raw: string): Result<SyncDocName> {
  const bad = err({ code: 'bad-document-name', message: `“${raw.slice(0, 80)}” is not the name of a Parallax project document.` });
  const parts = raw.split('/');
  const [projectId, kind, key] = parts;
  if (projectId === undefined || !isSyncId(projectId)) return bad;
  if (parts.length === 2 && kind === 'project') return ok({ kind: 'project', projectId });
  if (parts.length === 2 && kind === 'admin') return ok({ kind: 'admin', projectId });
  if (parts.length !== 3 || key === undefined) return bad;
  if (kind === 'coder' && isSyncId(key)) return ok({ kind: 'coder', projectId, memberId: key });
  if (kind === 'note' && isSyncId(key)) return ok({ kind: 'note', projectId, noteId: key });
  if (kind === 'text' && isFingerprint(key)) return ok({ kind: 'text', projectId, fingerprint: key });
  return bad;
}
