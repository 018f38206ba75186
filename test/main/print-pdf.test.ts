import { describe, expect, it } from 'vitest';
import {
  createPdfPrinter,
  electronPrintEnvironment,
  PRINT_PARTITION,
  PRINT_URL,
  type PrintSession,
  type PrintWindow,
} from '../../src/main/files/print-pdf';

type RequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

/** Stand-ins for Electron's BrowserWindow and session that record what printing did with them. */
function fakeElectron(behaviour: { load?: (url: string) => Promise<void>; print?: () => Promise<Uint8Array> } = {}) {
  const log = {
    windows: [] as FakeWindow[],
    partitions: [] as string[],
    requestListeners: [] as (RequestListener | null)[],
    permissionHandler: null as ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null,
    protocolHandler: null as ((request: Request) => Response | Promise<Response>) | null,
    handledSchemes: [] as string[],
  };
  const session: PrintSession = {
    webRequest: { onBeforeRequest: (listener) => void log.requestListeners.push(listener) },
    setPermissionRequestHandler: (handler) => void (log.permissionHandler = handler),
    protocol: {
      handle: (scheme, handler) => {
        log.handledSchemes.push(scheme);
        log.protocolHandler = handler;
      },
      unhandle: (scheme) => {
        log.handledSchemes = log.handledSchemes.filter((s) => s !== scheme);
        log.protocolHandler = null;
      },
    },
  };
  /** What the print session answers for a URL, as the window would see it. */
  const fetchFromSession = async (url: string) => {
    const response = await log.protocolHandler!(new Request(url));
    return { status: response.status, text: await response.text() };
  };
  class FakeWindow implements PrintWindow {
    destroyed = false;
    loadedUrl: string | null = null;
    pdfOptions: Electron.PrintToPDFOptions | null = null;
    openHandler: (() => { action: 'deny' }) | null = null;
    navigateListener: ((event: { preventDefault(): void }) => void) | null = null;
    readonly webContents = {
      setWindowOpenHandler: (handler: () => { action: 'deny' }) => void (this.openHandler = handler),
      on: (_event: 'will-navigate', listener: (event: { preventDefault(): void }) => void) => void (this.navigateListener = listener),
      printToPDF: async (options: Electron.PrintToPDFOptions) => {
        this.pdfOptions = options;
        return behaviour.print ? behaviour.print() : Buffer.from('%PDF-1.7 fake');
      },
    };
    constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
      log.windows.push(this);
    }
    async loadURL(url: string) {
      this.loadedUrl = url;
      await behaviour.load?.(url);
    }
    destroy() {
      this.destroyed = true;
    }
    isDestroyed() {
      return this.destroyed;
    }
  }
  const electron = { BrowserWindow: FakeWindow, session: { fromPartition: (p: string) => (log.partitions.push(p), session) } };
  return { electron, log, fetchFromSession };
}

const DOSSIER = '<!doctype html><html><head><title>Dossier</title></head><body><h1>Reykjavik</h1></body></html>';

