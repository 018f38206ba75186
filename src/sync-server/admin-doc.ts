/**
 * A project's administrative state: its members and their roles, open invitations and the
 * blind coding round. It is a Yjs document (`<projectId>/admin`) that only the server opens,
 * never a client, so it is stored by the same store as the project (SQLite or PostgreSQL) and
 * reaches every server process through Redis like any document: a member removed on one
 * process is refused on all of them.
 */
import type * as Y from 'yjs';
import { SYNC_ROLES, type SyncRole } from '@shared/sync/project';

/** The roles are the app's too (shared/sync/project.ts): one list. */
export const ROLES = SYNC_ROLES;
export type Role = SyncRole;

export interface Member {
  id: string;
  name: string;
  role: Role;
  /** Bumped on removal: tokens carrying an older version are refused. */
  tokenVersion: number;
  joinedAt: number;
  removedAt: number | null;
}

export interface Invitation {
  id: string;
  role: Role;
  createdAt: number;
  revokedAt: number | null;
}

export interface Round {
  /** While true, coders receive only their own highlights. */
  blind: boolean;
  startedAt: number | null;
  revealedAt: number | null;
}

export interface ProjectAdmin {
  name: string;
  createdAt: number;
  members: Member[];
  invitations: Invitation[];
  round: Round;
}

const info = (doc: Y.Doc) => doc.getMap<unknown>('project');
const members = (doc: Y.Doc) => doc.getMap<Member>('members');
const invitations = (doc: Y.Doc) => doc.getMap<Invitation>('invitations');
const round = (doc: Y.Doc) => doc.getMap<unknown>('round');

export function projectExists(doc: Y.Doc): boolean {
  return typeof info(doc).get('name') === 'string';
}

export function readAdmin(doc: Y.Doc): ProjectAdmin {
  return {
    name: String(info(doc).get('name') ?? ''),
    createdAt: Number(info(doc).get('createdAt') ?? 0),
    members: [...members(doc).values()],
    invitations: [...invitations(doc).values()],
    round: {
      blind: round(doc).get('blind') === true,
      startedAt: (round(doc).get('startedAt') as number | undefined) ?? null,
      revealedAt: (round(doc).get('revealedAt') as number | undefined) ?? null,
    },
  };
}

export function getMember(doc: Y.Doc, memberId: string): Member | undefined {
  return members(doc).get(memberId);
}

export function initProject(doc: Y.Doc, name: string, owner: Member): void {
  doc.transact(() => {
    info(doc).set('name', name);
    info(doc).set('createdAt', owner.joinedAt);
    members(doc).set(owner.id, owner);
    round(doc).set('blind', false);
  });
}

export function putMember(doc: Y.Doc, member: Member): void {
  members(doc).set(member.id, member);
}

export function removeMember(doc: Y.Doc, memberId: string, now: number): Member | null {
  const member = members(doc).get(memberId);
  if (!member || member.removedAt !== null) return null;
  const removed = { ...member, removedAt: now, tokenVersion: member.tokenVersion + 1 };
  members(doc).set(memberId, removed);
  return removed;
}

export function putInvitation(doc: Y.Doc, invitation: Invitation): void {
  invitations(doc).set(invitation.id, invitation);
}

export function getInvitation(doc: Y.Doc, id: string): Invitation | undefined {
  return invitations(doc).get(id);
}

export function setRound(doc: Y.Doc, blind: boolean, now: number): void {
  doc.transact(() => {
    round(doc).set('blind', blind);
    round(doc).set(blind ? 'startedAt' : 'revealedAt', now);
  });
}
