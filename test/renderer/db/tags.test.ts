import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describe as describeSpan } from '@shared/anchoring/describe';
import { TAG_PALETTE } from '@shared/codebook/palette';
import type { ArticleRecord, HighlightRecord, Id } from '@shared/model';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import {
  createTag,
  deleteTag,
  describeTag,
  mergeTags,
  moveTag,
  passagesForTag,
  recolourTag,
  renameTag,
  restoreTagChange,
  tagCounts,
  tagImpact,
  type TagChange,
} from '../../../src/renderer/src/db/tags';
import { freshDb } from './test-db';

let db: ParallaxDB;
let counter = 0;

beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

async function addArticle(text: string, importedAt: number, meta: Partial<ArticleRecord> = {}): Promise<Id> {
  counter += 1;
  const id = `article-${counter}`;
  const article: ArticleRecord = {
    id,
    title: `Article ${counter}`,
    outlet: 'The Outlet',
    authors: [],
    published: '2021-05-19',
    dateline: null,
    agencies: [],
    url: null,
    format: 'txt',
    fingerprint: `fp-${counter}`,
    sourceName: `${id}.txt`,
    importedAt,
    length: text.length,
    warnings: [],
    provenance: {},
    edits: {},
    nearDuplicateIds: [],
    previousVersionId: null,
    lang: null,
    versionKeys: [],
    ...meta,
  };
  await db.articles.add(article);
  await db.articleTexts.add({ id, text, boilerplate: [] });
  return id;
}

