/** Which sentences are worth listing as carried by one article alone: not very short, not a subhead or page furniture. */
import { tokens, words } from './words';

const BOILERPLATE = /\b(?:click|subscribe|sign up|newsletter|cookies?|all rights reserved|copyright|read more|related articles?|advertisement|share this|follow us|leave a (?:reply|comment)|back to top|email address)\b/i;

export const MIN_UNIQUE_WORDS = 6;

export function isUniqueCandidate(text: string, start: number, end: number): boolean {
  const sentence = text.slice(start, end);
  const count = words(text, start, end).length;
  if (count < MIN_UNIQUE_WORDS) return false;
  if (/^[-–—]/.test(sentence)) return false; // an attribution line: "-U.S. Secretary of State ..."
  if (!/[.!?"”’»)…:]$/.test(sentence) && count < 15) return false; // a subhead or caption
  if (count < 25 && BOILERPLATE.test(sentence)) return false;
  return true;
}

export interface UniqueEvidence {
  /** Content words of the sentence that no other article uses. */
  ownWords: number;
  contentWords: number;
  /** ... of which figures ("4,300", "31.8") and names. */
  ownFigures: number;
  ownNames: number;
  /** The sentence holds a quotation. */
  quoted: boolean;
}

const ownShare = (e: UniqueEvidence) => (e.contentWords === 0 ? 0 : e.ownWords / e.contentWords);

/** A figure, a named person or place and a quotation of its own: what a reader looks for first. */
const factBonus = (e: UniqueEvidence) => 0.5 * Math.min(e.ownFigures, 2) + 0.4 * Math.min(e.ownNames, 2) + (e.quoted && e.ownWords > 0 ? 0.3 : 0);

/** Below this a sentence is a rewording of what others carry: fewer than a quarter of its words its own and no figure or name of its own. */
export const MIN_UNIQUE_STRENGTH = 0.25;

/**
 * Whether a sentence carries anything only its article reports: enough words of its own, or a
 * figure, name or quotation of its own even among shared words ("..., reports Xinhua news agency").
 */
export function hasOwnContent(e: UniqueEvidence): boolean {
  return ownShare(e) + factBonus(e) >= MIN_UNIQUE_STRENGTH;
}

/**
 * How strongly a sentence is news of its own, for ranking: the share of its words no other
 * article uses, raised by a figure, a quotation or a named person or place of its own. The raise
 * multiplies the share: a figure or a name strengthens a sentence that is news, it does not make a
 * rewording of the story's shared facts news (two spellings of a shared name, a shared figure
 * restated next to one new word).
 */
export function uniqueStrength(e: UniqueEvidence): number {
  return ownShare(e) * (1 + factBonus(e));
}

/**
 * The strongest unique passages shown by default: their sentences stay under this share of all
 * sentences compared, just under the quarter issue 13 sets as the most a useful list may mark
 * (a list that marks most of a story as "only one outlet says this" carries no signal). The rest
 * stay in the ranked list, one click away.
 */
export const UNIQUE_SHOWN_SHARE = 0.24;

/**
 * A figure of a unique passage: any number ("12 people", "80 families", "31.8 feet"). Linking
 * ignores numbers under three digits because they recur in any story; a number no other article
 * uses is exactly the kind of fact a reader looks for.
 */
export const isOwnFigure = (key: string) => /^\p{N}/u.test(key);

/**
 * Keys of the proper nouns of a sentence: words capitalised where English does not capitalise
 * ordinary words (not the sentence's first word, not after an opening quotation mark or a
 * colon, not "I", not an all-capitals dateline). They stand for named people, places,
 * organisations and dates ("Hiroshima", "the Red Cross", "on Thursday"), found whether or not
 * the name table took them for a person.
 */
export function properNounKeys(text: string, start: number, end: number): Set<string> {
  const out = new Set<string>();
  const ws = words(text, start, end);
  const toks = tokens(ws);
  for (const t of toks) {
    if (!t.content || t.word === 0) continue;
    const w = ws[t.word]!;
    if (!/^\p{Lu}/u.test(w.raw) || w.raw === 'I' || (w.raw.length > 1 && w.raw === w.raw.toUpperCase())) continue;
    const before = text.slice(ws[t.word - 1]!.end, w.start);
    if (/[:"“«‘'(]\s*$/.test(before) || /[.!?]/.test(before)) continue;
    out.add(t.key);
  }
  return out;
}
