import { ElementNode, type LexicalNode, type NodeKey, type SerializedElementNode } from 'lexical';

/**
 * A block of page furniture a person put back in the text, drawn where it stood between the
 * reader's paragraphs. It is not a paragraph: dom-offsets.ts maps only <p> elements to text
 * offsets, so the block moves no offset and a selection inside it makes no span (the text as
 * imported does not hold these words; see db/boilerplate.ts).
 */
export class FurnitureNode extends ElementNode {
  __reason: string;

  static override getType(): string {
    return 'reader-furniture';
  }

  static override clone(node: FurnitureNode): FurnitureNode {
    return new FurnitureNode(node.__reason, node.__key);
  }

  static override importJSON(serialized: SerializedElementNode & { reason?: string }): FurnitureNode {
    return new FurnitureNode(serialized.reason ?? '');
  }

  constructor(reason = '', key?: NodeKey) {
    super(key);
    this.__reason = reason;
  }

  override exportJSON(): SerializedElementNode & { reason: string } {
    return { ...super.exportJSON(), type: 'reader-furniture', version: 1, reason: this.__reason };
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('aside');
    element.className = 'reader-furniture';
    element.dataset['reason'] = this.__reason;
    element.setAttribute('aria-label', `Page furniture put back: ${this.__reason}`);
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }
}

export function $isFurnitureNode(node: LexicalNode | null | undefined): node is FurnitureNode {
  return node instanceof FurnitureNode;
}
