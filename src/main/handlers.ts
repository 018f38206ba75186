import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppInfo, BridgeHandlers, FileBytes, ImportSelection, ParseOptions } from '@shared/bridge';
import { isRetryableWithPassword, MAX_CONFIGURABLE_BYTES, tooLargeError } from '@shared/ingest/errors';
import { formatOfFileName } from '@shared/ingest/formats';
import { DEFAULT_MAX_BYTES, type IngestOptions, type IngestOutcome } from '@shared/ingest/types';
import { describeThrown, err, ok, type Result } from '@shared/result';
import { collectImportFiles } from './files/collect-files';
import { ImportGrants } from './files/import-grants';
import type { ParseFile } from './ingest/parser-thread';

export interface HandlerDeps {
  appInfo: AppInfo;
  parse: ParseFile;
  seedsDir: string;
  /** Shows the native open dialog; resolves to the chosen paths, or null when cancelled. */
  showOpenDialog: (kind: 'files' | 'folder') => Promise<string[] | null>;
  maxBytes?: number;
}

/**
 * The main process's side of the bridge. Pure of Electron so that tests call it directly;
 * src/main/ipc.ts wires it to ipcMain with the sender check.
 */
export function createHandlers(deps: HandlerDeps): BridgeHandlers {
  const grants = new ImportGrants();
  const maxBytes = deps.maxBytes ?? DEFAULT_MAX_BYTES;
  const ingestOptions = (options: ParseOptions | undefined): IngestOptions => ({
    maxBytes: isValidLimit(options?.maxBytes) ? options.maxBytes : maxBytes,
    ...(typeof options?.password === 'string' ? { password: options.password } : {}),
  });

  return {
    async getAppInfo() {
      return ok(deps.appInfo);
    },

    async parseBytes(request) {
      if (!isFileBytes(request?.file)) {
        return badRequest('parseBytes needs a file with a name and its bytes.');
      }
      return ok(await deps.parse(request.file.name, request.file.bytes, ingestOptions(request.options)));
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
      const limit = ingestOptions(request.options).maxBytes ?? maxBytes;
      if (file.size > limit) {
        grants.release(request.token);
        const refused: IngestOutcome = { ok: false, error: tooLargeError(file.size, limit) };
        return ok(refused);
      }
      const read = await readFile(file.path).then(
        (buffer) => ({ ok: true as const, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) }),
        (thrown: unknown) => ({ ok: false as const, message: describeThrown(thrown) }),
      );
      if (!read.ok) {
        grants.release(request.token);
        return ok({ ok: false, error: { code: 'read-failed', message: `This file could not be read: ${read.message}` } });
      }
      const outcome = await deps.parse(file.name, read.bytes, ingestOptions(request.options));
      // A protected PDF stays readable by its token, so the user can try a password.
      if (outcome.ok || !isRetryableWithPassword(outcome.error.code)) grants.release(request.token);
      return ok(outcome);
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

function isValidLimit(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_CONFIGURABLE_BYTES;
}

function isFileBytes(value: unknown): value is FileBytes {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<FileBytes>;
  return typeof candidate.name === 'string' && candidate.name.length > 0 && candidate.bytes instanceof Uint8Array;
}

function badRequest(message: string): { ok: false; error: { code: string; message: string } } {
  return err({ code: 'bad-request', message });
}