/** A highlight on the first occurrence of `words` in the article's text. */
async function addHighlight(articleId: Id, words: string, tagIds: Id[], createdAt = 1): Promise<HighlightRecord> {
  const { text } = (await db.articleTexts.get(articleId))!;
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in ${articleId}`);
  counter += 1;
  const highlight: HighlightRecord = {
    id: `highlight-${counter}`,
    articleId,
    start,
    end: start + words.length,
    selectors: describeSpan(text, start, start + words.length),
    tagIds,
    anchorStatus: 'anchored',
    createdAt,
    updatedAt: createdAt,
  };
  await db.highlights.add(highlight);
  return highlight;
}

const byId = <T extends { id: Id }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

async function rows() {
  return { tags: byId(await db.tags.toArray()), highlights: byId(await db.highlights.toArray()) };
}

/** Runs a change, then checks that undoing it puts back exactly the rows there were and redoing it makes it again. */
async function expectUndoable(run: () => Promise<TagChange>): Promise<void> {
  const before = await rows();
  const change = await run();
  const after = await rows();
  expect(after).not.toEqual(before);
  await restoreTagChange(db, change, 'before');
  expect(await rows()).toEqual(before);
  await restoreTagChange(db, change, 'after');
  expect(await rows()).toEqual(after);
}

describe('creating tags', () => {
  it('trims the name, files it at the end of its siblings and gives it the least used palette colour', async () => {
    const { tag: first } = await createTag(db, { name: '  Threats  ' }, 100);
    const { tag: second } = await createTag(db, { name: 'Warnings' });
    const { tag: child } = await createTag(db, { name: 'Military', parentId: first.id, description: ' force ' });
    expect(first).toMatchObject({ name: 'Threats', parentId: null, order: 0, color: TAG_PALETTE[0]!.color, createdAt: 100 });
    expect(second).toMatchObject({ order: 1, color: TAG_PALETTE[1]!.color });
    expect(child).toMatchObject({ parentId: first.id, order: 0, color: TAG_PALETTE[2]!.color, description: 'force' });
    expect(await db.tags.count()).toBe(3);
  });

  it('stores tag colours only as #rrggbb, on creating and on recolouring, and says so in words', async () => {
    await expect(createTag(db, { name: 'Evil', color: 'red;background:url(x)' })).rejects.toThrow(/is not a colour Parallax can use: give it as #rrggbb/);
    const { tag } = await createTag(db, { name: 'Fine', color: '#12ab34' });
    await expect(recolourTag(db, tag.id, 'expression(alert(1))')).rejects.toThrow(/#rrggbb/);
    expect((await db.tags.get(tag.id))?.color).toBe('#12ab34');
    expect(await db.tags.count()).toBe(1);
  });

  it('keeps a colour that was asked for', async () => {
    const { tag } = await createTag(db, { name: 'Blue one', color: TAG_PALETTE[6]!.color });
    expect(tag.color).toBe(TAG_PALETTE[6]!.color);
  });

  it('refuses an empty name with a sentence saying so', async () => {
    await expect(createTag(db, { name: '   ' })).rejects.toThrow('A tag needs a name.');
    expect(await db.tags.count()).toBe(0);
  });

  it('refuses a name a sibling already has, whatever its case, and names where the clash is', async () => {
    const { tag: parent } = await createTag(db, { name: 'Warnings' });
    await createTag(db, { name: 'Threats', parentId: parent.id });
    await expect(createTag(db, { name: 'threats ', parentId: parent.id })).rejects.toThrow(
      'There is already a tag named “Threats” under “Warnings”. Choose another name.',
    );
    await expect(createTag(db, { name: 'WARNINGS' })).rejects.toThrow('at the top level of the codebook');
    // The same name elsewhere in the tree is fine.
    await expect(createTag(db, { name: 'Threats' })).resolves.toMatchObject({ tag: { name: 'Threats', parentId: null } });
  });

  it('refuses a parent that does not exist', async () => {
    await expect(createTag(db, { name: 'Orphan', parentId: 'gone' })).rejects.toThrow('no longer exists');
  });

  it('can be undone and redone with the same id', async () => {
    await expectUndoable(async () => (await createTag(db, { name: 'Threats' })).change);
  });
});

describe('renaming, recolouring and describing', () => {
  it('renames a tag, refusing a sibling’s name but allowing a change of case of its own', async () => {
    const { tag } = await createTag(db, { name: 'Threats' });
    await createTag(db, { name: 'Warnings' });
    await expect(renameTag(db, tag.id, 'warnings')).rejects.toThrow('There is already a tag named “Warnings”');
    await renameTag(db, tag.id, 'THREATS');
    expect((await db.tags.get(tag.id))!.name).toBe('THREATS');
    await expectUndoable(() => renameTag(db, tag.id, '  Menaces '));
    expect((await db.tags.get(tag.id))!.name).toBe('Menaces');
  });

  it('recolours and describes a tag, each undoable to the exact previous row', async () => {
    const { tag } = await createTag(db, { name: 'Threats' });
    await expectUndoable(() => recolourTag(db, tag.id, TAG_PALETTE[5]!.color));
    expect((await db.tags.get(tag.id))!.color).toBe(TAG_PALETTE[5]!.color);
    await expectUndoable(() => describeTag(db, tag.id, 'Explicit or implied threats of force.'));
    expect((await db.tags.get(tag.id))!.description).toBe('Explicit or implied threats of force.');
  });

  it('refuses to change a tag that no longer exists', async () => {
    await expect(renameTag(db, 'gone', 'Name')).rejects.toThrow('That tag no longer exists');
  });
});

describe('moving tags', () => {
  it('moves a tag, with its children, under another tag at the position asked for', async () => {
    const { tag: warnings } = await createTag(db, { name: 'Warnings' });
    const { tag: a } = await createTag(db, { name: 'A', parentId: warnings.id });
    const { tag: b } = await createTag(db, { name: 'B', parentId: warnings.id });
    const { tag: threats } = await createTag(db, { name: 'Threats' });
    const { tag: military } = await createTag(db, { name: 'Military', parentId: threats.id });
    await expectUndoable(() => moveTag(db, threats.id, warnings.id, 1));
    const siblings = (await db.tags.where('parentId').equals(warnings.id).sortBy('order')).map((t) => t.id);
    expect(siblings).toEqual([a.id, threats.id, b.id]);
    expect((await db.tags.get(military.id))!.parentId).toBe(threats.id);
  });

  it('moves a tag back to the top level, at the end when no position is given', async () => {
    const { tag: warnings } = await createTag(db, { name: 'Warnings' });
    const { tag: threats } = await createTag(db, { name: 'Threats', parentId: warnings.id });
    await moveTag(db, threats.id, null);
    expect(await db.tags.get(threats.id)).toMatchObject({ parentId: null, order: 1 });
  });

  it('reorders siblings', async () => {
    const { tag: a } = await createTag(db, { name: 'A' });
    const { tag: b } = await createTag(db, { name: 'B' });
    const { tag: c } = await createTag(db, { name: 'C' });
    await moveTag(db, c.id, null, 0);
    expect((await db.tags.orderBy('order').toArray()).map((t) => t.id)).toEqual([c.id, a.id, b.id]);
  });

  it('refuses to move a tag under itself or under one of its descendants, and changes nothing', async () => {
    const { tag: warnings } = await createTag(db, { name: 'Warnings' });
    const { tag: threats } = await createTag(db, { name: 'Threats', parentId: warnings.id });
    const { tag: military } = await createTag(db, { name: 'Military', parentId: threats.id });
    const before = await rows();
    await expect(moveTag(db, warnings.id, warnings.id)).rejects.toThrow('“Warnings” cannot go inside itself.');
    await expect(moveTag(db, warnings.id, military.id)).rejects.toThrow('“Warnings” cannot go under “Military”, which is inside it.');
    expect(await rows()).toEqual(before);
  });

  it('refuses to move a tag where a sibling has its name', async () => {
    const { tag: warnings } = await createTag(db, { name: 'Warnings' });
    await createTag(db, { name: 'Threats', parentId: warnings.id });
    const { tag: threats } = await createTag(db, { name: 'Threats' });
    await expect(moveTag(db, threats.id, warnings.id)).rejects.toThrow('There is already a tag named “Threats” under “Warnings”');
  });
});

describe('merging tags', () => {
  it('recodes the source’s highlights with the target, once each, moves its children, and deletes it', async () => {
    const article = await addArticle('Russia warned of consequences. The U.S. threatened sanctions. Talks went on.', 1);
    const { tag: threats } = await createTag(db, { name: 'Threats' });
    const { tag: warnings } = await createTag(db, { name: 'Warnings' });
    const { tag: other } = await createTag(db, { name: 'Other' });
    const { tag: military } = await createTag(db, { name: 'Military', parentId: threats.id });
    const onlySource = await addHighlight(article, 'threatened sanctions', [threats.id, other.id]);
    const both = await addHighlight(article, 'warned of consequences', [warnings.id, threats.id]);
    const untouched = await addHighlight(article, 'Talks went on', [other.id]);

    await expectUndoable(() => mergeTags(db, threats.id, warnings.id, 500));

    expect(await db.tags.get(threats.id)).toBeUndefined();
    expect((await db.highlights.get(onlySource.id))!.tagIds).toEqual([warnings.id, other.id]);
    expect((await db.highlights.get(both.id))!.tagIds).toEqual([warnings.id]);
    expect(await db.highlights.get(untouched.id)).toEqual(untouched);
    expect(await db.tags.get(military.id)).toMatchObject({ parentId: warnings.id, order: 0 });
  });

  it('merges a child into a same-named child of the target instead of making two siblings with one name', async () => {
    const article = await addArticle('One two three four.', 1);
    const { tag: source } = await createTag(db, { name: 'Source' });
    const { tag: target } = await createTag(db, { name: 'Target' });
    const { tag: sourceRussia } = await createTag(db, { name: 'Russia', parentId: source.id });
    const { tag: targetRussia } = await createTag(db, { name: 'russia', parentId: target.id });
    const highlight = await addHighlight(article, 'two', [sourceRussia.id]);
    await mergeTags(db, source.id, target.id);
    expect(await db.tags.get(sourceRussia.id)).toBeUndefined();
    expect((await db.highlights.get(highlight.id))!.tagIds).toEqual([targetRussia.id]);
    expect((await db.tags.toArray()).map((t) => t.name).sort()).toEqual(['Target', 'russia']);
  });

  it('merges a child tag into its parent', async () => {
    const { tag: warnings } = await createTag(db, { name: 'Warnings' });
    const { tag: threats } = await createTag(db, { name: 'Threats', parentId: warnings.id });
    await mergeTags(db, threats.id, warnings.id);
    expect(await db.tags.count()).toBe(1);
  });

  it('refuses to merge a tag into itself or into a tag inside it', async () => {
    const { tag: warnings } = await createTag(db, { name: 'Warnings' });
    const { tag: threats } = await createTag(db, { name: 'Threats', parentId: warnings.id });
    await expect(mergeTags(db, warnings.id, warnings.id)).rejects.toThrow('cannot be merged into itself');
    await expect(mergeTags(db, warnings.id, threats.id)).rejects.toThrow(
      '“Warnings” cannot be merged into “Threats”, which is inside it. Move “Threats” out first.',
    );
    expect(await db.tags.count()).toBe(2);
  });
});

describe('deleting tags', () => {
  it('deletes the tag and its descendants; their highlights stay and lose only those tags', async () => {
    const article = await addArticle('Alpha beta gamma delta.', 1);
    const { tag: warnings } = await createTag(db, { name: 'Warnings' });
    const { tag: threats } = await createTag(db, { name: 'Threats', parentId: warnings.id });
    const { tag: military } = await createTag(db, { name: 'Military', parentId: threats.id });
    const { tag: keep } = await createTag(db, { name: 'Keep' });
    const a = await addHighlight(article, 'Alpha', [military.id, keep.id]);
    const b = await addHighlight(article, 'gamma', [warnings.id]);

    await expectUndoable(() => deleteTag(db, warnings.id, 700));

    expect((await db.tags.toArray()).map((t) => t.id)).toEqual([keep.id]);
    expect(await db.highlights.get(a.id)).toMatchObject({ tagIds: [keep.id], start: a.start, end: a.end, updatedAt: 700 });
    expect(await db.highlights.get(b.id)).toMatchObject({ tagIds: [], start: b.start });
    expect(await db.highlights.count()).toBe(2);
  });

  it('on undo gives highlights back their tags without undoing anything else done to them since', async () => {
    const article = await addArticle('Alpha beta gamma delta.', 1);
    const { tag } = await createTag(db, { name: 'Warnings' });
    const highlight = await addHighlight(article, 'beta', [tag.id]);
    const change = await deleteTag(db, tag.id);
    await db.highlights.update(highlight.id, { anchorStatus: 'orphan' });
    await restoreTagChange(db, change, 'before');
    expect(await db.highlights.get(highlight.id)).toMatchObject({ tagIds: [tag.id], anchorStatus: 'orphan' });
    await db.highlights.delete(highlight.id);
    await restoreTagChange(db, change, 'after');
    expect(await db.highlights.count()).toBe(0);
  });

  it('states what a deletion affects: highlights, child tags at any depth and articles', async () => {
    const one = await addArticle('First article text here.', 1);
    const two = await addArticle('Second article text here.', 2);
    const { tag: warnings } = await createTag(db, { name: 'Warnings' });
    const { tag: threats } = await createTag(db, { name: 'Threats', parentId: warnings.id });
    const { tag: military } = await createTag(db, { name: 'Military', parentId: threats.id });
    const { tag: other } = await createTag(db, { name: 'Other' });
    await addHighlight(one, 'First', [warnings.id, military.id]);
    await addHighlight(one, 'text', [threats.id]);
    await addHighlight(two, 'Second', [military.id]);
    await addHighlight(two, 'here', [other.id]);
    expect(await tagImpact(db, warnings.id)).toEqual({ highlights: 3, descendants: 2, articles: 2 });
    expect(await tagImpact(db, threats.id)).toEqual({ highlights: 3, descendants: 1, articles: 2 });
    expect(await tagImpact(db, other.id)).toEqual({ highlights: 1, descendants: 0, articles: 1 });
  });
});

describe('counts and passages', () => {
  it('counts each tag’s own highlights', async () => {
    const article = await addArticle('Alpha beta gamma delta.', 1);
    const { tag: a } = await createTag(db, { name: 'A' });
    const { tag: b } = await createTag(db, { name: 'B', parentId: a.id });
    const { tag: unused } = await createTag(db, { name: 'Unused' });
    await addHighlight(article, 'Alpha', [a.id, b.id]);
    await addHighlight(article, 'beta', [b.id]);
    const counts = await tagCounts(db);
    expect(counts.get(a.id)).toBe(1);
    expect(counts.get(b.id)).toBe(2);
    expect(counts.get(unused.id)).toBeUndefined();
  });

  it('lists a tag’s passages across the corpus in document order, each with its sentence and source', async () => {
    // Imported second, added first: library order is import time, not insertion order.
    const later = await addArticle('Lavrov spoke first. Then he warned Kyiv. It ended.', 20, { title: 'Later import', outlet: 'TASS' });
    const earlier = await addArticle('Blinken arrived. He warned Moscow of costs. Both smiled.', 10, {
      title: 'Earlier import',
      outlet: 'AP',
      edits: { outlet: 'Associated Press' },
    });
    const { tag: warnings } = await createTag(db, { name: 'Warnings' });
    const { tag: child } = await createTag(db, { name: 'Explicit', parentId: warnings.id });
    const { tag: unrelated } = await createTag(db, { name: 'Unrelated' });
    await addHighlight(later, 'warned Kyiv', [warnings.id]);
    await addHighlight(earlier, 'of costs', [child.id]);
    await addHighlight(earlier, 'Blinken', [warnings.id]);
    await addHighlight(earlier, 'Both', [unrelated.id]);

    const passages = await passagesForTag(db, warnings.id);
    expect(
      passages.map((p) => ({
        title: p.title,
        outlet: p.outlet,
        marked: `${p.sentence.text.slice(0, p.sentence.start)}[${p.sentence.text.slice(p.sentence.start, p.sentence.end)}]${p.sentence.text.slice(p.sentence.end)}`,
      })),
    ).toEqual([
      { title: 'Earlier import', outlet: 'Associated Press', marked: '[Blinken] arrived.' },
      { title: 'Earlier import', outlet: 'Associated Press', marked: 'He warned Moscow [of costs].' },
      { title: 'Later import', outlet: 'TASS', marked: 'Then he [warned Kyiv].' },
    ]);
    expect(passages[2]).toMatchObject({ articleId: later, start: 28, end: 39, published: '2021-05-19', orphan: false });

    const ownOnly = await passagesForTag(db, warnings.id, { includeDescendants: false });
    expect(ownOnly.map((p) => p.sentence.text)).toEqual(['Blinken arrived.', 'Then he warned Kyiv.']);
  });

  it('shows an orphaned highlight by its quote alone', async () => {
    const article = await addArticle('Words that were highlighted once.', 1);
    const { tag } = await createTag(db, { name: 'T' });
    const highlight = await addHighlight(article, 'highlighted', [tag.id]);
    await db.highlights.update(highlight.id, { anchorStatus: 'orphan' });
    const [passage] = await passagesForTag(db, tag.id);
    expect(passage).toMatchObject({ orphan: true, sentence: { text: 'highlighted', start: 0, end: 11 } });
  });

  it('is empty for a tag nothing is coded with', async () => {
    const { tag } = await createTag(db, { name: 'Empty' });
    expect(await passagesForTag(db, tag.id)).toEqual([]);
  });
});
