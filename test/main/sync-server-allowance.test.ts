import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/main/security/content-security-policy';
import { loadSyncServerAllowance } from '../../src/main/security/sync-server-allowance';
import { policyAllowingSyncServer, syncServerOrigins } from '@shared/sync/server-origins';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-allow-'));
  dirs.push(dir);
  return join(dir, 'sync-server.json');
};

describe('the sync server the page may connect to', () => {
  it('allows exactly the named server’s WebSocket and API origins, nothing else', () => {
    expect(syncServerOrigins('wss://sync.example.org/team')).toEqual(['wss://sync.example.org', 'https://sync.example.org']);
    expect(syncServerOrigins('ws://127.0.0.1:1234')).toEqual(['ws://127.0.0.1:1234', 'http://127.0.0.1:1234']);
    const policy = policyAllowingSyncServer(CONTENT_SECURITY_POLICY, syncServerOrigins('ws://127.0.0.1:1234')!);
    expect(policy).toContain("connect-src 'self' ws://127.0.0.1:1234 http://127.0.0.1:1234;");
    expect(policy.replace(/connect-src [^;]*;/, '')).toBe(CONTENT_SECURITY_POLICY.replace(/connect-src [^;]*;/, ''));
  });

  it('refuses addresses that are not plain ws:// or wss:// servers', () => {
    for (const url of ['https://example.org', 'javascript:alert(1)', "ws://a.example; script-src *", 'ws://user:pw@example.org', 'not a url']) {
      expect(syncServerOrigins(url)).toBeNull();
    }
  });

  it('keeps the server across restarts, and ignores a tampered file', () => {
    const file = tempFile();
    loadSyncServerAllowance(file).set(['ws://127.0.0.1:1234', 'http://127.0.0.1:1234']);
    expect(loadSyncServerAllowance(file).origins()).toEqual(['ws://127.0.0.1:1234', 'http://127.0.0.1:1234']);
    writeFileSync(file, JSON.stringify(["'unsafe-inline'", 'https://evil.example']));
    expect(loadSyncServerAllowance(file).origins()).toEqual([]);
    loadSyncServerAllowance(file).set([]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual([]);
  });
});
