/**
 * The codebook as a hierarchy, built from flat tag rows (pure: no database, no DOM).
 */
import type { Id, TagRecord } from '../model';

export interface TagNode {
  tag: TagRecord;
  /** 0 for a top-level tag. */
  depth: number;
  children: TagNode[];
}

/** Siblings in the codebook's order: by `order`, then by name, then by id so the order is total. */
export function compareSiblings(a: TagRecord, b: TagRecord): number {
  return a.order - b.order || a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function childrenByParent(tags: readonly TagRecord[]): Map<Id | null, TagRecord[]> {
  const ids = new Set(tags.map((tag) => tag.id));
  const byParent = new Map<Id | null, TagRecord[]>();
  for (const tag of tags) {
    // A parent that no longer exists makes the tag a top-level one rather than hiding it.
    const parent = tag.parentId !== null && ids.has(tag.parentId) && tag.parentId !== tag.id ? tag.parentId : null;
    const list = byParent.get(parent);
    if (list) list.push(tag);
    else byParent.set(parent, [tag]);
  }
  for (const list of byParent.values()) list.sort(compareSiblings);
  return byParent;
}

/**
 * The hierarchy, siblings sorted by order then name. Every tag appears exactly once: a tag whose
 * parent is missing, or that sits in a cycle (which the repository never writes), is shown at
 * the top level.
 */
export function listTagTree(tags: readonly TagRecord[]): TagNode[] {
  const byParent = childrenByParent(tags);
  const seen = new Set<Id>();
  const build = (tag: TagRecord, depth: number): TagNode => {
    seen.add(tag.id);
    const children = (byParent.get(tag.id) ?? []).filter((child) => !seen.has(child.id)).map((child) => build(child, depth + 1));
    return { tag, depth, children };
  };
  const roots = (byParent.get(null) ?? []).map((tag) => build(tag, 0));
  const stranded = tags.filter((tag) => !seen.has(tag.id)).sort(compareSiblings);
  for (const tag of stranded) if (!seen.has(tag.id)) roots.push(build(tag, 0));
  return roots;
}

/** The tree in reading order, depth first. */
export function flattenTree(nodes: readonly TagNode[]): TagNode[] {
  const out: TagNode[] = [];
  const walk = (list: readonly TagNode[]) => {
    for (const node of list) {
      out.push(node);
      walk(node.children);
    }
  };
  walk(nodes);
  return out;
}

/** The tag's ancestors, the top-level one first, then the tag itself. Empty for an unknown id. */
export function tagLineage(tags: readonly TagRecord[], id: Id): TagRecord[] {
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const lineage: TagRecord[] = [];
  const seen = new Set<Id>();
  let current = byId.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    lineage.unshift(current);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return lineage;
}

/** "Parent › Child": the tag's name under its ancestors' names. Empty for an unknown id. */
export function tagPath(tags: readonly TagRecord[], id: Id, separator = ' › '): string {
  return tagLineage(tags, id)
    .map((tag) => tag.name)
    .join(separator);
}

/** Every tag under this one (children, their children, …), depth first in codebook order; not the tag itself. */
export function descendantIds(tags: readonly TagRecord[], id: Id): Id[] {
  const byParent = childrenByParent(tags);
  const out: Id[] = [];
  const seen = new Set<Id>([id]);
  const walk = (parent: Id) => {
    for (const child of byParent.get(parent) ?? []) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      out.push(child.id);
      walk(child.id);
    }
  };
  walk(id);
  return out;
}

/** The tag's siblings (tags under the same parent, itself included) in codebook order. */
export function siblingsOf(tags: readonly TagRecord[], parentId: Id | null): TagRecord[] {
  return childrenByParent(tags).get(parentId) ?? [];
}

/** How names are compared among siblings: trimmed, case- and normalisation-insensitive. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().toLocaleLowerCase('en');
}
