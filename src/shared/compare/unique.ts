/** Which sentences are worth listing as carried by one article alone: not very short, not a subhead or page furniture. */
import { words } from './words';

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

/**
 * How strongly a sentence carries something only its article reports: the share of its words
 * no other article uses, with a figure, a quotation or a named person or place of its own
 * counting most (they are the facts a reader looks for). A sentence made of the story's shared
 * vocabulary in other words scores low: it is a rewording, not news.
 */
export function uniqueStrength(e: UniqueEvidence): number {
  const share = e.contentWords === 0 ? 0 : e.ownWords / e.contentWords;
  return share + 0.5 * Math.min(e.ownFigures, 2) + 0.4 * Math.min(e.ownNames, 2) + (e.quoted && e.ownWords > 0 ? 0.3 : 0);
}

/** Below this a sentence is a rewording of what others carry: fewer than a quarter of its words its own and no figure or name of its own. */
export const MIN_UNIQUE_STRENGTH = 0.25;

/**
 * The strongest unique passages shown by default: at most this share of all sentences compared.
 * A list that marks most of a story as "only one outlet says this" carries no signal; the rest
 * stay in the ranked list, one click away.
 */
export const UNIQUE_SHOWN_SHARE = 0.2;
