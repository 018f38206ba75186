import { PDFDocument } from 'pdf-lib';
import { pdfPageTexts } from '../helpers/pdf-text';
import { describe, expect, it } from 'vitest';
import {
  createPdfPrinter,
  electronPrintEnvironment,
  partUrl,
  PRINT_PARTITION,
  PRINT_URL,
  type PrintSession,
  type PrintWindow,
} from '../../src/main/files/print-pdf';

/** What printToPDF answers in these tests: a real PDF of one empty A4 page. */
async function onePagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595.92, 842.88]);
  return doc.save();
}


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
        return behaviour.print ? behaviour.print() : Buffer.from(await onePagePdf());
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
/** Two sections, the first linking into the second: printed in two parts. */
const LONG_DOSSIER =
  '<!doctype html><html><head><title>Dossier</title></head><body><section id="passages"><h2>Passages</h2><p><a href="#a1-p0">a quote</a></p></section><section id="appendix"><h2>Appendix</h2><p><span id="a1-p0"></span>Full text</p></section></body></html>';

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

  it('prints A4 with the background and without a footer, and answers the PDF with "Page 1 of 1" stamped on it', async () => {
    const { electron, log } = fakeElectron();
    const bytes = await createPdfPrinter(electronPrintEnvironment(electron))(DOSSIER);
    expect(bytes.constructor).toBe(Uint8Array);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(await pdfPageTexts(bytes)).toEqual(['Page 1 of 1']);
    expect(log.windows).toHaveLength(1);
    const options = log.windows[0]!.pdfOptions!;
    expect(options).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: false });
    expect(options.margins).toMatchObject({ top: expect.any(Number), bottom: expect.any(Number) });
  });

  it('prints a document of two sections in two locked-down windows at once, and merges their pages in order, numbered', async () => {
    const events: string[] = [];
    const seen: Record<string, string> = {};
    const { electron, log, fetchFromSession } = fakeElectron({
      load: async (url) => {
        events.push(`load ${url}`);
        seen[url] = (await fetchFromSession(url)).text;
        await new Promise((resolve) => setTimeout(resolve, 20));
      },
      print: async () => {
        events.push('print');
        return Buffer.from(await onePagePdf());
      },
    });
    const bytes = await createPdfPrinter(electronPrintEnvironment(electron))(LONG_DOSSIER);
    expect(log.windows.map((w) => w.loadedUrl)).toEqual([PRINT_URL, 'app://print/dossier-2.html']);
    expect(partUrl(1)).toBe('app://print/dossier-2.html');
    // Both parts were loading before either was printed.
    expect(events.slice(0, 2).sort()).toEqual(['load app://print/dossier-2.html', `load ${PRINT_URL}`]);
    expect(seen[PRINT_URL]).toContain('Passages');
    expect(seen[PRINT_URL]).not.toContain('Appendix');
    expect(seen[PRINT_URL]).toContain('href="https://parallax.invalid/dossier-part#a1-p0"');
    expect(seen['app://print/dossier-2.html']).toContain('Appendix');
    for (const window of log.windows) {
      expect(window.options.show).toBe(false);
      expect(window.options.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, partition: PRINT_PARTITION });
      expect(window.openHandler?.()).toEqual({ action: 'deny' });
      expect(window.destroyed).toBe(true);
    }
    expect(await pdfPageTexts(bytes)).toEqual(['Page 1 of 2', 'Page 2 of 2']);
    expect(log.handledSchemes).toEqual([]);
  });

  it('prints in as many windows as the environment asks for', async () => {
    const { electron, log } = fakeElectron();
    await createPdfPrinter({ ...electronPrintEnvironment(electron), parts: 1 })(LONG_DOSSIER);
    expect(log.windows).toHaveLength(1);
  });

  it('loads the document from the app scheme, answered from memory, then removes the handler and the window', async () => {
    let seen: { status: number; text: string } | null = null;
    const { electron, log, fetchFromSession } = fakeElectron({ load: async (url) => void (seen = await fetchFromSession(url)) });
    await createPdfPrinter(electronPrintEnvironment(electron))(DOSSIER);
    const window = log.windows[0]!;
    expect(window.loadedUrl).toBe(PRINT_URL);
    expect(PRINT_URL.startsWith('app://')).toBe(true);
    // The document, without the style's own @page page numbers (they are stamped on the PDF).
    expect(seen).toEqual({
      status: 200,
      text: '<!doctype html><html><head><title>Dossier</title><style>@page { @bottom-center { content: none; } }</style></head><body><h1>Reykjavik</h1></body></html>',
    });
    expect(log.handledSchemes).toEqual([]);
    expect(window.destroyed).toBe(true);
    expect(log.requestListeners.at(-1)).toBeNull();
  });

  it('answers nothing but the document on the print session', async () => {
    const answers: Record<string, number> = {};
    const { electron, fetchFromSession } = fakeElectron({
      load: async () => {
        for (const url of [`${PRINT_URL}#a3-p120`, `${PRINT_URL}?x=1`, 'app://print/dossier-2.html', 'app://print/other.html', 'app://parallax/index.html']) {
          answers[url] = (await fetchFromSession(url)).status;
        }
      },
    });
    await createPdfPrinter(electronPrintEnvironment(electron))(DOSSIER);
    expect(answers).toEqual({
      [`${PRINT_URL}#a3-p120`]: 200,
      [`${PRINT_URL}?x=1`]: 404,
      'app://print/dossier-2.html': 404,
      'app://print/other.html': 404,
      'app://parallax/index.html': 404,
    });
  });

  it('answers each part of a document printed in two, and nothing else', async () => {
    const answers: Record<string, number> = {};
    const { electron, fetchFromSession } = fakeElectron({
      load: async () => {
        for (const url of [PRINT_URL, 'app://print/dossier-2.html#a1-p0', 'app://print/dossier-2.html?x=1', 'app://print/dossier-3.html']) {
          answers[url] = (await fetchFromSession(url)).status;
        }
      },
    });
    await createPdfPrinter(electronPrintEnvironment(electron))(LONG_DOSSIER);
    expect(answers).toEqual({
      [PRINT_URL]: 200,
      'app://print/dossier-2.html#a1-p0': 200,
      'app://print/dossier-2.html?x=1': 404,
      'app://print/dossier-3.html': 404,
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

  it('removes every window of a document printed in two when one part fails', async () => {
    let prints = 0;
    const { electron, log } = fakeElectron({
      print: async () => {
        prints += 1;
        if (prints === 2) throw new Error('Printing failed');
        return Buffer.from(await onePagePdf());
      },
    });
    await expect(createPdfPrinter(electronPrintEnvironment(electron))(LONG_DOSSIER)).rejects.toThrow('Printing failed');
    expect(log.windows).toHaveLength(2);
    expect(log.windows.every((w) => w.destroyed)).toBe(true);
    expect(log.handledSchemes).toEqual([]);
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
