/**
 * A library never goes missing in silence. Its size is noted outside IndexedDB after every
 * change (the corpus marker, src/shared/platform/corpus-marker.ts); at launch an empty
 * database that the marker says held articles (or, without a marker, one beside which
 * automatic backups exist) is "unexpectedly empty": the app offers the newest backup at once
 * and never imports the sample articles into it.
 */
import type { AutoBackupInfo, CorpusMarker, ParallaxBridge } from '@shared/bridge';
import { onCorpusChange } from '../db/changes';
import type { ParallaxDB } from '../db/schema';
import { markSeedCorpusDone } from '../db/seed-corpus';
import { whenLibraryShown } from './library-readiness';

export type LaunchCheck =
  | { kind: 'ok' }
  | { kind: 'unexpectedly-empty'; marker: CorpusMarker | null; newest: AutoBackupInfo | null };

export async function checkCorpusOnLaunch(db: ParallaxDB, bridge: ParallaxBridge): Promise<LaunchCheck> {
  // One key answers "is anything there"; a count walks the whole store (0.25 s at 100,000 articles).
  if ((await db.articles.limit(1).primaryKeys()).length > 0) return { kind: 'ok' };
  const marker = await bridge.readCorpusMarker();
  const listed = await bridge.listAutoBackups();
  const backups = listed.ok ? listed.value.backups : [];
  const kept = marker.ok ? marker.value : null;
  // A marker is the best witness; without one, backups of an earlier library are.
  const heldArticles = kept ? kept.articles > 0 : backups.length > 0;
  return heldArticles ? { kind: 'unexpectedly-empty', marker: kept, newest: backups[0] ?? null } : { kind: 'ok' };
}

/** How long the marker waits after a change before it counts again: a burst of writes is one count. */
export const MARKER_DEBOUNCE_MS = 500;

/**
 * Notes the library's size now and after every change; returns the function that stops. Run it
 * only after the launch check, or an emptied library would be noted as meant to be empty.
 */
export function keepCorpusMarker(db: ParallaxDB, bridge: ParallaxBridge, now: () => Date = () => new Date()): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const note = async () => {
    timer = null;
    if (stopped) return;
    await bridge.writeCorpusMarker({ articles: await db.articles.count(), at: now().toISOString() });
  };
  // The first count waits for the library's first screen: the marker of the last launch holds till then.
  void whenLibraryShown().then(note);
  const unsubscribe = onCorpusChange(db, () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void note(), MARKER_DEBOUNCE_MS);
  });
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    unsubscribe();
  };
}

/** The person chose to keep the library empty: no samples, and no question at the next launch. */
export async function acceptEmptyLibrary(db: ParallaxDB, bridge: ParallaxBridge, now: Date = new Date()): Promise<void> {
  await markSeedCorpusDone(db);
  const written = await bridge.writeCorpusMarker({ articles: 0, at: now.toISOString() });
  if (!written.ok) throw new Error(written.error.message);
}
