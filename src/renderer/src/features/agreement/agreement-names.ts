import type { AgreementNames } from '@shared/agreement/csv';
import type { ArticleRecord, TagRecord } from '@shared/model';
import type { SyncProjectRecord } from '@shared/sync/project';

/** How coders, tags and articles are named in the Agreement view and its CSV. */
export function agreementNames(project: SyncProjectRecord | null, ownId: string, tags: readonly TagRecord[], articles: readonly ArticleRecord[]): AgreementNames {
  const tagNames = new Map(tags.map((tag) => [tag.id, tag.name]));
  const titles = new Map(articles.map((article) => [article.id, (article.edits.title as string | undefined) ?? article.title ?? `Untitled (${article.sourceName})`]));
  const members = new Map((project?.members ?? []).map((member) => [member.id, member.name]));
  return {
    coder: (id) => (id === ownId ? `You (${project?.memberName ?? 'this device'})` : (members.get(id) ?? 'A former member')),
    tag: (id) => tagNames.get(id) ?? '(a deleted tag)',
    article: (id) => titles.get(id) ?? '(an article no longer here)',
  };
}
