import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../src/main/menu';
import { CONTENT_SECURITY_POLICY, developmentPolicy } from '../../src/main/security/content-security-policy';
import { denyNavigationAndPopups, hardenSession } from '../../src/main/security/harden-session';
import { createMainWindow } from '../../src/main/window';

const constructed: { webPreferences?: Record<string, unknown> }[] = [];
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: { webPreferences?: Record<string, unknown> }) {
      constructed.push(options);
    }
    once() {}
    loadURL() {
      return Promise.resolve();
    }
  },
}));

describe('the window’s security', () => {
  it('isolates the renderer: context isolation, sandbox, no Node, no webview', () => {
    createMainWindow('/app/preload/index.cjs', 'file:///app/index.html');
    const prefs = constructed.at(-1)?.webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('has no DevTools in the app people install, and has them in a development build', () => {
    createMainWindow('/app/preload/index.cjs', 'app://parallax/index.html');
    expect(constructed.at(-1)?.webPreferences?.devTools).toBe(false);
    createMainWindow('/app/preload/index.cjs', 'app://parallax/index.html', { devTools: true });
    expect(constructed.at(-1)?.webPreferences?.devTools).toBe(true);
  });

  it('allows only the app’s own scripts: no inline script, no eval, no remote hosts', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d]));
    expect(directives['default-src']).toBe("default-src 'none'");
    expect(directives['script-src']).toBe("script-src 'self'");
    expect(directives['object-src']).toBe("object-src 'none'");
    expect(directives['connect-src']).toBe("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('loosens the policy only for the dev server in development', () => {
    const dev = developmentPolicy('http://localhost:5173');
    expect(dev).toContain('connect-src \'self\' http://localhost:5173 ws://localhost:5173');
    expect(dev).not.toContain('unsafe-eval');
  });

  it('sends the policy with every response and refuses every permission', () => {
    let headerHook: ((details: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void) | undefined;
    let permissionHook: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | undefined;
    let checkHook: (() => boolean) | undefined;
    const session = {
      webRequest: { onHeadersReceived: (hook: typeof headerHook) => (headerHook = hook) },
      setPermissionRequestHandler: (hook: typeof permissionHook) => (permissionHook = hook),
      setPermissionCheckHandler: (hook: typeof checkHook) => (checkHook = hook),
    };
    hardenSession(session as never, CONTENT_SECURITY_POLICY);
    let headers: unknown;
    headerHook!({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => (headers = r));
    expect(headers).toMatchObject({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const granted = vi.fn();
      permissionHook!(null, permission, granted);
      expect(granted).toHaveBeenCalledWith(false);
    }
    expect(checkHook!()).toBe(false);
  });

  it('denies new windows, navigation away from the app, and webviews', () => {
    const listeners: Record<string, (...args: unknown[]) => void> = {};
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const contents = {
      setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
      on: (name: string, listener: (...args: unknown[]) => void) => (listeners[name] = listener),
    };
    const app = { on: (_name: string, listener: (event: unknown, contents: unknown) => void) => listener({}, contents) };
    const opened: string[] = [];
    denyNavigationAndPopups(app as never, (url) => url === 'file:///app/index.html', (url) => opened.push(url));

    expect(openHandler!({ url: 'https://example.com/story' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.com/story']);

    const away = { preventDefault: vi.fn() };
    listeners['will-navigate']!(away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const home = { preventDefault: vi.fn() };
    listeners['will-navigate']!(home, 'file:///app/index.html');
    expect(home.preventDefault).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    listeners['will-attach-webview']!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });
});

describe('the application menu', () => {
  const sent: string[] = [];
  const template = buildMenuTemplate((command) => sent.push(command), false);
  const menu = (label: string) => template.find((item) => item.label?.replace('&', '') === label);
  const items = (label: string) => (menu(label)?.submenu as { label?: string; role?: string; accelerator?: string; click?: () => void }[]) ?? [];

  it('has File, Edit, View and Help menus', () => {
    expect(['File', 'Edit', 'View', 'Help'].every((label) => menu(label))).toBe(true);
  });

  it('offers import, export and quit in File, with the usual shortcuts', () => {
    const file = items('File');
    expect(file.find((i) => i.label === 'Import Files…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(file.find((i) => i.label === 'Import Folder…')?.accelerator).toBe('CmdOrCtrl+Shift+O');
    expect(file.find((i) => i.role === 'quit')).toBeDefined();
  });

  it('offers the dossier export (Ctrl+E) and, after it, restoring from a backup', () => {
    const file = items('File') as { label?: string; accelerator?: string; enabled?: boolean; click?: () => void }[];
    const exportAt = file.findIndex((i) => i.label === 'Export Dossier…');
    const restoreAt = file.findIndex((i) => i.label === 'Restore from Backup…');
    expect(file[exportAt]).toMatchObject({ accelerator: 'CmdOrCtrl+E' });
    expect(file[exportAt]!.enabled).not.toBe(false);
    expect(restoreAt).toBe(exportAt + 1);
    file[exportAt]!.click?.();
    file[restoreAt]!.click?.();
    expect(sent.slice(-2)).toEqual(['export-dossier', 'restore-backup']);
  });

  it('has undo, redo, cut, copy, paste and select all in Edit', () => {
    expect(items('Edit').map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    expect(items('Edit').find((i) => i.label === 'Undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(items('Edit').find((i) => i.label === 'Redo')?.accelerator).toBe('CmdOrCtrl+Y');
    items('Edit').find((i) => i.label === 'Undo')?.click?.();
    items('Edit').find((i) => i.label === 'Redo')?.click?.();
    expect(sent.slice(-2)).toEqual(['undo', 'redo']);
  });

  it('has zoom and the theme in View', () => {
    const roles = items('View').map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']));
    items('View').find((i) => i.label?.includes('Theme'))?.click?.();
    expect(sent).toContain('toggle-theme');
  });

  it('offers DevTools only in a development build', () => {
    type Item = { role?: string; submenu?: Item[] };
    const roles = (items: Item[]): string[] => items.flatMap((i) => [...(i.role ? [i.role] : []), ...roles(Array.isArray(i.submenu) ? i.submenu : [])]);
    const production = roles(buildMenuTemplate(() => undefined, false) as Item[]);
    const productionMac = roles(buildMenuTemplate(() => undefined, true, false) as Item[]);
    const development = roles(buildMenuTemplate(() => undefined, false, true) as Item[]);
    expect(production).not.toContain('toggleDevTools');
    expect(productionMac).not.toContain('toggleDevTools');
    expect(development).toContain('toggleDevTools');
  });

  it('sends the renderer a command for the items that act on the corpus', () => {
    items('File').find((i) => i.label === 'Import Folder…')?.click?.();
    items('Help').find((i) => i.label === 'About Parallax')?.click?.();
    expect(sent).toEqual(expect.arrayContaining(['import-folder', 'about']));
  });
});
