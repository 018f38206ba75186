import { marginsInInches, PDF_FOOTER_TEMPLATE, PDF_HEADER_TEMPLATE } from '@shared/dossier/print';
import { APP_SCHEME } from '../security/app-protocol';

/** The print window's own in-memory session: nothing it loads touches the app's session. */
export const PRINT_PARTITION = 'parallax-print';

/**
 * Where the print window finds the dossier: the app's own scheme, answered from memory by the
 * print session alone. No file is written, and the file:// scheme is not needed at all.
 */
export const PRINT_URL = `${APP_SCHEME}://print/dossier.html`;

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
  loadURL(url: string): Promise<void>;
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
  readonly protocol: {
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
    unhandle(scheme: string): void;
  };
}

export interface PrintEnvironment {
  /** Opens the hidden print window (see electronPrintEnvironment for its preferences). */
  createWindow(): PrintWindow;
  /** The print window's session (PRINT_PARTITION). */
  session(): PrintSession;
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
 * Prints a self-contained HTML document to PDF bytes. The print session answers PRINT_URL with
 * the HTML from memory and refuses every other request, so nothing in the document can reach
 * the network or a file. The window and the handler are gone afterwards, whether printing
 * worked or not. Prints run one at a time, since handler and filter belong to the (shared)
 * print session.
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
  let window: PrintWindow | null = null;
  const session = env.session();
  try {
    session.protocol.handle(APP_SCHEME, (request) =>
      isDocument(request.url)
        ? new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } })
        : new Response('Not found', { status: 404 }),
    );
    session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowed(details.url) }));

    const opened = env.createWindow();
    window = opened;
    opened.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    opened.webContents.on('will-navigate', (event) => event.preventDefault());

    const pdf = await withTimeout(
      (async () => {
        await opened.loadURL(PRINT_URL);
        return opened.webContents.printToPDF(PDF_OPTIONS);
      })(),
      env.timeoutMs ?? PRINT_TIMEOUT_MS,
    );
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    if (window && !window.isDestroyed()) window.destroy();
    session.webRequest.onBeforeRequest(null);
    session.protocol.unhandle(APP_SCHEME);
  }
}

/** The document itself (a place in it too), with no query: nothing else is answered. */
function isDocument(url: string): boolean {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href === PRINT_URL;
  } catch {
    return false;
  }
}

/**
 * Only the document. `data:` URLs are let through too: they carry their bytes inline (the
 * dossier's CSP allows data: images) and reach neither the network nor the disk.
 */
function isAllowed(url: string): boolean {
  return url.startsWith('data:') || isDocument(url);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`printing took longer than ${Math.round(ms / 1000)} seconds`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
