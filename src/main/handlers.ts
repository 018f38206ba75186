import { syncServerOrigins } from '@shared/sync/server-origins';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import {
  type AppInfo,
  type BridgeHandlers,
  type ExportFormat,
  type FileBytes,
  type ImportSelection,
  type ParseOptions,
} from '@shared/bridge';
import { isRetryableWithPassword, tooLargeError } from '@shared/ingest/errors';
import { formatOfFileName } from '@shared/ingest/formats';
import { DEFAULT_MAX_BYTES, fileResult } from '@shared/ingest/types';
import { AUTO_BACKUP_REQUEST_MESSAGE, backupFile, backupTooLarge, isAutoBackupRequest } from '@shared/platform/backup-file';
import { CORPUS_MARKER_FILE, CORPUS_MARKER_REQUEST_MESSAGE, isCorpusMarker, parseCorpusMarker } from '@shared/platform/corpus-marker';
import { isExportFormat } from '@shared/platform/export-format';
import { ingestOptionsOf } from '@shared/platform/parse-options';
import { describeThrown, err, ok, type Result } from '@shared/result';
import { createAutoBackupStore } from './files/auto-backups';
import { collectImportFiles } from './files/collect-files';
import { ImportGrants } from './files/import-grants';
import { describeFsError, safeFileName, withExtension, writeFileAtomically } from './files/save-export';
import type { ParseFile } from './ingest/parser-thread';
import type { FetchOptions } from './web/fetch-page';
import { importPage } from './web/import-page';
import { userAgent } from './web/limits';

export interface HandlerDeps {
  appInfo: AppInfo;
  parse: ParseFile;
  seedsDir: string;
  /** Shows the native open dialog; resolves to the chosen paths, or null when cancelled. */
  showOpenDialog: (kind: 'files' | 'folder') => Promise<string[] | null>;
  /** Shows the native save dialog for an export; resolves to the chosen path, or null when cancelled. */
  showSaveDialog: (suggestedName: string, format: ExportFormat) => Promise<string | null>;
  /** Shows the native open dialog for a JSON backup; resolves to the chosen path, or null when cancelled. */
  showOpenBackupDialog: () => Promise<string | null>;
  /** Prints a self-contained HTML document to A4 PDF bytes (src/main/files/print-pdf.ts); rejects on failure. */
  printToPdf: (html: string) => Promise<Uint8Array>;
  /** The folder of automatic backups, `<userData>/backups`; created on the first backup. */
  backupsDir: string;
  /** Where the corpus marker is kept: beside the backups folder (`<userData>/corpus-marker.json`) unless a test says otherwise. */
  corpusMarkerFile?: string;
  maxBytes?: number;
  /** The clock automatic backups are named by (tests set it). */
  now?: () => Date;
  /** Fetch limits other than the defaults of src/main/web/limits.ts (tests shorten the timeout). */
  fetchOptions?: Pick<FetchOptions, 'timeoutMs' | 'maxRedirects' | 'now'>;
  /** Keeps the named sync server's origins for the CSP (security/sync-server-allowance.ts). */
  allowSyncServer?: (origins: string[]) => void;
}

export { MAX_BACKUP_BYTES } from '@shared/platform/backup-file';

/**
 * The main process's side of the bridge. Pure of Electron so that tests call it directly;
 * src/main/ipc.ts wires it to ipcMain with the sender check.
 */
