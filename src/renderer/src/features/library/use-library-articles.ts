import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { LibrarySort } from '@shared/library/columns';
import type { ArticleRecord } from '@shared/model';
import { useServices } from '../../app/services';
import { useArticleCount } from '../../app/use-article-count';
import { articlesByIds, listArticles } from '../../db/articles';
import { recallFirstRows, sortKeyOf } from './first-rows';

export interface LibraryArticles {
  /** Every article in the library (latest versions), or undefined while they are still being read. */
  articles: ArticleRecord[] | undefined;
  /**
   * What the list can show now: every article once read; until then the first screen remembered
   * from the last launch (first-rows.ts), under the sort it was remembered for only.
   */
  shown: readonly ArticleRecord[];
  /** How many articles the library holds, known long before they are all read. */
  total: number | undefined;
}

const NO_ARTICLES: readonly ArticleRecord[] = [];

/** The library's articles, with a quick first screen for a library that takes seconds to read. */
export function useLibraryArticles(sort: LibrarySort): LibraryArticles {
  const { db } = useServices();
  // Only the sort the window opened with has remembered rows; they are read once, by key.
  const [openingSort] = useState(sort);
  const [rememberedIds] = useState(() => recallFirstRows(openingSort));
  const [first, setFirst] = useState<{ sortKey: string; articles: readonly ArticleRecord[] } | null>(null);
  // The whole list is asked for only once the first screen is read: IndexedDB answers a
  // connection's requests in turn, so a few rows asked for after 100,000 would wait for them all.
  const [firstRead, setFirstRead] = useState(rememberedIds.length === 0);
  const articles = useLiveQuery(() => (firstRead ? listArticles(db) : undefined), [db, firstRead]);
  const total = useArticleCount();
  useEffect(() => {
    if (rememberedIds.length === 0) return;
    let current = true;
    articlesByIds(db, rememberedIds)
      .then(
        (found) => current && setFirst({ sortKey: sortKeyOf(openingSort), articles: found }),
        () => undefined, // Only the quick first screen is lost: the whole list still comes.
      )
      .finally(() => current && setFirstRead(true));
    return () => {
      current = false;
    };
  }, [db, openingSort, rememberedIds]);
  const shown = articles ?? (first && first.sortKey === sortKeyOf(sort) ? first.articles : NO_ARTICLES);
  return { articles, shown, total };
}
