// @vitest-environment jsdom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseArticleFile } from '@shared/ingest';
import type { LibrarySort } from '@shared/library/columns';
import type { Id } from '@shared/model';
import type { AppServices } from '../../../src/renderer/src/app/services';
import { renderWithServices } from '../render-with-services';
import type * as articlesModule from '../../../src/renderer/src/db/articles';
import { addParsedArticle } from '../../../src/renderer/src/db/articles';
import { deleteArticles } from '../../../src/renderer/src/db/delete-articles';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { rememberFirstRows } from '../../../src/renderer/src/features/library/first-rows';
import { useLibraryArticles, type LibraryArticles } from '../../../src/renderer/src/features/library/use-library-articles';
import { freshDb } from '../db/test-db';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Reading the whole library waits for this, as it waits seconds for 100,000 articles. */
let wholeLibraryRead: Promise<void> = Promise.resolve();
vi.mock('../../../src/renderer/src/db/articles', async (importOriginal) => {
  const actual = await importOriginal<typeof articlesModule>();
  return {
    ...actual,
    listArticles: async (db: ParallaxDB) => {
      await wholeLibraryRead;
      return actual.listArticles(db);
    },
  };
});

const BY_IMPORT: LibrarySort = { column: 'imported', direction: 'ascending' };
const BY_TITLE: LibrarySort = { column: 'title', direction: 'ascending' };

let db: ParallaxDB;
let root: Root;
let seen: LibraryArticles;
let release: () => void;

function Probe({ sort }: { sort: LibrarySort }) {
  seen = useLibraryArticles(sort);
  return null;
}

async function mount(sort: LibrarySort): Promise<void> {
  const services = { db } as unknown as AppServices;
  root = await renderWithServices(services, <Probe sort={sort} />);
}

async function article(title: string): Promise<Id> {
  const body = `---\ntitle: ${title}\noutlet: The Ledger\n---\n\nThe council met on Tuesday about ${title.toLowerCase()}.`;
  const outcome = await parseArticleFile({ name: `${title}.md`, bytes: new TextEncoder().encode(body) });
  if (!outcome.ok) throw new Error(outcome.error.message);
  const added = await addParsedArticle(db, outcome.article, `${title}.md`);
  if (added.status !== 'added') throw new Error('expected added');
  return added.article.id;
}

const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true), { timeout: 5_000 });
const titles = (list: LibraryArticles['shown']) => list.map((a) => a.title);

beforeEach(() => {
  db = freshDb();
  localStorage.clear();
  wholeLibraryRead = new Promise((resolve) => (release = resolve));
});

afterEach(async () => {
  release();
  await act(async () => root.unmount());
  await db.delete();
});

describe('the library’s first screen while a large library is read', () => {
  it('shows the rows remembered from the last launch, in their order, and the count, before every article is read', async () => {
    const alpha = await article('Alpha');
    const beta = await article('Beta');
    const gamma = await article('Gamma');
    rememberFirstRows(BY_IMPORT, [gamma, alpha, beta]);
    await mount(BY_IMPORT);
    await until(() => seen.shown.length === 3);
    expect(titles(seen.shown)).toEqual(['Gamma', 'Alpha', 'Beta']);
    expect(seen.articles).toBeUndefined();
    expect(seen.total).toBe(3);

    await act(async () => release());
    await until(() => seen.articles !== undefined);
    expect(titles(seen.shown)).toEqual(['Alpha', 'Beta', 'Gamma']);
  });

  it('leaves out remembered rows whose articles were deleted since', async () => {
    const alpha = await article('Alpha');
    const beta = await article('Beta');
    rememberFirstRows(BY_IMPORT, [alpha, beta]);
    await deleteArticles(db, [alpha]);
    await mount(BY_IMPORT);
    await until(() => seen.shown.length > 0);
    expect(titles(seen.shown)).toEqual(['Beta']);
    expect(seen.total).toBe(1);
  });

  it('shows no early rows when they were remembered under another sort, since they are not this sort’s first', async () => {
    const alpha = await article('Alpha');
    rememberFirstRows(BY_TITLE, [alpha]);
    await mount(BY_IMPORT);
    await until(() => seen.total === 1);
    // Give the remembered rows every chance to arrive before looking.
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(seen.shown).toEqual([]);
    expect(seen.articles).toBeUndefined();
  });
});
