import {
  type ImportCandidate,
  type MenuCommand,
  type ParallaxBridge,
  type ParseOptions,
  type SkippedFile,
} from '@shared/bridge';
import { formatOfFileName, notAnArticleReason, SUPPORTED_EXTENSIONS } from '@shared/ingest/formats';
import { DEFAULT_MAX_BYTES, fileResult } from '@shared/ingest/types';
import { isRetryableWithPassword, tooLargeError } from '@shared/ingest/errors';
import { AUTO_BACKUP_REQUEST_MESSAGE, backupFile, backupTooLarge, isAutoBackupRequest } from '@shared/platform/backup-file';
import { CORPUS_MARKER_KEY, CORPUS_MARKER_REQUEST_MESSAGE, isCorpusMarker, parseCorpusMarker } from '@shared/platform/corpus-marker';
import { isExportFormat } from '@shared/platform/export-format';
import { ingestOptionsOf } from '@shared/platform/parse-options';
import { describeThrown, err, ok } from '@shared/result';
import { fetchSeedFiles } from './seed-files';
import { pickBackupFile } from './pick-backup';
import { pickFiles } from './pick-files';
import { createWebAutoBackups, type WebAutoBackups } from './web-auto-backups';
import { downloadBytes } from './web-download';
import { printHtml } from './web-print';
import { createWorkerParser } from './worker-parser';

/** The in-page menu bar of web mode sends its commands here (Electron's come over IPC). */
const menuListeners = new Set<(command: MenuCommand) => void>();
export function dispatchWebMenuCommand(command: MenuCommand): void {
  for (const listener of menuListeners) listener(command);
}

/** A backup is read whole into a string: beyond this it is refused rather than exhausting memory. */

/**
 * The bridge for web mode: the same contract as Electron's, with parsing in a Web Worker,
 * the file input as the open dialog, and the seed corpus served beside the page.
 */
