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
    webRequest: { onHeadersReceived: () => undefined, onBeforeRequest: () => undefined },
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
  };
  return {
    app: {
      ...emitter(),
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
    shell: { openExternal: () => undefined },
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

  it('loads the window from app://parallax, a privileged scheme main answers itself, never file://', () => {
    expect(seen.privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(seen.handledSchemes).toContain('app');
    expect(seen.windows[0]?.url).toBe('app://parallax/index.html');
    const mainSources = ['src/main/index.ts', 'src/main/window.ts', 'src/main/files/print-pdf.ts'].map((f) => readFileSync(join(import.meta.dirname, '../..', f), 'utf8'));
    for (const source of mainSources) expect(source).not.toMatch(/loadFile\(|pathToFileURL|['"`]file:\/\//);
  });

  it('opens the window isolated, sandboxed, without Node and without DevTools', () => {
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

  it('answers IPC only for the app’s own page', async () => {
    const answer = await seen.ipc.get('parallax:loadSeeds')!({ senderFrame: { url: 'file:///opt/parallax/resources/app.asar/out/renderer/index.html' } }, undefined);
    expect(answer).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
  });

  it('sets the Electron fuses in the packaging config: no RunAsNode, NODE_OPTIONS or inspect flags; asar only, with integrity checked', () => {
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
  it('pins Electron to an exact 45.x patch no older than 45.6.0, the one the lockfile installs', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const lock = JSON.parse(readFileSync(join(import.meta.dirname, '../../package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> };
    const pinned = pkg.devDependencies.electron!;
    expect(pinned).toMatch(/^45\.\d+\.\d+$/);
    expect(Number(pinned.split('.')[1])).toBeGreaterThanOrEqual(6);
    expect(lock.packages['node_modules/electron']!.version).toBe(pinned);
  });
});
