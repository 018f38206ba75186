/**
 * Bounds an HTML page's depth and size on its source text, before any parser builds a tree:
 * one linear pass, no recursion, so a page nested 100,000 deep costs what its bytes cost.
 * Tags past MAX_HTML_DEPTH are dropped and their text kept; the depth is counted the way a
 * browser would nest them closely enough (void elements and elements whose end tag may be
 * left out do not add a level, so unclosed <p>s and <li>s never look deep).
 */
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from '../limits';

const VOID_OR_OPTIONAL_END = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rtc', 'rp', 'html', 'head', 'body',
]);
/** Their content is text to the HTML parser, so a "<div>" inside them is not a tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);

export type BoundedHtml = { ok: true; html: string; flattened: number } | { ok: false; elements: number };

/**
 * A tag, comment, doctype or processing instruction. A tag's attributes stop at the next `<`,
 * so every position is scanned a bounded number of times (a quoted `>` only ends a tag early,
 * which changes no count).
 */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*>|<!--[\s\S]*?(?:-->|$)|<![^<>]*>|<\?[^<>]*>/g;

export function boundHtml(html: string, maxDepth = MAX_HTML_DEPTH, maxElements = MAX_HTML_ELEMENTS): BoundedHtml {
  let depth = 0;
  let elements = 0;
  let flattened = 0;
  let out: string[] | null = null;
  let copiedTo = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const closing = match[1] === '/';
    const name = match[2]?.toLowerCase();
    if (!name) continue; // comment, doctype, processing instruction
    if (!closing) {
      elements++;
      if (elements > maxElements) return { ok: false, elements };
      if (RAW_TEXT.has(name)) {
        const end = new RegExp(`</${name}`, 'gi');
        end.lastIndex = TAG.lastIndex;
        TAG.lastIndex = end.exec(html)?.index ?? html.length;
        continue;
      }
    }
    if (VOID_OR_OPTIONAL_END.has(name) || match[0].endsWith('/>')) continue;
    const level = closing ? depth : depth + 1;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (level <= maxDepth) continue;
    // Past the bound: the tag goes, a space keeps the words on either side apart.
    out ??= [];
    out.push(html.slice(copiedTo, match.index), ' ');
    copiedTo = match.index + match[0].length;
    if (!closing) flattened++;
  }
  if (!out) return { ok: true, html, flattened: 0 };
  out.push(html.slice(copiedTo));
  return { ok: true, html: out.join(''), flattened };
}
