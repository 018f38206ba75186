/** The five seed articles, parsed as the app imports them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArticleFile } from '@shared/ingest';
import type { CompareInput } from '../../../src/shared/compare';

export const SEEDS_DIR = resolve(import.meta.dirname, '../../../seeds');

export async function loadSeeds(): Promise<CompareInput[]> {
  const names = readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt')).sort();
  const out: CompareInput[] = [];
  for (const name of names) {
    const outcome = await parseArticleFile({ name, bytes: new Uint8Array(readFileSync(join(SEEDS_DIR, name))) });
    if (!outcome.ok) throw new Error(`${name}: ${outcome.error.message}`);
    out.push({ id: name.slice(0, 3), text: outcome.article.text, title: outcome.article.title });
  }
  return out;
}
