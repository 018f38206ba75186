/** How long the hidden frame stays when the browser never says the print dialog closed. */
const REMOVE_AFTER_MS = 120_000;

/**
 * Web mode's "print to PDF": the document goes to the browser's print dialog, where the user
 * picks "Save as PDF". It is shown in a hidden frame that may open the print dialog but never
 * run a script (no allow-scripts; the dossier has none, and its CSP forbids them anyway).
 * Resolves once the dialog was opened; the frame is removed when the dialog closes.
 */
export function printHtml(html: string, doc: Document = document, removeAfterMs = REMOVE_AFTER_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    const frame = doc.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-modals allow-same-origin');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.title = 'Dossier for printing';
    // Not display:none: some browsers print a frame that is not rendered as a blank page.
    Object.assign(frame.style, { position: 'fixed', right: '0', bottom: '0', width: '0', height: '0', border: '0', opacity: '0' });
    frame.addEventListener(
      'load',
      () => {
        const view = frame.contentWindow;
        if (!view) {
          frame.remove();
          reject(new Error('the document could not be prepared for printing'));
          return;
        }
        const removeFrame = () => {
          clearTimeout(timer);
          frame.remove();
        };
        const timer = setTimeout(removeFrame, removeAfterMs);
        view.addEventListener('afterprint', removeFrame, { once: true });
        try {
          view.print();
          resolve();
        } catch (thrown) {
          removeFrame();
          reject(thrown instanceof Error ? thrown : new Error(String(thrown)));
        }
      },
      { once: true },
    );
    frame.srcdoc = html;
    doc.body.append(frame);
  });
}
