import { Layers } from 'lucide-react';
import { useState } from 'react';
import { effectiveMetadata } from '@shared/article-view';
import { groupStories, type Story } from '@shared/compare/stories';
import type { ArticleRecord } from '@shared/model';
import { useServices } from '../../app/services';

/**
 * "Group into stories": the library's articles clustered by event (src/shared/compare/stories.ts),
 * each story named, with who carried it first and how many wire copies were folded; "Open" puts
 * its articles (copies left out, at most `max`) into Compare.
 */
export function StoryGroups({ articles, max, onOpen }: { articles: ArticleRecord[]; max: number; onOpen: (ids: string[]) => void }) {
  const { db } = useServices();
  const [stories, setStories] = useState<Story[] | null>(null);
  const [busy, setBusy] = useState(false);
  const outletOf = new Map(articles.map((a) => [a.id, effectiveMetadata(a).outlet ?? a.sourceName]));

  const group = async () => {
    setBusy(true);
    try {
      const texts = await db.articleTexts.bulkGet(articles.map((a) => a.id));
      const grouping = groupStories(
        articles.map((a, i) => {
          const meta = effectiveMetadata(a);
          return { id: a.id, title: meta.title, text: texts[i]?.text ?? '', published: meta.published, outlet: meta.outlet };
        }),
      );
      setStories(grouping.stories);
    } finally {
      setBusy(false);
    }
  };

  if (!stories) {
    return (
      <button type="button" className="button" disabled={busy || articles.length < 2} onClick={() => void group()}>
        <Layers size={14} aria-hidden /> {busy ? 'Grouping…' : 'Group into stories'}
      </button>
    );
  }
  return (
    <section aria-label="Stories">
      <div className="section-title">
        {stories.length} {stories.length === 1 ? 'story' : 'stories'} in {articles.length} articles
      </div>
      <ul className="compare-stories">
        {stories.map((story) => {
          const folded = new Set(story.folded.map((f) => f.articleId));
          const ids = story.articles.filter((id) => !folded.has(id)).slice(0, max);
          const first = story.first.wire && story.first.wire !== outletOf.get(story.first.articleId) ? `${outletOf.get(story.first.articleId)} (${story.first.wire})` : outletOf.get(story.first.articleId);
          return (
            <li key={story.id}>
              <span className="compare-stories__title">{story.title}</span>
              <span className="faint">
                {story.articles.length} articles{story.folded.length ? ` · ${story.folded.length} wire copies folded` : ''} · first: {first}
              </span>
              <button type="button" className="button" disabled={ids.length < 2} onClick={() => onOpen(ids)} aria-label={`Open “${story.title}” in Compare`}>
                Open
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
