import { readDateline } from './dateline';
import { endsLikeSentence, wordCount } from './lines';

/** Section names a news page prints above its headline. */
const SECTIONS = new Set(
  [
    'news', 'world', 'world news', 'politics', 'business', 'economy', 'markets', 'finance', 'money', 'sport', 'sports',
    'opinion', 'analysis', 'comment', 'editorial', 'europe', 'asia', 'africa', 'americas', 'middle east', 'us', 'u.s.',
    'uk', 'india', 'china', 'russia', 'national', 'international', 'local', 'nation', 'tech', 'technology', 'science',
    'health', 'environment', 'climate', 'culture', 'arts', 'entertainment', 'lifestyle', 'travel', 'diplomacy', 'defence',
    'defense', 'security', 'breaking news', 'top news', 'latest news', 'us news', 'uk news', 'world politics', 'us politics',
    'foreign affairs', 'global', 'region', 'features', 'feature', 'interview', 'exclusive', 'investigation', 'world affairs',
  ],
);

/** A line that reads as a headline: short, one statement, not a sentence of prose ending in a full stop. */
export function isHeadlineLike(line: string): boolean {
  if (line.length < 3 || line.length > 250 || !/\p{L}/u.test(line)) return false;
  if (wordCount(line) > 30) return false;
  if (/[,;:]$/.test(line)) return false;
  if (/[.…]["”’'»)\]]*$/.test(line) && endsLikeSentence(line)) return false;
  if (hasFullStopBreak(line)) return false;
  return readDateline(line) === null;
}

/**
 * A full stop between two sentences ("... talks. He said ..."): prose, not a headline. A
 * question or exclamation mark inside a headline ("Who pays? The council", "Cut it! say
 * voters") is the headline's own punctuation and does not make it prose.
 */
function hasFullStopBreak(line: string): boolean {
  return /[\p{Ll}\d]{2}\.["”’)]*\s+["“‘(]?\p{Lu}/u.test(line);
}

/**
 * A section label above the headline: "Politics", "World" — a line of one or two words (or a
 * known section name) followed by a longer line that is itself a headline.
 */
export function isSectionLabel(line: string, next: string | undefined): boolean {
  if (!next || line.length > 30 || /[.!?,;:]$/.test(line) || /\d/.test(line)) return false;
  const words = wordCount(line);
  const known = SECTIONS.has(line.toLowerCase().replace(/\s*[|/>›»]\s*/g, ' '));
  if (!/^\p{Lu}/u.test(line)) return false;
  if (next.length <= line.length) return false;
  if (known && words <= 3) return true;
  return words <= 2 && isHeadlineLike(next);
}

/** "Home > World > Europe": a trail of section names. */
export function isBreadcrumb(line: string): boolean {
  if (line.length > 100) return false;
  const parts = line.split(/\s*[>›»]\s*/);
  return parts.length >= 2 && parts.every((p) => p.length > 0 && wordCount(p) <= 3 && !/[.!?]$/.test(p));
}
