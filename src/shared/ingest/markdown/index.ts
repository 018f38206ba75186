/**
 * Markdown articles: YAML front matter becomes metadata (provenance "front matter"), the
 * Markdown becomes plain text through marked's lexer (no HTML is rendered, so nothing in the
 * file can run), and a leading H1 becomes the title when the front matter names none.
 */
import { decodeHTMLStrict } from 'entities';
import { type Token, type Tokens, Lexer } from 'marked';
import { MAX_MARKDOWN_DEPTH } from '../limits';
import { boundMarkdown } from './flatten';
import { parse as parseYaml } from 'yaml';
import { toIsoDate } from '../iso-date';
import type { ArticleMetadata, ExtractResult, MetadataField, ProvenanceMap } from '../types';


export function extractMarkdown(bytes: Uint8Array): ExtractResult {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: { code: 'invalid-encoding', message: 'This Markdown file is not valid UTF-8 text. Save it as UTF-8 and import it again.' } };
  }
  source = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (source.includes('\u0000')) {
    return { ok: false, error: { code: 'not-text', message: 'This file is not text: it contains binary data. Is it a renamed document or image?' } };
  }

  const warnings: string[] = [];
  const front = splitFrontMatter(source);
  let metadata: Partial<ArticleMetadata> = {};
  let provenance: ProvenanceMap = {};
  let lang: string | null = null;
  if (front) {
    const read = readFrontMatter(front.yaml);
    metadata = read.metadata;
    provenance = read.provenance;
    lang = read.lang;
    warnings.push(...read.warnings);
  }

  const bounded = boundMarkdown(front ? front.body : source);
  if (bounded.flattenedLines > 0) {
    warnings.push(
      `This file nests quotes or lists deeper than ${MAX_MARKDOWN_DEPTH} levels; Parallax kept the text of ${bounded.flattenedLines.toLocaleString('en-US')} lines without the deeper levels.`,
    );
  }
  const tokens = new Lexer({ gfm: true }).lex(bounded.text);
  const firstIndex = tokens.findIndex((token) => token.type !== 'space');
  const first = tokens[firstIndex];
  if (first && first.type === 'heading' && (first as Tokens.Heading).depth === 1 && !metadata.title) {
    const title = inlineText((first as Tokens.Heading).tokens).replace(/\s+/g, ' ').trim();
    if (title) {
      metadata.title = title;
      provenance.title = { source: 'first heading', evidence: first.raw.trim().slice(0, 200) };
      tokens.splice(firstIndex, 1);
    }
  }

  const text = blocksText(tokens);
  return { ok: true, value: { format: 'md', text, metadata, provenance, boilerplate: [], warnings, lang } };
}

/** `---\n yaml \n---` (or `...`) at the very start of the file. */
export function splitFrontMatter(source: string): { yaml: string; body: string } | null {
  const match = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(source);
  if (!match) return null;
  return { yaml: match[1] ?? '', body: source.slice(match[0].length) };
}

const FIELD_KEYS: [MetadataField | 'lang', string[]][] = [
  ['title', ['title', 'headline']],
  ['authors', ['authors', 'author', 'byline']],
  ['published', ['published', 'date', 'pubdate', 'datePublished']],
  ['outlet', ['outlet', 'source', 'publisher', 'site', 'site_name']],
  ['url', ['url', 'link', 'canonical']],
  ['agencies', ['agencies', 'agency']],
  ['dateline', ['dateline']],
  ['lang', ['lang', 'language']],
];

