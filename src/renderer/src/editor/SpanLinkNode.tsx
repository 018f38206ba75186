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
import type { Id } from '@shared/model';
import { SPAN_LINK_TYPE, SPAN_LINK_VERSION } from '@shared/notes/citation-links';
import { $knownCitation } from './citation-lookup';
import { citationText } from './quote-text';
import { SpanLinkChip } from './SpanLinkChip';

export { SPAN_LINK_TYPE, SPAN_LINK_VERSION };

/** The node as JSON: its type, version and the id of its citation, nothing else (see citation-links.ts). */
export type SerializedSpanLinkNode = Spread<
  { type: typeof SPAN_LINK_TYPE; version: typeof SPAN_LINK_VERSION; citationId: Id },
  SerializedLexicalNode
>;

/**
 * A link from a note to an exact span of an article: an inline chip showing the quoted words
 * and their source. Following it opens the article at the span.
 *
 * The node keeps only the citation's id; the citation (article, offsets, selectors, quote)
 * is a row of the citations table (Lexical's CommentPlugin pattern), so that re-anchoring it on a
 * newer version of the article changes one row and no note. Its text content is
 * `“quote” (source)` once the editor knows the row (citation-lookup.ts).
 */
export class SpanLinkNode extends DecoratorNode<JSX.Element> {
  __citationId: Id;

  static override getType(): string {
    return SPAN_LINK_TYPE;
  }

  static override clone(node: SpanLinkNode): SpanLinkNode {
    return new SpanLinkNode(node.__citationId, node.__key);
  }

  /**
   * Reads a span link: a node naming a citation id is kept (fields this version does not know
   * are dropped). One that names none (damaged, or a version 1 node from outside the database,
   * whose citations schema 6 moved into rows) becomes plain text of whatever words it held, so a
   * note never loses them and never fails to open.
   */
  static override importJSON(serialized: Record<string, unknown>): LexicalNode {
    const id = serialized.citationId;
    if (typeof id === 'string' && id !== '') return $createSpanLinkNode(id);
    const raw = serialized.citation as Record<string, unknown> | undefined;
    const quote = typeof raw?.quote === 'string' ? raw.quote : '';
    const sourceLabel = typeof raw?.sourceLabel === 'string' ? raw.sourceLabel : '';
    return $createTextNode(quote || sourceLabel ? citationText({ quote, sourceLabel }) : '');
  }

  constructor(citationId: Id = '', key?: NodeKey) {
    super(key);
    this.__citationId = citationId;
  }

  override exportJSON(): SerializedSpanLinkNode {
    return {
      ...super.exportJSON(),
      type: SPAN_LINK_TYPE,
      version: SPAN_LINK_VERSION,
      citationId: this.getLatest().__citationId,
    };
  }

  getCitationId(): Id {
    return this.getLatest().__citationId;
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
    const citation = $knownCitation(this.getLatest().__citationId);
    return citation ? citationText(citation) : '';
  }

  override isInline(): boolean {
    return true;
  }

  override decorate(): JSX.Element {
    return <SpanLinkChip citationId={this.__citationId} nodeKey={this.getKey()} />;
  }
}

export function $createSpanLinkNode(citationId: Id): SpanLinkNode {
  return $applyNodeReplacement(new SpanLinkNode(citationId));
}

export function $isSpanLinkNode(node: LexicalNode | null | undefined): node is SpanLinkNode {
  return node instanceof SpanLinkNode;
}
