/**
 * The server's view of its projects: each project's admin document, held open through a
 * Hocuspocus direct connection for as long as the process runs (so changes made on another
 * process arrive through Redis), and the enforcement that follows from it: whenever a
 * project's members or round change, every open connection to that project is checked again
 * and closed if it is no longer allowed, or allowed differently (a client that reconnects gets
 * the new rights, or a refusal in words).
 */
import type { Hocuspocus } from '@hocuspocus/server';
import type * as Y from 'yjs';
import { ADMIN_CHANGED_SIGNAL } from '@shared/sync/signals';
import { formatDocName, parseDocName } from '@shared/sync/names';
import { accessFor } from './access';
import { getMember, projectExists, readAdmin, type Member } from './admin-doc';

/** The class openDirectConnection returns (the package exports only an interface of that name). */
type DirectConnection = Awaited<ReturnType<Hocuspocus['openDirectConnection']>>;

/** Close code when a member's rights changed (removed, round started): 4000-4999 are the application's. */
export const CLOSE_RIGHTS_CHANGED = 4403;

export interface ConnectionContext {
  projectId: string;
  memberId: string;
}

export class Projects {
  private readonly open = new Map<string, Promise<DirectConnection>>();
  private closed = false;

  constructor(private readonly hocuspocus: Hocuspocus) {}

  /** The project's admin document (empty when there is no such project). */
  async admin(projectId: string): Promise<Y.Doc> {
    if (this.closed) throw new Error('The server is shutting down.');
    let connection = this.open.get(projectId);
    if (!connection) {
      connection = this.hocuspocus.openDirectConnection(formatDocName({ kind: 'admin', projectId }), { server: true }).then((direct) => {
        direct.document?.on('update', () => this.enforce(projectId));
        return direct;
      });
      this.open.set(projectId, connection);
    }
    const direct = await connection;
    if (!direct.document) throw new Error('The project’s administration document is closed.');
    return direct.document;
  }

  /**
   * Whether the project exists. An unknown id's empty document is let go at once, so that asking
   * about random ids cannot fill the server's memory.
   */
  async exists(projectId: string): Promise<boolean> {
    const known = this.open.has(projectId);
    if (projectExists(await this.admin(projectId))) return true;
    if (!known) {
      const connection = this.open.get(projectId);
      this.open.delete(projectId);
      await (await connection)?.disconnect();
    }
    return false;
  }

  /** Runs a change to the admin document and stores it at once. */
  async change(projectId: string, change: (doc: Y.Doc) => void): Promise<void> {
    await this.admin(projectId);
    const direct = await this.open.get(projectId)!;
    await direct.transact((doc) => change(doc));
  }

  /** The member a token names, if they are still in the project. */
  async member(projectId: string, memberId: string): Promise<Member | undefined> {
    return getMember(await this.admin(projectId), memberId);
  }

  /** Closes every connection to the project that its members and round no longer allow as it is. */
  private enforce(projectId: string): void {
    const open = this.open.get(projectId);
    if (!open) return;
    void open.then((direct) => {
      if (!direct.document) return;
      const admin = readAdmin(direct.document);
      // Members learn at once that the round or the members changed (a reveal closes nothing, so they would not notice).
      this.hocuspocus.documents.get(formatDocName({ kind: 'project', projectId }))?.broadcastStateless(ADMIN_CHANGED_SIGNAL);
      for (const document of this.hocuspocus.documents.values()) {
        const name = parseDocName(document.name);
        if (!name.ok || name.value.projectId !== projectId || name.value.kind === 'admin') continue;
        for (const connection of document.getConnections()) {
          const context = connection.context as Partial<ConnectionContext>;
          const member = admin.members.find((candidate) => candidate.id === context.memberId);
          const access = member && member.removedAt === null ? accessFor(name.value, member, admin.round) : null;
          if (!access || !access.ok || access.readOnly !== connection.readOnly) {
            connection.close({ code: CLOSE_RIGHTS_CHANGED, reason: !member || member.removedAt !== null ? 'You were removed from the project.' : 'Your access to this document changed.' });
          }
        }
      }
    });
  }

  /** Lets go of every admin document; after this the server answers no more requests. */
  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.open.values()];
    this.open.clear();
    for (const connection of all) await (await connection).disconnect();
  }
}
