/**
 * A shared project as one device knows it: which server, which project, who this device's
 * user is there, and what the server last said about its members and the coding round. The app
 * keeps it in the corpus's meta table under SYNC_PROJECT_KEY; a plain local corpus has none.
 */

export const SYNC_ROLES = ['owner', 'coder', 'viewer'] as const;
export type SyncRole = (typeof SYNC_ROLES)[number];

export interface SyncMember {
  id: string;
  name: string;
  role: SyncRole;
  joinedAt: number;
  removedAt: number | null;
}

export interface SyncRound {
  /** While true, coders receive only their own highlights (the owner sees all). */
  blind: boolean;
  startedAt: number | null;
  revealedAt: number | null;
}

export interface SyncProjectRecord {
  /** The server's WebSocket address (ws:// or wss://), as normalised by the invitation code. */
  serverUrl: string;
  projectId: string;
  projectName: string;
  /** This device's user in the project: their highlights are the coder document of this id. */
  memberId: string;
  memberName: string;
  role: SyncRole;
  /** The member token the server issued (Bearer for the API, the Hocuspocus token for documents). */
  token: string;
  members: SyncMember[];
  round: SyncRound;
  joinedAt: number;
}

export const SYNC_PROJECT_KEY = 'sync-project';

/** Stands for this device's user when the corpus is not (or not yet) shared. */
export const LOCAL_CODER = 'this-device';

/** This device's user as a coder: their member id in a shared project, else LOCAL_CODER. */
export function ownCoder(project: Pick<SyncProjectRecord, 'memberId'> | null): string {
  return project?.memberId ?? LOCAL_CODER;
}

/** A highlight's coder: its `coderId` (another member's), or this device's user when it has none. */
export function coderOf(highlight: { coderId?: string }, project: Pick<SyncProjectRecord, 'memberId'> | null): string {
  return highlight.coderId ?? ownCoder(project);
}
