import { SYNC_PROJECT_KEY, type SyncProjectRecord } from '@shared/sync/project';
import { getMeta, setMeta } from './meta';
import type { ParallaxDB } from './schema';

/** The shared project this corpus belongs to, or null for a plain local corpus. */
export async function readSyncProject(db: ParallaxDB): Promise<SyncProjectRecord | null> {
  return (await getMeta<SyncProjectRecord>(db, SYNC_PROJECT_KEY)) ?? null;
}

export async function saveSyncProject(db: ParallaxDB, project: SyncProjectRecord): Promise<void> {
  await setMeta(db, SYNC_PROJECT_KEY, project);
}

/** Back to a plain local corpus: every article, highlight and note stays; only the link to the project goes. */
export async function forgetSyncProject(db: ParallaxDB): Promise<void> {
  await db.meta.delete(SYNC_PROJECT_KEY);
}
