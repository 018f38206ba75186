import { createHeadlessEditor } from '@lexical/headless';
import { $dfs } from '@lexical/utils';
import { $createParagraphNode, $getRoot, type LexicalEditor, type SerializedEditorState } from 'lexical';
import type { Id, SpanCitation } from '@shared/model';
import { forgetCitations, rememberCitations } from './citation-lookup';
import { $insertSpanLink } from './insert-span-link';
import { NOTE_NODES } from './nodes';
import { $isSpanLinkNode } from './SpanLinkNode';
import { noteTheme } from './theme';

export interface NoteSummary {
  /** The note as plain text (span links read `“quote” (source)`), for previews and search. */
  plainText: string;
  /** The articles the note's span links cite, each once, in the order they first appear. */
  citedArticleIds: Id[];
}

function headlessNoteEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'parallax-note',
    nodes: NOTE_NODES,
    theme: noteTheme,
    onError: (error) => {
      throw error;
    },
  });
}

let shared: LexicalEditor | null = null;
/** Parsing never changes the editor it runs on, so one headless editor serves every summary. */
function sharedEditor(): LexicalEditor {
  shared ??= headlessNoteEditor();
  return shared;
}

/**
 * What the database keeps beside a note's content: its plain text and the articles it cites,
 * given the citations its span links name (by id; a link naming none of them adds no words and
 * no article). Pure: the content is read by a headless editor with the note editor's nodes.
 * Throws if the content is not a Lexical editor state.
 */
export function noteSummary(content: string | SerializedEditorState, citations: ReadonlyMap<Id, SpanCitation> = new Map()): NoteSummary {
  const editor = sharedEditor();
  const state = editor.parseEditorState(content);
  forgetCitations(editor);
  rememberCitations(editor, citations);
  try {
    return state.read(
      () => {
        const cited = new Set<Id>();
        for (const { node } of $dfs()) {
          const citation = $isSpanLinkNode(node) ? citations.get(node.getCitationId()) : undefined;
          if (citation) cited.add(citation.articleId);
        }
        return { plainText: $getRoot().getTextContent().trim(), citedArticleIds: [...cited] };
      },
      { editor },
    );
  } finally {
    forgetCitations(editor);
  }
}

function contentOf(build: () => void): string {
  const editor = headlessNoteEditor();
  editor.update(build, { discrete: true });
  return JSON.stringify(editor.getEditorState().toJSON());
}

/** The content of a new, empty note: one empty paragraph. */
export function emptyNoteContent(): string {
  return contentOf(() => {
    $getRoot().append($createParagraphNode());
  });
}

/** The content of a new note that holds one span link (naming a stored citation), with the cursor after it. */
export function noteContentWithCitation(citationId: Id): string {
  return contentOf(() => {
    const paragraph = $createParagraphNode();
    $getRoot().append(paragraph);
    paragraph.select();
    $insertSpanLink(citationId);
  });
}
