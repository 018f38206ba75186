import { describe, expect, it } from 'vitest';
import { rollUpCounts } from '@shared/codebook/rollup';
import { listTagTree } from '@shared/codebook/tree';
import type { TagRecord } from '@shared/model';

function tag(id: string, parentId: string | null): TagRecord {
  return { id, name: id, color: '#000000', description: '', parentId, order: 0, createdAt: 0 };
}

// threats > explicit > armed; threats > implicit; praise (no children).
const tree = listTagTree([tag('threats', null), tag('explicit', 'threats'), tag('armed', 'explicit'), tag('implicit', 'threats'), tag('praise', null)]);

describe('roll-up counts of a codebook', () => {
  it('counts for each tag the highlights coded with it or any tag below it', () => {
    const counts = rollUpCounts(tree, [['armed'], ['implicit'], ['explicit'], ['praise']]);
    expect(Object.fromEntries(counts)).toEqual({ threats: 3, explicit: 2, armed: 1, implicit: 1, praise: 1 });
  });

  it('counts a highlight once for a parent even when it carries the parent and two of its children', () => {
    const counts = rollUpCounts(tree, [['threats', 'armed', 'implicit']]);
    expect(Object.fromEntries(counts)).toEqual({ threats: 1, explicit: 1, armed: 1, implicit: 1 });
  });

  it('leaves out tags that no longer exist and highlights without tags', () => {
    expect(Object.fromEntries(rollUpCounts(tree, [['gone'], [], ['praise', 'gone']]))).toEqual({ praise: 1 });
  });
});
