/**
 * Between DOM positions in the reader and offsets into the article text. The reader renders
 * one <p> per paragraph, in order (put-back page furniture sits between them in an <aside>
 * that holds no offsets), so a point's offset is its paragraph's start plus the
 * characters of the text nodes before it in that paragraph. Working from the DOM keeps this
 * independent of the editor's own selection model (the reader is read-only).
 */
export interface ParagraphOffsets {
  start: number;
  end: number;
}

export function paragraphElements(root: HTMLElement): HTMLElement[] {
  return Array.from(root.children).filter((el): el is HTMLElement => el instanceof HTMLElement && el.tagName === 'P');
}

function offsetInParagraph(paragraph: HTMLElement, node: Node, offset: number): number {
  if (node.nodeType !== Node.TEXT_NODE) {
    // A point between children: count the text of the children before it.
    let count = 0;
    const children = Array.from(node.childNodes).slice(0, offset);
    for (const child of children) count += child.textContent?.length ?? 0;
    return countTextBefore(paragraph, node) + count;
  }
  return countTextBefore(paragraph, node) + offset;
}

function countTextBefore(paragraph: HTMLElement, target: Node): number {
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node === target || target.contains(node)) return count;
    count += node.textContent?.length ?? 0;
  }
  return count;
}

function pointToOffset(root: HTMLElement, paragraphs: ParagraphOffsets[], node: Node, offset: number): number | null {
  const elements = paragraphElements(root);
  const paragraph = elements.find((p) => p === node || p.contains(node));
  if (!paragraph) {
    if (node === root) {
      // Between paragraphs: the start of the next one, or the end of the text. `offset` counts
      // the root's children, which include put-back furniture (not paragraphs): count paragraphs.
      const before = Array.from(root.childNodes).slice(0, offset).filter((child) => child instanceof HTMLElement && child.tagName === 'P').length;
      const next = paragraphs[before];
      return next ? next.start : (paragraphs.at(-1)?.end ?? 0);
    }
    return null;
  }
  const info = paragraphs[elements.indexOf(paragraph)];
  if (!info) return null;
  return Math.min(info.end, info.start + offsetInParagraph(paragraph, node, offset));
}

/** The article offsets of the current DOM selection inside the reader, or null when there is none. */
export function selectionOffsets(root: HTMLElement, paragraphs: ParagraphOffsets[], selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = pointToOffset(root, paragraphs, range.startContainer, range.startOffset);
  const end = pointToOffset(root, paragraphs, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** A DOM range covering [start, end) of the article, for scrolling to a span and marking it. */
export function rangeForOffsets(root: HTMLElement, paragraphs: ParagraphOffsets[], start: number, end: number): Range | null {
  const elements = paragraphElements(root);
  const locate = (offset: number, preferEnd: boolean): { node: Node; offset: number } | null => {
    const index = paragraphs.findIndex((p) => (preferEnd ? offset > p.start && offset <= p.end : offset >= p.start && offset < p.end));
    const paragraph = elements[index];
    const info = paragraphs[index];
    if (!paragraph || !info) return null;
    let remaining = offset - info.start;
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (remaining < length || (preferEnd && remaining === length)) return { node, offset: remaining };
      remaining -= length;
    }
    return null;
  };
  const from = locate(start, false);
  const to = locate(end, true);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