function readFrontMatter(yaml: string): {
  metadata: Partial<ArticleMetadata>;
  provenance: ProvenanceMap;
  lang: string | null;
  warnings: string[];
} {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch (thrown) {
    const reason = thrown instanceof Error ? thrown.message.split('\n')[0] : String(thrown);
    return { metadata: {}, provenance: {}, lang: null, warnings: [`The front matter is not valid YAML and was ignored (${reason}).`] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { metadata: {}, provenance: {}, lang: null, warnings: yaml.trim() ? ['The front matter is not a list of fields and was ignored.'] : [] };
  }
  const record = new Map(Object.entries(data as Record<string, unknown>).map(([key, value]) => [key.toLowerCase(), { key, value }]));
  const metadata: Record<string, unknown> = {};
  const provenance: ProvenanceMap = {};
  let lang: string | null = null;
  for (const [field, keys] of FIELD_KEYS) {
    for (const candidate of keys) {
      const entry = record.get(candidate.toLowerCase());
      if (!entry) continue;
      const value = fieldValue(field, entry.value);
      if (value === null) continue;
      if (field === 'lang') {
        lang = value as string;
      } else {
        metadata[field] = value;
        provenance[field] = { source: 'front matter', evidence: evidenceLine(yaml, entry.key, entry.value) };
      }
      break;
    }
  }
  return { metadata: metadata as Partial<ArticleMetadata>, provenance, lang, warnings: [] };
}

function fieldValue(field: MetadataField | 'lang', value: unknown): unknown {
  if (field === 'authors' || field === 'agencies') {
    const list = (Array.isArray(value) ? value : [value])
      .map((item) => (typeof item === 'object' && item !== null && 'name' in item ? (item as { name: unknown }).name : item))
      .filter((item): item is string | number => typeof item === 'string' || typeof item === 'number')
      .flatMap((item) => String(item).split(field === 'authors' ? /\s*[;&]\s*|\s+and\s+/ : /\s*[,;/&]\s*/))
      .map((item) => item.replace(/^by\s+/i, '').trim())
      .filter(Boolean);
    return list.length > 0 ? list : null;
  }
  if (field === 'published') {
    if (value instanceof Date && !Number.isNaN(value.getTime())) {
      const iso = value.toISOString();
      return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
    }
    if (typeof value !== 'string' && typeof value !== 'number') return null;
    return toIsoDate(String(value));
  }
  if (field === 'url') {
    if (typeof value !== 'string') return null;
    try {
      const url = new URL(value.trim());
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
      return null;
    }
  }
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
}

/** The front-matter line the value came from, verbatim, else `key: value`. */
function evidenceLine(yaml: string, key: string, value: unknown): string {
  const lines = yaml.split('\n');
  const at = lines.findIndex((line) => line.startsWith(`${key}:`));
  if (at >= 0) {
    let end = at + 1;
    while (end < lines.length && /^\s+(?:-\s|\S)/.test(lines[end] ?? '') && end - at < 6) end++;
    return lines.slice(at, end).join('\n').trim().slice(0, 200);
  }
  return `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`.slice(0, 200);
}

/** Block tokens to paragraphs separated by blank lines; list items one per line. */
function blocksText(tokens: Token[]): string {
  return tokens
    .map(blockText)
    .filter((block) => block.trim().length > 0)
    .join('\n\n');
}

function blockText(token: Token): string {
  switch (token.type) {
    case 'heading':
    case 'paragraph':
      return softBreaks(inlineText((token as Tokens.Heading | Tokens.Paragraph).tokens));
    case 'text': {
      const text = token as Tokens.Text;
      return softBreaks(text.tokens ? inlineText(text.tokens) : decodeHTMLStrict(text.text));
    }
    case 'blockquote':
      return blocksText((token as Tokens.Blockquote).tokens);
    case 'list':
      return listText(token as Tokens.List, 0);
    case 'code':
      return (token as Tokens.Code).text;
    case 'table': {
      const table = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[]): string => cells.map((cell) => softBreaks(inlineText(cell.tokens))).join('\t');
      return [row(table.header), ...table.rows.map(row)].filter((line) => line.trim()).join('\n');
    }
    case 'html':
      return htmlText((token as Tokens.HTML).text);
    default:
      // space, hr, def (link reference definitions) and anything unknown carry no prose.
      return '';
  }
}

function listText(list: Tokens.List, depth: number): string {
  const start = typeof list.start === 'number' ? list.start : 1;
  const lines: string[] = [];
  list.items.forEach((item, index) => {
    const own: string[] = [];
    const nested: string[] = [];
    for (const child of item.tokens) {
      if (child.type === 'list') nested.push(listText(child as Tokens.List, depth + 1));
      else {
        const text = blockText(child).replace(/\n+/g, ' ').trim();
        if (text) own.push(text);
      }
    }
    const marker = list.ordered ? `${start + index}. ` : '';
    if (own.length > 0) lines.push(`${marker}${own.join(' ')}`);
    lines.push(...nested.filter(Boolean));
  });
  return lines.join('\n');
}

function inlineText(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  return tokens.map(inlineTokenText).join('');
}

function inlineTokenText(token: Token): string {
  switch (token.type) {
    case 'text':
    case 'strong':
    case 'em':
    case 'del':
    case 'link': {
      const withChildren = token as Tokens.Text | Tokens.Strong | Tokens.Em | Tokens.Del | Tokens.Link;
      return withChildren.tokens && withChildren.tokens.length > 0 ? inlineText(withChildren.tokens) : decodeHTMLStrict(withChildren.text);
    }
    case 'escape':
      return (token as Tokens.Escape).text;
    case 'codespan':
      return decodeHTMLStrict((token as Tokens.Codespan).text);
    case 'br':
      return '\u2028';
    case 'html': {
      const tag = (token as Tokens.Tag).text;
      return /^<br\s*\/?>$/i.test(tag.trim()) ? '\u2028' : htmlText(tag);
    }
    case 'image':
      return '';
    default:
      return 'text' in token && typeof token.text === 'string' ? decodeHTMLStrict(token.text) : '';
  }
}

/** Soft line breaks inside a paragraph read as spaces; hard breaks (marked as U+2028 above) stay line breaks. */
function softBreaks(text: string): string {
  return text
    .replace(/[ \t]*\n[ \t]*/g, ' ')
    .replace(/[ \t]*\u2028[ \t]*/g, '\n')
    .trim();
}

/** Raw HTML inside Markdown: keep the words, never the tags or script/style bodies. */
function htmlText(html: string): string {
  return decodeHTMLStrict(
    html
      .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
      .replace(/<(script|style|noscript|template|iframe|object|svg|math)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
      .replace(/<\/?[a-z][^>]*>?/gi, ''),
  ).trim();
}

