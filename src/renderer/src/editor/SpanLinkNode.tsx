import {
  $applyNodeReplacement,
  $createTextNode,
  DecoratorNode,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { JSX } from 'react';
import type { SpanCitation } from '@shared/model';
import { copyCitation, readCitation } from './citation-json';
import { citationText } from './quote-text';
import { SpanLinkChip } from './SpanLinkChip';

export const SPAN_LINK_TYPE = 'span-link';
export const SPAN_LINK_VERSION = 1;

export type SerializedSpanLinkNode = Spread<
  { type: typeof SPAN_LINK_TYPE; version: typeof SPAN_LINK_VERSION; citation: SpanCitation },
  SerializedLexicalNode
>;

const NO_CITATION: SpanCitation = {
  articleId: '',
  start: 0,
  end: 0,
  selectors: {
    position: { type: 'TextPositionSelector', start: 0, end: 0 },
    quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
  },
  quote: '',
  sourceLabel: '',
  highlightId: null,
};

/**
 * A link from a note to an exact span of an article: an inline chip showing the quoted words
 * and their source. Following it opens the article at the span. Its text content is
 * `“quote” (source)`, so the note's plain text and search see the words it cites.
 */
export class SpanLinkNode extends DecoratorNode<JSX.Element> {
  __citation: SpanCitation;

  static override getType(): string {
    return SPAN_LINK_TYPE;
  }

  static override clone(node: SpanLinkNode): SpanLinkNode {
    return new SpanLinkNode(node.__citation, node.__key);
  }

  /**
   * Reads a span link written by any version. A citation that still names an article and a span
   * is kept (fields this version does not know are dropped); one that does not becomes plain
   * text of whatever words it held, so a note never loses them and never fails to open.
   */
  static override importJSON(serialized: Record<string, unknown>): LexicalNode {
    const citation = readCitation(serialized.citation);
    if (citation) return $createSpanLinkNode(citation);
    const raw = serialized.citation as Record<string, unknown> | undefined;
    const quote = typeof raw?.quote === 'string' ? raw.quote : '';
    const sourceLabel = typeof raw?.sourceLabel === 'string' ? raw.sourceLabel : '';
    return $createTextNode(quote || sourceLabel ? citationText({ quote, sourceLabel }) : '');
  }

  constructor(citation: SpanCitation = NO_CITATION, key?: NodeKey) {
    super(key);
    this.__citation = copyCitation(citation);
  }

  override exportJSON(): SerializedSpanLinkNode {
    return {
      ...super.exportJSON(),
      type: SPAN_LINK_TYPE,
      version: SPAN_LINK_VERSION,
      citation: copyCitation(this.getLatest().__citation),
    };
  }

  getCitation(): SpanCitation {
    return copyCitation(this.getLatest().__citation);
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = document.createElement('span');
    const className = (config.theme as { spanLink?: string }).spanLink;
    if (className) element.className = className;
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  /** Copied out of the editor as HTML, the link is its words and source, as text. */
  override exportDOM(): DOMExportOutput {
    const element = document.createElement('span');
    element.textContent = this.getTextContent();
    return { element };
  }

  override getTextContent(): string {
    return citationText(this.getLatest().__citation);
  }

  override isInline(): boolean {
    return true;
  }

  override decorate(): JSX.Element {
    return <SpanLinkChip citation={this.__citation} nodeKey={this.getKey()} />;
  }
}

export function $createSpanLinkNode(citation: SpanCitation): SpanLinkNode {
  return $applyNodeReplacement(new SpanLinkNode(citation));
}

export function $isSpanLinkNode(node: LexicalNode | null | undefined): node is SpanLinkNode {
  return node instanceof SpanLinkNode;
}
