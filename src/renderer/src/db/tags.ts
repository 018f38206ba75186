/**
 * The codebook's repository: tags, their hierarchy, and the highlights coded with them.
 *
 * Every change runs in one Dexie transaction and returns a `TagChange`: the rows it touched as
 * they were before and as they are after. `restoreTagChange(db, change, 'before')` undoes it
 * and `restoreTagChange(db, change, 'after')` does it again (same ids), so Edit › Undo / Redo
 * can walk any number of codebook changes back and forth.
 */
import { displayTitle, effectiveMetadata } from '@shared/article-view';
import { leastUsedColour } from '@shared/codebook/palette';
import { sentenceAround, type SentenceContext } from '@shared/codebook/sentence';
import { compareSiblings, descendantIds, nameKey, siblingsOf } from '@shared/codebook/tree';
import type { HighlightRecord, Id, TagRecord } from '@shared/model';
import { checkColour } from '@shared/sync/fields';
import { newId } from './ids';
import type { ParallaxDB } from './schema';

/** Longest tag name accepted, in characters. */
export const MAX_TAG_NAME_LENGTH = 120;

/** A change a person asked for that cannot be made; the message says why, in a sentence for them. */
export class TagError extends Error {
  override name = 'TagError';
}

/** Rows of the two tables a codebook change touches. */
export interface TagRows {
  tags: TagRecord[];
  highlights: HighlightRecord[];
}

/**
 * What a codebook change did: every row it touched, before and after. A tag present only in
 * `after` was created, one present only in `before` was deleted. Highlights are never created
 * or deleted by the codebook, only recoded.
 */
export interface TagChange {
  before: TagRows;
  after: TagRows;
}

export interface NewTag {
  name: string;
  color?: string;
  parentId?: Id | null;
  description?: string;
  /** Chosen by the repository unless given (tests, imports). */
  id?: Id;
}

function sorted<T extends { id: Id }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function change(before: TagRows, after: TagRows): TagChange {
  return {
    before: { tags: sorted(before.tags), highlights: sorted(before.highlights) },
    after: { tags: sorted(after.tags), highlights: sorted(after.highlights) },
  };
}

function quoted(name: string): string {
  return `“${name}”`;
}

function requireTag(tags: readonly TagRecord[], id: Id): TagRecord {
  const tag = tags.find((t) => t.id === id);
  if (!tag) throw new TagError('That tag no longer exists; it may have been deleted.');
  return tag;
}

/** The tag's name as stored, after checking it: trimmed, not empty, not too long, unique among its siblings. */
function checkedName(tags: readonly TagRecord[], raw: string, parentId: Id | null, selfId: Id | null): string {
  const name = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!name) throw new TagError('A tag needs a name.');
  if (name.length > MAX_TAG_NAME_LENGTH) {
    throw new TagError(`A tag’s name can be at most ${MAX_TAG_NAME_LENGTH} characters long; this one has ${name.length}.`);
  }
  const clash = siblingsOf(tags, parentId).find((t) => t.id !== selfId && nameKey(t.name) === nameKey(name));
  if (clash) {
    const where = parentId === null ? 'at the top level of the codebook' : `under ${quoted(requireTag(tags, parentId).name)}`;
    throw new TagError(`There is already a tag named ${quoted(clash.name)} ${where}. Choose another name.`);
  }
  return name;
}

function nextOrder(tags: readonly TagRecord[], parentId: Id | null): number {
  return siblingsOf(tags, parentId).reduce((max, t) => Math.max(max, t.order + 1), 0);
}

function dedupe(ids: readonly Id[]): Id[] {
  return [...new Set(ids)];
}

/** Every tag, in no particular order (build the hierarchy with `listTagTree`). */
/** A colour reaches style attributes: only #rrggbb is stored (the rule sync peers and backups meet too). */
function checkedColour(colour: string): string {
  if (checkColour(colour, 'colour')) throw new TagError(`“${colour.slice(0, 40)}” is not a colour Parallax can use: give it as #rrggbb.`);
  return colour;
}

export function listTags(db: ParallaxDB): Promise<TagRecord[]> {
  return db.tags.toArray();
}

