import { describe, expect, it } from 'vitest';
import { accessFor } from '../../src/sync-server/access';
import type { Member, Round } from '../../src/sync-server/admin-doc';
import { configFromEnv } from '../../src/sync-server/config';
import { signToken, verifyToken, type MemberClaims } from '../../src/sync-server/tokens';

const member = (id: string, role: Member['role']): Member => ({ id, name: id, role, tokenVersion: 1, joinedAt: 0, removedAt: null });
const open: Round = { blind: false, startedAt: null, revealedAt: null };
const blind: Round = { blind: true, startedAt: 1, revealedAt: null };
const coderDoc = (memberId: string) => ({ kind: 'coder' as const, projectId: 'p', memberId });
const project = { kind: 'project' as const, projectId: 'p' };

describe('who may open which document', () => {
  it('lets a coder write their own highlights and read another’s outside a blind round', () => {
    expect(accessFor(coderDoc('ann'), member('ann', 'coder'), open)).toEqual({ ok: true, readOnly: false });
    expect(accessFor(coderDoc('ann'), member('ben', 'coder'), open)).toEqual({ ok: true, readOnly: true });
  });

  it('hides other coders’ highlights from coders and viewers in a blind round, not from the owner nor from their coder', () => {
    expect(accessFor(coderDoc('ann'), member('ben', 'coder'), blind).ok).toBe(false);
    expect(accessFor(coderDoc('ann'), member('vera', 'viewer'), blind).ok).toBe(false);
    expect(accessFor(coderDoc('ann'), member('olga', 'owner'), blind)).toEqual({ ok: true, readOnly: true });
    expect(accessFor(coderDoc('ann'), member('ann', 'coder'), blind)).toEqual({ ok: true, readOnly: false });
  });

  it('gives viewers read-only access to everything, and nobody access to the admin document', () => {
    expect(accessFor(project, member('vera', 'viewer'), open)).toEqual({ ok: true, readOnly: true });
    expect(accessFor(project, member('ben', 'coder'), open)).toEqual({ ok: true, readOnly: false });
    expect(accessFor({ kind: 'admin', projectId: 'p' }, member('olga', 'owner'), open).ok).toBe(false);
  });
});

describe('tokens', () => {
  const secret = new TextEncoder().encode('0123456789abcdef0123456789abcdef');
  const claims: MemberClaims = { typ: 'member', pid: 'p', sub: 'ann', tv: 3 };

  it('verifies what it signed, and refuses an invitation offered as a member token', async () => {
    const token = await signToken(secret, claims, 1);
    expect(await verifyToken(secret, token, 'member')).toMatchObject({ ok: true, claims: { pid: 'p', sub: 'ann', tv: 3 } });
    const invitation = await signToken(secret, { typ: 'invite', pid: 'p', role: 'coder', jti: 'i1' }, 1);
    expect(await verifyToken(secret, invitation, 'member')).toEqual({ ok: false, reason: 'This is not a Parallax member token.' });
  });

  it('refuses a token whose signature was tampered with', async () => {
    const token = await signToken(secret, claims, 1);
    const [header, payload, signature] = token.split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: 'olga' })).toString('base64url')}.${signature}`;
    expect(payload).not.toBe(forged.split('.')[1]);
    expect(await verifyToken(secret, forged, 'member')).toEqual({ ok: false, reason: 'The token is not valid for this server.' });
  });
});

describe('the server’s settings', () => {
  it('defaults to 127.0.0.1:1234 and ./sync-data, and explains a bad value', () => {
    expect(configFromEnv({})).toMatchObject({ host: '127.0.0.1', port: 1234, databaseUrl: null, redisUrl: null });
    expect(configFromEnv({}).dataDir.endsWith('sync-data')).toBe(true);
    expect(() => configFromEnv({ PORT: 'http' })).toThrow('PORT must be a port number (0-65535), not “http”.');
    expect(() => configFromEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/only PostgreSQL/);
  });
});
