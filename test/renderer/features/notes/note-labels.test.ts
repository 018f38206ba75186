import { describe, expect, it } from 'vitest';
import { normaliseLinkUrl } from '../../../../src/renderer/src/features/notes/link-url';
import { describeAttachment, noteTitle } from '../../../../src/renderer/src/features/notes/note-labels';

const titles = new Map([['b', 'Talks in Reykjavik']]);
const titleOf = (id: string) => titles.get(id);

describe('how a note is listed', () => {
  it('is titled by its first line of text, or not at all when empty', () => {
    expect(noteTitle('\n  First   line \nSecond')).toBe('First line');
    expect(noteTitle('   \n')).toBeNull();
    expect(noteTitle('x'.repeat(300))).toHaveLength(120);
  });

  it('says what the note is attached to, seen from the open article', () => {
    const note = { articleId: null, highlightId: null, citedArticleIds: [] as string[] };
    expect(describeAttachment({ ...note, articleId: 'a' }, 'a', titleOf)).toEqual({ kind: 'article', text: 'This article' });
    expect(describeAttachment({ ...note, articleId: 'a', highlightId: 'h' }, 'a', titleOf)).toEqual({ kind: 'highlight', text: 'A highlight' });
    expect(describeAttachment(note, 'a', titleOf)).toEqual({ kind: 'standalone', text: 'Standalone' });
    expect(describeAttachment({ ...note, articleId: 'b', citedArticleIds: ['a'] }, 'a', titleOf)).toEqual({
      kind: 'cites',
      text: 'Cites this article, on “Talks in Reykjavik”',
    });
    expect(describeAttachment({ ...note, citedArticleIds: ['a'] }, 'a', titleOf).kind).toBe('cites');
    expect(describeAttachment({ ...note, articleId: 'b' }, null, titleOf).text).toBe('“Talks in Reykjavik”');
  });
});

describe('link addresses in notes', () => {
  it('accepts web and mail addresses, completing a bare domain with https', () => {
    expect(normaliseLinkUrl(' https://apnews.com/x ')).toBe('https://apnews.com/x');
    expect(normaliseLinkUrl('reuters.com/world')).toBe('https://reuters.com/world');
    expect(normaliseLinkUrl('mailto:desk@example.org')).toBe('mailto:desk@example.org');
  });

  it('refuses scripts, files and things that are not addresses', () => {
    expect(normaliseLinkUrl('javascript:alert(1)')).toBeNull();
    expect(normaliseLinkUrl('file:///etc/passwd')).toBeNull();
    expect(normaliseLinkUrl('not an address')).toBeNull();
    expect(normaliseLinkUrl('')).toBeNull();
  });
});
