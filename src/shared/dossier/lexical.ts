/**
 * A note's serialised Lexical state read into simple blocks every format can render (paragraphs,
 * headings, quotes, lists; bold/italic/underline/strikethrough/code text, links, span links).
 * Never throws: content that is not Lexical JSON becomes one paragraph of the note's plain text.
 */
import type { SpanCitation } from '../model';
import { readCitation } from '../notes/read-citation';

export interface TextInline {
  kind: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  code: boolean;
}
export interface BreakInline {
  kind: 'break';
}
export interface LinkInline {
  kind: 'link';
  /** As written in the note; builders validate it before making it a live link. */
  url: string;
  children: Inline[];
}
export interface CitationInline {
  kind: 'citation';
  citation: SpanCitation;
}
export type Inline = TextInline | BreakInline | LinkInline | CitationInline;

export interface ListItem {
  inlines: Inline[];
  /** Lists nested under this item. */
  lists: ListBlock[];
}
export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  items: ListItem[];
}
export type Block =
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'heading'; level: number; inlines: Inline[] }
  | { kind: 'quote'; inlines: Inline[] }
  | ListBlock;

/** Lexical text format bits. */
const BOLD = 1;
const ITALIC = 2;
const STRIKE = 4;
const UNDERLINE = 8;
const CODE = 16;
/** Deeper nesting than any editor writes is cut off, so hostile JSON cannot exhaust the stack. */
const MAX_DEPTH = 40;

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childrenOf(node: Json): Json[] {
  return Array.isArray(node.children) ? node.children.filter(isRecord) : [];
}

/** A span link's citation, read defensively; null when it names no span (one reader for every format). */
export { readCitation };

function parseRoot(content: string): Json | null {
  try {
    const parsed: unknown = JSON.parse(content);
    const root = isRecord(parsed) ? parsed.root : undefined;
    return isRecord(root) ? root : null;
  } catch {
    return null;
  }
}

function readInlines(nodes: Json[], depth: number): Inline[] {
  const out: Inline[] = [];
  if (depth > MAX_DEPTH) return out;
  for (const node of nodes) {
    const type = node.type;
    if (type === 'text' || (typeof node.text === 'string' && !Array.isArray(node.children))) {
      const text = typeof node.text === 'string' ? node.text : '';
      if (!text) continue;
      const format = typeof node.format === 'number' ? node.format : 0;
      out.push({
        kind: 'text',
        text,
        bold: (format & BOLD) !== 0,
        italic: (format & ITALIC) !== 0,
        strike: (format & STRIKE) !== 0,
        underline: (format & UNDERLINE) !== 0,
        code: (format & CODE) !== 0,
      });
    } else if (type === 'linebreak') {
      out.push({ kind: 'break' });
    } else if (type === 'tab') {
      out.push({ kind: 'text', text: '\t', bold: false, italic: false, strike: false, underline: false, code: false });
    } else if (type === 'span-link') {
      const citation = readCitation(node.citation);
      if (citation) out.push({ kind: 'citation', citation });
    } else if (type === 'link' || type === 'autolink') {
      out.push({ kind: 'link', url: typeof node.url === 'string' ? node.url : '', children: readInlines(childrenOf(node), depth + 1) });
    } else if (Array.isArray(node.children)) {
      out.push(...readInlines(childrenOf(node), depth + 1));
    }
  }
  return out;
}

function readList(node: Json, depth: number): ListBlock {
  const items: ListItem[] = [];
  for (const child of childrenOf(node)) {
    const inner = childrenOf(child);
    const lists = depth < MAX_DEPTH ? inner.filter((n) => n.type === 'list').map((n) => readList(n, depth + 1)) : [];
    const inlines = readInlines(
      inner.filter((n) => n.type !== 'list'),
      depth + 1,
    );
    // Lexical nests a list in an item of its own: fold it into the item before it.
    const previous = items.at(-1);
    if (inlines.length === 0 && lists.length > 0 && previous) previous.lists.push(...lists);
    else items.push({ inlines, lists });
  }
  return { kind: 'list', ordered: node.listType === 'number', items };
}

function readBlocks(nodes: Json[], depth: number): Block[] {
  const out: Block[] = [];
  if (depth > MAX_DEPTH) return out;
  for (const node of nodes) {
    switch (node.type) {
      case 'heading': {
        const level = /^h([1-6])$/.exec(String(node.tag))?.[1];
        out.push({ kind: 'heading', level: level ? Number(level) : 2, inlines: readInlines(childrenOf(node), depth + 1) });
        break;
      }
      case 'quote':
        out.push({ kind: 'quote', inlines: readInlines(childrenOf(node), depth + 1) });
        break;
      case 'list':
        out.push(readList(node, depth + 1));
        break;
      default:
        out.push({ kind: 'paragraph', inlines: readInlines([node].filter((n) => !Array.isArray(n.children)).concat(childrenOf(node)), depth + 1) });
    }
  }
  return out.filter((b) => b.kind === 'list' || b.inlines.length > 0);
}

function plainBlock(text: string): Block[] {
  return text.trim() ? [{ kind: 'paragraph', inlines: [{ kind: 'text', text, bold: false, italic: false, underline: false, strike: false, code: false }] }] : [];
}

/** The note as blocks; when `content` is not Lexical JSON, its plain text as one paragraph. */
export function noteBlocks(content: string, plainText = ''): Block[] {
  const root = parseRoot(content);
  if (!root) return plainBlock(plainText);
  return readBlocks(childrenOf(root), 0);
}

/** Every span link in the note, in reading order. */
export function citationsOfNote(content: string): SpanCitation[] {
  const root = parseRoot(content);
  if (!root) return [];
  const out: SpanCitation[] = [];
  const walk = (nodes: Json[], depth: number) => {
    if (depth > MAX_DEPTH) return;
    for (const node of nodes) {
      if (node.type === 'span-link') {
        const c = readCitation(node.citation);
        if (c) out.push(c);
      } else walk(childrenOf(node), depth + 1);
    }
  };
  walk(childrenOf(root), 0);
  return out;
}

/** The inlines as plain text (span links as `“quote” (source)`). */
export function inlinesText(inlines: Inline[]): string {
  return inlines
    .map((i) => {
      if (i.kind === 'text') return i.text;
      if (i.kind === 'break') return '\n';
      if (i.kind === 'link') return inlinesText(i.children);
      const quote = `“${i.citation.quote.replace(/\s+/g, ' ').trim()}”`;
      return i.citation.sourceLabel ? `${quote} (${i.citation.sourceLabel})` : quote;
    })
    .join('');
}

/** The blocks as plain text, one line per paragraph or list item. */
export function blocksText(blocks: Block[]): string {
  const lines: string[] = [];
  const walk = (list: Block[], indent: string) => {
    for (const b of list) {
      if (b.kind === 'list') {
        b.items.forEach((item, i) => {
          lines.push(`${indent}${b.ordered ? `${i + 1}.` : '-'} ${inlinesText(item.inlines)}`);
          walk(item.lists, `${indent}  `);
        });
      } else lines.push(`${indent}${inlinesText(b.inlines)}`);
    }
  };
  walk(blocks, '');
  return lines.join('\n');
}
