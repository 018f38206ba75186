import type { Id } from '../model';
import type { TagNode } from './tree';

/**
 * For each tag, how many highlights code it or any tag below it, each highlight once (a
 * passage coded with a tag and one of its children counts once for the parent): the roll-up
 * count QDA tools show beside a parent code. `highlightTags` holds each highlight's tags.
 */
export function rollUpCounts(tree: readonly TagNode[], highlightTags: Iterable<readonly Id[]>): Map<Id, number> {
  const parentOf = new Map<Id, Id | null>();
  const walk = (nodes: readonly TagNode[], parent: Id | null) => {
    for (const node of nodes) {
      parentOf.set(node.tag.id, parent);
      walk(node.children, node.tag.id);
    }
  };
  walk(tree, null);
  const counts = new Map<Id, number>();
  for (const tags of highlightTags) {
    const reached = new Set<Id>();
    for (const tag of tags) {
      // Up from each tag until the top, or a tag this highlight already reached.
      for (let at: Id | null | undefined = tag; at != null && parentOf.has(at) && !reached.has(at); at = parentOf.get(at)) reached.add(at);
    }
    for (const id of reached) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
