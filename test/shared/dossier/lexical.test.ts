import { describe, expect, it } from 'vitest';
import { blocksText, citationsOfNote, noteBlocks } from '@shared/dossier';
import { lexical, lexicalNodes } from './fixture';

const { text, paragraph, spanLink } = lexicalNodes;
const item = (...children: unknown[]) => ({ type: 'listitem', version: 1, value: 1, children });
const list = (listType: 'bullet' | 'number', ...children: unknown[]) => ({ type: 'list', version: 1, listType, start: 1, tag: listType === 'number' ? 'ol' : 'ul', children });

describe('reading a note’s Lexical JSON', () => {
  it('reads paragraphs, headings, quotes, bold/italic text and links', () => {
    const blocks = noteBlocks(
      lexical(
        { type: 'heading', tag: 'h2', version: 1, children: [text('Summary')] },
        paragraph(text('plain '), text('bold', 1), text(' '), text('both', 3), { type: 'link', url: 'https://example.org', version: 1, children: [text('site')] }),
        { type: 'quote', version: 1, children: [text('a quote')] },
      ),
    );
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'quote']);
    const p = blocks[1]!;
    if (p.kind !== 'paragraph') throw new Error('not a paragraph');
    expect(p.inlines[1]).toMatchObject({ kind: 'text', text: 'bold', bold: true, italic: false });
    expect(p.inlines[3]).toMatchObject({ kind: 'text', text: 'both', bold: true, italic: true });
    expect(p.inlines[4]).toMatchObject({ kind: 'link', url: 'https://example.org' });
  });

  it('folds Lexical’s nested list items into the item above them', () => {
    const blocks = noteBlocks(lexical(list('number', item(text('one')), item(list('bullet', item(text('one-a')))), item(text('two')))));
    expect(blocksText(blocks)).toBe('1. one\n  - one-a\n2. two');
  });

  it('reads span links as citations, in reading order, and skips one that names no span', () => {
    const c = { articleId: 'a1', start: 4, end: 9, quote: 'words', sourceLabel: 'X', highlightId: null, selectors: {} };
    const content = lexical(paragraph(spanLink(c as never), { type: 'span-link', version: 1, citation: { quote: 'lost' } }), paragraph(spanLink({ ...c, articleId: 'a2' } as never)));
    expect(citationsOfNote(content).map((x) => [x.articleId, x.start, x.end, x.selectors.quote.exact])).toEqual([
      ['a1', 4, 9, 'words'],
      ['a2', 4, 9, 'words'],
    ]);
    expect(blocksText(noteBlocks(content))).toBe('“words” (X)\n“words” (X)');
  });

  it('falls back to the plain text when the content is not Lexical JSON, and survives absurd nesting', () => {
    expect(blocksText(noteBlocks('not json', 'the plain text'))).toBe('the plain text');
    let deep: unknown = text('bottom');
    for (let i = 0; i < 2000; i++) deep = paragraph(deep);
    const content = lexical(deep);
    expect(() => noteBlocks(content)).not.toThrow();
    expect(() => citationsOfNote(content)).not.toThrow();
  });
});
