/**
 * The sync server's admin API (src/sync-server/http-api.ts), as the app calls it: every answer
 * is a Result whose error is in words, whether the server refused (its own message), could not
 * be reached, or answered something that is not the Parallax sync server.
 */
import { err, ok, type Result } from '@shared/result';
import { SYNC_ROLES, type SyncMember, type SyncRole, type SyncRound } from '@shared/sync/project';
import { apiBaseUrl } from './invitation';

/** A server that does not answer in this long is treated as unreachable (the request is abandoned). */
export const API_TIMEOUT_MS = 15_000;

export interface MemberGrant {
  projectId: string;
  memberId: string;
  role: SyncRole;
  token: string;
}

export interface ProjectInfo {
  projectId: string;
  name: string;
  createdAt: number;
  round: SyncRound;
  members: SyncMember[];
  you: { memberId: string; role: SyncRole };
}

type Json = Record<string, unknown>;

async function call(serverUrl: string, method: string, path: string, token: string | null, body?: Json): Promise<Result<Json>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), API_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(`${apiBaseUrl(serverUrl)}${path}`, {
      method,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: controller.signal,
    });
  } catch {
    return err({ code: 'sync/unreachable', message: `The sync server at ${serverUrl} cannot be reached: check the address and that the server is running.` });
  } finally {
    clearTimeout(timer);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    json = null;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return err({ code: 'sync/not-a-server', message: `${serverUrl} answered, but not as a Parallax sync server (HTTP ${response.status}).` });
  }
  const answer = json as Json;
  if (!response.ok) {
    const error = answer.error as { code?: unknown; message?: unknown } | undefined;
    const message = typeof error?.message === 'string' ? error.message : `The server refused (HTTP ${response.status}).`;
    return err({ code: `sync/${typeof error?.code === 'string' ? error.code : response.status}`, message });
  }
  return ok(answer);
}

function grantFrom(answer: Json): Result<MemberGrant> {
  const { projectId, memberId, role, token } = answer;
  if (typeof projectId !== 'string' || typeof memberId !== 'string' || typeof token !== 'string' || !(SYNC_ROLES as readonly unknown[]).includes(role)) {
    return err({ code: 'sync/not-a-server', message: 'The server’s answer is missing the project, member or token.' });
  }
  return ok({ projectId, memberId, role: role as SyncRole, token });
}

/** Makes a project on the server (needs the server's admin key, DATA_DIR/admin-key): the caller becomes its owner. */
export async function createProject(serverUrl: string, adminKey: string, name: string, ownerName: string): Promise<Result<MemberGrant>> {
  const answer = await call(serverUrl, 'POST', '/projects', adminKey.trim(), { name, ownerName });
  return answer.ok ? grantFrom(answer.value) : answer;
}

/** An invitation token for `role` (owner only). */
export async function createInvitation(serverUrl: string, projectId: string, token: string, role: SyncRole): Promise<Result<string>> {
  const answer = await call(serverUrl, 'POST', `/projects/${projectId}/invitations`, token, { role });
  if (!answer.ok) return answer;
  return typeof answer.value.token === 'string' ? ok(answer.value.token) : err({ code: 'sync/not-a-server', message: 'The server’s answer has no invitation.' });
}

export async function joinProject(serverUrl: string, projectId: string, invitation: string, name: string): Promise<Result<MemberGrant>> {
  const answer = await call(serverUrl, 'POST', `/projects/${projectId}/join`, null, { invitation, name });
  return answer.ok ? grantFrom(answer.value) : answer;
}

export async function projectInfo(serverUrl: string, projectId: string, token: string): Promise<Result<ProjectInfo>> {
  const answer = await call(serverUrl, 'GET', `/projects/${projectId}`, token);
  if (!answer.ok) return answer;
  const value = answer.value;
  if (!Array.isArray(value.members) || typeof value.round !== 'object' || value.round === null) {
    return err({ code: 'sync/not-a-server', message: 'The server’s answer about the project is incomplete.' });
  }
  return ok(value as unknown as ProjectInfo);
}

/** The owner removes a member, or a member removes themselves (leaving). */
export async function removeMember(serverUrl: string, projectId: string, token: string, memberId: string): Promise<Result<true>> {
  const answer = await call(serverUrl, 'DELETE', `/projects/${projectId}/members/${memberId}`, token);
  return answer.ok ? ok(true) : answer;
}

/** Starts a blind coding round, or reveals (owner only). */
export async function setRound(serverUrl: string, projectId: string, token: string, action: 'start' | 'reveal'): Promise<Result<SyncRound>> {
  const answer = await call(serverUrl, 'POST', `/projects/${projectId}/round`, token, { action });
  if (!answer.ok) return answer;
  return ok(answer.value.round as SyncRound);
}
