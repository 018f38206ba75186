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
import type { CitationRecord, SpanCitation } from '@shared/model';
import { rememberCitations } from '../../../src/renderer/src/editor/citation-lookup';
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

const citationA: CitationRecord = { id: 'cite-a', ...cite('article-a', TEXT_A, 'Both called the talks constructive.', 'Reuters, 19 May 2021', 'highlight-1') };
const citationB: CitationRecord = { id: 'cite-b', ...cite('article-b', TEXT_B, 'spoke for nearly two hours', 'TASS, 20 May 2021') };
/** The citations table, as the summary is given it. */
const ROWS = new Map([citationA, citationB].map((c) => [c.id, c]));

/** A headless note editor that knows the citations in ROWS (as the live one learns them from its chips). */
function editor(): LexicalEditor {
  const target = createHeadlessEditor({
    namespace: 'test',
    nodes: NOTE_NODES,
    onError: (error) => {
      throw error;
    },
  });
  rememberCitations(target, ROWS);
  return target;
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
        $createSpanLinkNode(citationA.id),
        $createTextNode(' with '),
        $createSpanLinkNode(citationB.id),
      );
      $getRoot().append(paragraph);
    },
    { discrete: true },
  );
  return target;
}

/** The citation ids of the note's span links, in order. */
function spanLinks(target: LexicalEditor): string[] {
  return target.getEditorState().read(() => {
    const found: string[] = [];
    const visit = (node: LexicalNode) => {
      if ($isSpanLinkNode(node)) found.push(node.getCitationId());
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

function firstParagraphChildren(json: SerializedEditorState): Array<Record<string, unknown>> {
  return (json.root.children[0] as unknown as { children: Array<Record<string, unknown>> }).children;
}

describe('span links in a note', () => {
  it('survive a JSON round trip naming the same citations, beside bold text', () => {
    const json = serialise(buildNote());
    const restored = restore(json);
    expect(spanLinks(restored)).toEqual(['cite-a', 'cite-b']);
    expect(serialise(restored)).toBe(json);
    const bold = restored.getEditorState().read(() =>
      $getRoot()
        .getAllTextNodes()
        .filter((node) => $isTextNode(node) && node.hasFormat('bold'))
        .map((node) => node.getTextContent()),
    );
    expect(bold).toEqual(['these']);
  });

  it('are stored as type span-link, version 2, with the citation id and nothing of the citation', () => {
    const links = firstParagraphChildren(JSON.parse(serialise(buildNote())) as SerializedEditorState).filter((child) => child.type === 'span-link');
    expect(links).toHaveLength(2);
    expect(links[0]).toEqual({ type: 'span-link', version: 2, citationId: 'cite-a' });
  });

  it('read as “quote” (source) in the text content once the editor knows the citation, so plain text and search see the words', () => {
    const target = buildNote();
    // Read through the editor (not its bare state), so the node can ask which citations the editor knows.
    target.read(() => {
      expect($getRoot().getTextContent()).toBe(
        'Compare these: “Both called the talks constructive.” (Reuters, 19 May 2021) with “spoke for nearly two hours” (TASS, 20 May 2021)',
      );
    });
    expect(citationText({ quote: '  two\nlines ', sourceLabel: '' })).toBe('“two lines”');
  });

  it('read as nothing in an editor that does not know their citations yet', () => {
    const unknowing = createHeadlessEditor({ namespace: 'test', nodes: NOTE_NODES, onError: (error) => { throw error; } });
    unknowing.setEditorState(unknowing.parseEditorState(serialise(buildNote())));
    expect(unknowing.read(() => $getRoot().getTextContent())).toBe('Compare these:  with ');
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
        $getRoot().append($createParagraphNode().append($createTextNode('Again: '), $createSpanLinkNode(citationA.id)));
      },
      { discrete: true },
    );
    const summary = noteSummary(serialise(target), ROWS);
    expect(summary.citedArticleIds).toEqual(['article-a', 'article-b']);
    expect(summary.plainText).toContain('Compare these: “Both called the talks constructive.” (Reuters, 19 May 2021)');
    expect(summary.plainText).toContain('“spoke for nearly two hours” (TASS, 20 May 2021)');
    expect(summary.plainText.split('\n').at(-1)).toBe('Again: “Both called the talks constructive.” (Reuters, 19 May 2021)');
  });

  it('summarise a link to a citation not given as no words and no article, and remember nothing between summaries', () => {
    const content = serialise(buildNote());
    expect(noteSummary(content, new Map([[citationB.id, citationB]]))).toEqual({
      plainText: 'Compare these:  with “spoke for nearly two hours” (TASS, 20 May 2021)',
      citedArticleIds: ['article-b'],
    });
    expect(noteSummary(content)).toEqual({ plainText: 'Compare these:  with', citedArticleIds: [] });
  });

  it('summarise an empty note as empty text citing nothing', () => {
    expect(noteSummary(emptyNoteContent())).toEqual({ plainText: '', citedArticleIds: [] });
  });

  it('keep the citation id of a link written by an unknown (newer) version and drop what it does not know', () => {
    const json = JSON.parse(serialise(buildNote())) as SerializedEditorState;
    const link = firstParagraphChildren(json).find((child) => child.type === 'span-link')!;
    link.version = 7;
    link.colour = 'teal';
    const restored = restore(json);
    expect(spanLinks(restored)).toEqual(['cite-a', 'cite-b']);
    expect(serialise(restored)).not.toContain('teal');
  });

  it('turn a link that names no citation id into plain text of the words it carries instead of failing', () => {
    const json = JSON.parse(serialise(buildNote())) as SerializedEditorState;
    const link = firstParagraphChildren(json).find((child) => child.type === 'span-link')!;
    delete link.citationId;
    link.version = 1;
    link.citation = { articleId: 'article-a', quote: 'Both called the talks constructive.', sourceLabel: 'Reuters' };
    const restored = restore(json);
    expect(spanLinks(restored)).toEqual(['cite-b']);
    expect(restored.read(() => $getRoot().getTextContent())).toContain('“Both called the talks constructive.” (Reuters)');
    expect(noteSummary(json, ROWS).citedArticleIds).toEqual(['article-b']);
  });

  it('are inserted at the cursor when the editor has a selection', () => {
    const target = editor();
    target.update(
      () => {
        const text = $createTextNode('before after');
        $getRoot().append($createParagraphNode().append(text));
        text.select(7, 7);
        $insertSpanLink(citationB.id);
      },
      { discrete: true },
    );
    expect(target.read(() => $getRoot().getTextContent())).toBe(
      'before “spoke for nearly two hours” (TASS, 20 May 2021)after',
    );
  });

  it('are inserted at the end of the note when the editor has no selection', () => {
    const target = buildNote();
    target.update(
      () => {
        $setSelection(null);
        $insertSpanLink(citationB.id);
      },
      { discrete: true },
    );
    expect(spanLinks(target)).toEqual(['cite-a', 'cite-b', 'cite-b']);
    expect(target.getEditorState().read(() => $getRoot().getChildrenSize())).toBe(1);
  });

  it('make a new note holding just the citation', () => {
    expect(spanLinks(restore(noteContentWithCitation(citationA.id)))).toEqual(['cite-a']);
    expect(noteSummary(noteContentWithCitation(citationA.id), ROWS)).toEqual({
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
