import type { ParallaxDB } from './schema';

export async function getMeta<T>(db: ParallaxDB, key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

export async function setMeta(db: ParallaxDB, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}
