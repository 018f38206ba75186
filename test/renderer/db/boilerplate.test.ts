import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { describe as describeSpan } from '@shared/anchoring/describe';
import { placeFurniture } from '@shared/furniture-places';
import { parseArticleFile } from '@shared/ingest';
import { splitParagraphs } from '@shared/paragraphs';
import { addParsedArticle } from '../../../src/renderer/src/db/articles';
import { restoreBoilerplate, setBoilerplateApart } from '../../../src/renderer/src/db/boilerplate';
import { addCitation } from '../../../src/renderer/src/db/citations';
import { createNote } from '../../../src/renderer/src/db/notes';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { noteContentWithCitation } from '../../../src/renderer/src/editor/summary';
import { freshDb } from './test-db';

const ARTICLE = [
  'Talks open in Reykjavik',
  'A photo of the ministers (Credit: State Department photo)',
  'The ministers met on Wednesday.',
  'They spoke for two hours.',
  'Related Articles',
].join('\n');
const CITED = 'They spoke for two hours.';

/** The article, a highlight and a note citing words after the caption (block 0, which stood at the start). */
async function setup(db: ParallaxDB) {
  const outcome = await parseArticleFile({ name: 'a.txt', bytes: new TextEncoder().encode(ARTICLE) });
  if (!outcome.ok) throw new Error(outcome.error.message);
  const added = await addParsedArticle(db, outcome.article, 'a.txt');
  if (added.status !== 'added') throw new Error('expected added');
  const id = added.article.id;
  const { text } = outcome.article;
  const start = text.indexOf('two hours');
  await db.highlights.add({
    id: 'h1', articleId: id, start, end: start + 9, selectors: describeSpan(text, start, start + 9),
    tagIds: [], anchorStatus: 'anchored', createdAt: 0, updatedAt: 0,
  });
  const citedAt = text.indexOf(CITED);
  const citation = await addCitation(db, {
    articleId: id, start: citedAt, end: citedAt + CITED.length, selectors: describeSpan(text, citedAt, citedAt + CITED.length),
    quote: CITED, sourceLabel: 'The Ledger', highlightId: null,
  });
  const note = await createNote(db, { content: noteContentWithCitation(citation.id) });
  return { id, citation, note };
}

/** Everything a stored span or the fingerprint depends on, as stored now. */
async function storedSpans(db: ParallaxDB, id: string) {
  return {
    article: await db.articles.get(id),
    text: (await db.articleTexts.get(id))!.text,
    highlights: await db.highlights.toArray(),
    citations: await db.citations.toArray(),
    notes: await db.notes.toArray(),
  };
}

describe('putting page furniture back in the text', () => {
  let db: ParallaxDB;
  afterEach(async () => {
    await db?.delete();
  });

  it('shows the block where it stood and moves nothing stored: text, fingerprint, highlights, citations and notes stay as they were', async () => {
    db = freshDb();
    const { id, citation, note } = await setup(db);
    const before = await storedSpans(db, id);
    expect((await db.articleTexts.get(id))!.boilerplate.map((b) => b.reason)).toEqual(['photo caption', 'related links']);

    await restoreBoilerplate(db, id, 0);

    expect(await storedSpans(db, id)).toEqual(before);
    const { text, boilerplate } = (await db.articleTexts.get(id))!;
    // The fingerprint is still the hash of the text (computed here with Node's own SHA-256).
    expect(before.article?.fingerprint).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    expect(boilerplate[0]).toMatchObject({ reason: 'photo caption', restored: true });
    expect(boilerplate[1]?.restored).toBeUndefined();
    // The note's citation of words after the block still opens at those words.
    const row = (await db.citations.get(citation.id))!;
    expect(text.slice(row.start, row.end)).toBe(CITED);
    expect((await db.notes.get(note.id))?.plainText).toBe(`“${CITED}” (The Ledger)`);
    const highlight = (await db.highlights.get('h1'))!;
    expect(text.slice(highlight.start, highlight.end)).toBe('two hours');
    // The reader shows the caption before the first paragraph, where it was taken out.
    const placed = placeFurniture(splitParagraphs(text).map((p) => p.start), boilerplate);
    expect(placed.map((p) => [p.block.text, p.beforeParagraph])).toEqual([['A photo of the ministers (Credit: State Department photo)', 0]]);
  });

  it('can be undone, and set apart again, leaving the article exactly as it was', async () => {
    db = freshDb();
    const { id } = await setup(db);
    const before = (await db.articleTexts.get(id))!;
    const { undo } = await restoreBoilerplate(db, id, 1);
    expect((await db.articleTexts.get(id))!.boilerplate[1]).toEqual({ ...before.boilerplate[1], restored: true });
    await undo();
    expect(await db.articleTexts.get(id)).toEqual(before);

    await restoreBoilerplate(db, id, 0);
    const apart = await setBoilerplateApart(db, id, 0);
    expect(await db.articleTexts.get(id)).toEqual(before);
    await apart.undo();
    expect((await db.articleTexts.get(id))!.boilerplate[0]?.restored).toBe(true);
  });

  it('says so when the block is gone, and changes nothing', async () => {
    db = freshDb();
    const { id } = await setup(db);
    const before = (await db.articleTexts.get(id))!;
    await expect(restoreBoilerplate(db, id, 7)).rejects.toThrow(/no longer/);
    await expect(restoreBoilerplate(db, 'no-such-article', 0)).rejects.toThrow(/no longer/);
    expect(await db.articleTexts.get(id)).toEqual(before);
  });
});
