import { createHeadlessEditor } from '@lexical/headless';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  $setSelection,
  type LexicalEditor,
  type LexicalNode,
  type SerializedEditorState,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { describe as describeSpan } from '@shared/anchoring';
import type { SpanCitation } from '@shared/model';
import { $insertSpanLink } from '../../../src/renderer/src/editor/insert-span-link';
import { NOTE_NODES } from '../../../src/renderer/src/editor/nodes';
import { citationText, truncateQuote } from '../../../src/renderer/src/editor/quote-text';
import { $createSpanLinkNode, $isSpanLinkNode } from '../../../src/renderer/src/editor/SpanLinkNode';
import { emptyNoteContent, noteContentWithCitation, noteSummary } from '../../../src/renderer/src/editor/summary';

const TEXT_A = 'Blinken and Lavrov met in Reykjavik on Wednesday. Both called the talks constructive.';
const TEXT_B = 'The two ministers spoke for nearly two hours, agreeing to keep talking about Ukraine.';

function cite(articleId: string, text: string, quote: string, sourceLabel: string, highlightId: string | null = null): SpanCitation {
  const start = text.indexOf(quote);
  const end = start + quote.length;
  return { articleId, start, end, selectors: describeSpan(text, start, end), quote, sourceLabel, highlightId };
}

const citationA = cite('article-a', TEXT_A, 'Both called the talks constructive.', 'Reuters, 19 May 2021', 'highlight-1');
const citationB = cite('article-b', TEXT_B, 'spoke for nearly two hours', 'TASS, 20 May 2021');

function editor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'test',
    nodes: NOTE_NODES,
    onError: (error) => {
      throw error;
    },
  });
}

/** A note: "Compare **these**: [A] with [B]" in one paragraph. */
function buildNote(target: LexicalEditor = editor()): LexicalEditor {
  target.update(
    () => {
      const paragraph = $createParagraphNode();
      paragraph.append(
        $createTextNode('Compare '),
        $createTextNode('these').toggleFormat('bold'),
        $createTextNode(': '),
        $createSpanLinkNode(citationA),
        $createTextNode(' with '),
        $createSpanLinkNode(citationB),
      );
      $getRoot().append(paragraph);
    },
    { discrete: true },
  );
  return target;
}

function spanLinks(target: LexicalEditor): SpanCitation[] {
  return target.getEditorState().read(() => {
    const found: SpanCitation[] = [];
    const visit = (node: LexicalNode) => {
      if ($isSpanLinkNode(node)) found.push(node.getCitation());
      if ('getChildren' in node && typeof node.getChildren === 'function') (node.getChildren() as LexicalNode[]).forEach(visit);
    };
    visit($getRoot());
    return found;
  });
}

function serialise(target: LexicalEditor): string {
  return JSON.stringify(target.getEditorState().toJSON());
}

/** Parses `content` into a fresh editor and returns it. */
function restore(content: string | SerializedEditorState): LexicalEditor {
  const target = editor();
  target.setEditorState(target.parseEditorState(content));
  return target;
}

