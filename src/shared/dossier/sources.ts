/** The sources table: one row per article, in dossier order. */
import type { DossierContext } from './context';

export interface SourceRow {
  index: number;
  /** `a<n>`: the article's heading in the appendix. */
  anchor: string;
  articleId: string;
  title: string;
  outlet: string | null;
  authors: string[];
  /** As shown ("19 May 2021"). */
  date: string | null;
  /** As stored (ISO or `--MM-DD`). */
  published: string | null;
  agencies: string[];
  /** The file the article came from. */
  file: string;
  /** The article's URL as recorded: text, never trusted as a link without validation. */
  url: string | null;
}

export function sourceRows(ctx: DossierContext): SourceRow[] {
  return ctx.articles.map((entry) => ({
    index: entry.index,
    anchor: entry.anchor,
    articleId: entry.article.record.id,
    title: entry.title,
    outlet: entry.meta.outlet,
    authors: [...entry.meta.authors],
    date: entry.date,
    published: entry.meta.published,
    agencies: [...entry.meta.agencies],
    file: entry.article.record.sourceName,
    url: entry.meta.url,
  }));
}
