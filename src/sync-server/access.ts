/**
 * Who may open which document, and how: the server's one rule book, pure so it is tested
 * directly. Roles: an owner does everything; a coder reads everything (except, in a blind
 * round, other coders' highlights) and writes their own highlights, the notes, the codebook,
 * the manifest, corrections and page furniture; a viewer reads only (and, in a blind round,
 * no coder's highlights).
 */
import type { SyncDocName } from '@shared/sync/names';
import type { Member, Round } from './admin-doc';

export type Access = { ok: true; readOnly: boolean } | { ok: false; reason: string };

export function accessFor(name: SyncDocName, member: Member, round: Round): Access {
  if (name.kind === 'admin') return { ok: false, reason: 'The project’s administration is the server’s own; use the admin API.' };
  if (name.kind === 'coder') {
    const own = name.memberId === member.id;
    if (round.blind && !own && member.role !== 'owner') {
      return { ok: false, reason: 'A blind coding round is on: other coders’ highlights are hidden until the owner reveals them.' };
    }
    return { ok: true, readOnly: !own || member.role === 'viewer' };
  }
  // Article texts are written once by whoever shares the article, then read by all.
  return { ok: true, readOnly: member.role === 'viewer' };
}

/** Parts of the project document only the owner changes. */
export const OWNER_ONLY_PROJECT_PARTS: readonly string[] = ['corpus'];
