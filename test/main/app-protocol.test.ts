import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES, createAppProtocolHandler, resolveAppPath } from '../../src/main/security/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../src/main/security/content-security-policy';
import { createSenderCheck } from '../../src/main/security/sender-check';

describe('the app:// scheme’s path resolution', () => {
  const root = '/opt/parallax/out/renderer';

  it('maps the entry page and the app’s assets to files inside the renderer folder', () => {
    expect(resolveAppPath(root, APP_ENTRY_URL)).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://parallax/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://parallax/assets/index-abc.js?v=1#x')).toBe(join(root, 'assets/index-abc.js'));
    expect(resolveAppPath(root, 'app://parallax/assets/Source%20Serif.woff2')).toBe(join(root, 'assets/Source Serif.woff2'));
  });

  it('refuses every path that climbs out of the folder, however it is spelled', () => {
    for (const url of [
      'app://parallax/../../etc/passwd',
      'app://parallax/%2e%2e/%2e%2e/etc/passwd',
      'app://parallax/assets/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://parallax/%2E%2E%5C%2E%2E%5Cwindows%5Cwin.ini',
      'app://parallax/assets/..\\..\\secret',
      'app://parallax/index.html%00.png',
      'app://parallax/%E0%A4%A',
      'app://parallax/..',
      'app://parallax//etc/passwd/..%2F..%2F..%2F..',
    ]) {
      const resolved = resolveAppPath(root, url);
      expect(resolved === null || resolved.startsWith(`${root}/`), url).toBe(true);
    }
    // The URL parser itself folds dot segments at the root: what is left is a name inside the folder.
    expect(resolveAppPath(root, 'app://parallax/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc/passwd'));
    expect(resolveAppPath(root, 'app://parallax/assets/..%2F..%2F..%2Fetc%2Fpasswd')).toBeNull();
    expect(resolveAppPath(root, 'app://parallax/index.html%00.png')).toBeNull();
  });

  it('refuses another host or another scheme', () => {
    expect(resolveAppPath(root, 'app://evil/index.html')).toBeNull();
    expect(resolveAppPath(root, 'file:///opt/parallax/out/renderer/index.html')).toBeNull();
    expect(resolveAppPath(root, 'not a url')).toBeNull();
  });

  it('is registered as a standard, secure scheme that does not bypass the page’s policy', () => {
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
  });
});

describe('the app:// handler', () => {
  let base: string;
  let root: string;
  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'parallax-app-scheme-'));
    root = join(base, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Parallax</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(base, 'secret.txt'), 'the user’s private notes');
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  it('serves the app’s files with their type, the content security policy and nosniff', async () => {
    const handle = createAppProtocolHandler(root, CONTENT_SECURITY_POLICY);
    const page = await handle(new Request(APP_ENTRY_URL));
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<!doctype html><title>Parallax</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await handle(new Request('app://parallax/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404, not the file, for a file beside the folder reached by traversal', async () => {
    const handle = createAppProtocolHandler(root, CONTENT_SECURITY_POLICY);
    for (const url of ['app://parallax/%2e%2e/secret.txt', 'app://parallax/assets/..%2f..%2fsecret.txt', 'app://parallax/assets/..%5c..%5csecret.txt', 'app://parallax/missing.js']) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('private');
    }
  });

  it('refuses anything but reading', async () => {
    const handle = createAppProtocolHandler(root, CONTENT_SECURITY_POLICY);
    expect((await handle(new Request(APP_ENTRY_URL, { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});

describe('the IPC sender check with the app scheme', () => {
  it('trusts app://parallax and nothing else that has no web origin', () => {
    const isTrusted = createSenderCheck(APP_ENTRY_URL);
    expect(isTrusted('app://parallax/index.html')).toBe(true);
    expect(isTrusted('app://parallax/index.html#/article/1')).toBe(true);
    for (const url of ['app://evil/index.html', 'other://parallax/index.html', 'file:///opt/parallax/out/renderer/index.html', 'https://parallax/', 'about:blank']) {
      expect(isTrusted(url), url).toBe(false);
    }
  });
});
