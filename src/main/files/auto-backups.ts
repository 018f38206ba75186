import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AutoBackupInfo, AutoBackupReason, BackupFile } from '@shared/bridge';
import { autoBackupName, backupsToPrune, newestFirst, parseAutoBackupName } from '@shared/backups/retention';
import { err, ok, type Result } from '@shared/result';
import { describeFsError, writeFileAtomically } from './save-export';

export interface AutoBackupStore {
  /** The folder the backups are kept in (`<userData>/backups`). */
  readonly folder: string;
  /** Writes a backup, then deletes all but the newest seven of each reason. */
  write(reason: AutoBackupReason, json: string): Promise<AutoBackupInfo>;
  /** The backups in the folder, newest first; a folder not created yet holds none. */
  list(): Promise<AutoBackupInfo[]>;
  /** A backup by its id (its file name); anything but a backup's name is refused. */
  read(id: string): Promise<Result<BackupFile>>;
}

/**
 * Electron's automatic backups: one JSON file each in a folder of the app's data, named by
 * autoBackupName so that the name alone says what the file is and the folder sorts by time.
 */
export function createAutoBackupStore(folder: string, now: () => Date = () => new Date()): AutoBackupStore {
  const list = async (): Promise<AutoBackupInfo[]> => {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (thrown) {
      if ((thrown as { code?: unknown }).code === 'ENOENT') return [];
      throw thrown;
    }
    const found = await Promise.all(
      names.map(async (name): Promise<AutoBackupInfo | null> => {
        const parsed = parseAutoBackupName(name);
        if (!parsed) return null;
        const info = await stat(join(folder, name)).catch(() => null);
        return info?.isFile() ? { id: name, createdAt: parsed.createdAt, reason: parsed.reason, bytes: info.size } : null;
      }),
    );
    return newestFirst(found.filter((b): b is AutoBackupInfo => b !== null));
  };

  return {
    folder,
    list,

    async write(reason, json) {
      await mkdir(folder, { recursive: true });
      const createdAt = now();
      const id = autoBackupName(reason, createdAt);
      await writeFileAtomically(join(folder, id), json);
      // Pruning is housekeeping: the new backup is safe whatever happens here, and a file that
      // could not be removed now is simply pruned again after the next backup.
      const stale = backupsToPrune(await list());
      await Promise.allSettled(stale.map((b) => rm(join(folder, b.id), { force: true })));
      return { id, createdAt: createdAt.toISOString(), reason, bytes: Buffer.byteLength(json, 'utf8') };
    },

    async read(id) {
      // Only a name the store itself writes: never a path, so "../../etc/passwd" reads nothing.
      if (typeof id !== 'string' || !parseAutoBackupName(id)) {
        return err({ code: 'unknown-backup', message: 'This is not one of the automatic backups Parallax keeps.' });
      }
      try {
        return ok({ name: id, text: await readFile(join(folder, id), 'utf8') });
      } catch (thrown) {
        const gone = (thrown as { code?: unknown }).code === 'ENOENT';
        return err({
          code: gone ? 'backup-missing' : 'read-failed',
          message: gone
            ? `The automatic backup ${id} is no longer in ${folder}.`
            : `The automatic backup ${id} could not be read: ${describeFsError(thrown)}.`,
        });
      }
    },
  };
}
