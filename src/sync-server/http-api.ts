/**
 * The admin API, on the same port as the WebSocket (Hocuspocus's onRequest hook), JSON in and
 * out, errors as { error: { code, message } } with the message in words. See the README's
 * "Running a sync server" for the full list. Tokens go in `Authorization: Bearer …`.
 */
import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isSyncId } from '@shared/sync/fields';
import {
  getInvitation, initProject, putInvitation, putMember, readAdmin, removeMember, ROLES, setRound, type Member, type Role,
} from './admin-doc';
import { MAX_API_BODY_BYTES } from './limits';
import type { Projects } from './projects';
import { INVITATION_DAYS, MEMBER_TOKEN_DAYS, signToken, verifyToken, type InviteClaims, type MemberClaims } from './tokens';

export interface ApiDeps {
  projects: Projects;
  tokenSecret: Uint8Array;
  adminKey: string;
  now?: () => number;
}

/**
 * The app calls the API from its renderer (another origin: the app's page, or the browser's in web
 * mode), so the API answers cross-origin requests. Any origin is safe here: access rests on bearer
 * tokens the caller must hold, never on cookies or other ambient credentials.
 */
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
};
/** Browsers may reuse a preflight answer for ten minutes. */
const PREFLIGHT_CACHE_SECONDS = 600;

class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_API_BODY_BYTES) throw new ApiError(413, 'too-large', `The request is over ${MAX_API_BODY_BYTES} bytes.`);
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new ApiError(400, 'bad-json', 'The request body is not a JSON object.');
}

function bearer(request: IncomingMessage): string {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new ApiError(401, 'no-token', 'The request carries no token (Authorization: Bearer …).');
  return match[1]!;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function nameFrom(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value.trim() === '' || value.length > 200) throw new ApiError(400, 'bad-name', `“${field}” must be a name of 1 to 200 characters.`);
  return value.trim();
}

function roleFrom(body: Record<string, unknown>): Role {
  const role = body.role;
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) throw new ApiError(400, 'bad-role', 'The role must be owner, coder or viewer.');
  return role as Role;
}