/** Adds a tag at the end of its parent's children (or of the top level); returns it and the change for undo. */
export async function createTag(db: ParallaxDB, input: NewTag, now: number = Date.now()): Promise<{ tag: TagRecord; change: TagChange }> {
  return db.transaction('rw', db.tags, async () => {
    const tags = await db.tags.toArray();
    const parentId = input.parentId ?? null;
    if (parentId !== null && !tags.some((t) => t.id === parentId)) {
      throw new TagError('The tag to put it under no longer exists; it may have been deleted.');
    }
    const name = checkedName(tags, input.name, parentId, null);
    const tag: TagRecord = {
      id: input.id ?? newId(),
      name,
      color: checkedColour(input.color?.trim() || leastUsedColour(tags)),
      description: input.description?.trim() ?? '',
      parentId,
      order: nextOrder(tags, parentId),
      createdAt: now,
    };
    await db.tags.add(tag);
    return { tag, change: createdTagChange(tag) };
  });
}

/** The change creating `tag` made: nothing before, the tag after. */
export function createdTagChange(tag: TagRecord): TagChange {
  return change({ tags: [], highlights: [] }, { tags: [tag], highlights: [] });
}

/** Changes one tag's fields; `update` sees every tag, to vet the change (it throws a TagError to refuse). */
async function updateTag(
  db: ParallaxDB,
  id: Id,
  update: (tag: TagRecord, tags: TagRecord[]) => Partial<TagRecord>,
): Promise<TagChange> {
  return db.transaction('rw', db.tags, async () => {
    const tags = await db.tags.toArray();
    const before = requireTag(tags, id);
    const after: TagRecord = { ...before, ...update(before, tags) };
    await db.tags.put(after);
    return change({ tags: [before], highlights: [] }, { tags: [after], highlights: [] });
  });
}

export function renameTag(db: ParallaxDB, id: Id, name: string): Promise<TagChange> {
  return updateTag(db, id, (tag, tags) => ({ name: checkedName(tags, name, tag.parentId, tag.id) }));
}

export function recolourTag(db: ParallaxDB, id: Id, color: string): Promise<TagChange> {
  return updateTag(db, id, () => {
    const value = color.trim();
    if (!value) throw new TagError('A tag needs a colour.');
    return { color: checkedColour(value) };
  });
}

export function describeTag(db: ParallaxDB, id: Id, description: string): Promise<TagChange> {
  return updateTag(db, id, () => ({ description: description.trim() }));
}

/**
 * Puts the tag under `newParentId` (null: the top level) at position `index` among its new
 * siblings (clamped; the end when omitted). Its descendants go with it. Refused when the new
 * parent is the tag itself or one of its descendants, or when a sibling there has its name.
 */
export async function moveTag(db: ParallaxDB, id: Id, newParentId: Id | null, index?: number): Promise<TagChange> {
  return db.transaction('rw', db.tags, async () => {
    const tags = await db.tags.toArray();
    const tag = requireTag(tags, id);
    if (newParentId !== null) {
      const parent = requireTag(tags, newParentId);
      if (parent.id === id) throw new TagError(`${quoted(tag.name)} cannot go inside itself.`);
      if (descendantIds(tags, id).includes(parent.id)) {
        throw new TagError(`${quoted(tag.name)} cannot go under ${quoted(parent.name)}, which is inside it.`);
      }
    }
    checkedName(tags, tag.name, newParentId, tag.id);
    const siblings = siblingsOf(tags, newParentId).filter((t) => t.id !== id);
    const at = Math.max(0, Math.min(index ?? siblings.length, siblings.length));
    siblings.splice(at, 0, tag);
    const before: TagRecord[] = [];
    const after: TagRecord[] = [];
    siblings.forEach((sibling, order) => {
      const parentId = newParentId;
      if (sibling.order !== order || sibling.parentId !== parentId) {
        before.push(sibling);
        after.push({ ...sibling, order, parentId });
      }
    });
    await db.tags.bulkPut(after);
    return change({ tags: before, highlights: [] }, { tags: after, highlights: [] });
  });
}

/**
 * Merges `sourceId` into `targetId`: every highlight coded with the source is coded with the
 * target instead (once, even if it had both); the source's child tags move under the target,
 * and a child whose name the target already has among its children is merged into that one
 * in the same way; then the source is deleted. Refused when the target is inside the source.
 */
