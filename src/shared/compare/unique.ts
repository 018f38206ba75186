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
