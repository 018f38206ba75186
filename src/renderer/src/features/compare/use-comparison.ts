import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { compareArticles, type Comparison } from '@shared/compare';
import { applyNameChoices } from '@shared/compare/name-choices';
import { listNameChoices } from '../../db/name-choices';
import type { ArticleRecord, ArticleTextRecord } from '@shared/model';
import { useServices } from '../../app/services';

export interface LoadedComparison {
  articles: ArticleRecord[];
  texts: Map<string, string>;
  comparison: Comparison;
}

/** Loads the chosen articles and compares them; recomputed only when the articles change. */
export function useComparison(ids: readonly string[]): LoadedComparison | null {
  const { db } = useServices();
  const loaded = useLiveQuery(async () => {
    const articles = (await db.articles.bulkGet([...ids])).filter((a): a is ArticleRecord => !!a);
    const texts = (await db.articleTexts.bulkGet(articles.map((a) => a.id))).filter((t): t is ArticleTextRecord => !!t);
    return { articles, texts, choices: await listNameChoices(db) };
  }, [db, ids.join(' ')]);
  return useMemo(() => {
    if (!loaded || loaded.articles.length < 2) return null;
    const texts = new Map(loaded.texts.map((t) => [t.id, t.text]));
    const comparison = compareArticles(
      loaded.articles.map((a) => ({ id: a.id, text: texts.get(a.id) ?? '', title: a.title })),
    );
    // The person's own merges and splits of names go over what the comparison found.
    return { articles: loaded.articles, texts, comparison: { ...comparison, entities: applyNameChoices(comparison.entities, loaded.choices) } };
  }, [loaded]);
}
