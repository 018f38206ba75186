import { afterEach, describe, expect, it } from 'vitest';
import { describe as describeSpan } from '@shared/anchoring/describe';
import { parseArticleFile } from '@shared/ingest';
import type { ParsedArticle } from '@shared/ingest/types';
import { addParsedArticle, editArticleMetadata, listArticles } from '../../../src/renderer/src/db/articles';
import { createHighlight } from '../../../src/renderer/src/db/highlights';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { reanchorCitation } from '../../../src/renderer/src/db/versions';
import { freshDb } from './test-db';

const FRONT = '---\ntitle: Ministers meet in Reykjavik\noutlet: The Northern Ledger\n---\n\n';
const V1 = [
  'The foreign ministers met on Wednesday in Reykjavik for two hours.',
  'Blinken said the United States wanted a predictable, stable relationship with Russia.',
  'Lavrov said there were serious differences between the two countries.',
  'The meeting took place on the sidelines of the Arctic Council.',
].join('\n\n');
const V2 = [
  'Updated with comments from both delegations.',
  'The foreign ministers met on Wednesday in Reykjavik for two hours.',
  'Blinken said the United States wanted a predictable and stable relationship with Russia.',
  'The meeting took place on the sidelines of the Arctic Council.',
].join('\n\n');

async function parsed(body: string): Promise<ParsedArticle> {
  const outcome = await parseArticleFile({ name: 'story.md', bytes: new TextEncoder().encode(FRONT + body) });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.article;
}

const spanOf = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`missing ${phrase}`);
  return { start, end: start + phrase.length };
};

describe('importing a newer version of an article', () => {
  let db: ParallaxDB;
  afterEach(async () => {
    await db?.delete();
  });

  it('keeps the old version, carries highlights and notes over, and reports what moved, changed or was orphaned', async () => {
    db = freshDb();
    const first = await parsed(V1);
    const stored = await addParsedArticle(db, first, 'v1.md');
    if (stored.status !== 'added') throw new Error('expected added');
    const oldId = stored.article.id;
    const kept = await createHighlight(db, { articleId: oldId, ...spanOf(first.text, 'for two hours'), tagIds: ['t'] });
    const edited = await createHighlight(db, { articleId: oldId, ...spanOf(first.text, 'a predictable, stable relationship'), tagIds: [] });
    const deleted = await createHighlight(db, { articleId: oldId, ...spanOf(first.text, 'serious differences between the two countries'), tagIds: [] });
    const citedSpan = spanOf(first.text, 'sidelines of the Arctic Council');
    const citation = {
      id: 'c1', articleId: oldId, ...citedSpan, selectors: describeSpan(first.text, citedSpan.start, citedSpan.end),
      quote: 'sidelines of the Arctic Council', sourceLabel: 'The Northern Ledger', highlightId: null,
    };
    await db.citations.add(citation);
    const citingContent = JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'span-link', version: 2, citationId: 'c1' }] }] } });
    await db.notes.bulkAdd([
      { id: 'on-article', content: '{}', plainText: 'mine', articleId: oldId, highlightId: null, citedArticleIds: [], createdAt: 1, updatedAt: 1 },
      {
        id: 'citing',
        content: citingContent,
        plainText: 'cites',
        articleId: null,
        highlightId: null,
        citedArticleIds: [oldId],
        createdAt: 1,
        updatedAt: 1,
      },
    ]);
    await editArticleMetadata(db, oldId, 'outlet', 'Northern Ledger (corrected)');

    const second = await parsed(V2);
    const result = await addParsedArticle(db, second, 'v2.md');
    expect(result.status).toBe('new-version');
    if (result.status !== 'new-version') return;
    const newId = result.article.id;
    expect(result.report).toEqual({ previousVersionId: oldId, exact: 0, moved: 1, changed: 1, orphaned: 1, citations: 1 });

    const h = async (id: string) => (await db.highlights.get(id))!;
    expect(second.text.slice((await h(kept.id)).start, (await h(kept.id)).end)).toBe('for two hours');
    expect(second.text.slice((await h(edited.id)).start, (await h(edited.id)).end)).toBe('a predictable and stable relationship');
    expect(await h(deleted.id)).toMatchObject({ articleId: newId, anchorStatus: 'orphan', selectors: deleted.selectors });
    expect((await h(kept.id)).articleId).toBe(newId);

    expect((await db.notes.get('on-article'))?.articleId).toBe(newId);
    const citing = (await db.notes.get('citing'))!;
    expect(citing.citedArticleIds).toEqual([newId]);
    // The note is not rewritten: its link names the same row, and the row moved to the new version.
    expect(citing.content).toBe(citingContent);
    const repointed = (await db.citations.get('c1'))!;
    expect(repointed.articleId).toBe(newId);
    expect(second.text.slice(repointed.start, repointed.end)).toBe('sidelines of the Arctic Council');
    expect(repointed.orphan).toBeUndefined();

    expect((await listArticles(db)).map((a) => a.id)).toEqual([newId]);
    expect(await db.articleTexts.get(oldId)).toBeDefined();
    expect((await db.articles.get(newId))?.edits).toEqual({ outlet: 'Northern Ledger (corrected)' });
    expect((await db.articles.get(newId))?.previousVersionId).toBe(oldId);
  });

  it('does not treat articles with different headlines from one outlet as versions', async () => {
    db = freshDb();
    await addParsedArticle(db, await parsed(V1), 'a.md');
    const other = await parseArticleFile({
      name: 'b.md',
      bytes: new TextEncoder().encode('---\ntitle: Another story\noutlet: The Northern Ledger\n---\n\nSomething else happened.'),
    });
    if (!other.ok) throw new Error(other.error.message);
    expect((await addParsedArticle(db, other.article, 'b.md')).status).toBe('added');
  });

  it('keeps a citation whose words are gone from the new version, with its words and old place, marked orphan', () => {
    const old = 'Lavrov said there were serious differences.';
    const span = spanOf(old, 'serious differences');
    const row = { id: 'c', articleId: 'a', ...span, selectors: describeSpan(old, span.start, span.end), quote: 'serious differences', sourceLabel: '', highlightId: null };
    expect(reanchorCitation(row, 'b', 'Something else entirely was said on Thursday.')).toEqual({ ...row, articleId: 'b', orphan: true });
    const found = reanchorCitation({ ...row, orphan: true }, 'b', `Update. ${old}`);
    expect(found.orphan).toBeUndefined();
    expect(found.start).toBe(span.start + 'Update. '.length);
  });
});
