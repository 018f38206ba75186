/**
 * The app's one handle on collaboration: which project this corpus is shared as, the engine
 * that keeps it in step, and the actions of File › Share Project…, Join Project… and Project
 * Members…. The UI subscribes to its snapshot; every action answers a Result in words.
 */
import type { ParallaxBridge } from '@shared/bridge';
import { err, ok, type Result } from '@shared/result';
import type { SyncProjectRecord, SyncRole } from '@shared/sync/project';
import type { ParallaxDB } from '../db/schema';
import { forgetSyncProject, readSyncProject, saveSyncProject } from '../db/sync-project';
import { SyncStore } from '../db/sync-store';
import * as api from './api';
import type { OpenDoc } from './connections';
import { SyncEngine } from './engine';
import { formatInvitation, normaliseServerUrl, parseInvitation } from './invitation';
import type { SyncState } from './sync-status';

export interface SyncSnapshot {
  project: SyncProjectRecord | null;
  /** Bumped whenever the engine opens or closes a document (a note's editor may bind now). */
  docsVersion: number;
  state: SyncState | null;
  /** The newest problem sync met, in words (shown until dismissed or superseded). */
  problem: string | null;
}

/** Longest name a person gives themselves or a project (the server's own limit). */
export const MAX_NAME_LENGTH = 200;

export class SyncService {
  private engine: SyncEngine | null = null;
  private snapshot: SyncSnapshot = { project: null, state: null, problem: null, docsVersion: 0 };
  private readonly listeners = new Set<() => void>();
  private readonly store: SyncStore;

