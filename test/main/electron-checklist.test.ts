/**
 * The Electron security checklist, read from the real configuration: the main process's entry
 * (src/main/index.ts) is started against a recording stand-in for Electron, as a packaged
 * build, and the packaging config is read from package.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const seen = vi.hoisted(() => ({
  privilegedSchemes: [] as unknown[],
  handledSchemes: [] as string[],
  windows: [] as { options: { webPreferences?: Record<string, unknown> }; url?: string }[],
  menus: [] as unknown[],
  ipc: new Map<string, (event: unknown, request: unknown) => Promise<unknown>>(),
  forks: [] as { modulePath: string; options: { execArgv: string[]; env: Record<string, string> } }[],
  appListeners: new Map<string, ((...args: unknown[]) => void)[]>(),
  headerHooks: [] as ((details: { responseHeaders: Record<string, string[]> }, callback: (answer: { responseHeaders: Record<string, string[]> }) => void) => void)[],
  permissionHandlers: [] as ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void)[],
  permissionChecks: [] as (() => boolean)[],
  openedExternally: [] as string[],
}));

vi.mock('electron', () => {
  const emitter = () => ({ on: () => undefined, once: () => undefined });
  class BrowserWindow {
    static getAllWindows = () => [];
    readonly webContents = { send: () => undefined };
    private readonly record: (typeof seen.windows)[number];
    constructor(options: { webPreferences?: Record<string, unknown> }) {
      this.record = { options };
      seen.windows.push(this.record);
    }
    once() {}
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
  }
  const session = {
    webRequest: { onHeadersReceived: (hook: (typeof seen.headerHooks)[number]) => void seen.headerHooks.push(hook), onBeforeRequest: () => undefined },
    setPermissionRequestHandler: (handler: (typeof seen.permissionHandlers)[number]) => void seen.permissionHandlers.push(handler),
    setPermissionCheckHandler: (check: () => boolean) => void seen.permissionChecks.push(check),
  };
  return {
    app: {
      ...emitter(),
      on: (event: string, listener: (...args: unknown[]) => void) => void seen.appListeners.set(event, [...(seen.appListeners.get(event) ?? []), listener]),
      isPackaged: true,
      whenReady: () => Promise.resolve(),
      getVersion: () => '0.1.0',
      getAppPath: () => '/opt/parallax/resources/app.asar',
      getPath: () => '/home/someone/.config/Parallax',
      quit: () => undefined,
    },
    BrowserWindow,
    dialog: {},
    ipcMain: { handle: (channel: string, handler: (event: unknown, request: unknown) => Promise<unknown>) => void seen.ipc.set(channel, handler) },
    Menu: { buildFromTemplate: (template: unknown) => (seen.menus.push(template), template), setApplicationMenu: () => undefined },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void seen.privilegedSchemes.push(...schemes),
      handle: (scheme: string) => void seen.handledSchemes.push(scheme),
    },
    session: { defaultSession: session, fromPartition: () => session },
    shell: { openExternal: (url: string) => void seen.openedExternally.push(url) },
    utilityProcess: {
      fork: (modulePath: string, _args: string[], options: (typeof seen.forks)[number]['options']) => {
        seen.forks.push({ modulePath, options });
        return { on: () => undefined, postMessage: () => undefined, kill: () => true };
      },
    },
  };
});

type Item = { role?: string; submenu?: Item[] };
const roles = (items: Item[]): string[] => items.flatMap((i) => [...(i.role ? [i.role] : []), ...roles(Array.isArray(i.submenu) ? i.submenu : [])]);

describe('the Electron checklist, read from the real main process and packaging config', () => {
  beforeAll(async () => {
    vi.stubGlobal('process', Object.assign(Object.create(process), { resourcesPath: '/opt/parallax/resources' }));
    await import('../../src/main/index');
    await vi.waitFor(() => expect(seen.windows.length).toBeGreaterThan(0));
    vi.unstubAllGlobals();
  });

  it('18. loads the window from app://parallax, a privileged scheme main answers itself, never file://', () => {
    expect(seen.privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(seen.handledSchemes).toContain('app');
    expect(seen.windows[0]?.url).toBe('app://parallax/index.html');
    const mainSources = ['src/main/index.ts', 'src/main/window.ts', 'src/main/files/print-pdf.ts'].map((f) => readFileSync(join(import.meta.dirname, '../..', f), 'utf8'));
    for (const source of mainSources) expect(source).not.toMatch(/loadFile\(|pathToFileURL|['"`]file:\/\//);
  });

  it('2, 3, 4, 6. opens the window isolated, sandboxed, without Node, with web security and without DevTools', () => {
    expect(seen.windows[0]?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
  });

  it('builds a production menu without DevTools', () => {
    expect(seen.menus).toHaveLength(1);
    expect(roles(seen.menus[0] as Item[])).not.toContain('toggleDevTools');
  });

  it('parses untrusted files in a utilityProcess under Node’s permission model, with an empty environment', async () => {
    // The parser process is forked for the first file: hand one over as the window would.
    void seen.ipc.get('parallax:parseBytes')!({ senderFrame: { url: 'app://parallax/index.html' } }, { file: { name: 'a.txt', bytes: new TextEncoder().encode('Hello') } });
    await vi.waitFor(() => expect(seen.forks).toHaveLength(1));
    const [fork] = seen.forks;
    expect(fork!.modulePath).toMatch(/parse-process\.js$/);
    expect(fork!.options.execArgv).toContain('--permission');
    expect(fork!.options.execArgv.filter((a) => a.startsWith('--allow-')).every((a) => a.startsWith('--allow-fs-read='))).toBe(true);
    expect(fork!.options.env).toEqual({});
  });

  it('17. answers IPC only for the app’s own page', async () => {
    const answer = await seen.ipc.get('parallax:loadSeeds')!({ senderFrame: { url: 'file:///opt/parallax/resources/app.asar/out/renderer/index.html' } }, undefined);
    expect(answer).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
  });

  it('19. sets the Electron fuses in the packaging config: no RunAsNode, NODE_OPTIONS or inspect flags; asar only, with integrity checked', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { build: { electronFuses?: Record<string, boolean>; asar?: boolean } };
    expect(pkg.build.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(pkg.build.asar).not.toBe(false);
  });

  // 45.6.0 was the newest 45.x patch on the npm registry when this was written (npm view electron@45 version).
  it('16. pins Electron to an exact 45.x patch no older than 45.6.0, the one the lockfile installs', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const lock = JSON.parse(readFileSync(join(import.meta.dirname, '../../package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> };
    const pinned = pkg.devDependencies.electron!;
    expect(pinned).toMatch(/^45\.\d+\.\d+$/);
    expect(Number(pinned.split('.')[1])).toBeGreaterThanOrEqual(6);
    expect(lock.packages['node_modules/electron']!.version).toBe(pinned);
  });

  // The rest of the Electron security checklist (electronjs.org/docs/latest/tutorial/security),
  // item by item, from what the real main process set up; each test's name starts with its items' numbers.

  /** What a web contents created in the app is made to do (navigation, new windows, webviews). */
  function createdContents() {
    const handlers = new Map<string, (...args: unknown[]) => void>();
    let windowOpen: ((details: { url: string }) => { action: string }) | null = null;
    const contents = {
      on: (event: string, listener: (...args: unknown[]) => void) => void handlers.set(event, listener),
      setWindowOpenHandler: (handler: typeof windowOpen) => void (windowOpen = handler),
    };
    for (const listener of seen.appListeners.get('web-contents-created') ?? []) listener({}, contents);
    return { handlers, windowOpen: (url: string) => windowOpen!({ url }) };
  }
  const prevented = (fire: (event: { preventDefault: () => void }) => void): boolean => {
    let was = false;
    fire({ preventDefault: () => void (was = true) });
    return was;
  };

  it('1. loads only its own content: the window opens app://parallax, and the policy allows scripts from the app alone', () => {
    expect(seen.windows.every((w) => w.url === undefined || w.url.startsWith('app://'))).toBe(true);
    let headers: Record<string, string[]> = {};
    seen.headerHooks[0]!({ responseHeaders: {} }, (answer) => (headers = answer.responseHeaders));
    expect(headers['Content-Security-Policy']![0]).toMatch(/script-src 'self'(;|$)/);
  });

  it('5. refuses every permission request and check in every session', () => {
    expect(seen.permissionHandlers.length).toBeGreaterThan(0);
    for (const handler of seen.permissionHandlers) for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      let granted: boolean | null = null;
      handler({}, permission, (answer) => (granted = answer));
      expect(granted).toBe(false);
    }
    expect(seen.permissionChecks.every((check) => check() === false)).toBe(true);
  });

  it('7. sends a Content-Security-Policy with every response, with no inline or evaluated script', () => {
    let headers: Record<string, string[]> = {};
    seen.headerHooks[0]!({ responseHeaders: { 'Content-Type': ['text/html'] } }, (answer) => (headers = answer.responseHeaders));
    const policy = headers['Content-Security-Policy']![0]!;
    expect(policy).toMatch(/default-src/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(headers['Content-Type']).toEqual(['text/html']);
  });

  it('8, 9, 10. runs no insecure content, no experimental features and no extra Blink features', () => {
    const prefs = seen.windows[0]!.options.webPreferences!;
    expect(prefs.allowRunningInsecureContent ?? false).toBe(false);
    expect(prefs.experimentalFeatures ?? false).toBe(false);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });

  it('11, 12. attaches no <webview> at all, whatever its options', () => {
    expect(seen.windows[0]!.options.webPreferences!.webviewTag).toBe(false);
    const { handlers } = createdContents();
    expect(prevented((event) => handlers.get('will-attach-webview')!(event, {}, { allowpopups: true }))).toBe(true);
  });

  it('13. never navigates away from the app, by a link or a redirect', () => {
    const { handlers } = createdContents();
    expect(prevented((event) => handlers.get('will-navigate')!(event, 'https://example.org/'))).toBe(true);
    expect(prevented((event) => handlers.get('will-redirect')!(event, 'file:///etc/passwd'))).toBe(true);
    expect(prevented((event) => handlers.get('will-navigate')!(event, 'app://parallax/index.html'))).toBe(false);
  });

  it('14, 15. opens no new window; a web link goes to the system browser, and nothing else is opened outside', () => {
    const { windowOpen } = createdContents();
    seen.openedExternally.length = 0;
    expect(windowOpen('https://www.reuters.com/world/')).toEqual({ action: 'deny' });
    expect(windowOpen('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(windowOpen('file:///home/someone/.ssh/id_rsa')).toEqual({ action: 'deny' });
    expect(windowOpen('smb://attacker/share')).toEqual({ action: 'deny' });
    expect(seen.openedExternally).toEqual(['https://www.reuters.com/world/']);
  });

  it('20. exposes no Electron API to the page: the preload hands over named functions only, never ipcRenderer', () => {
    const preload = readFileSync(join(import.meta.dirname, '../../src/preload/index.ts'), 'utf8');
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toMatch(/exposeInMainWorld\('parallax', api\)/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
    expect(preload).not.toMatch(/ipcRenderer\.(send|invoke)\((?!ipcChannel\()/);
  });
});