export function createHandlers(deps: HandlerDeps): BridgeHandlers {
  const grants = new ImportGrants();
  const autoBackups = createAutoBackupStore(deps.backupsDir, deps.now);
  const maxBytes = deps.maxBytes ?? DEFAULT_MAX_BYTES;
  const markerFile = deps.corpusMarkerFile ?? join(dirname(deps.backupsDir), CORPUS_MARKER_FILE);
  const ingestOptions = (options: ParseOptions | undefined) => ingestOptionsOf(options, maxBytes);

  return {
    async getAppInfo() {
      return ok(deps.appInfo);
    },

    async parseBytes(request) {
      if (!isFileBytes(request?.file)) {
        return badRequest('parseBytes needs a file with a name and its bytes.');
      }
      return fileResult(await deps.parse(request.file.name, request.file.bytes, ingestOptions(request.options)));
    },

    async parseCandidate(request) {
      if (typeof request?.token !== 'string') return badRequest('parseCandidate needs a token.');
      const file = grants.peek(request.token);
      if (!file) {
        return err({
          code: 'unknown-file',
          message: 'This file was not chosen in the import dialog (or was already imported); choose it again.',
        });
      }
      const limit = ingestOptions(request.options).maxBytes;
      if (file.size > limit) {
        grants.release(request.token);
        return err(tooLargeError(file.size, limit));
      }
      const read = await readFile(file.path).then(
        (buffer) => ({ ok: true as const, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) }),
        (thrown: unknown) => ({ ok: false as const, message: describeThrown(thrown) }),
      );
      if (!read.ok) {
        grants.release(request.token);
        return err({ code: 'read-failed', message: `This file could not be read: ${read.message}` });
      }
      const outcome = await deps.parse(file.name, read.bytes, ingestOptions(request.options));
      // A protected PDF stays readable by its token, so the user can try a password.
      if (outcome.ok || !isRetryableWithPassword(outcome.error.code)) grants.release(request.token);
      return fileResult(outcome);
    },

    async fetchUrl(request) {
      if (typeof request?.url !== 'string') return badRequest('fetchUrl needs a link.');
      const options = ingestOptions(request.options);
      const limits = { ...deps.fetchOptions, maxBytes: options.maxBytes ?? maxBytes, userAgent: userAgent(deps.appInfo.version) };
      const imported = await importPage(request.url, limits, deps.parse, options);
      return imported.ok ? fileResult(imported.outcome) : err(imported.error);
    },

    async chooseImport(request) {
      if (request?.kind !== 'files' && request?.kind !== 'folder') {
        return badRequest('chooseImport needs kind "files" or "folder".');
      }
      const paths = await deps.showOpenDialog(request.kind);
      if (!paths || paths.length === 0) return ok(null);
      const collected = await collectImportFiles(paths);
      const selection: ImportSelection = {
        candidates: collected.files.map((file) => ({
          token: grants.grant(file),
          name: file.name,
          displayPath: file.displayPath,
          size: file.size,
        })),
        skipped: collected.skipped,
      };
      return ok(selection);
    },

    async loadSeeds() {
      return readSeeds(deps.seedsDir);
    },

    async saveExport(request) {
      if (typeof request?.suggestedName !== 'string' || !isExportFormat(request.format) || !(request.bytes instanceof Uint8Array)) {
        return badRequest('saveExport needs a suggested file name, an export format and the bytes to write.');
      }
      const what = request.format === 'json' ? 'The backup' : 'The dossier';
      let chosen: string | null;
      try {
        chosen = await deps.showSaveDialog(safeFileName(request.suggestedName, request.format), request.format);
      } catch (thrown) {
        return err({ code: 'dialog-failed', message: `The save dialog could not be shown: ${describeThrown(thrown)}. Nothing was written.` });
      }
      if (!chosen) return ok(null);
      const path = withExtension(chosen, request.format);
      try {
        await writeFileAtomically(path, request.bytes);
        return ok({ location: path });
      } catch (thrown) {
        return err({
          code: 'write-failed',
          message: `${what} could not be saved to ${path}: ${describeFsError(thrown)}. Nothing was written.`,
        });
      }
    },

    async printToPdf(request) {
      if (typeof request?.html !== 'string' || request.html.length === 0) {
        return badRequest('printToPdf needs the HTML document to print.');
      }
      try {
        return ok(await deps.printToPdf(request.html));
      } catch (thrown) {
        return err({ code: 'print-failed', message: `The dossier could not be printed to PDF: ${describeThrown(thrown)}.` });
      }
    },

    async chooseBackup() {
      let path: string | null;
      try {
        path = await deps.showOpenBackupDialog();
      } catch (thrown) {
        return err({ code: 'dialog-failed', message: `The open dialog could not be shown: ${describeThrown(thrown)}.` });
      }
      if (!path) return ok(null);
      try {
        const info = await stat(path);
        if (!info.isFile()) return err({ code: 'not-a-file', message: `${basename(path)} is not a file; choose a Parallax backup (.json).` });
        const tooLarge = backupTooLarge(basename(path), info.size);
        if (tooLarge) return err(tooLarge);
        return ok(backupFile(basename(path), await readFile(path, 'utf8')));
      } catch (thrown) {
        return err({ code: 'read-failed', message: `The backup ${path} could not be read: ${describeFsError(thrown)}.` });
      }
    },

    async writeAutoBackup(request) {
      if (!isAutoBackupRequest(request)) return badRequest(AUTO_BACKUP_REQUEST_MESSAGE);
      try {
        return ok(await autoBackups.write(request.reason, request.json));
      } catch (thrown) {
        return err({
          code: 'backup-failed',
          message: `The automatic backup could not be written to ${autoBackups.folder}: ${describeFsError(thrown)}.`,
        });
      }
    },

    async listAutoBackups() {
      try {
        return ok({ folder: autoBackups.folder, backups: await autoBackups.list() });
      } catch (thrown) {
        return err({
          code: 'read-failed',
          message: `The automatic backups in ${autoBackups.folder} could not be listed: ${describeFsError(thrown)}.`,
        });
      }
    },

    async readAutoBackup(request) {
      if (typeof request?.id !== 'string') return badRequest('readAutoBackup needs the id of a backup.');
      return autoBackups.read(request.id);
    },

    async allowSyncServer(request) {
      if (request?.url === null) {
        deps.allowSyncServer?.([]);
        return ok({ origins: [] });
      }
      const origins = typeof request?.url === 'string' ? syncServerOrigins(request.url) : null;
      if (!origins) return badRequest('A sync server is named by a ws:// or wss:// address.');
      deps.allowSyncServer?.(origins);
      return ok({ origins });
    },

    async readCorpusMarker() {
      // A missing or damaged marker is no marker: the renderer then looks at the backups instead.
      return ok(parseCorpusMarker(await readFile(markerFile, 'utf8').catch(() => null)));
    },

    async writeCorpusMarker(request) {
      if (!isCorpusMarker(request)) return badRequest(CORPUS_MARKER_REQUEST_MESSAGE);
      try {
        await mkdir(dirname(markerFile), { recursive: true });
        await writeFileAtomically(markerFile, JSON.stringify({ articles: request.articles, at: request.at }));
        return ok(null);
      } catch (thrown) {
        return err({ code: 'write-failed', message: `Parallax could not note the size of the library in ${markerFile}: ${describeFsError(thrown)}.` });
      }
    },
  };
}

async function readSeeds(seedsDir: string): Promise<Result<FileBytes[]>> {
  try {
    const names = (await readdir(seedsDir)).filter((name) => formatOfFileName(name)).sort();
    const files = await Promise.all(
      names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(seedsDir, name))) })),
    );
    return ok(files);
  } catch (thrown) {
    return err({ code: 'seeds-missing', message: `The sample corpus could not be read: ${describeThrown(thrown)}` });
  }
}

function isFileBytes(value: unknown): value is FileBytes {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<FileBytes>;
  return typeof candidate.name === 'string' && candidate.name.length > 0 && candidate.bytes instanceof Uint8Array;
}

function badRequest(message: string): { ok: false; error: { code: string; message: string } } {
  return err({ code: 'bad-request', message });
}
