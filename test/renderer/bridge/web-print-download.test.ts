import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXPORT_FORMATS } from '@shared/bridge';
import { EXPORT_FILE_TYPES } from '@shared/export-file-types';
import { downloadBytes } from '../../../src/renderer/src/bridge/web-download';
import { printHtml } from '../../../src/renderer/src/bridge/web-print';

type Listener = (event?: unknown) => void;

/** Just enough of a document for the print frame and the download link, recording what they do. */
function fakeDocument(options: { withoutWindow?: boolean } = {}) {
  const elements: FakeElement[] = [];
  class FakeElement {
    attributes: Record<string, string> = {};
    style: Record<string, string> = {};
    listeners: Record<string, Listener> = {};
    attached = false;
    clicked = 0;
    printed = 0;
    srcdoc = '';
    href = '';
    download = '';
    rel = '';
    title = '';
    tabIndex = 0;
    readonly windowListeners: Record<string, Listener> = {};
    readonly contentWindow = options.withoutWindow
      ? null
      : {
          addEventListener: (type: string, listener: Listener) => void (this.windowListeners[type] = listener),
          print: () => void (this.printed += 1),
        };
    constructor(readonly tagName: string) {}
    setAttribute(name: string, value: string) {
      this.attributes[name] = value;
    }
    addEventListener(type: string, listener: Listener) {
      this.listeners[type] = listener;
    }
    click() {
      this.clicked += 1;
    }
    remove() {
      this.attached = false;
    }
  }
  const doc = {
    createElement: (tag: string) => {
      const element = new FakeElement(tag);
      elements.push(element);
      return element;
    },
    body: { append: (element: FakeElement) => void (element.attached = true) },
  };
  return { doc: doc as unknown as Document, elements };
}

describe('printing in web mode', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('prints the document in a hidden frame that may open the print dialog but never run a script', async () => {
    const { doc, elements } = fakeDocument();
    const printing = printHtml('<h1>Dossier</h1>', doc);
    const frame = elements[0]!;
    expect(frame.tagName).toBe('iframe');
    expect(frame.attributes['sandbox']).toBe('allow-modals allow-same-origin');
    expect(frame.attributes['sandbox']).not.toContain('allow-scripts');
    expect(frame.srcdoc).toBe('<h1>Dossier</h1>');
    expect(frame.attached).toBe(true);
    expect(frame.printed).toBe(0);
    frame.listeners['load']!();
    await printing;
    expect(frame.printed).toBe(1);
    expect(frame.attached).toBe(true);
    frame.windowListeners['afterprint']!();
    expect(frame.attached).toBe(false);
  });

  it('removes the frame after a while when the browser never says the dialog closed', async () => {
    const { doc, elements } = fakeDocument();
    const printing = printHtml('<p>x</p>', doc, 1000);
    elements[0]!.listeners['load']!();
    await printing;
    expect(elements[0]!.attached).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(elements[0]!.attached).toBe(false);
  });

  it('fails in words, and leaves no frame, when the frame has no window', async () => {
    const { doc, elements } = fakeDocument({ withoutWindow: true });
    const printing = printHtml('<p>x</p>', doc);
    elements[0]!.listeners['load']!();
    await expect(printing).rejects.toThrow('the document could not be prepared for printing');
    expect(elements[0]!.attached).toBe(false);
  });
});

describe('saving an export in web mode', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('downloads the bytes under the suggested name, typed for the format, and revokes the URL afterwards', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:parallax/1'));
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const { doc, elements } = fakeDocument();
    const saved = downloadBytes('Reykjavik', 'docx', new Uint8Array([80, 75, 3, 4]), doc);
    const link = elements[0]!;
    expect(saved).toEqual({ location: 'Reykjavik.docx' });
    expect(link).toMatchObject({ tagName: 'a', href: 'blob:parallax/1', download: 'Reykjavik.docx', clicked: 1, attached: false });
    expect(blobs[0]!.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(new Uint8Array(await blobs[0]!.arrayBuffer())).toEqual(new Uint8Array([80, 75, 3, 4]));
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:parallax/1');
  });

  it('keeps a name that already carries the extension, and knows a type for every format', () => {
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:parallax/2');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    expect(downloadBytes('annotations.jsonld', 'w3c', new Uint8Array(), fakeDocument().doc)).toEqual({ location: 'annotations.jsonld' });
    expect(Object.keys(EXPORT_FILE_TYPES).sort()).toEqual([...EXPORT_FORMATS].sort());
  });
});