export function createWebBridge(version: string): ParallaxBridge {
  const parse = createWorkerParser();
  const chosen = new Map<string, File>();
  let autoBackups: WebAutoBackups | null = null;
  const backups = () => (autoBackups ??= createWebAutoBackups());
  const accept = SUPPORTED_EXTENSIONS.map((ext) => `.${ext}`).join(',');
  const ingestOptions = (options: ParseOptions | undefined) => ingestOptionsOf(options, DEFAULT_MAX_BYTES);

  return {
    async allowSyncServer(request) {
      // A browser page has no CSP of the app's to widen: web mode connects where it is told.
      return ok({ origins: request.url ? [request.url] : [] });
    },
    async getAppInfo() {
      return ok({ name: 'Parallax', version, mode: 'web' as const, platform: navigator.platform });
    },
    async parseBytes(request) {
      return fileResult(await parse(request.file.name, request.file.bytes, ingestOptions(request.options)));
    },
    async fetchUrl() {
      return err({
        code: 'needs-desktop',
        message:
          'Links can be imported only in the desktop app: a browser does not let one site fetch the pages of another. Save the page from your browser (Save Page As…) and drop the file here instead.',
      });
    },

    async parseCandidate(request) {
      const file = chosen.get(request.token);
      if (!file) {
        return err({ code: 'unknown-file', message: 'This file was not chosen in the import dialog; choose it again.' });
      }
      const options = ingestOptions(request.options);
      if (file.size > options.maxBytes) {
        chosen.delete(request.token);
        return err(tooLargeError(file.size, options.maxBytes));
      }
      try {
        const outcome = await parse(file.name, new Uint8Array(await file.arrayBuffer()), options);
        if (outcome.ok || !isRetryableWithPassword(outcome.error.code)) chosen.delete(request.token);
        return fileResult(outcome);
      } catch (thrown) {
        chosen.delete(request.token);
        return err({ code: 'read-failed', message: `This file could not be read: ${describeThrown(thrown)}` });
      }
    },
    async chooseImport(request) {
      const files = await pickFiles(request.kind, accept);
      if (!files || files.length === 0) return ok(null);
      const candidates: ImportCandidate[] = [];
      const skipped: SkippedFile[] = [];
      for (const file of files) {
        const displayPath = file.webkitRelativePath || file.name;
        if (file.name.startsWith('.')) continue;
        if (!formatOfFileName(file.name)) {
          skipped.push({ displayPath, reason: notAnArticleReason() });
          continue;
        }
        const token = crypto.randomUUID();
        chosen.set(token, file);
        candidates.push({ token, name: file.name, displayPath, size: file.size });
      }
      return ok({ candidates, skipped });
    },
    async loadSeeds() {
      try {
        return ok(await fetchSeedFiles());
      } catch (thrown) {
        return err({ code: 'seeds-missing', message: `The sample corpus could not be loaded: ${describeThrown(thrown)}` });
      }
    },
    async saveExport(request) {
      if (!isExportFormat(request.format) || !(request.bytes instanceof Uint8Array)) {
        return err({ code: 'bad-request', message: 'saveExport needs an export format and the bytes to write.' });
      }
      try {
        return ok(downloadBytes(request.suggestedName, request.format, request.bytes));
      } catch (thrown) {
        return err({ code: 'write-failed', message: `The download could not be started: ${describeThrown(thrown)}.` });
      }
    },
    async printToPdf(request) {
      try {
        await printHtml(request.html);
        return ok(null);
      } catch (thrown) {
        return err({ code: 'print-failed', message: `The dossier could not be sent to the print dialog: ${describeThrown(thrown)}.` });
      }
    },
    async chooseBackup() {
      const file = await pickBackupFile();
      if (!file) return ok(null);
      const tooLarge = backupTooLarge(file.name, file.size);
      if (tooLarge) return err(tooLarge);
      try {
        return ok(backupFile(file.name, await file.text()));
      } catch (thrown) {
        return err({ code: 'read-failed', message: `The backup ${file.name} could not be read: ${describeThrown(thrown)}.` });
      }
    },
    async writeAutoBackup(request) {
      if (!isAutoBackupRequest(request)) return err({ code: 'bad-request', message: AUTO_BACKUP_REQUEST_MESSAGE });
      try {
        return ok(await backups().write(request.reason, request.json));
      } catch (thrown) {
        return err({
          code: 'backup-failed',
          message: `The automatic backup could not be kept in this browser's storage: ${describeThrown(thrown)}.`,
        });
      }
    },
    async listAutoBackups() {
      try {
        return ok(await backups().list());
      } catch (thrown) {
        return err({ code: 'read-failed', message: `The automatic backups could not be listed: ${describeThrown(thrown)}.` });
      }
    },
    async readAutoBackup(request) {
      try {
        return await backups().read(request.id);
      } catch (thrown) {
        return err({ code: 'read-failed', message: `The automatic backup could not be read: ${describeThrown(thrown)}.` });
      }
    },
    // localStorage is not IndexedDB: a database that comes back empty leaves the marker standing.
    async readCorpusMarker() {
      try {
        return ok(parseCorpusMarker(localStorage.getItem(CORPUS_MARKER_KEY)));
      } catch {
        return ok(null);
      }
    },
    async writeCorpusMarker(request) {
      if (!isCorpusMarker(request)) return err({ code: 'bad-request', message: CORPUS_MARKER_REQUEST_MESSAGE });
      try {
        localStorage.setItem(CORPUS_MARKER_KEY, JSON.stringify({ articles: request.articles, at: request.at }));
        return ok(null);
      } catch (thrown) {
        return err({ code: 'write-failed', message: `The size of the library could not be noted in this browser: ${describeThrown(thrown)}.` });
      }
    },
    onMenuCommand(listener) {
      menuListeners.add(listener);
      return () => {
        menuListeners.delete(listener);
      };
    },
  };
}
