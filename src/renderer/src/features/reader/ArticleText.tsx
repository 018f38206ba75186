import { $createMarkNode, MarkNode } from '@lexical/mark';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $createParagraphNode, $createTextNode, $getNodeByKey, $getRoot } from 'lexical';
import { useEffect, useMemo } from 'react';
import { placeFurniture } from '@shared/furniture-places';
import type { BoilerplateBlock } from '@shared/ingest/types';
import { segmentArticle, type MarkedSpan, type SegmentedParagraph } from '@shared/reader-segments';
import { FurnitureNode } from './FurnitureNode';

export interface ArticleTextProps {
  text: string;
  spans: MarkedSpan[];
  /** The article's page furniture: blocks a person put back are shown where they stood, apart from the text. */
  furniture: readonly BoilerplateBlock[];
  /** Highlight id → the colours of its tags (CSS colours), in codebook order. */
  colours: ReadonlyMap<string, string[]>;
  /** Highlight id → its coder's colour, underlining it, when the article holds more than one coder's highlights. */
  coderColours?: ReadonlyMap<string, string> | null;
  activeHighlightId: string | null;
  /** Receives the element holding the paragraphs, and their offsets, for DOM ↔ offset mapping. */
  onLayout: (root: HTMLElement | null, paragraphs: SegmentedParagraph[]) => void;
  onClickMark: (ids: string[], element: HTMLElement) => void;
}

const THEME = { paragraph: 'reader-paragraph', mark: 'hl', markOverlap: 'hl hl--overlap' };
const NO_TAG_COLOUR = 'var(--highlight-plain)';

/**
 * The article as a read-only Lexical document: one paragraph per paragraph of the text, with
 * MarkNodes that carry only highlight ids. What the ids mean (tags, colours, notes) lives
 * outside the editor; a mutation listener paints each mark with the colours of every tag of
 * every highlight covering it.
 */
export function ArticleText(props: ArticleTextProps) {
  const initialConfig = useMemo(
    () => ({
      namespace: 'parallax-reader',
      editable: false,
      nodes: [MarkNode, FurnitureNode],
      theme: THEME,
      onError: (error: Error) => {
        throw error;
      },
    }),
    [],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <RichTextPlugin
        contentEditable={<ContentEditable className="reader__body" data-testid="article-body" aria-label="Article text" />}
        ErrorBoundary={LexicalErrorBoundary}
      />
      <DocumentPlugin {...props} />
    </LexicalComposer>
  );
}

function DocumentPlugin({ text, spans, furniture, colours, coderColours = null, activeHighlightId, onLayout, onClickMark }: ArticleTextProps) {
  const [editor] = useLexicalComposerContext();
  const paragraphs = useMemo(() => segmentArticle(text, spans), [text, spans]);
  const placed = useMemo(() => placeFurniture(paragraphs.map((p) => p.start), furniture), [paragraphs, furniture]);

  // The document is rebuilt when the text or the highlights change: cheap for a read-only text,
  // and it keeps the editor an exact picture of the stored spans.
  useEffect(() => {
    editor.update(
      () => {
        const root = $getRoot();
        root.clear();
        let next = 0;
        const appendFurnitureBefore = (paragraphIndex: number) => {
          for (; next < placed.length && placed[next]!.beforeParagraph <= paragraphIndex; next++) {
            const { block } = placed[next]!;
            root.append(new FurnitureNode(block.reason).append($createTextNode(block.text)));
          }
        };
        paragraphs.forEach((paragraph, paragraphIndex) => {
          appendFurnitureBefore(paragraphIndex);
          const node = $createParagraphNode();
          for (const segment of paragraph.segments) {
            const textNode = $createTextNode(segment.text);
            if (segment.ids.length === 0) node.append(textNode);
            else node.append($createMarkNode(segment.ids).append(textNode));
          }
          root.append(node);
        });
        appendFurnitureBefore(paragraphs.length);
      },
      { discrete: true, tag: 'history-merge' },
    );
    onLayout(editor.getRootElement(), paragraphs);
  }, [editor, paragraphs, placed, onLayout]);

  useEffect(
    () =>
      editor.registerMutationListener(
        MarkNode,
        (mutations) => {
          editor.getEditorState().read(() => {
            for (const [key, mutation] of mutations) {
              if (mutation === 'destroyed') continue;
              const node = $getNodeByKey(key);
              const element = editor.getElementByKey(key);
              if (node instanceof MarkNode && element) element.dataset['ids'] = node.getIDs().join(' ');
            }
          });
          paintMarks(editor.getRootElement(), colours, activeHighlightId, coderColours);
        },
        { skipInitialization: false },
      ),
    [editor, colours, activeHighlightId, coderColours],
  );

  useEffect(() => paintMarks(editor.getRootElement(), colours, activeHighlightId, coderColours), [editor, colours, activeHighlightId, coderColours]);

  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const onClick = (event: MouseEvent) => {
      if (window.getSelection()?.isCollapsed === false) return;
      const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-ids]');
      if (mark) onClickMark(mark.dataset['ids']!.split(' '), mark);
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [editor, onClickMark]);

  return null;
}

/** Each mark shows every tag colour of every highlight covering it, as even horizontal bands. */
function paintMarks(root: HTMLElement | null, colours: ReadonlyMap<string, string[]>, activeId: string | null, coderColours: ReadonlyMap<string, string> | null): void {
  if (!root) return;
  // Many pieces share the same highlights: work out each distinct look once.
  const looks = new Map<string, { image: string; title: string }>();
  for (const mark of Array.from(root.querySelectorAll<HTMLElement>('mark[data-ids]'))) {
    const key = mark.dataset['ids']!;
    const ids = key.split(' ');
    let look = looks.get(key);
    if (!look) {
      const bands = [...new Set(ids.flatMap((id) => {
        // A highlight without a (surviving) tag still has to be seen: an empty list paints nothing.
        const own = colours.get(id);
        return own && own.length > 0 ? own : [NO_TAG_COLOUR];
      }))];
      const step = 100 / bands.length;
      const stops = bands.map((c, i) => `color-mix(in srgb, ${c} var(--highlight-strength), transparent) ${i * step}% ${(i + 1) * step}%`);
      look = { image: `linear-gradient(to bottom, ${stops.join(', ')})`, title: bands.length > 1 ? `${bands.length} tags` : '' };
      looks.set(key, look);
    }
    if (mark.style.backgroundImage !== look.image) mark.style.backgroundImage = look.image;
    mark.classList.toggle('hl--active', activeId !== null && ids.includes(activeId));
    if (mark.title !== look.title) mark.title = look.title;
    // Whose coding it is: an underline in the coder's colour (the innermost highlight's coder).
    const coder = coderColours ? ids.map((id) => coderColours.get(id)).filter(Boolean).at(-1) : undefined;
    const underline = coder ? `inset 0 -2px 0 ${coder}` : '';
    if (mark.style.boxShadow !== underline) mark.style.boxShadow = underline;
  }
}