describe('printing a dossier to PDF in a hidden window', () => {

  it('opens a hidden window with JavaScript off, sandboxed and isolated, in its own session', async () => {
    const { electron, log } = fakeElectron();
    await createPdfPrinter(electronPrintEnvironment(electron))(DOSSIER);
    const options = log.windows[0]!.options;
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      partition: 'parallax-print',
    });
    expect(options.webPreferences?.preload).toBeUndefined();
    expect(log.partitions).toEqual([PRINT_PARTITION]);
  });

  it('prints A4 with the background and "Page n of N" in the footer, and answers the bytes', async () => {
    const { electron, log } = fakeElectron();
    const bytes = await createPdfPrinter(electronPrintEnvironment(electron))(DOSSIER);
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7 fake');
    expect(bytes.constructor).toBe(Uint8Array);
    const options = log.windows[0]!.pdfOptions!;
    expect(options).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true });
    expect(options.footerTemplate).toMatch(/Page <span class="pageNumber"><\/span> of <span class="totalPages"><\/span>/);
    expect(options.margins).toMatchObject({ top: expect.any(Number), bottom: expect.any(Number) });
  });

  it('loads the document from the app scheme, answered from memory, then removes the handler and the window', async () => {
    let seen: { status: number; text: string } | null = null;
    const { electron, log, fetchFromSession } = fakeElectron({ load: async (url) => void (seen = await fetchFromSession(url)) });
    await createPdfPrinter(electronPrintEnvironment(electron))(DOSSIER);
    const window = log.windows[0]!;
    expect(window.loadedUrl).toBe(PRINT_URL);
    expect(PRINT_URL.startsWith('app://')).toBe(true);
    expect(seen).toEqual({ status: 200, text: DOSSIER });
    expect(log.handledSchemes).toEqual([]);
    expect(window.destroyed).toBe(true);
    expect(log.requestListeners.at(-1)).toBeNull();
  });

  it('answers nothing but the document on the print session', async () => {
    const answers: Record<string, number> = {};
    const { electron, fetchFromSession } = fakeElectron({
      load: async () => {
        for (const url of [`${PRINT_URL}#a3-p120`, `${PRINT_URL}?x=1`, 'app://print/other.html', 'app://parallax/index.html']) {
          answers[url] = (await fetchFromSession(url)).status;
        }
      },
    });
    await createPdfPrinter(electronPrintEnvironment(electron))(DOSSIER);
    expect(answers).toEqual({
      [`${PRINT_URL}#a3-p120`]: 200,
      [`${PRINT_URL}?x=1`]: 404,
      'app://print/other.html': 404,
      'app://parallax/index.html': 404,
    });
  });

  it('removes the handler and the window even when printing fails', async () => {
    const { electron, log } = fakeElectron({
      print: async () => {
        throw new Error('Printing failed');
      },
    });
    await expect(createPdfPrinter(electronPrintEnvironment(electron))(DOSSIER)).rejects.toThrow('Printing failed');
    expect(log.handledSchemes).toEqual([]);
    expect(log.windows[0]!.destroyed).toBe(true);
    expect(log.requestListeners.at(-1)).toBeNull();
  });

  it('removes them too when the document never finishes loading', async () => {
    const { electron, log } = fakeElectron({ load: () => new Promise(() => undefined) });
    await expect(createPdfPrinter({ ...electronPrintEnvironment(electron), timeoutMs: 50 })(DOSSIER)).rejects.toThrow(
      /took longer/,
    );
    expect(log.handledSchemes).toEqual([]);
    expect(log.windows[0]!.destroyed).toBe(true);
  });

  it('cancels every request but the document itself', async () => {
    const cancelled: Record<string, boolean | undefined> = {};
    const { electron, log } = fakeElectron({
      load: async (self) => {
        const requests: Record<string, string> = {
          'the document': self,
          'a place in the document': `${self}#a3-p120`,
          'the document with a query': `${self}?x=1`,
          'another document beside it': 'app://print/other.html',
          'the app itself': 'app://parallax/index.html',
          'a system file': 'file:///etc/passwd',
          'a web image': 'https://example.com/tracker.png',
          'a local server': 'http://127.0.0.1:5178/',
          'a websocket': 'ws://example.com/',
          'an inline image': 'data:image/png;base64,iVBORw0KGgo=',
        };
        const listener = log.requestListeners.at(-1)!;
        for (const [label, url] of Object.entries(requests)) listener({ url }, (response) => (cancelled[label] = response.cancel));
      },
    });
    await createPdfPrinter(electronPrintEnvironment(electron))(DOSSIER);
    expect(cancelled).toEqual({
      'the document': false,
      'a place in the document': false,
      'the document with a query': true,
      'another document beside it': true,
      'the app itself': true,
      'a system file': true,
      'a web image': true,
      'a local server': true,
      'a websocket': true,
      'an inline image': false,
    });
  });

  it('denies new windows, navigation and every permission', async () => {
    const { electron, log } = fakeElectron();
    await createPdfPrinter(electronPrintEnvironment(electron))(DOSSIER);
    const window = log.windows[0]!;
    expect(window.openHandler?.()).toEqual({ action: 'deny' });
    let prevented = false;
    window.navigateListener?.({ preventDefault: () => void (prevented = true) });
    expect(prevented).toBe(true);
    let granted: boolean | undefined;
    log.permissionHandler?.(null, 'media', (answer) => void (granted = answer));
    expect(granted).toBe(false);
  });

  it('prints one document at a time, since the request filter belongs to the shared session', async () => {
    const events: string[] = [];
    const { electron, fetchFromSession } = fakeElectron({
      load: async (url) => {
        events.push(`load ${(await fetchFromSession(url)).text.slice(0, 3)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
        events.push('loaded');
      },
    });
    const print = createPdfPrinter(electronPrintEnvironment(electron));
    await Promise.all([print('one'), print('two')]);
    expect(events).toEqual(['load one', 'loaded', 'load two', 'loaded']);
  });
});