export async function mergeTags(db: ParallaxDB, sourceId: Id, targetId: Id, now: number = Date.now()): Promise<TagChange> {
  return db.transaction('rw', db.tags, db.highlights, async () => {
    const tags = await db.tags.toArray();
    const source = requireTag(tags, sourceId);
    const target = requireTag(tags, targetId);
    if (source.id === target.id) throw new TagError(`${quoted(source.name)} cannot be merged into itself.`);
    if (descendantIds(tags, source.id).includes(target.id)) {
      throw new TagError(
        `${quoted(source.name)} cannot be merged into ${quoted(target.name)}, which is inside it. Move ${quoted(target.name)} out first.`,
      );
    }

    const working = new Map(tags.map((t) => [t.id, { ...t }]));
    const deleted = new Set<Id>();
    const replacedBy = new Map<Id, Id>();
    const childrenOf = (parentId: Id) =>
      [...working.values()].filter((t) => t.parentId === parentId && !deleted.has(t.id)).sort(compareSiblings);
    const mergeInto = (from: TagRecord, into: TagRecord) => {
      const existing = childrenOf(into.id);
      let order = existing.reduce((max, t) => Math.max(max, t.order + 1), 0);
      for (const child of childrenOf(from.id)) {
        const twin = existing.find((t) => nameKey(t.name) === nameKey(child.name));
        if (twin) mergeInto(child, twin);
        else {
          child.parentId = into.id;
          child.order = order++;
        }
      }
      deleted.add(from.id);
      replacedBy.set(from.id, into.id);
    };
    mergeInto(working.get(source.id)!, working.get(target.id)!);

    const tagsBefore: TagRecord[] = [];
    const tagsAfter: TagRecord[] = [];
    for (const original of tags) {
      const merged = working.get(original.id)!;
      if (deleted.has(original.id)) tagsBefore.push(original);
      else if (merged.parentId !== original.parentId || merged.order !== original.order) {
        tagsBefore.push(original);
        tagsAfter.push(merged);
      }
    }

    const highlightsBefore = await db.highlights.where('tagIds').anyOf([...replacedBy.keys()]).distinct().toArray();
    const highlightsAfter = highlightsBefore.map((h) => ({
      ...h,
      tagIds: dedupe(h.tagIds.map((tagId) => replacedBy.get(tagId) ?? tagId)),
      updatedAt: now,
    }));

    await db.tags.bulkDelete([...deleted]);
    await db.tags.bulkPut(tagsAfter);
    await db.highlights.bulkPut(highlightsAfter);
    return change({ tags: tagsBefore, highlights: highlightsBefore }, { tags: tagsAfter, highlights: highlightsAfter });
  });
}

/** Deletes the tag and every tag under it; highlights coded with them stay, without these tags. */
export async function deleteTag(db: ParallaxDB, id: Id, now: number = Date.now()): Promise<TagChange> {
  return db.transaction('rw', db.tags, db.highlights, async () => {
    const tags = await db.tags.toArray();
    requireTag(tags, id);
    const ids = [id, ...descendantIds(tags, id)];
    const gone = new Set(ids);
    const tagsBefore = tags.filter((t) => gone.has(t.id));
    const highlightsBefore = await db.highlights.where('tagIds').anyOf(ids).distinct().toArray();
    const highlightsAfter = highlightsBefore.map((h) => ({ ...h, tagIds: h.tagIds.filter((tagId) => !gone.has(tagId)), updatedAt: now }));
    await db.tags.bulkDelete(ids);
    await db.highlights.bulkPut(highlightsAfter);
    return change({ tags: tagsBefore, highlights: highlightsBefore }, { tags: [], highlights: highlightsAfter });
  });
}

/**
 * Puts back one side of a change: `'before'` undoes it, `'after'` does it again. Tag rows are
 * put back exactly (tags the change created are deleted again, tags it deleted come back with
 * their ids). For highlights only what the codebook changed is put back (their tags and
 * `updatedAt`): anything else about them, such as a later re-anchoring, is kept, and a
 * highlight deleted since is not brought back.
 */
export async function restoreTagChange(db: ParallaxDB, tagChange: TagChange, side: 'before' | 'after'): Promise<void> {
  const target = tagChange[side];
  const other = tagChange[side === 'before' ? 'after' : 'before'];
  await db.transaction('rw', db.tags, db.highlights, async () => {
    const keep = new Set(target.tags.map((t) => t.id));
    await db.tags.bulkDelete(other.tags.filter((t) => !keep.has(t.id)).map((t) => t.id));
    await db.tags.bulkPut(target.tags.map((t) => ({ ...t })));
    const current = await db.highlights.bulkGet(target.highlights.map((h) => h.id));
    const restored = target.highlights.flatMap((row, i) => {
      const live = current[i];
      return live ? [{ ...live, tagIds: [...row.tagIds], updatedAt: row.updatedAt }] : [];
    });
    await db.highlights.bulkPut(restored);
  });
}

export interface TagImpact {
  /** Highlights coded with the tag or any tag under it. */
  highlights: number;
  /** Tags under it, at any depth. */
  descendants: number;
  /** Articles those highlights are in. */
  articles: number;
}