export function createApi(deps: ApiDeps) {
  const now = deps.now ?? Date.now;
  const { projects, tokenSecret } = deps;

  /** The member a request's token names, checked against the project as it is now. */
  async function caller(request: IncomingMessage, projectId: string, needOwner: boolean): Promise<Member> {
    const check = await verifyToken<MemberClaims>(tokenSecret, bearer(request), 'member');
    if (!check.ok) throw new ApiError(401, 'bad-token', check.reason);
    if (check.claims.pid !== projectId) throw new ApiError(403, 'wrong-project', 'The token is for another project.');
    const member = await projects.member(projectId, check.claims.sub);
    if (!member || member.removedAt !== null || member.tokenVersion !== check.claims.tv) throw new ApiError(403, 'revoked', 'This token no longer gives access to the project.');
    if (needOwner && member.role !== 'owner') throw new ApiError(403, 'not-owner', 'Only the project’s owner can do this.');
    return member;
  }

  const memberToken = (projectId: string, member: Member) =>
    signToken(tokenSecret, { typ: 'member', pid: projectId, sub: member.id, tv: member.tokenVersion }, MEMBER_TOKEN_DAYS);

  async function createProject(request: IncomingMessage, body: Record<string, unknown>) {
    if (!sameSecret(bearer(request), deps.adminKey)) throw new ApiError(403, 'not-admin', 'Creating a project needs the server’s admin key (DATA_DIR/admin-key).');
    const projectId = randomUUID();
    const owner: Member = { id: randomUUID(), name: nameFrom(body, 'ownerName'), role: 'owner', tokenVersion: 1, joinedAt: now(), removedAt: null };
    await projects.change(projectId, (doc) => initProject(doc, nameFrom(body, 'name'), owner));
    return { status: 201, body: { projectId, memberId: owner.id, role: owner.role, token: await memberToken(projectId, owner) } };
  }

  async function invite(request: IncomingMessage, projectId: string, body: Record<string, unknown>) {
    await caller(request, projectId, true);
    const role = roleFrom(body);
    const days = body.expiresInDays === undefined ? INVITATION_DAYS : Number(body.expiresInDays);
    if (!Number.isInteger(days) || days < 1 || days > 365) throw new ApiError(400, 'bad-expiry', 'expiresInDays must be a whole number of days, 1 to 365.');
    const id = randomUUID();
    await projects.change(projectId, (doc) => putInvitation(doc, { id, role, createdAt: now(), revokedAt: null }));
    const token = await signToken(tokenSecret, { typ: 'invite', pid: projectId, role, jti: id }, days);
    return { status: 201, body: { invitationId: id, role, token } };
  }

  async function join(projectId: string, body: Record<string, unknown>) {
    const invitation = body.invitation;
    if (typeof invitation !== 'string') throw new ApiError(400, 'no-invitation', 'The request carries no invitation.');
    const check = await verifyToken<InviteClaims>(tokenSecret, invitation, 'invite');
    if (!check.ok) throw new ApiError(401, 'bad-invitation', check.reason);
    if (check.claims.pid !== projectId) throw new ApiError(403, 'wrong-project', 'The invitation is for another project.');
    const stored = getInvitation(await projects.admin(projectId), check.claims.jti);
    if (!stored || stored.revokedAt !== null) throw new ApiError(403, 'revoked', 'The owner has withdrawn this invitation.');
    const member: Member = { id: randomUUID(), name: nameFrom(body, 'name'), role: stored.role, tokenVersion: 1, joinedAt: now(), removedAt: null };
    await projects.change(projectId, (doc) => putMember(doc, member));
    return { status: 201, body: { projectId, memberId: member.id, role: member.role, token: await memberToken(projectId, member) } };
  }

  async function route(request: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const parts = url.pathname.split('/').filter(Boolean);
    const method = request.method ?? 'GET';
    if (parts[0] !== 'api') throw new ApiError(404, 'not-found', 'There is nothing at this address.');
    if (parts.length === 1 && method === 'GET') return { status: 200, body: { server: 'parallax-sync', version: 1 } };
    if (parts[1] !== 'projects') throw new ApiError(404, 'not-found', 'There is nothing at this address.');
    if (parts.length === 2 && method === 'POST') return createProject(request, await readJson(request));
    const projectId = parts[2] ?? '';
    if (!isSyncId(projectId)) throw new ApiError(404, 'not-found', 'There is no such project.');
    if (!(await projects.exists(projectId))) throw new ApiError(404, 'not-found', 'There is no such project on this server.');
    const rest = parts.slice(3);
    if (rest.length === 0 && method === 'GET') {
      const you = await caller(request, projectId, false);
      const admin = readAdmin(await projects.admin(projectId));
      const members = admin.members.map(({ id, name, role, joinedAt, removedAt }) => ({ id, name, role, joinedAt, removedAt }));
      return { status: 200, body: { projectId, name: admin.name, createdAt: admin.createdAt, round: admin.round, members, you: { memberId: you.id, role: you.role } } };
    }
    if (rest[0] === 'invitations' && rest.length === 1 && method === 'POST') return invite(request, projectId, await readJson(request));
    if (rest[0] === 'invitations' && rest.length === 2 && method === 'DELETE') {
      await caller(request, projectId, true);
      const id = rest[1]!;
      const stored = getInvitation(await projects.admin(projectId), id);
      if (!stored) throw new ApiError(404, 'not-found', 'There is no such invitation.');
      await projects.change(projectId, (doc) => putInvitation(doc, { ...stored, revokedAt: stored.revokedAt ?? now() }));
      return { status: 200, body: { invitationId: id, revoked: true } };
    }
    if (rest[0] === 'join' && rest.length === 1 && method === 'POST') return join(projectId, await readJson(request));
    if (rest[0] === 'members' && rest.length === 2 && method === 'DELETE') {
      // The owner removes members; any other member may remove themselves (leaving the project).
      const memberId = rest[1]!;
      const you = await caller(request, projectId, false);
      if (memberId === you.id && you.role === 'owner') throw new ApiError(400, 'self', 'The owner cannot leave their own project.');
      if (memberId !== you.id && you.role !== 'owner') throw new ApiError(403, 'not-owner', 'Only the project’s owner can do this.');
      let removed = false;
      await projects.change(projectId, (doc) => {
        removed = removeMember(doc, memberId, now()) !== null;
      });
      if (!removed) throw new ApiError(404, 'not-found', 'There is no such member in the project.');
      return { status: 200, body: { memberId, removed: true } };
    }
    if (rest[0] === 'round' && rest.length === 1 && method === 'POST') {
      await caller(request, projectId, true);
      const action = (await readJson(request)).action;
      if (action !== 'start' && action !== 'reveal') throw new ApiError(400, 'bad-action', 'The action must be “start” (a blind round) or “reveal”.');
      await projects.change(projectId, (doc) => setRound(doc, action === 'start', now()));
      return { status: 200, body: { round: readAdmin(await projects.admin(projectId)).round } };
    }
    throw new ApiError(404, 'not-found', 'There is nothing at this address.');
  }

  return async function handle(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    if (!(request.url ?? '').startsWith('/api')) return false;
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { ...CORS_HEADERS, 'Access-Control-Max-Age': String(PREFLIGHT_CACHE_SECONDS) });
      response.end();
      return true;
    }
    let status: number;
    let body: unknown;
    try {
      ({ status, body } = await route(request));
    } catch (error) {
      if (error instanceof ApiError) {
        status = error.status;
        body = { error: { code: error.code, message: error.message } };
      } else {
        status = 500;
        body = { error: { code: 'server-error', message: 'The server could not do this; its log says why.' } };
        console.error(error);
      }
    }
    response.writeHead(status, { ...CORS_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(JSON.stringify(body));
    return true;
  };
}
