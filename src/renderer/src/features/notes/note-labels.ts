import type { Id, NoteRecord } from '@shared/model';

const TITLE_LENGTH = 120;

/** The first line of the note's text, as its title in lists; null for an empty note. */
export function noteTitle(plainText: string): string | null {
  const line = plainText
    .split('\n')
    .map((text) => text.replace(/\s+/gu, ' ').trim())
    .find((text) => text.length > 0);
  if (!line) return null;
  return line.length > TITLE_LENGTH ? `${line.slice(0, TITLE_LENGTH - 1).trimEnd()}…` : line;
}

/** When a note was last changed: the time today, the day this year, the full date before. */
export function formatNoteDate(time: number, now: number = Date.now(), locale?: string): string {
  const date = new Date(time);
  const today = new Date(now);
  if (date.toDateString() === today.toDateString()) {
    return date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  }
  if (date.getFullYear() === today.getFullYear()) return date.toLocaleDateString(locale, { day: 'numeric', month: 'short' });
  return date.toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' });
}

export type AttachmentKind = 'article' | 'highlight' | 'standalone' | 'cites';

/**
 * What a note is attached to, in words, seen from the open article: "This article", "A highlight",
 * "Cites this article" (a note elsewhere that quotes it), "Standalone", or another article's title.
 */
export function describeAttachment(
  note: Pick<NoteRecord, 'articleId' | 'highlightId' | 'citedArticleIds'>,
  openArticleId: Id | null,
  titleOf: (articleId: Id) => string | undefined,
): { kind: AttachmentKind; text: string } {
  const elsewhere = (articleId: Id) => {
    const title = titleOf(articleId);
    return title ? `“${title}”` : 'another article';
  };
  if (note.highlightId) {
    const where = !note.articleId || note.articleId === openArticleId ? '' : ` in ${elsewhere(note.articleId)}`;
    return { kind: 'highlight', text: `A highlight${where}` };
  }
  if (note.articleId) {
    if (note.articleId === openArticleId) return { kind: 'article', text: 'This article' };
    if (openArticleId && note.citedArticleIds.includes(openArticleId)) return { kind: 'cites', text: `Cites this article, on ${elsewhere(note.articleId)}` };
    return { kind: 'article', text: elsewhere(note.articleId) };
  }
  if (openArticleId && note.citedArticleIds.includes(openArticleId)) return { kind: 'cites', text: 'Cites this article' };
  return { kind: 'standalone', text: 'Standalone' };
}
