/**
 * Signed tokens (JWT, HS256, with jose). Two kinds:
 * - an invitation: `{ typ: 'invite', pid, role, jti }`, what the owner hands out; presented once
 *   to /join, which makes a member;
 * - a member token: `{ typ: 'member', pid, sub: memberId, tv }`, what a client connects with.
 *   `tv` (token version) is the member's current version in the project's admin document:
 *   removing a member bumps it, so every token they hold stops working at once.
 * A token only says who someone is; what they may do is read from the project at each check.
 */
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Role } from './admin-doc';

const ISSUER = 'parallax-sync';
/** Member tokens last a year: a team's study; the owner can remove a member at any time. */
export const MEMBER_TOKEN_DAYS = 365;
/** Invitations last two weeks unless the owner says otherwise. */
export const INVITATION_DAYS = 14;

export interface MemberClaims {
  typ: 'member';
  pid: string;
  sub: string;
  tv: number;
}

export interface InviteClaims {
  typ: 'invite';
  pid: string;
  role: Role;
  jti: string;
}

export async function signToken(secret: Uint8Array, claims: MemberClaims | InviteClaims, days: number): Promise<string> {
  const { sub, jti, ...rest } = claims as Partial<MemberClaims> & Partial<InviteClaims>;
  let jwt = new SignJWT(rest as Record<string, unknown>).setProtectedHeader({ alg: 'HS256' }).setIssuer(ISSUER).setIssuedAt().setExpirationTime(`${days}d`);
  if (sub) jwt = jwt.setSubject(sub);
  if (jti) jwt = jwt.setJti(jti);
  return jwt.sign(secret);
}

export type TokenCheck<T> = { ok: true; claims: T } | { ok: false; reason: string };

export async function verifyToken<T extends MemberClaims | InviteClaims>(secret: Uint8Array, token: string, typ: T['typ']): Promise<TokenCheck<T>> {
  try {
    const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, algorithms: ['HS256'] });
    if (payload.typ !== typ || typeof payload.pid !== 'string') return { ok: false, reason: 'This is not a Parallax ' + (typ === 'member' ? 'member token.' : 'invitation.') };
    return { ok: true, claims: payload as unknown as T };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: typ === 'member' ? 'The token has expired.' : 'The invitation has expired.' };
    return { ok: false, reason: 'The token is not valid for this server.' };
  }
}
