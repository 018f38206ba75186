/**
 * pdf.js, set up to run in the calling thread (its "fake worker") in every environment
 * Parallax uses: Node (CLI, vitest, Electron main's worker_threads) and a browser Web
 * Worker bundled by Vite. Loaded lazily by ./pdfjs.ts so the ~2 MB of pdf.js is only
 * evaluated when a PDF is imported.
 *
 * The import order below matters: the guard hides `postMessage` before pdf.worker.mjs
 * evaluates (see worker-autostart-guard.ts); the module body then restores it.
 */
import { restoreWorkerPostMessage } from './worker-autostart-guard';
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

restoreWorkerPostMessage();

// pdf.worker.mjs sets this itself; set it explicitly too so a bundler that drops the
// module's side effects cannot leave pdf.js looking for a worker script to fetch.
// With it set, PDFWorker uses the in-thread handler and never creates a Worker.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

export { getDocument, VerbosityLevel };
