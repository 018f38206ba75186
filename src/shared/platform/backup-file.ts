import type { AutoBackupReason, BackupFile } from '../bridge';
import type { AppError } from '../result';

/**
 * The rules for reading a backup the user chose, the same in the desktop app (main) and in web
 * mode (the renderer's bridge): only where the bytes come from differs.
 */

/** A backup is read whole into a string: beyond this it is refused rather than exhausting memory. */
export const MAX_BACKUP_BYTES = 2 * 1024 ** 3;

export const AUTO_BACKUP_REASONS: readonly AutoBackupReason[] = ['daily', 'before-restore'];

export const AUTO_BACKUP_REQUEST_MESSAGE = 'writeAutoBackup needs a reason ("daily" or "before-restore") and the backup as JSON text.';

/** Whether a writeAutoBackup request is well formed (a bridge request is never trusted). */
export function isAutoBackupRequest(request: unknown): request is { reason: AutoBackupReason; json: string } {
  if (typeof request !== 'object' || request === null) return false;
  const { reason, json } = request as { reason?: unknown; json?: unknown };
  return AUTO_BACKUP_REASONS.includes(reason as AutoBackupReason) && typeof json === 'string';
}

/** The refusal of a backup file too large to read, in words; null when its size is fine. */
export function backupTooLarge(name: string, bytes: number): AppError | null {
  if (bytes <= MAX_BACKUP_BYTES) return null;
  return {
    code: 'too-large',
    message: `${name} is ${(bytes / 1024 ** 3).toFixed(1)} GB; Parallax restores backups of up to 2 GB. Nothing was restored.`,
  };
}

/** The backup as the renderer gets it: a byte-order mark (left by some editors) is not part of the JSON. */
export function backupFile(name: string, text: string): BackupFile {
  return { name, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}
