import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { ExportFormat } from '@shared/bridge';
import { FS_ERROR_WORDS } from '@shared/error-words';
import { EXPORT_FILE_TYPES } from '@shared/export-file-types';
import { describeThrown } from '@shared/result';

/** The save dialog's filter for one format (Electron's `FileFilter` shape). */
export function saveDialogFilters(format: ExportFormat): { name: string; extensions: string[] }[] {
  const type = EXPORT_FILE_TYPES[format];
  return [{ name: type.name, extensions: [type.extension] }];
}

/** The path with the format's extension added when the user typed a name without any. */
export function withExtension(path: string, format: ExportFormat): string {
  return extname(path) === '' ? `${path}.${EXPORT_FILE_TYPES[format].extension}` : path;
}

/**
 * A file name the renderer suggested, made safe to offer in a dialog: no folders (a suggested
 * "../x" must not point the dialog elsewhere), no characters Windows refuses, never empty,
 * ending in the format's extension.
 */
export function safeFileName(suggested: string, format: ExportFormat): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const cleaned = suggested.replace(/[/\\:*?"<>|\u0000-\u001f]/g, '-').replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 200) || 'parallax-export';
  // Unlike a name the user typed, a suggestion always carries the format's own extension.
  const extension = `.${EXPORT_FILE_TYPES[format].extension}`;
  return cleaned.toLowerCase().endsWith(extension) ? cleaned : `${cleaned}${extension}`;
}

/**
 * Writes bytes so that the file is either the old one or the complete new one, never half of
 * each: the bytes go to a temporary file in the same folder (same disk, so the rename is
 * atomic), are flushed, then renamed over the target. On failure the temporary file is removed.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array | string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID().slice(0, 8)}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (thrown) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw thrown;
  }
}

/** Saving names a folder, so a missing path is a missing folder. */
const FS_ERRORS: Record<string, string> = { ...FS_ERROR_WORDS, ENOENT: 'the folder does not exist' };

/** A file-system error in words a person understands ("permission denied"), else its own message. */
export function describeFsError(thrown: unknown): string {
  const code = typeof thrown === 'object' && thrown !== null ? (thrown as { code?: unknown }).code : undefined;
  return (typeof code === 'string' && FS_ERRORS[code]) || describeThrown(thrown);
}