describe('span links in a note', () => {
  it('survive a JSON round trip with their citations exactly as cited, beside bold text', () => {
    const json = serialise(buildNote());
    const restored = restore(json);
    expect(spanLinks(restored)).toEqual([citationA, citationB]);
    expect(serialise(restored)).toBe(json);
    const bold = restored.getEditorState().read(() =>
      $getRoot()
        .getAllTextNodes()
        .filter((node) => $isTextNode(node) && node.hasFormat('bold'))
        .map((node) => node.getTextContent()),
    );
    expect(bold).toEqual(['these']);
  });

  it('are stored as type span-link, version 1, with the citation', () => {
    const parsed = JSON.parse(serialise(buildNote())) as SerializedEditorState;
    const paragraph = parsed.root.children[0] as unknown as { children: Array<Record<string, unknown>> };
    const links = paragraph.children.filter((child) => child.type === 'span-link');
    expect(links).toHaveLength(2);
    expect(links[0]).toMatchObject({ type: 'span-link', version: 1, citation: citationA });
  });

  it('read as “quote” (source) in the text content, so plain text and search see the words', () => {
    const target = buildNote();
    target.getEditorState().read(() => {
      expect($getRoot().getTextContent()).toBe(
        'Compare these: “Both called the talks constructive.” (Reuters, 19 May 2021) with “spoke for nearly two hours” (TASS, 20 May 2021)',
      );
    });
    expect(citationText({ quote: '  two\nlines ', sourceLabel: '' })).toBe('“two lines”');
  });

  it('are inline nodes inside the paragraph, between the text', () => {
    buildNote().getEditorState().read(() => {
      const paragraph = $getRoot().getFirstChildOrThrow();
      const kinds = ($isElementNode(paragraph) ? paragraph.getChildren() : []).map((node) =>
        $isSpanLinkNode(node) ? `link:${String(node.isInline())}` : node.getType(),
      );
      expect(kinds).toEqual(['text', 'text', 'text', 'link:true', 'text', 'link:true']);
    });
  });

  it('give the note summary its plain text with the quotes and both cited articles, each once', () => {
    const target = buildNote();
    target.update(
      () => {
        $getRoot().append($createParagraphNode().append($createTextNode('Again: '), $createSpanLinkNode(citationA)));
      },
      { discrete: true },
    );
    const summary = noteSummary(serialise(target));
    expect(summary.citedArticleIds).toEqual(['article-a', 'article-b']);
    expect(summary.plainText).toContain('Compare these: “Both called the talks constructive.” (Reuters, 19 May 2021)');
    expect(summary.plainText).toContain('“spoke for nearly two hours” (TASS, 20 May 2021)');
    expect(summary.plainText.split('\n').at(-1)).toBe('Again: “Both called the talks constructive.” (Reuters, 19 May 2021)');
  });

  it('summarise an empty note as empty text citing nothing', () => {
    expect(noteSummary(emptyNoteContent())).toEqual({ plainText: '', citedArticleIds: [] });
  });

  it('keep a readable citation written by an unknown (newer) version and drop what it does not know', () => {
    const json = JSON.parse(serialise(buildNote())) as SerializedEditorState;
    const paragraph = json.root.children[0] as unknown as { children: Array<Record<string, unknown>> };
    const link = paragraph.children.find((child) => child.type === 'span-link')!;
    link.version = 7;
    link.colour = 'teal';
    link.citation = { ...citationA, confidence: 0.9 };
    const restored = restore(json);
    expect(spanLinks(restored)).toEqual([citationA, citationB]);
    expect(serialise(restored)).not.toContain('teal');
    expect(serialise(restored)).not.toContain('confidence');
  });

  it('turn an unreadable citation of an unknown version into plain text of its words instead of failing', () => {
    const json = JSON.parse(serialise(buildNote())) as SerializedEditorState;
    const paragraph = json.root.children[0] as unknown as { children: Array<Record<string, unknown>> };
    const link = paragraph.children.find((child) => child.type === 'span-link')!;
    link.version = 2;
    link.citation = { target: { source: 'article-a' }, quote: 'Both called the talks constructive.', sourceLabel: 'Reuters' };
    const restored = restore(json);
    expect(spanLinks(restored)).toEqual([citationB]);
    expect(restored.getEditorState().read(() => $getRoot().getTextContent())).toContain(
      '“Both called the talks constructive.” (Reuters)',
    );
    expect(noteSummary(json).citedArticleIds).toEqual(['article-b']);
  });

  it('rebuild missing selectors from the offsets and the quote', () => {
    const { selectors: _selectors, ...bare } = citationB;
    const json = JSON.parse(noteContentWithCitation(citationB)) as SerializedEditorState;
    const paragraph = json.root.children[0] as unknown as { children: Array<Record<string, unknown>> };
    paragraph.children[0]!.citation = bare;
    expect(spanLinks(restore(json))[0]?.selectors).toEqual({
      position: { type: 'TextPositionSelector', start: citationB.start, end: citationB.end },
      quote: { type: 'TextQuoteSelector', exact: citationB.quote, prefix: '', suffix: '' },
    });
  });

  it('are inserted at the cursor when the editor has a selection', () => {
    const target = editor();
    target.update(
      () => {
        const text = $createTextNode('before after');
        $getRoot().append($createParagraphNode().append(text));
        text.select(7, 7);
        $insertSpanLink(citationB);
      },
      { discrete: true },
    );
    expect(target.getEditorState().read(() => $getRoot().getTextContent())).toBe(
      'before “spoke for nearly two hours” (TASS, 20 May 2021)after',
    );
  });

  it('are inserted at the end of the note when the editor has no selection', () => {
    const target = buildNote();
    target.update(
      () => {
        $setSelection(null);
        $insertSpanLink(citationB);
      },
      { discrete: true },
    );
    expect(spanLinks(target)).toEqual([citationA, citationB, citationB]);
    expect(target.getEditorState().read(() => $getRoot().getChildrenSize())).toBe(1);
  });

  it('make a new note holding just the citation', () => {
    expect(spanLinks(restore(noteContentWithCitation(citationA)))).toEqual([citationA]);
    expect(noteSummary(noteContentWithCitation(citationA))).toEqual({
      plainText: '“Both called the talks constructive.” (Reuters, 19 May 2021)',
      citedArticleIds: ['article-a'],
    });
  });
});

describe('the chip text', () => {
  it('keeps a short quote whole and shortens a long one at a word, with an ellipsis', () => {
    expect(truncateQuote('Both called the talks constructive.')).toBe('Both called the talks constructive.');
    const long = 'The two ministers spoke for nearly two hours, agreeing to keep talking about Ukraine and arms control.';
    const short = truncateQuote(long, 40);
    expect(short.length).toBeLessThanOrEqual(40);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(short).toBe('The two ministers spoke for nearly two…');
  });
});
