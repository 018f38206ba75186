import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marginsInInches, PDF_FOOTER_TEMPLATE, PDF_HEADER_TEMPLATE } from '@shared/dossier/print';

/** The print window's own in-memory session: nothing it loads touches the app's session. */
export const PRINT_PARTITION = 'parallax-print';

/** A4 with page numbers in the footer: the page the CLI and the tests print too (src/shared/dossier/print.ts). */
export const PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  displayHeaderFooter: true,
  headerTemplate: PDF_HEADER_TEMPLATE,
  footerTemplate: PDF_FOOTER_TEMPLATE,
  margins: marginsInInches(),
} as const satisfies Electron.PrintToPDFOptions;

const PRINT_TIMEOUT_MS = 120_000;

/** The part of a BrowserWindow printing needs (a fake stands in for it in tests). */
export interface PrintWindow {
  readonly webContents: {
    setWindowOpenHandler(handler: () => { action: 'deny' }): void;
    on(event: 'will-navigate', listener: (event: { preventDefault(): void }) => void): unknown;
    printToPDF(options: Electron.PrintToPDFOptions): Promise<Uint8Array>;
  };
  loadFile(path: string): Promise<void>;
  destroy(): void;
  isDestroyed(): boolean;
}

/** The part of a Session printing needs. */
export interface PrintSession {
  readonly webRequest: {
    onBeforeRequest(
      listener: ((details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void) | null,
    ): void;
  };
  setPermissionRequestHandler(
    handler: ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null,
  ): void;
}

export interface PrintEnvironment {
  /** Opens the hidden print window (see electronPrintEnvironment for its preferences). */
  createWindow(): PrintWindow;
  /** The print window's session (PRINT_PARTITION). */
  session(): PrintSession;
  /** Where the temporary folder goes; the system's temp folder unless a test says otherwise. */
  tempRoot?: string;
  timeoutMs?: number;
}

/** The Electron pieces the print environment is made of, passed in so Node tests can fake them. */
export interface ElectronForPrinting {
  BrowserWindow: new (options: Electron.BrowserWindowConstructorOptions) => PrintWindow;
  session: { fromPartition(partition: string): PrintSession };
}

/**
 * The hidden window a dossier is printed in: no script at all (the dossier has none, and a
 * hostile article quoted in it must not get one), sandboxed and isolated, in its own session.
 */
export function electronPrintEnvironment(electron: ElectronForPrinting): PrintEnvironment {
  return {
    createWindow: () =>
      new electron.BrowserWindow({
        show: false,
        webPreferences: {
          javascript: false,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          experimentalFeatures: false,
          webviewTag: false,
          navigateOnDragDrop: false,
          safeDialogs: true,
          spellcheck: false,
          partition: PRINT_PARTITION,
        },
      }),
    session: () => electron.session.fromPartition(PRINT_PARTITION),
  };
}

/**
 * Prints a self-contained HTML document to PDF bytes. The HTML is written to a fresh temporary
 * folder and loaded from there; the print session refuses every request but that file, so
 * nothing in the document can reach the network or another file. The window and the folder
 * are gone afterwards, whether printing worked or not. Prints run one at a time, since the
 * request filter belongs to the (shared) print session.
 */
export function createPdfPrinter(env: PrintEnvironment): (html: string) => Promise<Uint8Array> {
  let queue: Promise<unknown> = Promise.resolve();
  return (html) => {
    const run = queue.then(
      () => printOnce(env, html),
      () => printOnce(env, html),
    );
    queue = run.catch(() => undefined);
    return run;
  };
}

async function printOnce(env: PrintEnvironment, html: string): Promise<Uint8Array> {
  const dir = await mkdtemp(join(env.tempRoot ?? tmpdir(), 'parallax-print-'));
  let window: PrintWindow | null = null;
  const session = env.session();
  try {
    const file = join(dir, 'dossier.html');
    await writeFile(file, html, 'utf8');
    session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowed(details.url, file) }));

    const opened = env.createWindow();
    window = opened;
    opened.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    opened.webContents.on('will-navigate', (event) => event.preventDefault());

    const pdf = await withTimeout(
      (async () => {
        await opened.loadFile(file);
        return opened.webContents.printToPDF(PDF_OPTIONS);
      })(),
      env.timeoutMs ?? PRINT_TIMEOUT_MS,
    );
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    if (window && !window.isDestroyed()) window.destroy();
    session.webRequest.onBeforeRequest(null);
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Only the document itself. `data:` URLs are let through too: they carry their bytes inline
 * (the dossier's CSP allows data: images) and reach neither the network nor the disk.
 */
function isAllowed(url: string, file: string): boolean {
  if (url.startsWith('data:')) return true;
  if (!url.startsWith('file:')) return false;
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.search === '' && fileURLToPath(parsed) === file;
  } catch {
    return false;
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`printing took longer than ${Math.round(ms / 1000)} seconds`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
