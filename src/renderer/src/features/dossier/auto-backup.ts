/**
 * Automatic backups: a rolling daily one (kept by main in the app's data folder, or by the
 * browser in web mode; the newest seven are kept), and the safety copy a restore makes first.
 */
import type { AutoBackupInfo, AutoBackupReason, ParallaxBridge } from '@shared/bridge';
import { isDailyBackupDue } from '@shared/backups/retention';
import { type BackupCorpus, backupJson } from '@shared/dossier/backup';
import { describeThrown } from '@shared/result';
import { readBackupCorpus } from '../../db/backup';
import type { ParallaxDB } from '../../db/schema';

/** Writes a backup of the whole corpus now. Throws, in words, when it cannot be kept. */
export async function writeAutoBackup(
  db: ParallaxDB,
  bridge: ParallaxBridge,
  reason: AutoBackupReason,
  now: Date = new Date(),
  corpus?: BackupCorpus,
): Promise<AutoBackupInfo> {
  corpus ??= await readBackupCorpus(db);
  const written = await bridge.writeAutoBackup({ reason, json: backupJson(corpus, now.toISOString()) });
  if (!written.ok) throw new Error(written.error.message);
  return written.value;
}

export interface DailyBackupOptions {
  /** How long after launch to look (the first minutes belong to the person, not to housekeeping). */
  delayMs: number;
  /** While true (an import is running), the backup waits and looks again after the delay. */
  isBusy: () => boolean;
  /** Told when a backup was made or could not be. */
  onResult?: (result: { ok: true; info: AutoBackupInfo } | { ok: false; message: string }) => void;
  now?: () => Date;
}

/**
 * Makes today's backup once, some time after launch, unless there is one from today already or
 * the corpus is empty. Returns a function that stops the schedule.
 */
export function scheduleDailyBackup(db: ParallaxDB, bridge: ParallaxBridge, options: DailyBackupOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const now = options.now ?? (() => new Date());
  const attempt = async () => {
    timer = null;
    if (stopped) return;
    if (options.isBusy()) {
      timer = setTimeout(() => void attempt(), options.delayMs);
      return;
    }
    try {
      const listed = await bridge.listAutoBackups();
      if (!listed.ok) throw new Error(listed.error.message);
      if (!isDailyBackupDue(listed.value.backups, now()) || (await db.articles.count()) === 0) return;
      const info = await writeAutoBackup(db, bridge, 'daily', now());
      options.onResult?.({ ok: true, info });
    } catch (thrown) {
      options.onResult?.({ ok: false, message: `Today’s automatic backup could not be made: ${describeThrown(thrown)}` });
    }
  };
  timer = setTimeout(() => void attempt(), options.delayMs);
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