  constructor(
    private readonly db: ParallaxDB,
    private readonly bridge: ParallaxBridge,
    private readonly options: { WebSocketPolyfill?: unknown; storeName?: string; reload?: () => void } = {},
  ) {
    this.store = new SyncStore(options.storeName);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SyncSnapshot => this.snapshot;

  private update(patch: Partial<SyncSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** On launch: a shared corpus reconnects by itself. */
  async init(): Promise<void> {
    const project = await readSyncProject(this.db);
    if (project) await this.startEngine(project);
  }

  private async startEngine(project: SyncProjectRecord): Promise<void> {
    await this.engine?.stop();
    this.update({ project, problem: null });
    const engine = new SyncEngine({
      db: this.db,
      store: this.store,
      project,
      WebSocketPolyfill: this.options.WebSocketPolyfill,
      onState: (state) => this.update({ state }),
      onProblem: (problem) => this.update({ problem }),
      onDocsChanged: () => this.update({ docsVersion: this.snapshot.docsVersion + 1 }),
      onProjectInfo: (info) => {
        const next: SyncProjectRecord = { ...(this.snapshot.project ?? project), members: info.members, round: info.round, projectName: info.name, role: info.you.role };
        this.update({ project: next });
        void saveSyncProject(this.db, next);
      },
    });
    this.engine = engine;
    this.update({ state: engine.syncState });
    await engine.start();
  }

  /**
   * In the desktop app the page may connect only where its CSP allows: naming a new server
   * widens it by that server alone, and the page reloads so the new policy applies.
   */
  private async allowServer(serverUrl: string | null): Promise<Result<boolean>> {
    const allowed = await this.bridge.allowSyncServer({ url: serverUrl });
    if (!allowed.ok) return allowed;
    return ok(true);
  }

  /** File › Share Project…: makes a project of this corpus on the named server; the caller becomes its owner. */
  async share(input: { serverUrl: string; adminKey: string; projectName: string; memberName: string }): Promise<Result<SyncProjectRecord>> {
    if (this.snapshot.project) return err({ code: 'sync/already', message: `This corpus is already shared as “${this.snapshot.project.projectName}”.` });
    const server = normaliseServerUrl(input.serverUrl);
    if (!server.ok) return server;
    const projectName = input.projectName.trim();
    const memberName = input.memberName.trim();
    if (!projectName || projectName.length > MAX_NAME_LENGTH) return err({ code: 'sync/name', message: `Give the project a name (up to ${MAX_NAME_LENGTH} characters).` });
    if (!memberName || memberName.length > MAX_NAME_LENGTH) return err({ code: 'sync/name', message: `Give your name as the team will see it (up to ${MAX_NAME_LENGTH} characters).` });
    if (!input.adminKey.trim()) return err({ code: 'sync/admin-key', message: 'Paste the server’s admin key: it is in the server’s data folder, in the file admin-key.' });
    const allowed = await this.allowServer(server.value);
    if (!allowed.ok) return allowed;
    const grant = await api.createProject(server.value, input.adminKey, projectName, memberName);
    if (!grant.ok) return grant;
    return this.adopt(server.value, grant.value, projectName, memberName);
  }

  /** File › Join Project…: takes an invitation; this corpus's articles and coding join the project. */
  async join(input: { invitation: string; memberName: string }): Promise<Result<SyncProjectRecord>> {
    if (this.snapshot.project) return err({ code: 'sync/already', message: `This corpus is already part of “${this.snapshot.project.projectName}”: leave it first.` });
    const invitation = parseInvitation(input.invitation);
    if (!invitation.ok) return invitation;
    const memberName = input.memberName.trim();
    if (!memberName || memberName.length > MAX_NAME_LENGTH) return err({ code: 'sync/name', message: `Give your name as the team will see it (up to ${MAX_NAME_LENGTH} characters).` });
    const allowed = await this.allowServer(invitation.value.serverUrl);
    if (!allowed.ok) return allowed;
    const grant = await api.joinProject(invitation.value.serverUrl, invitation.value.projectId, invitation.value.token, memberName);
    if (!grant.ok) return grant;
    const info = await api.projectInfo(invitation.value.serverUrl, grant.value.projectId, grant.value.token);
    return this.adopt(invitation.value.serverUrl, grant.value, info.ok ? info.value.name : 'Shared project', memberName);
  }

  private async adopt(serverUrl: string, grant: api.MemberGrant, projectName: string, memberName: string): Promise<Result<SyncProjectRecord>> {
    const project: SyncProjectRecord = {
      serverUrl,
      projectId: grant.projectId,
      projectName,
      memberId: grant.memberId,
      memberName,
      role: grant.role,
      token: grant.token,
      members: [],
      round: { blind: false, startedAt: null, revealedAt: null },
      joinedAt: Date.now(),
    };
    await saveSyncProject(this.db, project);
    if (this.options.reload) {
      // The desktop page reloads to take the widened CSP; init() then reconnects.
      this.options.reload();
      return ok(project);
    }
    await this.startEngine(project);
    return ok(project);
  }

  /** An invitation code for `role` (owner only), to pass to a team member. */
  async invite(role: SyncRole): Promise<Result<string>> {
    const project = this.snapshot.project;
    if (!project) return err({ code: 'sync/none', message: 'This corpus is not shared yet: File › Share Project… first.' });
    if (project.role !== 'owner') return err({ code: 'sync/not-owner', message: 'Only the project’s owner invites people.' });
    const token = await api.createInvitation(project.serverUrl, project.projectId, project.token, role);
    if (!token.ok) return token;
    return ok(formatInvitation({ serverUrl: project.serverUrl, projectId: project.projectId, token: token.value }));
  }

  async setRound(action: 'start' | 'reveal'): Promise<Result<true>> {
    const project = this.snapshot.project;
    if (!project) return err({ code: 'sync/none', message: 'This corpus is not shared.' });
    const round = await api.setRound(project.serverUrl, project.projectId, project.token, action);
    if (!round.ok) return round;
    const next = { ...project, round: round.value };
    this.update({ project: next });
    await saveSyncProject(this.db, next);
    return ok(true);
  }

  async removeMember(memberId: string): Promise<Result<true>> {
    const project = this.snapshot.project;
    if (!project) return err({ code: 'sync/none', message: 'This corpus is not shared.' });
    return api.removeMember(project.serverUrl, project.projectId, project.token, memberId);
  }

  /**
   * Leaves the project (a member) or stops sharing it on this device (the owner): the corpus stays
   * as it is, a plain local corpus again, with every article, highlight and note.
   */
  async leave(): Promise<Result<true>> {
    const project = this.snapshot.project;
    if (!project) return ok(true);
    if (project.role !== 'owner') {
      const removed = await api.removeMember(project.serverUrl, project.projectId, project.token, project.memberId);
      if (!removed.ok && removed.error.code !== 'sync/unreachable' && removed.error.code !== 'sync/revoked') return removed;
    }
    await this.engine?.stop();
    this.engine = null;
    await forgetSyncProject(this.db);
    await this.store.forgetProject(project.projectId);
    await this.allowServer(null);
    this.update({ project: null, state: null, problem: null });
    return ok(true);
  }

  /** A shared note's open document, for its live editor; null in a local corpus or before it opens. */
  noteDoc(noteId: string): OpenDoc | null {
    return this.engine?.noteDoc(noteId) ?? null;
  }

  /** Resolves once everything queued has been sent and applied (tests; "Sync now"). */
  async settled(): Promise<void> {
    await this.engine?.whenSettled();
  }

  async stop(): Promise<void> {
    await this.engine?.stop();
    this.engine = null;
  }
}
