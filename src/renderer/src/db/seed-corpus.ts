import type { ParallaxBridge } from '@shared/bridge';
import type { ImportQueue } from '../features/import/import-queue';
import { getMeta, setMeta } from './meta';
import type { ParallaxDB } from './schema';

const SEEDED_KEY = 'seedCorpus';

interface SeedMark {
  state: 'started' | 'done';
  at: number;
}

/**
 * On the very first launch, imports the sample corpus through the ordinary import pipe. The
 * mark makes later launches leave the library alone (even if the user deleted the samples);
 * an interrupted first launch simply runs again, and duplicates are never stored twice.
 */
export async function ensureSeedCorpus(db: ParallaxDB, bridge: ParallaxBridge, queue: ImportQueue): Promise<'seeded' | 'already'> {
  const claimed = await db.transaction('rw', db.meta, async () => {
    const mark = await getMeta<SeedMark>(db, SEEDED_KEY);
    if (mark?.state === 'done') return false;
    await setMeta(db, SEEDED_KEY, { state: 'started', at: Date.now() } satisfies SeedMark);
    return true;
  });
  if (!claimed) return 'already';
  const seeds = await bridge.loadSeeds();
  if (!seeds.ok) throw new Error(seeds.error.message);
  await queue.enqueue(seeds.value.map((file) => ({ kind: 'bytes' as const, displayPath: file.name, file })));
  await setMeta(db, SEEDED_KEY, { state: 'done', at: Date.now() } satisfies SeedMark);
  return 'seeded';
}

/**
 * Marks the first launch as done without importing the samples: a library that held articles
 * and came back empty is never filled with the samples again (see app/corpus-guard.ts).
 */
export async function markSeedCorpusDone(db: ParallaxDB): Promise<void> {
  await setMeta(db, SEEDED_KEY, { state: 'done', at: Date.now() } satisfies SeedMark);
}