/** What deleting (or merging) the tag would touch, for the confirmation dialog. */
export async function tagImpact(db: ParallaxDB, id: Id): Promise<TagImpact> {
  return db.transaction('r', db.tags, db.highlights, async () => {
    const tags = await db.tags.toArray();
    const descendants = descendantIds(tags, id);
    const highlights = await db.highlights
      .where('tagIds')
      .anyOf([id, ...descendants])
      .distinct()
      .toArray();
    return { highlights: highlights.length, descendants: descendants.length, articles: new Set(highlights.map((h) => h.articleId)).size };
  });
}

/** How many highlights each tag codes (its own, not its descendants'). Tags with none are absent. */
export async function tagCounts(db: ParallaxDB): Promise<Map<Id, number>> {
  // The multi-entry index holds one key per (highlight, tag): counting keys counts highlights.
  const keys = await db.highlights.orderBy('tagIds').keys();
  const counts = new Map<Id, number>();
  for (const key of keys) {
    if (typeof key === 'string') counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Each coded highlight's tags (highlights without a tag are left out), read from the tag index alone. */
export async function highlightTagLists(db: ParallaxDB): Promise<Id[][]> {
  return db.transaction('r', db.highlights, async () => {
    const [tagIds, highlightIds] = await Promise.all([db.highlights.orderBy('tagIds').keys(), db.highlights.orderBy('tagIds').primaryKeys()]);
    const byHighlight = new Map<Id, Id[]>();
    tagIds.forEach((tagId, i) => {
      const highlight = highlightIds[i] as Id;
      const list = byHighlight.get(highlight);
      if (list) list.push(tagId as Id);
      else byHighlight.set(highlight, [tagId as Id]);
    });
    return [...byHighlight.values()];
  });
}

/** One coded passage, as the codebook lists it. */
export interface TagPassage {
  highlightId: Id;
  articleId: Id;
  /** The highlight's span in the article's text, for opening the article at it. */
  start: number;
  end: number;
  tagIds: Id[];
  /** The words no longer match the article's text (a newer version replaced them): only the quote is shown. */
  orphan: boolean;
  /** The sentence around the highlighted words, with their offsets inside it. */
  sentence: SentenceContext;
  title: string;
  outlet: string | null;
  published: string | null;
}

/**
 * Every highlight coded with the tag (and, by default, with any tag under it) across the
 * corpus, in document order: articles in library order (import time), then by position.
 */
export async function passagesForTag(
  db: ParallaxDB,
  tagId: Id,
  { includeDescendants = true }: { includeDescendants?: boolean } = {},
): Promise<TagPassage[]> {
  return db.transaction('r', db.tags, db.highlights, db.articles, db.articleTexts, async () => {
    const ids = includeDescendants ? [tagId, ...descendantIds(await db.tags.toArray(), tagId)] : [tagId];
    const highlights = await db.highlights.where('tagIds').anyOf(ids).distinct().toArray();
    const articleIds = [...new Set(highlights.map((h) => h.articleId))];
    const [articles, texts] = await Promise.all([db.articles.bulkGet(articleIds), db.articleTexts.bulkGet(articleIds)]);
    const articleById = new Map(articles.flatMap((a) => (a ? [[a.id, a] as const] : [])));
    const textById = new Map(texts.flatMap((t) => (t ? [[t.id, t.text] as const] : [])));

    const passages: (TagPassage & { importedAt: number; createdAt: number })[] = [];
    for (const highlight of highlights) {
      const article = articleById.get(highlight.articleId);
      if (!article) continue;
      const text = textById.get(article.id);
      const exact = highlight.selectors.quote.exact;
      const orphan = highlight.anchorStatus === 'orphan' || text === undefined || text.slice(highlight.start, highlight.end) !== exact;
      const meta = effectiveMetadata(article);
      passages.push({
        highlightId: highlight.id,
        articleId: article.id,
        start: highlight.start,
        end: highlight.end,
        tagIds: highlight.tagIds,
        orphan,
        sentence:
          orphan || text === undefined
            ? { text: exact, start: 0, end: exact.length, textStart: highlight.start }
            : sentenceAround(text, highlight.start, highlight.end),
        title: displayTitle(article),
        outlet: meta.outlet,
        published: meta.published,
        importedAt: article.importedAt,
        createdAt: highlight.createdAt,
      });
    }
    passages.sort(
      (a, b) =>
        a.importedAt - b.importedAt ||
        (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0) ||
        a.start - b.start ||
        a.end - b.end ||
        a.createdAt - b.createdAt,
    );
    return passages.map(({ importedAt: _importedAt, createdAt: _createdAt, ...passage }) => passage);
  });
}
