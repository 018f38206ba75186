/**
 * Text folding and word splitting shared by the index and the snippets, so that what the index
 * matched is exactly what the snippet marks.
 *
 * Folding is case- and diacritics-insensitive and keeps the string's length: the character at
 * offset i of the folded text is the folded character at offset i of the original, so offsets
 * found in folded text point at the same words in the original.
 */

/** Letters with no canonical decomposition that readers still expect to match their base letter. */
const EXTRA_FOLDS: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ħ: 'h', Ħ: 'h', ı: 'i' };

const COMBINING = /\p{M}/gu;
const NON_ASCII = /[\u0080-\uffff]/;
const NON_ASCII_ALL = /[\u0080-\uffff]/g;
const foldCache = new Map<string, string>();

function foldChar(char: string): string {
  let folded = foldCache.get(char);
  if (folded === undefined) {
    const base = EXTRA_FOLDS[char] ?? char.normalize('NFD').replace(COMBINING, '').toLowerCase();
    if (base.length === 1) folded = base;
    else {
      const lower = char.toLowerCase();
      folded = lower.length === 1 ? lower : char;
    }
    foldCache.set(char, folded);
  }
  return folded;
}

/** Lower case without diacritics, same length as the input (one UTF-16 unit in, one out). */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(text)) return lower;
  // Only the non-ASCII characters need the (cached) per-character fold; the rest is lowered natively.
  // (Lowering changes the length only for rare letters such as 'İ': then fold from the original.)
  if (lower.length === text.length) return lower.replace(NON_ASCII_ALL, foldChar);
  return text.replace(NON_ASCII_ALL, foldChar).replace(/[A-Z]+/g, (run) => run.toLowerCase());
}

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(char);
}

/** The folded words of a text, in order: what the index stores and what a query is made of. */
export function words(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

export interface ParsedQuery {
  /** The distinct folded words, in the order typed. */
  terms: string[];
  /**
   * The last word is still being typed (the query does not end in a space or punctuation):
   * it also matches as the start of longer words. Every other word matches whole words only.
   */
  prefix: boolean;
  /**
   * Words typed between quotation marks ("serious differences"), two or more: they must stand
   * next to each other, in this order, in one field. Empty when the query quotes nothing.
   */
  phrases?: string[][];
}

/** Straight and typographic double quotation marks, and the guillemets some keyboards give. */
const QUOTED = /["“”„«»]([^"“”„«»]*)["“”„«»]/g;

/** The quoted phrases of a query, as folded words; an unclosed quotation mark quotes nothing yet. */
export function queryPhrases(query: string): string[][] {
  return [...query.matchAll(QUOTED)].map((match) => words(match[1] ?? '')).filter((phrase) => phrase.length > 1);
}

/** Whether the words `phrase` stand one after the other somewhere in `text`. */
export function holdsPhrase(text: string, phrase: readonly string[]): boolean {
  const all = words(text);
  for (let i = 0; i + phrase.length <= all.length; i++) {
    if (phrase.every((word, k) => all[i + k] === word)) return true;
  }
  return false;
}

export function parseQuery(query: string): ParsedQuery {
  const all = words(query);
  const terms = [...new Set(all)];
  const last = all[all.length - 1];
  // The last word counts as a prefix only if it is not also a whole word earlier in the query.
  const prefix = isWordChar(query[query.length - 1]) && last !== undefined && all.indexOf(last) === all.length - 1;
  const phrases = queryPhrases(query);
  return phrases.length ? { terms, prefix, phrases } : { terms, prefix };
}

/** The distinct folded words of a query, in the order typed. */
export function queryTerms(query: string): string[] {
  return parseQuery(query).terms;
}
