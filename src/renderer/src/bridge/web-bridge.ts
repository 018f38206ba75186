import type { ImportCandidate, MenuCommand, ParallaxBridge, ParseOptions, SkippedFile } from '@shared/bridge';
import { formatOfFileName, notAnArticleReason, SUPPORTED_EXTENSIONS } from '@shared/ingest/formats';
import { DEFAULT_MAX_BYTES, type IngestOutcome } from '@shared/ingest/types';
import { isRetryableWithPassword, MAX_CONFIGURABLE_BYTES, tooLargeError } from '@shared/ingest/errors';
import { describeThrown, err, ok } from '@shared/result';
import { fetchSeedFiles } from './seed-files';
import { pickFiles } from './pick-files';
import { createWorkerParser } from './worker-parser';

/** The in-page menu bar of web mode sends its commands here (Electron's come over IPC). */
const menuListeners = new Set<(command: MenuCommand) => void>();
export function dispatchWebMenuCommand(command: MenuCommand): void {
  for (const listener of menuListeners) listener(command);
}

/**
 * The bridge for web mode: the same contract as Electron's, with parsing in a Web Worker,
 * the file input as the open dialog, and the seed corpus served beside the page.
 */
export function createWebBridge(version: string): ParallaxBridge {
  const parse = createWorkerParser();
  const chosen = new Map<string, File>();
  const accept = SUPPORTED_EXTENSIONS.map((ext) => `.${ext}`).join(',');
  const ingestOptions = (options: ParseOptions | undefined) => ({
    maxBytes: options?.maxBytes && options.maxBytes <= MAX_CONFIGURABLE_BYTES ? options.maxBytes : DEFAULT_MAX_BYTES,
    ...(options?.password ? { password: options.password } : {}),
  });

  return {
    async getAppInfo() {
      return ok({ name: 'Parallax', version, mode: 'web' as const, platform: navigator.platform });
    },
    async parseBytes(request) {
      return ok(await parse(request.file.name, request.file.bytes, ingestOptions(request.options)));
    },
    async parseCandidate(request) {
      const file = chosen.get(request.token);
      if (!file) {
        return err({ code: 'unknown-file', message: 'This file was not chosen in the import dialog; choose it again.' });
      }
      const options = ingestOptions(request.options);
      if (file.size > options.maxBytes) {
        chosen.delete(request.token);
        const refused: IngestOutcome = { ok: false, error: tooLargeError(file.size, options.maxBytes) };
        return ok(refused);
      }
      try {
        const outcome = await parse(file.name, new Uint8Array(await file.arrayBuffer()), options);
        if (outcome.ok || !isRetryableWithPassword(outcome.error.code)) chosen.delete(request.token);
        return ok(outcome);
      } catch (thrown) {
        chosen.delete(request.token);
        return ok({ ok: false, error: { code: 'read-failed', message: `This file could not be read: ${describeThrown(thrown)}` } });
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
    onMenuCommand(listener) {
      menuListeners.add(listener);
      return () => {
        menuListeners.delete(listener);
      };
    },
  };
}
