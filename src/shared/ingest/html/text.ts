import { CDATA_SECTION_NODE, type DomElement, type DomNode, isElement, TEXT_NODE } from './dom';

/** Elements that start and end a paragraph of their own. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'listing', 'plaintext', 'xmp',
]);

/**
 * Elements whose content is never article prose, even if Readability kept them. (MathML is
 * read: its text is the equation.)
 */
const SKIPPED_ELEMENTS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg',
  'canvas', 'head', 'title', 'meta', 'link', 'base', 'button', 'select', 'option', 'textarea', 'input',
  'audio', 'video', 'source', 'track', 'img', 'picture', 'map', 'area',
]);

/**
 * The text of an element as paragraphs: each block element (p, h1-h6, li, blockquote, pre,
 * td...) gives its own paragraph, paragraphs are joined by a blank line, <br> becomes a line
 * break, runs of white space collapse to one space except inside <pre>. No markup survives:
 * only text nodes are read, and never those inside script, style or embedded objects.
 */
export function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';

  const flush = (): void => {
    const paragraph = current
      .split('\n')
      .map((line) => line.replace(/[ \t\f\r]+/g, ' ').trim())
      .filter((line) => line.length > 0)
      .join('\n');
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };

  const walk = (node: DomNode, inPre: boolean): void => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const value = node.textContent ?? '';
      current += inPre ? value.replace(/\r\n?/g, '\n') : value.replace(/\s+/g, ' ');
      return;
    }
    if (!isElement(node)) {
      // A document or fragment: walk its children; comments and processing instructions hold no prose.
      if (node.nodeType === 9 || node.nodeType === 11) walkChildren(node, inPre);
      return;
    }
    const name = node.localName.toLowerCase();
    if (SKIPPED_ELEMENTS.has(name) || isHidden(node)) return;
    if (name === 'br') {
      current += '\n';
      return;
    }
    if (BLOCK_ELEMENTS.has(name)) {
      flush();
      if (name === 'pre') {
        walkChildren(node, true);
        flushPre();
      } else {
        walkChildren(node, inPre);
        flush();
      }
      return;
    }
    walkChildren(node, inPre);
  };

  const flushPre = (): void => {
    // Preformatted text keeps its line structure and indentation; only blank lines and line-end spaces go.
    const paragraph = current
      .split('\n')
      .map((line) => line.replace(/\s+$/, ''))
      .filter((line) => line.trim().length > 0)
      .join('\n');
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };

  const walkChildren = (node: DomNode, inPre: boolean): void => {
    for (const child of Array.from(node.childNodes)) walk(child, inPre);
  };

  walk(root, false);
  flush();
  return paragraphs.join('\n\n');
}

function isHidden(element: DomElement): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}
