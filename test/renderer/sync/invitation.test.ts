import { describe, expect, it } from 'vitest';
import { apiBaseUrl, formatInvitation, normaliseServerUrl, parseInvitation } from '../../../src/renderer/src/sync/invitation';

const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
const invitation = { serverUrl: 'wss://sync.example.org', projectId: '3f1c2a9e-0b7d-4c1e-9a55-2d1f0e6b8c44', token };

describe('an invitation code', () => {
  it('carries server, project and token through a round trip', () => {
    const code = formatInvitation(invitation);
    expect(code.startsWith('parallax-invite-1:')).toBe(true);
    expect(parseInvitation(`  ${code}\n`)).toEqual({ ok: true, value: invitation });
  });

  it('refuses in words what is not an invitation, or is damaged, without throwing', () => {
    const message = (text: string): string => {
      const parsed = parseInvitation(text);
      return parsed.ok ? 'accepted' : parsed.error.message;
    };
    expect(message('')).toMatch(/Paste the invitation/);
    expect(message('https://example.org')).toMatch(/not a Parallax invitation/);
    expect(message(formatInvitation(invitation).slice(0, 30))).toMatch(/damaged/);
    expect(message('parallax-invite-1:!!!')).toMatch(/damaged/);
    expect(message(formatInvitation({ ...invitation, serverUrl: 'ftp://x.org' }))).toMatch(/ws:\/\/ or wss:\/\/, not ftp:/);
    expect(message(formatInvitation({ ...invitation, projectId: '../admin' }))).toMatch(/does not name a project/);
    expect(message(formatInvitation({ ...invitation, token: 'not-a-token' }))).toMatch(/token is damaged/);
  });

  it('accepts a browser address for the server and finds the admin API beside it', () => {
    expect(normaliseServerUrl('https://sync.example.org/')).toEqual({ ok: true, value: 'wss://sync.example.org' });
    expect(normaliseServerUrl('http://127.0.0.1:1234')).toEqual({ ok: true, value: 'ws://127.0.0.1:1234' });
    expect(normaliseServerUrl('wss://u:p@sync.example.org').ok).toBe(false);
    expect(apiBaseUrl('wss://sync.example.org')).toBe('https://sync.example.org/api');
    expect(apiBaseUrl('ws://127.0.0.1:1234')).toBe('http://127.0.0.1:1234/api');
  });
});
