import { describe, expect, it } from 'vitest';
import { descendantIds, flattenTree, listTagTree, nameKey, siblingsOf, tagPath } from '@shared/codebook/tree';
import type { TagRecord } from '@shared/model';

function tag(id: string, name: string, parentId: string | null = null, order = 0): TagRecord {
  return { id, name, color: '#e9a823', description: '', parentId, order, createdAt: 0 };
}

const codebook: TagRecord[] = [
  tag('warn', 'Warnings', null, 1),
  tag('threat', 'Threats', 'warn', 0),
  tag('mil', 'Military', 'threat', 0),
  tag('econ', 'Economic', 'threat', 0),
  tag('dip', 'Diplomacy', null, 0),
  tag('talks', 'Talks', 'dip', 0),
];

describe('the codebook hierarchy', () => {
  it('nests children under their parents and sorts siblings by order, then by name', () => {
    const tree = listTagTree(codebook);
    expect(tree.map((n) => n.tag.name)).toEqual(['Diplomacy', 'Warnings']);
    const threats = tree[1]!.children[0]!;
    expect(threats.tag.name).toBe('Threats');
    // Same order: alphabetical.
    expect(threats.children.map((n) => n.tag.name)).toEqual(['Economic', 'Military']);
    expect(threats.children.map((n) => n.depth)).toEqual([2, 2]);
  });

  it('lists every tag once, depth first, in reading order', () => {
    expect(flattenTree(listTagTree(codebook)).map((n) => n.tag.id)).toEqual(['dip', 'talks', 'warn', 'threat', 'econ', 'mil']);
  });

  it('shows a tag whose parent is gone at the top level instead of losing it', () => {
    const tree = listTagTree([tag('a', 'Alpha'), tag('b', 'Beta', 'missing')]);
    expect(tree.map((n) => n.tag.id)).toEqual(['a', 'b']);
  });

  it('still shows every tag once when rows form a cycle', () => {
    const tree = flattenTree(listTagTree([tag('a', 'Alpha', 'b'), tag('b', 'Beta', 'a'), tag('c', 'Gamma')]));
    expect(tree.map((n) => n.tag.id).sort()).toEqual(['a', 'b', 'c']);
  });

  it('is empty for an empty codebook', () => {
    expect(listTagTree([])).toEqual([]);
  });
});

describe('tag paths and descendants', () => {
  it('names a tag under its ancestors, joined by ›', () => {
    expect(tagPath(codebook, 'mil')).toBe('Warnings › Threats › Military');
    expect(tagPath(codebook, 'dip')).toBe('Diplomacy');
    expect(tagPath(codebook, 'nope')).toBe('');
  });

  it('finds every tag under a tag, at any depth, but not the tag itself', () => {
    expect(descendantIds(codebook, 'warn')).toEqual(['threat', 'econ', 'mil']);
    expect(descendantIds(codebook, 'mil')).toEqual([]);
  });

  it('does not loop forever on a cycle', () => {
    expect(descendantIds([tag('a', 'A', 'b'), tag('b', 'B', 'a')], 'a')).toEqual(['b']);
  });

  it('lists the siblings under one parent in codebook order', () => {
    expect(siblingsOf(codebook, null).map((t) => t.id)).toEqual(['dip', 'warn']);
  });

  it('compares names ignoring case and surrounding space', () => {
    expect(nameKey('  Threats ')).toBe(nameKey('THREATS'));
    expect(nameKey('Threat')).not.toBe(nameKey('Threats'));
  });
});
