import { describe, expect, it } from 'vitest';
import { describe as describeSpan } from '@shared/anchoring/describe';
import type { CitationRecord } from '@shared/model';
import { citationIdsOf, embedCitations, extractCitations } from '@shared/notes/citation-links';

const TEXT = 'Blinken and Lavrov met in Reykjavik on Wednesday.';
const row: CitationRecord = {
  id: 'c1', articleId: 'a1', start: 12, end: 18, selectors: describeSpan(TEXT, 12, 18), quote: 'Lavrov', sourceLabel: 'Reuters', highlightId: null,
};
const { id: _id, ...citation } = row;
const note = (...links: unknown[]) => JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: links }] } });
const linkIn = (content: string, index = 0) => JSON.parse(content).root.children[0].children[index];

describe('span links in a note as plain JSON', () => {
  it('lists the citation ids a note names, each once, in reading order', () => {
    const content = note({ type: 'span-link', version: 2, citationId: 'b' }, { type: 'text', text: 'x' }, { type: 'span-link', version: 2, citationId: 'a' }, { type: 'span-link', version: 2, citationId: 'b' });
    expect(citationIdsOf(content)).toEqual(['b', 'a']);
    expect(citationIdsOf('not json')).toEqual([]);
  });

  it('embeds a known row beside its id and leaves an unknown one as it is', () => {
    const content = note({ type: 'span-link', version: 2, citationId: 'c1' }, { type: 'span-link', version: 2, citationId: 'gone' });
    const embedded = embedCitations(content, (id) => (id === 'c1' ? row : undefined));
    expect(linkIn(embedded, 0)).toEqual({ type: 'span-link', version: 2, citationId: 'c1', citation });
    expect(linkIn(embedded, 1)).toEqual({ type: 'span-link', version: 2, citationId: 'gone' });
    expect(embedCitations('not json', () => row)).toBe('not json');
  });

  it('takes embedded citations out again under the same id, so embed then extract gives the note back', () => {
    const content = note({ type: 'span-link', version: 2, citationId: 'c1' });
    const { content: apart, citations } = extractCitations(embedCitations(content, () => row), () => 'new');
    expect(apart).toBe(content);
    expect(citations).toEqual([row]);
  });

  it('gives a version 1 link (citation inside, no id) a new id, and keeps the orphan mark', () => {
    const { content, citations } = extractCitations(note({ type: 'span-link', version: 1, citation: { ...citation, orphan: true } }), () => 'fresh');
    expect(citations).toEqual([{ ...row, id: 'fresh', orphan: true }]);
    expect(linkIn(content)).toEqual({ type: 'span-link', version: 2, citationId: 'fresh' });
  });

  it('leaves a link whose citation names no span, and content that is not JSON, as they are', () => {
    const damaged = note({ type: 'span-link', version: 1, citation: { quote: 'words only' } });
    expect(extractCitations(damaged, () => 'x')).toEqual({ content: damaged, citations: [] });
    expect(extractCitations('{oops', () => 'x')).toEqual({ content: '{oops', citations: [] });
  });

  it('does not follow nesting deeper than any editor writes', () => {
    let node: Record<string, unknown> = { type: 'span-link', version: 2, citationId: 'deep' };
    for (let i = 0; i < 100; i++) node = { type: 'paragraph', children: [node] };
    expect(citationIdsOf(JSON.stringify({ root: node }))).toEqual([]);
  });
});
