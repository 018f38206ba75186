import { BrowserWindow } from 'electron';

/**
 * The Parallax window. Its renderer is treated as untrusted: isolated, sandboxed, without
 * Node, unable to open webviews or navigate by drag and drop. The preferences are written
 * out here, literally, so that a reviewer (and electronegativity) sees them at a glance.
 * `url` is the app's own scheme (app://parallax/index.html) in a build, the dev server in
 * development; never file://.
 */
export function createMainWindow(preloadPath: string, url: string, { devTools = false }: { devTools?: boolean } = {}): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 560,
    show: false,
    title: 'Parallax',
    backgroundColor: '#f3f2ef',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click on a link must not open it in a new Electron window.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
      // DevTools only in development builds: not in the menu, not by shortcut, not at all.
      devTools,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
