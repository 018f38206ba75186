/**
 * The shared codebook's tree, resolved the same way on every replica.
 *
 * Each tag stores one placement (parent, previous parent, order, Lamport clock, mover) as a
 * single last-writer-wins value. Two members moving tags at the same time can each make a
 * valid move whose union is a cycle (A moves X under Y while B moves Y under X). No replica
 * refuses either write; instead every replica computes the tree from the placements by one
 * pure rule, so they all agree:
 *
 *   Placements are applied in (clock, mover, tag id) order, oldest first. A placement that
 *   would close a cycle with those already applied is not applied; the tag goes back to its
 *   previous parent if that makes no cycle, else to the top level.
 *
 * So the later of two conflicting moves loses, which is what each mover would have seen had
 * they been online together. Deleted tags are tombstones: they stay in the map (a highlight
 * carrying one still names it), are left out of the live tree, and their live children are
 * shown under the nearest live ancestor.
 */
import * as Y from 'yjs';
import { PROJECT, type TagEntry, type TagPlacement } from './layout';

export interface ResolvedTag {
  id: string;
  entry: TagEntry;
  /** The parent in the resolved tree (a live tag), or null at the top level. */
  parentId: string | null;
}

function comparePlacements(a: [string, TagPlacement], b: [string, TagPlacement]): number {
  const [idA, pa] = a;
  const [idB, pb] = b;
  return pa.clock - pb.clock || (pa.by < pb.by ? -1 : pa.by > pb.by ? 1 : 0) || (idA < idB ? -1 : idA > idB ? 1 : 0);
}

/** Parents after resolving conflicting moves, over every tag including tombstones. */
export function resolveParents(tags: ReadonlyMap<string, TagEntry>): Map<string, string | null> {
  const parent = new Map<string, string | null>();
  const isAncestorOrSelf = (candidate: string, of: string): boolean => {
    let current: string | null | undefined = of;
    const seen = new Set<string>();
    while (current != null && !seen.has(current)) {
      if (current === candidate) return true;
      seen.add(current);
      current = parent.get(current);
    }
    return false;
  };
  const acceptable = (tagId: string, target: string | null): boolean => target === null || (tags.has(target) && !isAncestorOrSelf(tagId, target));

  const ordered = [...tags].map(([id, entry]) => [id, entry.placement] as [string, TagPlacement]).sort(comparePlacements);
  for (const [id, placement] of ordered) {
    const chosen = acceptable(id, placement.parentId) ? placement.parentId : acceptable(id, placement.previousParentId) ? placement.previousParentId : null;
    parent.set(id, chosen);
  }
  return parent;
}

/** The live tags with their resolved parents: tombstones left out, their children lifted to the nearest live ancestor. */
export function resolveTagTree(tags: ReadonlyMap<string, TagEntry>): ResolvedTag[] {
  const parents = resolveParents(tags);
  const liveAncestor = (id: string): string | null => {
    let current = parents.get(id) ?? null;
    while (current !== null && tags.get(current)?.deletedAt != null) current = parents.get(current) ?? null;
    return current;
  };
  const out: ResolvedTag[] = [];
  for (const [id, entry] of tags) if (entry.deletedAt == null) out.push({ id, entry, parentId: liveAncestor(id) });
  return out;
}

/**
 * The tag a highlight's tag id counts as: itself, or the live tag it was merged into (following
 * merges of merges). A deleted tag that was not merged answers itself, so the highlight keeps it
 * and the UI can say "deleted tag" rather than dropping it.
 */
export function effectiveTagId(tags: ReadonlyMap<string, TagEntry>, id: string): string {
  let current = id;
  const seen = new Set<string>();
  for (;;) {
    const entry = tags.get(current);
    if (!entry || entry.deletedAt == null || entry.mergedInto === null || seen.has(current)) return current;
    seen.add(current);
    current = entry.mergedInto;
  }
}

/** The codebook as stored in a project document, as plain entries (entries missing a placement are skipped). */
export function readTags(doc: Y.Doc): Map<string, TagEntry> {
  const out = new Map<string, TagEntry>();
  doc.getMap<Y.Map<unknown>>(PROJECT.tags).forEach((fields, id) => {
    if (!(fields instanceof Y.Map) || !fields.has('placement')) return;
    out.set(id, {
      name: String(fields.get('name') ?? ''),
      color: String(fields.get('color') ?? '#8a93a6'),
      description: String(fields.get('description') ?? ''),
      createdAt: Number(fields.get('createdAt') ?? 0),
      createdBy: String(fields.get('createdBy') ?? ''),
      placement: fields.get('placement') as TagPlacement,
      deletedAt: (fields.get('deletedAt') as number | null | undefined) ?? null,
      mergedInto: (fields.get('mergedInto') as string | null | undefined) ?? null,
    });
  });
  return out;
}

/** The clock a new move must carry: one more than any this replica has seen. */
export function nextClock(tags: ReadonlyMap<string, TagEntry>): number {
  let max = 0;
  for (const entry of tags.values()) max = Math.max(max, entry.placement.clock);
  return max + 1;
}

export interface NewTag {
  name: string;
  color: string;
  description: string;
  parentId: string | null;
  order: number;
}

/** Adds a tag to a project document, all of its fields in one transaction. */
export function addTag(doc: Y.Doc, id: string, tag: NewTag, by: string, now: number): void {
  doc.transact(() => {
    const fields = new Y.Map<unknown>();
    const tags = doc.getMap<Y.Map<unknown>>(PROJECT.tags);
    const placement: TagPlacement = { parentId: tag.parentId, previousParentId: null, order: tag.order, clock: nextClock(readTags(doc)), by };
    tags.set(id, fields);
    fields.set('name', tag.name);
    fields.set('color', tag.color);
    fields.set('description', tag.description);
    fields.set('createdAt', now);
    fields.set('createdBy', by);
    fields.set('placement', placement);
    fields.set('deletedAt', null);
    fields.set('mergedInto', null);
  });
}

/** Moves a tag (a new parent and/or order). The tree stays acyclic whatever others do meanwhile (see above). */
export function moveTag(doc: Y.Doc, id: string, parentId: string | null, order: number, by: string): void {
  const tags = readTags(doc);
  const fields = doc.getMap<Y.Map<unknown>>(PROJECT.tags).get(id);
  const current = tags.get(id);
  if (!fields || !current) return;
  const resolvedNow = resolveParents(tags).get(id) ?? null;
  const placement: TagPlacement = { parentId, previousParentId: resolvedNow, order, clock: nextClock(tags), by };
  fields.set('placement', placement);
}

/** Deletes a tag as a tombstone (optionally as a merge into another tag). */
export function deleteTag(doc: Y.Doc, id: string, now: number, mergedInto: string | null = null): void {
  const fields = doc.getMap<Y.Map<unknown>>(PROJECT.tags).get(id);
  if (!fields) return;
  doc.transact(() => {
    fields.set('deletedAt', now);
    fields.set('mergedInto', mergedInto);
  });
}
