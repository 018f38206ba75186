import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, utilityProcess } from 'electron';
import { MENU_COMMAND_EVENT, type MenuCommand } from '@shared/bridge';
import { SUPPORTED_EXTENSIONS } from '@shared/ingest/formats';
import { createPdfPrinter, electronPrintEnvironment } from './files/print-pdf';
import { saveDialogFilters } from './files/save-export';
import { createHandlers } from './handlers';
import { createParserProcess, type ForkUtility } from './ingest/utility-worker';
import { registerBridge } from './ipc';
import { buildMenuTemplate } from './menu';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './security/app-protocol';
import { CONTENT_SECURITY_POLICY, developmentPolicy } from './security/content-security-policy';
import { denyNavigationAndPopups, hardenSession } from './security/harden-session';
import { loadSyncServerAllowance } from './security/sync-server-allowance';
import { policyAllowingSyncServer } from '@shared/sync/server-origins';
import { createSenderCheck } from './security/sender-check';
import { createMainWindow } from './window';

const here = import.meta.dirname;
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const rendererUrl = devServerUrl ?? APP_ENTRY_URL;
const isTrustedSender = createSenderCheck(rendererUrl);
/** A development build (electron-vite dev or preview, not packaged): the only one with DevTools. */
const isDevelopment = !app.isPackaged;

// The app's own scheme must be known before `ready` to be standard and secure.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

/** The seed corpus ships with the app: in resources when packaged, beside package.json otherwise. */
const seedsDir = app.isPackaged ? join(process.resourcesPath, 'seeds') : join(app.getAppPath(), 'seeds');

let mainWindow: BrowserWindow | null = null;

function openWindow(): BrowserWindow {
  return createMainWindow(join(here, '../preload/index.cjs'), rendererUrl, { devTools: isDevelopment });
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_COMMAND_EVENT, command);
}

async function start(): Promise<void> {
  await app.whenReady();
  // The CSP allows the app's own files, and the one sync server the user named (if any).
  const syncServer = loadSyncServerAllowance(join(app.getPath('userData'), 'sync-server.json'));
  const basePolicy = devServerUrl ? developmentPolicy(devServerUrl) : CONTENT_SECURITY_POLICY;
  hardenSession(session.defaultSession, () => policyAllowingSyncServer(basePolicy, syncServer.origins()));
  protocol.handle(APP_SCHEME, createAppProtocolHandler(join(here, '../renderer'), () => policyAllowingSyncServer(basePolicy, syncServer.origins())));

  // Untrusted files are parsed in their own process, never on main's thread (issue 16, 17).
  const parser = createParserProcess(utilityProcess.fork as unknown as ForkUtility, join(here, 'parse-process.js'), [join(here, '..'), join(here, '../../node_modules')]);
  app.on('will-quit', () => void parser.dispose());

  const handlers = createHandlers({
    appInfo: { name: 'Parallax', version: app.getVersion(), mode: 'electron', platform: process.platform },
    parse: parser.parse,
    seedsDir,
    showOpenDialog: async (kind) => {
      const options: Electron.OpenDialogOptions = {
        title: kind === 'folder' ? 'Import a folder of articles' : 'Import articles',
        properties: kind === 'folder' ? ['openDirectory'] : ['openFile', 'multiSelections'],
        filters:
          kind === 'files'
            ? [{ name: 'Articles', extensions: SUPPORTED_EXTENSIONS }]
            : [],
      };
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : result.filePaths;
    },
    showSaveDialog: async (suggestedName, format) => {
      const options: Electron.SaveDialogOptions = {
        title: format === 'json' ? 'Save a backup of the library' : 'Export the dossier',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: saveDialogFilters(format),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    showOpenBackupDialog: async () => {
      const options: Electron.OpenDialogOptions = {
        title: 'Restore from a backup',
        properties: ['openFile'],
        filters: [{ name: 'Parallax backup', extensions: ['json'] }],
      };
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    printToPdf: createPdfPrinter(electronPrintEnvironment({ BrowserWindow, session })),
    backupsDir: join(app.getPath('userData'), 'backups'),
    allowSyncServer: (origins) => syncServer.set(origins),
  });
  registerBridge(ipcMain, handlers, isTrustedSender);

  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(sendMenuCommand, process.platform === 'darwin', isDevelopment)));
  mainWindow = openWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = openWindow();
  });
}

denyNavigationAndPopups(
  app,
  (url) => url === rendererUrl || (devServerUrl !== undefined && url.startsWith(devServerUrl)),
  (url) => void shell.openExternal(url),
);

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

void start();
