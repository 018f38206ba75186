import Dexie, { type EntityTable } from 'dexie';
import type { AutoBackupInfo, AutoBackupList, AutoBackupReason, BackupFile } from '@shared/bridge';
import { autoBackupName, backupsToPrune, newestFirst, parseAutoBackupName } from '@shared/backups/retention';
import { err, ok, type Result } from '@shared/result';

export const BACKUPS_DATABASE_NAME = 'parallax-backups';

export interface StoredBackup extends AutoBackupInfo {
  json: string;
}

/**
 * Web mode's automatic backups, kept apart from the corpus database so that a restore (which
 * replaces the corpus) or a broken corpus database never takes its backups with it.
 * Its writes are not corpus writes, so the write-funnel lint rule exempts this file (nothing
 * here is synced; eslint.config.js).
 */
class BackupsDB extends Dexie {
  backups!: EntityTable<StoredBackup, 'id'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ backups: 'id, createdAt, reason' });
  }
}

export interface WebAutoBackups {
  write(reason: AutoBackupReason, json: string): Promise<AutoBackupInfo>;
  list(): Promise<AutoBackupList>;
  read(id: string): Promise<Result<BackupFile>>;
  close(): void;
}

/** The same rolling backups as Electron's folder (newest seven of each reason), in IndexedDB. */
export function createWebAutoBackups(name = BACKUPS_DATABASE_NAME, now: () => Date = () => new Date()): WebAutoBackups {
  const db = new BackupsDB(name);

  return {
    async write(reason, json) {
      const createdAt = now();
      const info: AutoBackupInfo = {
        id: autoBackupName(reason, createdAt),
        createdAt: createdAt.toISOString(),
        reason,
        bytes: new TextEncoder().encode(json).byteLength,
      };
      await db.transaction('rw', db.backups, async () => {
        await db.backups.put({ ...info, json });
        // The ids alone carry reason and time: pruning never loads the backups themselves.
        const kept = (await db.backups.toCollection().primaryKeys()).flatMap((id) => {
          const parsed = parseAutoBackupName(id);
          return parsed ? [{ id, ...parsed, bytes: 0 }] : [];
        });
        await db.backups.bulkDelete(backupsToPrune(kept).map((b) => b.id));
      });
      return info;
    },

    async list() {
      const rows = await db.backups.toArray();
      return {
        folder: null,
        backups: newestFirst(rows.map(({ id, createdAt, reason, bytes }) => ({ id, createdAt, reason, bytes }))),
      };
    },

    async read(id) {
      const row = typeof id === 'string' ? await db.backups.get(id) : undefined;
      if (!row) {
        return err({ code: 'backup-missing', message: 'This automatic backup is no longer kept in this browser.' });
      }
      return ok({ name: row.id, text: row.json });
    },

    close() {
      db.close();
    },
  };
}
