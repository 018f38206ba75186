/**
 * Groups from pairwise links, strongest first. A merge is refused when it would put two members
 * that do not agree with each other in one group (passages). Speakers never refuse a merge: the
 * speaker found is evidence to show, not a key.
 */
import type { Link } from './link';
import type { Unit } from './units';

export function cluster(units: Unit[], links: Link[], compatible: (a: Unit, b: Unit) => boolean): Unit[][] {
  const byIndex = new Map(units.map((u) => [u.index, u]));
  const parent = new Map<number, number>();
  const members = new Map<number, Unit[]>();
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    let c = x;
    while (parent.get(c) !== r) {
      const next = parent.get(c)!;
      parent.set(c, r);
      c = next;
    }
    return r;
  };
  const touch = (u: Unit) => {
    if (!parent.has(u.index)) {
      parent.set(u.index, u.index);
      members.set(u.index, [u]);
    }
  };
  const sorted = [...links].sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  for (const link of sorted) {
    const a = byIndex.get(link.a);
    const b = byIndex.get(link.b);
    if (!a || !b) continue;
    touch(a);
    touch(b);
    const ra = find(a.index);
    const rb = find(b.index);
    if (ra === rb) continue;
    const ma = members.get(ra)!;
    const mb = members.get(rb)!;
    let ok = true;
    for (const x of ma) {
      for (const y of mb) {
        if (x.article !== y.article && !compatible(x, y)) {
          ok = false;
          break;
        }
      }
      if (!ok) break;
    }
    if (!ok) continue;
    parent.set(rb, ra);
    members.set(ra, [...ma, ...mb]);
    members.delete(rb);
  }
  return [...members.values()].filter((g) => new Set(g.map((u) => u.article)).size >= 2);
}
