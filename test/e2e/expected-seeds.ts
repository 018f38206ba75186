import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { displayTitle } from '@shared/article-view';
import { parseArticleFile } from '@shared/ingest';
import { REPO } from './harness';

/**
 * The library rows the five seeds should produce, computed with the same shared ingest code
 * the app runs, so the e2e test checks the app's pipeline rather than a copy of its output.
 */
export async function expectedSeedTitles(): Promise<string[]> {
  const dir = join(REPO, 'seeds');
  const names = (await readdir(dir)).sort();
  const titles: string[] = [];
  for (const name of names) {
    const outcome = await parseArticleFile({ name, bytes: new Uint8Array(await readFile(join(dir, name))) });
    if (!outcome.ok) throw new Error(`seed ${name} failed to parse: ${outcome.error.message}`);
    const a = outcome.article;
    titles.push(
      displayTitle({ ...a, id: name, sourceName: name, importedAt: 0, length: a.text.length, edits: {}, nearDuplicateIds: [], previousVersionId: null, versionKeys: [] }),
    );
  }
  return titles;
}
