import { mergePartPdfs, splitDossierHtml } from '@shared/dossier/pdf-parts';
import { marginsInInches, PRINT_PARTS } from '@shared/dossier/print';
import { APP_SCHEME } from '../security/app-protocol';

/** The print window's own in-memory session: nothing it loads touches the app's session. */
export const PRINT_PARTITION = 'parallax-print';

/**
 * Where the print window finds the dossier: the app's own scheme, answered from memory by the
 * print session alone. No file is written, and the file:// scheme is not needed at all.
 */
export const PRINT_URL = `${APP_SCHEME}://print/dossier.html`;

/** Where the print window of part i (from 0) finds it: PRINT_URL for the first, dossier-2.html… for the others. */
export function partUrl(i: number): string {
  return i === 0 ? PRINT_URL : `${APP_SCHEME}://print/dossier-${i + 1}.html`;
}

/**
 * A4, the page the CLI and the tests print too (src/shared/dossier/print.ts). No header or
 * footer: the dossier is printed in parts, and "Page n of m" is stamped on the merged PDF.
 */
export const PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  displayHeaderFooter: false,
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
  /** Opens a hidden print window (see electronPrintEnvironment for its preferences). */
  createWindow(): PrintWindow;
  /** The print windows' session (PRINT_PARTITION). */
  session(): PrintSession;
  timeoutMs?: number;
  /** How many parts (and windows) a document is printed in at once; PRINT_PARTS unless told. */
  parts?: number;
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
 * Prints a self-contained HTML document to PDF bytes. The document is cut into parts
 * (src/shared/dossier/pdf-parts.ts), each printed in a hidden window of its own at the same time
 * (one renderer process each), and the parts merged into one PDF with every link and the page
 * numbers. The print session answers each part's URL (partUrl) with that part from memory and
 * refuses every other request, so nothing in the document can reach the network or a file. The
 * windows and the handler are gone afterwards, whether printing worked or not. Prints run one at
 * a time, since handler and filter belong to the (shared) print session.
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
  const parts = splitDossierHtml(html, env.parts ?? PRINT_PARTS);
  const documents = new Map(parts.map((part, i) => [partUrl(i), part]));
  const windows: PrintWindow[] = [];
  const session = env.session();
  let printed: Uint8Array[];
  try {
    session.protocol.handle(APP_SCHEME, (request) => {
      const part = documents.get(documentUrl(request.url) ?? '');
      return part !== undefined
        ? new Response(part, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } })
        : new Response('Not found', { status: 404 });
    });
    session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowed(documents, details.url) }));

    const opened = parts.map(() => {
      const window = env.createWindow();
      windows.push(window);
      window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      window.webContents.on('will-navigate', (event) => event.preventDefault());
      return window;
    });

    printed = await withTimeout(
      Promise.all(
        opened.map(async (window, i) => {
          await window.loadURL(partUrl(i));
          const pdf = await window.webContents.printToPDF(PDF_OPTIONS);
          return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
        }),
      ),
      env.timeoutMs ?? PRINT_TIMEOUT_MS,
    );
  } finally {
    for (const window of windows) if (!window.isDestroyed()) window.destroy();
    session.webRequest.onBeforeRequest(null);
    session.protocol.unhandle(APP_SCHEME);
  }
  return mergePartPdfs(printed);
}

/** The URL without its fragment if it has no query, else null: a place in a part is that part. */
function documentUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.search ? null : parsed.href;
  } catch {
    return null;
  }
}

/**
 * Only the parts of the document being printed. `data:` URLs are let through too: they carry
 * their bytes inline (the dossier's CSP allows data: images) and reach neither the network nor
 * the disk.
 */
function isAllowed(documents: ReadonlyMap<string, string>, url: string): boolean {
  return url.startsWith('data:') || documents.has(documentUrl(url) ?? '');
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`printing took longer than ${Math.round(ms / 1000)} seconds`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
